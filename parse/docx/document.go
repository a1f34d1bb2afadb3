package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
)

// Namespaces of WordprocessingML (transitional and strict).
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// para is a paragraph being read.
type para struct {
	text  strings.Builder
	ref   numRef
	style string
	lines []string // text before each w:br in a body paragraph
	boxes []string // the lines of text boxes anchored in the paragraph
}

// tcell is a table cell being read.
type tcell struct {
	paras  []string
	span   int
	vMerge bool     // continues the merged cell above
	frame  []string // the cell's lines should its table be a frame (frameLines)
	nested bool     // the cell holds a table
}

// table is a table being read.
type table struct {
	rows  [][]*tcell
	cells int
}

// reader streams document.xml into lines.
type reader struct {
	num    *numbering
	styles map[string]numRef
	out    []string
	paras  []*para
	tables []*table
	cells  []*tcell // open cells, innermost last
	skip   int      // depth inside skipped subtrees
	inRun  bool
	inR    bool          // inside a w:r, so an rFonts is the run's
	marks  map[byte]rune // the run's symbol font's marks (symbols.go), nil for any other font
}

// render converts document.xml into text.
func render(doc []byte, num *numbering, styles map[string]numRef) (string, error) {
	d := xml.NewDecoder(bytes.NewReader(doc))
	r := &reader{num: num, styles: styles}
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if r.skip > 0 {
				r.skip++
				continue
			}
			r.start(t)
		case xml.EndElement:
			if r.skip > 0 {
				r.skip--
				continue
			}
			r.end(t)
		case xml.CharData:
			if r.skip == 0 && r.inText() {
				if r.marks != nil {
					t = symbolText(r.marks, t)
				}
				r.cur().text.Write(t)
			}
		}
	}
	for len(r.out) > 0 && r.out[len(r.out)-1] == "" {
		r.out = r.out[:len(r.out)-1]
	}
	if len(r.out) == 0 {
		return "", nil
	}
	return strings.Join(r.out, "\n") + "\n", nil
}

func isW(n xml.Name) bool { return n.Space == nsW || n.Space == nsWStrict }

func attr(t xml.StartElement, local string) (string, bool) {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

func (r *reader) cur() *para {
	if len(r.paras) == 0 {
		return nil
	}
	return r.paras[len(r.paras)-1]
}

// textDepth tracks whether we are inside a w:t element.
func (r *reader) inText() bool { return r.inRun && r.cur() != nil }

func (r *reader) start(t xml.StartElement) {
	if t.Name.Space == nsMC && t.Name.Local == "Fallback" {
		r.skip = 1 // the same content as mc:Choice
		return
	}
	if !isW(t.Name) {
		return
	}
	switch t.Name.Local {
	case "del", "delText", "instrText", "moveFrom", "footnoteReference", "endnoteReference", "commentReference",
		"pPrChange", "rPrChange", "tcPrChange", "trPrChange", "tblPrChange", "sectPrChange", "numberingChange": // tracked old properties
		r.skip = 1
	case "p":
		r.paras = append(r.paras, &para{})
	case "t":
		r.inRun = true
	case "r":
		r.inR, r.marks = true, nil
	case "rFonts":
		if r.inR {
			font, ok := attr(t, "ascii")
			if !ok {
				font, _ = attr(t, "hAnsi")
			}
			r.marks = symbolFont(font)
		}
	case "sym":
		if p := r.cur(); p != nil {
			font, _ := attr(t, "font")
			char, _ := attr(t, "char")
			if m, ok := symbolRune(font, char); ok {
				p.text.WriteRune(m)
			}
		}
	case "tab", "ptab":
		if p := r.cur(); p != nil && r.skip == 0 {
			p.text.WriteByte('\t')
		}
	case "br", "cr":
		if p := r.cur(); p != nil {
			if typ, _ := attr(t, "type"); typ == "page" || typ == "column" {
				return
			}
			p.lines = append(p.lines, p.text.String())
			p.text.Reset()
		}
	case "noBreakHyphen":
		if p := r.cur(); p != nil {
			p.text.WriteByte('-')
		}
	case "pStyle":
		if p := r.cur(); p != nil {
			p.style, _ = attr(t, "val")
		}
	case "ilvl":
		if p := r.cur(); p != nil {
			if v, ok := attr(t, "val"); ok {
				if n, err := strconv.Atoi(v); err == nil {
					p.ref.ilvl, p.ref.lvl = n, true
				}
			}
		}
	case "numId":
		if p := r.cur(); p != nil {
			p.ref.numID, _ = attr(t, "val")
			p.ref.set = true
		}
	case "tbl":
		r.tables = append(r.tables, &table{})
	case "tr":
		if tb := r.table(); tb != nil {
			tb.rows = append(tb.rows, nil)
		}
	case "gridBefore":
		if tb := r.table(); tb != nil && len(tb.rows) > 0 {
			if n := intAttr(t, 1); n > 0 {
				tb.rows[len(tb.rows)-1] = append(tb.rows[len(tb.rows)-1], &tcell{span: n})
			}
		}
	case "tc":
		if tb := r.table(); tb != nil {
			if len(tb.rows) == 0 {
				tb.rows = append(tb.rows, nil)
			}
			c := &tcell{span: 1}
			tb.rows[len(tb.rows)-1] = append(tb.rows[len(tb.rows)-1], c)
			tb.cells++
			r.cells = append(r.cells, c)
		}
	case "gridSpan":
		if c := r.cell(); c != nil {
			c.span = intAttr(t, 1)
		}
	case "vMerge":
		if c := r.cell(); c != nil {
			v, _ := attr(t, "val")
			c.vMerge = v != "restart"
		}
	}
}

// intAttr reads a w:val count, clamped to [1, 64] (Word's column limit is 63).
func intAttr(t xml.StartElement, def int) int {
	v, ok := attr(t, "val")
	if !ok {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return def
	}
	return min(n, 64)
}

func (r *reader) table() *table {
	if len(r.tables) == 0 {
		return nil
	}
	return r.tables[len(r.tables)-1]
}

// cell returns the innermost open cell of the innermost table.
func (r *reader) cell() *tcell {
	if len(r.cells) == 0 {
		return nil
	}
	return r.cells[len(r.cells)-1]
}

func (r *reader) end(t xml.EndElement) {
	if !isW(t.Name) {
		return
	}
	switch t.Name.Local {
	case "t":
		r.inRun = false
	case "r":
		r.inR, r.marks = false, nil
	case "p":
		if len(r.paras) == 0 {
			return
		}
		p := r.paras[len(r.paras)-1]
		r.paras = r.paras[:len(r.paras)-1]
		r.emitPara(p)
	case "tc":
		if len(r.cells) > 0 {
			r.cells = r.cells[:len(r.cells)-1]
		}
	case "tbl":
		if len(r.tables) == 0 {
			return
		}
		tb := r.tables[len(r.tables)-1]
		r.tables = r.tables[:len(r.tables)-1]
		rows, body := tb.lines(), tb.frameLines()
		if c := r.cell(); c != nil && len(r.tables) > 0 {
			// A table nested in a cell: its rows join the cell's text,
			// or stand as a table should the cell's table be a frame.
			for _, row := range rows {
				if s := strings.TrimSpace(strings.ReplaceAll(row, "\t", " ")); s != "" {
					c.paras = append(c.paras, s)
				}
			}
			if body == nil {
				body = append(append([]string{""}, rows...), "")
			}
			c.frame, c.nested = append(c.frame, body...), true
			return
		}
		if body != nil { // a frame: its lines stand in the body
			for len(r.out) == 0 && len(body) > 0 && body[0] == "" {
				body = body[1:]
			}
			r.out = appendLines(r.out, body)
			return
		}
		r.endLine()
		r.out = append(r.out, rows...)
		r.out = append(r.out, "")
	}
}

// emitPara adds a finished paragraph to its container: the enclosing
// paragraph (text box), the open table cell, or the body.
func (r *reader) emitPara(p *para) {
	ref := p.ref
	if st, ok := r.styles[p.style]; ok && !ref.set {
		ref.numID, ref.set = st.numID, true
		if !ref.lvl {
			ref.ilvl = st.ilvl
		}
	}
	// Word shows (and counts) the number of an empty numbered paragraph too.
	label := r.num.label(ref)
	lines := append(p.lines, p.text.String())
	body := r.cur() == nil && (r.cell() == nil || len(r.tables) == 0)
	for i := range lines {
		if body && typedColumns(lines[i]) {
			lines[i] = strings.TrimRight(lines[i], " ")
			continue
		}
		lines[i] = strings.TrimRight(strings.ReplaceAll(lines[i], "\t", " "), " ")
	}
	lines[0] = label + lines[0]
	if strings.TrimSpace(strings.Join(lines, "")) == "" && len(p.boxes) > 0 {
		lines = nil // an empty paragraph only anchoring a text box
	}
	lines = append(p.boxes, lines...)
	if outer := r.cur(); outer != nil { // a paragraph inside a text box
		for _, l := range lines {
			outer.boxes = appendText(outer.boxes, l)
		}
		return
	}
	if c := r.cell(); c != nil && len(r.tables) > 0 {
		for _, l := range lines {
			if l = strings.TrimSpace(l); l != "" {
				c.paras = append(c.paras, l)
				c.frame = append(c.frame, l)
			}
		}
		return
	}
	r.out = append(r.out, lines...)
}

// appendText appends s to lines unless it is blank. A text box's
// paragraphs are lines of their own before the paragraph anchoring it, not
// part of its text: a floating box holding the 发文机关标志 anchored in the
// 发文字号's paragraph must not glue the two.
func appendText(lines []string, s string) []string {
	if s = strings.TrimSpace(s); s != "" {
		lines = append(lines, s)
	}
	return lines
}

// endLine ensures tables start on their own line after a blank one.
func (r *reader) endLine() {
	if len(r.out) > 0 && r.out[len(r.out)-1] != "" {
		r.out = append(r.out, "")
	}
}

// lines lays the table out: one line per row, cells separated by tabs,
// a gridSpan cell followed by empty cells for the columns it spans, a
// vMerge continuation cell empty, every row padded to the table's width.
// Spans that would make the grid grow out of proportion to the number of
// real cells are ignored, keeping the output linear.
func (tb *table) lines() []string {
	budget := 64 + 8*tb.cells
	use := 0
	for _, row := range tb.rows {
		for _, c := range row {
			use += c.span
		}
	}
	spans := use <= budget
	var grid [][]string
	width := 0
	for _, row := range tb.rows {
		var line []string
		for _, c := range row {
			text := ""
			if !c.vMerge {
				text = strings.Join(c.paras, " ")
			}
			line = append(line, text)
			if spans {
				for k := 1; k < c.span; k++ {
					line = append(line, "")
				}
			}
		}
		width = max(width, len(line))
		grid = append(grid, line)
	}
	pad := spans && width*len(grid) <= 2*budget
	var out []string
	for _, line := range grid {
		for pad && len(line) < width {
			line = append(line, "")
		}
		if strings.Trim(strings.Join(line, ""), " ") == "" {
			continue
		}
		out = append(out, strings.Join(line, "\t"))
	}
	return out
}

// frameLines reads a table that only frames a page's content: one cell
// per row, a table nested in one of them (a title row, the real task
// table, a 备注 row). Its cells' paragraphs are lines of the body and the
// nested table is a table of its own, as if the frame were not there. It
// returns nil for any other table.
func (tb *table) frameLines() []string {
	nested := false
	for _, row := range tb.rows {
		if len(row) != 1 {
			return nil
		}
		nested = nested || row[0].nested
	}
	if !nested {
		return nil
	}
	out := []string{}
	for _, row := range tb.rows {
		out = appendLines(out, row[0].frame)
	}
	return out
}

// appendLines appends lines to out keeping one blank line, not two,
// between a table and its neighbours.
func appendLines(out, lines []string) []string {
	for _, l := range lines {
		if l == "" && len(out) > 0 && out[len(out)-1] == "" {
			continue
		}
		out = append(out, l)
	}
	return out
}

// typedColumns reports a body paragraph whose tabs part columns typed at
// tab stops (a table typed without a table: 1⇥任务⇥单位⇥时限, or a row's
// next line ⇥…⇥…⇥): a tab after text, or two tabs or more. Such a
// paragraph keeps its tabs, so that the lines read as tab rows; a lone
// tab before the text is an indent, and a tab in a table cell or a text
// box a space.
func typedColumns(s string) bool {
	if n := strings.Count(s, "\t"); n >= 2 {
		return true
	} else if n == 0 {
		return false
	}
	return strings.TrimLeft(s, " \t") != "" && strings.Index(s, "\t") > len(s)-len(strings.TrimLeft(s, " \t"))
}
