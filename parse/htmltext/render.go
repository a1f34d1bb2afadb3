package htmltext

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockTags start and end a line.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Blockquote: true, atom.Pre: true, atom.Center: true, atom.Address: true, atom.Figure: true,
	atom.Figcaption: true, atom.Form: true, atom.Fieldset: true, atom.Legend: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Nav: true, atom.Caption: true, atom.Details: true,
	atom.Summary: true, atom.Body: true, atom.Html: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
}

// renderer renders the article root's subtree into a builder.
type renderer struct {
	root *html.Node
	st   map[*html.Node]stat
}

// renderBlock renders root as a block.
func renderBlock(b *builder, root *html.Node, st map[*html.Node]stat) {
	r := renderer{root: root, st: st}
	r.node(b, root, false)
	b.breakLine()
}

func (r *renderer) node(b *builder, n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		b.text(n.Data, pre)
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	if n != r.root && isChrome(n) {
		return
	}
	switch n.DataAtom {
	case atom.Br:
		b.br()
		return
	case atom.Hr:
		b.breakLine()
		return
	case atom.Table:
		if isDataTable(n, r.st) {
			r.dataTable(b, n)
			return
		}
	case atom.Pre:
		pre = true
	case atom.Ol:
		r.orderedList(b, n, pre)
		return
	}
	block := blockTags[n.DataAtom]
	if block {
		b.breakLine()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(b, c, pre)
	}
	if block {
		b.breakLine()
	}
}

// orderedList renders an <ol> with the numbers a browser shows before its
// items (1. 2. …, or a. / A. / i. / I. by its type attribute), since a
// plan's item ordinals are often only there.
func (r *renderer) orderedList(b *builder, ol *html.Node, pre bool) {
	n, typ, marker := listAttrs(nodeAttrs(ol))
	b.breakLine()
	for c := ol.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Li {
			r.node(b, c, pre)
			continue
		}
		if v := spanAttr(nodeAttrs(c), "value", -1, 1<<20); v >= 0 {
			n = v
		}
		b.breakLine()
		if marker && !isChrome(c) {
			b.prefix = listMarker(n, typ) + "."
		}
		r.node(b, c, pre)
		b.flushPrefix()
		n++
	}
	b.breakLine()
}

// listAttrs reads an <ol>'s first number, its type and whether it shows
// markers at all.
func listAttrs(as []attr) (start int, typ string, marker bool) {
	start, typ, marker = spanAttr(as, "start", 1, 1<<20), "1", true
	for _, a := range as {
		switch string(a.key) {
		case "type":
			typ = string(a.val)
		case "style":
			s := squeezeLower(nil, a.val)
			if bytes.Contains(s, []byte("list-style:none")) || bytes.Contains(s, []byte("list-style-type:none")) {
				marker = false
			}
		}
	}
	return start, typ, marker
}

// nodeAttrs returns a node's attributes as a tag's.
func nodeAttrs(n *html.Node) []attr {
	as := make([]attr, len(n.Attr))
	for i, a := range n.Attr {
		as[i] = attr{[]byte(a.Key), []byte(a.Val)}
	}
	return as
}

// listMarker writes n as an <ol type> marker.
func listMarker(n int, typ string) string {
	switch typ {
	case "a", "A":
		if n >= 1 && n <= 26 {
			return string(rune(typ[0] + byte(n-1)))
		}
	case "i", "I":
		romans := []string{"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"}
		if n >= 1 && n < len(romans) {
			if typ == "I" {
				return strings.ToUpper(romans[n])
			}
			return romans[n]
		}
	}
	return strconv.Itoa(n)
}

// cellText renders a table cell's content on one line: its own lines
// joined by a space, tabs turned into spaces.
func (r *renderer) cellText(cell *html.Node) string {
	var sub builder
	for c := cell.FirstChild; c != nil; c = c.NextSibling {
		r.node(&sub, c, false)
	}
	return sub.cellLine()
}

// cellLine returns what b holds as one line: its lines joined by a
// space, tabs turned into spaces.
func (b *builder) cellLine() string {
	b.breakLine()
	var parts []string
	for _, l := range b.lines {
		if l = strings.TrimSpace(strings.ReplaceAll(l, "\t", " ")); l != "" {
			parts = append(parts, l)
		}
	}
	return strings.Join(parts, " ")
}

// builder accumulates rendered lines, collapsing white space as a browser
// does: runs of spaces become one space, and a line break in the source
// between two CJK characters disappears.
type builder struct {
	lines    []string
	cur      strings.Builder
	last     rune   // last rune written to cur
	space    bool   // white space pending
	spaceNL  bool   // the pending white space held a line break
	wasBlank bool   // the last line ended was empty
	prefix   string // written before the next character (a list marker)
}

// flushPrefix ends a list item: a marker still pending, its item having
// no text, is written alone, as a browser shows it (an <ol> numbering the
// 序号 cells of a table, each item empty).
func (b *builder) flushPrefix() {
	if b.prefix != "" && strings.Trim(b.cur.String(), " ") == "" {
		b.cur.Reset()
		b.cur.WriteString(b.prefix)
		b.last = '.'
		b.space, b.spaceNL = false, false
	}
	b.prefix = ""
}

// text appends character data. In pre mode white space is kept and line
// breaks end lines.
func (b *builder) text(s string, pre bool) {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		s = s[n:]
		switch {
		case pre && r == '\n':
			b.br()
		case pre && r == '\r':
		case !pre && (r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'):
			b.space = true
			b.spaceNL = b.spaceNL || r == '\n' || r == '\r'
		default:
			if r == '\u00a0' || r == '\t' {
				r = ' '
			}
			if b.space && b.cur.Len() > 0 && !(b.spaceNL && wide(b.last) && wide(r)) {
				b.cur.WriteByte(' ')
			}
			if b.prefix != "" && strings.Trim(b.cur.String(), " ") == "" {
				b.cur.Reset()
				b.cur.WriteString(b.prefix)
				b.prefix = ""
			}
			b.space, b.spaceNL = false, false
			b.cur.WriteRune(r)
			b.last = r
			// The characters up to the next space need no decision:
			// copy them at once.
			if k := plainRun(s); k > 0 {
				b.cur.WriteString(s[:k])
				b.last, _ = utf8.DecodeLastRuneInString(s[:k])
				s = s[k:]
			}
		}
	}
}

// plainRun is the byte length of the valid UTF-8 at the start of s that
// builder.text copies as it is: no white space, no-break space or invalid
// byte (which it rewrites).
func plainRun(s string) int {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '\u00a0' || r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return i
}

// wide reports a CJK character or fullwidth punctuation.
func wide(r rune) bool {
	return r >= 0x2E80 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF || r >= 0xFF00 && r <= 0xFFEF || r >= 0x20000
}

// breakLine ends the current line if it holds anything.
func (b *builder) breakLine() {
	b.space, b.spaceNL = false, false
	if strings.Trim(b.cur.String(), " ") == "" {
		b.cur.Reset()
		return
	}
	b.end()
}

// br ends the current line, even an empty one (at most one blank line in a row).
func (b *builder) br() {
	b.space, b.spaceNL = false, false
	if strings.Trim(b.cur.String(), " ") == "" {
		b.cur.Reset()
		if len(b.lines) > 0 && !b.wasBlank {
			b.lines = append(b.lines, "")
			b.wasBlank = true
		}
		return
	}
	b.end()
}

// blankLine ends the current line and adds a blank one.
func (b *builder) blankLine() {
	b.breakLine()
	if len(b.lines) > 0 && !b.wasBlank {
		b.lines = append(b.lines, "")
		b.wasBlank = true
	}
}

// rawLine adds a line as is (a table row).
func (b *builder) rawLine(s string) {
	b.breakLine()
	b.lines = append(b.lines, s)
	b.wasBlank = false
}

func (b *builder) end() {
	b.lines = append(b.lines, strings.Trim(b.cur.String(), " "))
	b.cur.Reset()
	b.wasBlank = false
	b.last = 0
}

// String returns the text: the lines joined by "\n", with a final newline.
func (b *builder) String() string {
	b.breakLine()
	lines := b.lines
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	if len(lines) == 0 {
		return ""
	}
	n := 0
	for _, l := range lines {
		n += len(l) + 1
	}
	var out strings.Builder
	out.Grow(n) // one copy of the text
	for _, l := range lines {
		out.WriteString(l)
		out.WriteByte('\n')
	}
	return out.String()
}
