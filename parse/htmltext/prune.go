package htmltext

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropTags never hold article text.
var dropTags = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Math: true,
	atom.Canvas: true, atom.Select: true, atom.Button: true, atom.Input: true, atom.Textarea: true,
	atom.Nav: true, atom.Audio: true, atom.Video: true, atom.Map: true, atom.Img: true,
}

// prune removes comments, never-content elements and hidden elements.
func prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.CommentNode || c.Type == html.DoctypeNode:
			n.RemoveChild(c)
		case c.Type == html.ElementNode && (dropTags[c.DataAtom] || hidden(c)):
			n.RemoveChild(c)
		default:
			prune(c)
		}
		c = next
	}
}

// hidden reports an element the page hides from readers.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		if hiddenBy(a.Key, []byte(a.Val)) {
			return true
		}
	}
	return false
}

// hiddenAttrs is hidden for a tag's attributes.
func hiddenAttrs(as []attr) bool {
	for _, a := range as {
		if hiddenBy(string(a.key), a.val) {
			return true
		}
	}
	return false
}

// hiddenBy reports whether the attribute key=val hides its element.
func hiddenBy(key string, val []byte) bool {
	switch key {
	case "hidden":
		return true
	case "style":
		return hiddenStyle(val)
	case "aria-hidden":
		return string(val) == "true"
	}
	return false
}

// hiddenStyle reports a style that hides (display:none or
// visibility:hidden, in any case and with any spaces).
func hiddenStyle(style []byte) bool {
	var buf [512]byte // Word's long style attributes fit
	s := squeezeLower(buf[:0], style)
	return bytes.Contains(s, []byte("display:none")) || bytes.Contains(s, []byte("visibility:hidden"))
}

// squeezeLower appends v to dst lower-cased and without spaces, as
// strings.ToLower and strings.ReplaceAll(…, " ", "") make it.
func squeezeLower(dst, v []byte) []byte {
	for _, c := range v {
		switch {
		case c >= utf8.RuneSelf: // case folding beyond ASCII
			return append(dst[:0], strings.ReplaceAll(strings.ToLower(string(v)), " ", "")...)
		case c == ' ':
		case c >= 'A' && c <= 'Z':
			dst = append(dst, c+'a'-'A')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// chromeWords are class and id words of page furniture: headers, menus,
// breadcrumbs (当前位置 → dqwz), footers, related links (相关链接 → xglj),
// share and print bars.
var chromeWords = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "menus": true, "submenu": true,
	"breadcrumb": true, "breadcrumbs": true, "crumb": true, "crumbs": true, "position": true,
	"location": true, "dqwz": true, "footer": true, "foot": true, "bottom": true, "copyright": true,
	"header": true, "topbar": true, "banner": true, "sidebar": true, "side": true, "aside": true,
	"related": true, "relate": true, "xglj": true, "share": true, "fenxiang": true, "bdshare": true,
	"print": true, "toolbar": true, "tools": true, "search": true, "login": true, "qrcode": true,
	"ewm": true, "pager": true, "pagination": true, "skip": true, "friendlink": true, "links": true,
	"yqlj": true, "ad": true, "ads": true, "advert": true,
	// the article's info line: 发布日期 来源 浏览次数 【字体：大 中 小】
	"info": true, "source": true, "fontsize": true, "zoomsize": true, "hits": true,
}

// isChrome reports whether an element's class or id names page furniture.
func isChrome(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if chrome, decided := chromeTag(n.DataAtom, inside(n, atom.Article)); decided {
		return chrome
	}
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && named(a.Val, chromeWords) {
			return true
		}
	}
	return false
}

// chromeAttrs is isChrome for a tag and its attributes; inArticle tells
// whether an article element encloses it.
func chromeAttrs(a atom.Atom, as []attr, inArticle bool) bool {
	if chrome, decided := chromeTag(a, inArticle); decided {
		return chrome
	}
	return namedAttrs(as, chromeWords)
}

// chromeTag decides furniture by the tag alone when it can.
func chromeTag(a atom.Atom, inArticle bool) (chrome, decided bool) {
	switch a {
	case atom.Header:
		// An article's own <header> holds its title; a page's holds the logo.
		return !inArticle, true
	case atom.Footer, atom.Aside, atom.Nav:
		return true, true
	}
	return false, false
}

// named reports whether a class or id value holds one of the words.
func named(val string, set map[string]bool) bool {
	for _, w := range words(val) {
		if set[w] {
			return true
		}
	}
	return false
}

// namedAttrs reports whether a tag's class or id holds one of the words.
func namedAttrs(as []attr, set map[string]bool) bool {
	for _, a := range as {
		if k := string(a.key); (k == "class" || k == "id") && namedBytes(a.val, set) {
			return true
		}
	}
	return false
}

// namedBytes is named for a value held as bytes, read without allocating
// when it is ASCII (as class and id values are).
func namedBytes(val []byte, set map[string]bool) bool {
	var buf [32]byte
	w := buf[:0]
	for i := 0; i <= len(val); i++ {
		var c byte
		if i < len(val) {
			c = val[i]
		}
		switch {
		case c >= utf8.RuneSelf:
			return named(string(val), set) // words' case folding beyond ASCII
		case c >= 'A' && c <= 'Z':
			w = append(w, c+'a'-'A')
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			w = append(w, c)
		default:
			if len(w) > 0 && set[string(w)] {
				return true
			}
			w = w[:0]
		}
	}
	return false
}

// words splits a class or id value into lower-case words at anything
// that is not a letter or digit (nav-main → nav, main).
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
}

// inside reports whether n has an ancestor element a.
func inside(n *html.Node, a atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == a {
			return true
		}
	}
	return false
}
