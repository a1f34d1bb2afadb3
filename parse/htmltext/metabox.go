package htmltext

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// boxLabels are labels of the metadata box government portals print
// above a notice (white space removed before comparing).
var boxLabels = []string{"索引号", "主题分类", "发文机关", "成文日期", "发文字号", "发布日期", "發文機關", "成文日期", "發文字號"}

// maxBoxText bounds the visible text of a metadata box.
const maxBoxText = 600

// metaBox finds the portal's metadata box when the article root left it
// out: the innermost table outside the root, or the outermost element of a
// piece of furniture (isChrome: a box in <div class="xxgk-info"> or <ul
// class="info"> that the root's rendering drops), that holds at least two
// box labels and little text. It returns nil when there is none or the
// root already holds it.
func metaBox(doc, root *html.Node, st map[*html.Node]stat) *html.Node {
	var found *html.Node
	// walk reports whether n's subtree holds a box.
	var walk func(n *html.Node, inRoot, inChrome bool) bool
	walk = func(n *html.Node, inRoot, inChrome bool) bool {
		inRoot = inRoot || n == root
		chromeStart := !inChrome && isChrome(n)
		inner := false
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && walk(c, inRoot, inChrome || chromeStart) {
				inner = true
			}
		}
		if inner || found != nil || !chromeStart && (n.DataAtom != atom.Table || inRoot) {
			return inner
		}
		s := st[n]
		if s.text+s.chrome > maxBoxText || contains(n, root) {
			return false
		}
		if boxLabelCount(squash(textOf(n))) >= 2 {
			found = n
			return true
		}
		return false
	}
	walk(doc, false, false)
	return found
}

func boxLabelCount(s string) int {
	k := 0
	for _, l := range boxLabels {
		if strings.Contains(s, l) {
			k++
		}
	}
	return k
}

// contains reports whether n is root or one of its ancestors.
func contains(n, root *html.Node) bool {
	for p := root; p != nil; p = p.Parent {
		if p == n {
			return true
		}
	}
	return false
}
