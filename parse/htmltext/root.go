package htmltext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/zwgk/gongwen/parse/internal/docmeta"
	"github.com/zwgk/gongwen/parse/internal/org"
)

// stat counts the visible non-space characters under a node.
type stat struct {
	text   int // outside links and page furniture
	link   int // inside <a>
	chrome int // inside page furniture (isChrome), outside links
	tables int // <table> elements in the subtree, the node included
}

// shows reports whether the subtree holds any visible character: in the
// text, a link or page furniture.
func (s stat) shows() bool { return s.text+s.link+s.chrome > 0 }

// measure computes the stat of every node in one pass.
func measure(doc *html.Node) map[*html.Node]stat {
	m := make(map[*html.Node]stat)
	var walk func(n *html.Node, inLink, inChrome bool) stat
	walk = func(n *html.Node, inLink, inChrome bool) stat {
		var s stat
		if n.Type == html.TextNode {
			k := visible(n.Data)
			switch {
			case inLink:
				s.link = k
			case inChrome:
				s.chrome = k
			default:
				s.text = k
			}
			return s
		}
		if n.Type == html.ElementNode {
			inLink = inLink || n.DataAtom == atom.A
			inChrome = inChrome || isChrome(n)
			if n.DataAtom == atom.Table {
				s.tables = 1
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			cs := walk(c, inLink, inChrome)
			s.text += cs.text
			s.link += cs.link
			s.chrome += cs.chrome
			s.tables += cs.tables
		}
		m[n] = s
		return s
	}
	walk(doc, false, false)
	return m
}

// visible counts the non-space runes of s.
func visible(s string) int {
	k := 0
	for _, r := range s {
		if !blank(r) {
			k++
		}
	}
	return k
}

// visibleBytes is visible for bytes.
func visibleBytes(s []byte) int {
	k := 0
	for len(s) > 0 {
		r, n := decodeRune(s)
		if !blank(r) {
			k++
		}
		s = s[n:]
	}
	return k
}

// decodeRune decodes the first rune of s, ASCII without a call.
func decodeRune(s []byte) (rune, int) {
	if s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRune(s)
}

// blank reports white space, the ideographic space included.
func blank(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' }

// chooseRoot picks the element holding the article: the one with the most
// text outside links and furniture (links and furniture count against
// it), then, while one child holds nearly all of that text, that child.
func chooseRoot(doc *html.Node, st map[*html.Node]stat) *html.Node {
	var best *html.Node
	bestScore := 0
	var walk func(n *html.Node, boxes map[*html.Node]int)
	walk = func(n *html.Node, boxes map[*html.Node]int) {
		if boxes[n] < 0 { // a metadata box (boxTextAbove): never the article
			return
		}
		if n.Type == html.ElementNode && n.DataAtom != atom.Html {
			s := st[n]
			if score := s.text - 2*s.link - s.chrome - boxes[n]; best == nil || score > bestScore {
				best, bestScore = n, score
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				walk(c, boxes)
			}
		}
	}
	walk(doc, nil)
	if best != nil {
		if boxes := outerBoxNodes(doc, st); mostlyBoxNode(best, boxes, st) {
			// The portal's metadata box outweighs a short notice whose body
			// is mostly links (附件, 相关解读): the box is never the article.
			best = nil
			walk(doc, boxTextAbove(boxes, st))
		}
	}
	if best == nil {
		return nil
	}
	for {
		total := st[best].text
		var next *html.Node
		for c := best.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && st[c].text*10 >= total*9 && total > 0 && descendable(c, st) {
				next = c
				break
			}
		}
		if next == nil {
			return best
		}
		best = next
	}
}

// descendable reports whether root narrowing may enter n: not into the
// parts of a table that holds data, whose rows all belong to the text.
func descendable(n *html.Node, st map[*html.Node]stat) bool {
	switch n.DataAtom {
	case atom.Table:
		return !isDataTable(n, st)
	case atom.Tr, atom.Thead, atom.Tbody, atom.Tfoot, atom.Td, atom.Th:
		t := tableOf(n)
		return t != nil && !isDataTable(t, st)
	}
	return true
}

// tableOf returns the table element n belongs to.
func tableOf(n *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Table {
			return p
		}
	}
	return nil
}

// titleWords are class and id words of article-title elements.
var titleWords = map[string]bool{"title": true, "tit": true, "bt": true, "biaoti": true, "headline": true, "h1": true}

// titleFor finds the heading that titles the article root: the nearest
// h1–h3 or title-classed element before the root, looking through at most
// four levels of ancestors. It returns "" when there is none.
func titleFor(root *html.Node, st map[*html.Node]stat) string {
	cur := root
	for level := 0; level < 4 && cur.Parent != nil; level++ {
		for s := cur.PrevSibling; s != nil; s = s.PrevSibling {
			if h := lastHeading(s, st); h != nil {
				var above []string
				for _, a := range headingsAbove(h, st) {
					above = append(above, collapse(textOf(a)))
				}
				return withAuthority(above, collapse(textOf(h)))
			}
		}
		cur = cur.Parent
		if cur.DataAtom == atom.Body {
			break
		}
	}
	return ""
}

// maxAbove and maxAboveText bound the headings put before a title that
// starts with 关于: two lines of an authority's name.
const (
	maxAbove     = 2
	maxAboveText = 40
)

// headingsAbove returns the headings standing right before the title
// element h: at most maxAbove earlier element siblings in a row, each a
// heading that could title the article (lastHeading's test) holding at
// most maxAboveText characters.
func headingsAbove(h *html.Node, st map[*html.Node]stat) []*html.Node {
	var out []*html.Node
	for cur := h; len(out) < maxAbove; {
		prev := cur.PrevSibling
		for prev != nil && prev.Type != html.ElementNode {
			prev = prev.PrevSibling
		}
		if prev == nil || !headingTag(prev.DataAtom, nodeAttrs(prev)) || !st[prev].titleSized() || st[prev].text > maxAboveText {
			break
		}
		out = append([]*html.Node{prev}, out...)
		cur = prev
	}
	return out
}

// withAuthority returns the title a page's heading gives (title, its
// white space collapsed), preceded by the headings right above it (above)
// when it starts with 关于 and each of them names an organisation: a page
// that sets the authority on a heading of its own
// (<h1>某省人民政府办公厅</h1><h1>关于…的通知</h1>) keeps it in the title;
// a column name above (通知公告) is left out.
func withAuthority(above []string, title string) string {
	title = strings.TrimSpace(title)
	if len(above) == 0 || !aboutWord.In(title[:min(len(title), 6)]) {
		return title
	}
	for _, a := range above {
		if aboutWord.In(a) || !org.HasEnding(strings.TrimSpace(a)) {
			return title
		}
	}
	return strings.TrimSpace(strings.Join(above, " ")) + " " + title
}

// aboutWord is 关于, found in either script by segment's fold.
var aboutWord = docmeta.NewWord("关于")

// lastHeading returns the last heading element in n's subtree (n included).
func lastHeading(n *html.Node, st map[*html.Node]stat) *html.Node {
	if n.Type != html.ElementNode {
		return nil
	}
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		if h := lastHeading(c, st); h != nil {
			return h
		}
	}
	if !headingTag(n.DataAtom, nodeAttrs(n)) || !st[n].titleSized() {
		return nil
	}
	return n
}

// headingTag reports a tag that may title the article (h1–h3 or a
// title-classed element other than a link), its text size aside. An
// element whose class also names furniture (<td class="bt_info">: the
// 来源/发布时间 line of a layout table whose cells are all bt_…) is not one.
func headingTag(a atom.Atom, as []attr) bool {
	if a == atom.A {
		return false
	}
	return a == atom.H1 || a == atom.H2 || a == atom.H3 || namedAttrs(as, titleWords) && !namedAttrs(as, chromeWords)
}

// titleSized reports whether an element's text has a title's size.
func (s stat) titleSized() bool {
	k := s.text + s.chrome
	return k >= 4 && k <= 200 && s.link <= k
}

// textOf concatenates the text under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// collapse replaces runs of white space by one space.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) && r != '\u3000' }), " ")
}

// squash removes all white space and markdown-ish heading marks, for
// comparing a title with the article's first lines.
func squash(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		s = s[n:]
		if !blank(r) && r != '#' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// containsSquashed reports whether squash(text) contains squash(sub)
// without building squash(text), which for a whole article is a copy of
// it: sub's first kept rune is searched for in text, and the rest of sub
// matched from there with squash's deletions.
func containsSquashed(text, sub string) bool {
	want := squash(sub)
	if want == "" {
		return true
	}
	first, _ := utf8.DecodeRuneInString(want)
	for i := 0; ; {
		k := strings.IndexRune(text[i:], first)
		if k < 0 {
			return false
		}
		i += k
		if startsSquashed(text[i:], want) {
			return true
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
}

// startsSquashed reports whether text, read with squash's deletions,
// starts with want.
func startsSquashed(text, want string) bool {
	for want != "" {
		if text == "" {
			return false
		}
		r, n := utf8.DecodeRuneInString(text)
		text = text[n:]
		if blank(r) || r == '#' {
			continue
		}
		w, m := utf8.DecodeRuneInString(want)
		if r != w {
			return false
		}
		want = want[m:]
	}
	return true
}

// squashBytes appends s to dst with squash's deletions.
func squashBytes(dst, s []byte) []byte {
	for len(s) > 0 {
		r, n := decodeRune(s)
		if !blank(r) && r != '#' {
			dst = utf8.AppendRune(dst, r)
		}
		s = s[n:]
	}
	return dst
}
