package htmltext

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// boxLabels are labels of the metadata box government portals print
// above a notice (white space removed before comparing).
var boxLabels = []string{"索引号", "主题分类", "发文机关", "成文日期", "发文字号", "发布日期", "發文機關", "發文字號",
	// a Hanweb box: 信息索取号, 文　　号, 生成日期 (发布机构 alone is no
	// box mark: pages print it in their info line)
	"索取号", "文号", "生成日期", "索取號", "文號"}

// maxBoxText bounds the visible text of a metadata box.
const maxBoxText = 600

// metaBox finds the portal's metadata box when the article root left it
// out: the innermost table, <ul> or <dl> outside the root, or the outermost element of a
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
		if inner || found != nil || !chromeStart && (!boxTag(n.DataAtom) || inRoot) {
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

// boxTag reports a tag a metadata box is laid out in outside furniture:
// a table, or a <ul> or <dl> of label–value items.
func boxTag(a atom.Atom) bool { return a == atom.Table || a == atom.Ul || a == atom.Dl }

// isBox reports whether n reads as a metadata box by itself, as the
// streaming measurer lists one: a table or the outermost element of a piece
// of furniture (chromeStart) with little text and at least two box labels.
func isBox(n *html.Node, st map[*html.Node]stat, chromeStart bool) bool {
	if n.Type != html.ElementNode || !boxTag(n.DataAtom) && !chromeStart {
		return false
	}
	s := st[n]
	return s.text+s.chrome <= maxBoxText && boxLabelCount(squash(textOf(n))) >= 2
}

// outerBoxNodes returns the metadata boxes (isBox) that lie in no other box.
func outerBoxNodes(doc *html.Node, st map[*html.Node]stat) []*html.Node {
	var out []*html.Node
	var walk func(n *html.Node, inChrome bool)
	walk = func(n *html.Node, inChrome bool) {
		chromeStart := !inChrome && isChrome(n)
		if isBox(n, st, chromeStart) {
			out = append(out, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inChrome || chromeStart)
		}
	}
	walk(doc, false)
	return out
}

// mostlyBoxNode reports whether n is one of boxes, lies in one, or holds
// little text beside the boxes in it (nine tenths box).
func mostlyBoxNode(n *html.Node, boxes []*html.Node, st map[*html.Node]stat) bool {
	in := 0
	for _, b := range boxes {
		switch {
		case contains(b, n):
			return true
		case contains(n, b):
			in += st[b].text
		}
	}
	return in > 0 && in*10 >= st[n].text*9
}

// boxTextAbove maps each of boxes to -1 (never a root) and each of their
// ancestors to the box text it holds, which chooseRoot's second walk
// takes off its score.
func boxTextAbove(boxes []*html.Node, st map[*html.Node]stat) map[*html.Node]int {
	out := make(map[*html.Node]int)
	for _, b := range boxes {
		out[b] = -1
		for p := b.Parent; p != nil; p = p.Parent {
			out[p] += st[b].text
		}
	}
	return out
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
