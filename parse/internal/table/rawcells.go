package table

import (
	"strings"

	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// maxRawRowLines bounds the lines of one row of a table read cell after
// cell (RawCells), and maxRawHeaderWrap the lines a last column name
// wrapped onto (完成时 / 限).
const (
	maxRawRowLines   = 40
	maxRawHeaderWrap = 2
)

// RawCells recognises a ruled table as a PDF-to-text tool printed it in
// the order the PDF draws it (pdftotext -raw of a LibreOffice or Chromium
// PDF): a header line of column names one space apart (the last name
// perhaps wrapped onto the lines under it: 完成时 / 限), then each row
// CELL AFTER CELL, each cell's wrapped lines one per line, a cell's line
// joined by one space to the next cell's where the two stood on one
// baseline (1 深化预算管, 道改造。 区住建局 2024年6月), no blank lines.
// Rows are found by their numbers (n alone on a line, or before the first
// line of the row's text), 一、 lines between them are goal rows. A row's
// cells are cut from its end by type: the deadline the longest tail that
// reads as one (2018 / 年 12 / 月底 / 前), the units the longest tail
// before it that reads as a unit list; the text left is one text column's,
// or cut between the task and the content column at a space, else where a
// line runs wider than the task column's first line or follows a short
// one (rawTextCut). The header repeated after a page break is skipped,
// and the text after it finishes the row it cut (rawBreak). The table
// ends after the last row's deadline (or units). It takes a header of
// 序号, one or two text columns, one units column and at most one
// deadline column, in that order, rows that all read so and at least one
// that wraps, half the rows at least, and no line of a row opening with
// a heading's ordinal ((1), （一）, 1-1: rows of a table flattened a row a
// line, Spaced's); anything else is left to the other recognisers, and a line
// with a run of spaces (a layout mode) is no such table's.
func RawCells(lines []Line, i, to int, v Vocab) (Grid, bool) {
	if !spacedStart(lines[i]) || strings.Contains(lines[i].S.S, "  ") {
		return Grid{}, false
	}
	heads, k, ok := rawHeader(lines, i, to)
	if !ok {
		return Grid{}, false
	}
	cols, ok := rawColumns(heads)
	if !ok {
		return Grid{}, false
	}
	r := rawReader{lines: lines, heads: heads, cols: cols, v: v}
	return r.read(i, k, to)
}

// rawHeader reads a header of names one space apart at lines[i], its last
// name perhaps wrapped onto up to maxRawHeaderWrap short lines (完成时 /
// 限: the lines under it finish the last name or make one more), and
// returns the names and the index of the line after it. The most lines
// that read so are taken.
func rawHeader(lines []Line, i, to int) ([]source.Str, int, bool) {
	fs := fields(lines[i].S)
	if len(fs) == 0 {
		return nil, 0, false
	}
	wrap := 0
	for wrap < maxRawHeaderWrap && i+wrap+1 < to {
		ln := lines[i+wrap+1]
		if ln.Kind != Text || ln.Used || source.MoreRunes(ln.S.S, 4) || len(fields(ln.S)) != 1 {
			break
		}
		wrap++
	}
	for extra := wrap; extra >= 0; extra-- {
		for _, apart := range []bool{true, false} {
			if extra == 0 && apart {
				continue
			}
			names := append([]source.Str(nil), fs...)
			if apart {
				names = append(names, source.Str{})
			}
			for k := i + 1; k <= i+extra; k++ {
				names[len(names)-1] = source.Concat(names[len(names)-1], lines[k].S.TrimSpace())
			}
			if heads, ok := spacedHeader(names); ok {
				return heads, i + extra + 1, true
			}
		}
	}
	return nil, 0, false
}

// rawCols are the roles a table read cell after cell may have: the
// index of its units and deadline columns (-1 for none) and how many text
// columns stand between 序号 and the units.
type rawCols struct {
	text     int
	units    int
	deadline int
}

// rawColumns types the names of a header RawCells reads, in their only
// order: 序号, one or two of task and content, units, a deadline or none.
func rawColumns(heads []source.Str) (rawCols, bool) {
	c := rawCols{units: -1, deadline: -1}
	for j, h := range heads {
		role, _, _ := HeaderRole(h.S)
		switch {
		case j == 0:
			if role != Seq {
				return c, false
			}
		case (role == Task || role == Content) && c.units < 0 && c.text < 2:
			c.text++
		case role == Units && c.text > 0 && c.units < 0:
			c.units = j
		case role == Deadline && c.units > 0 && c.deadline < 0:
			c.deadline = j
		default:
			return c, false
		}
	}
	return c, c.units > 0
}

// rawReader reads the rows of a table printed cell after cell.
type rawReader struct {
	lines []Line
	heads []source.Str
	cols  rawCols
	v     Vocab
}

// rawRow is a row being read: its number, the lines of its text (an
// empty entry marks a page break), the line each entry was read at, its
// first line, and whether it is a goal row (一、).
type rawRow struct {
	no   source.Str
	text []source.Str
	at   []int // the line of each entry of text
	line int
	goal bool
}

// add adds a line of text (an empty one marks a page break) read at
// lines[k].
func (row *rawRow) add(s source.Str, k int) {
	row.text = append(row.text, s)
	row.at = append(row.at, k)
}

// read reads the rows from lines[k], under the header at lines[i].
func (r *rawReader) read(i, k, to int) (Grid, bool) {
	var rows []rawRow
	next := 1
	for ; k < to; k++ {
		ln := r.lines[k]
		if ln.Used || ln.Kind != Text && ln.Kind != Blank && ln.Kind != Noise {
			break
		}
		if ln.Kind != Text {
			if len(rows) > 0 && !rows[len(rows)-1].goal {
				rows[len(rows)-1].add(source.Str{}, k) // a page's end
			}
			continue
		}
		s := ln.S.TrimSpace()
		if ln.Page && len(rows) > 0 && !rows[len(rows)-1].goal {
			rows[len(rows)-1].add(source.Str{}, k)
		}
		if strings.Contains(s.S, "  ") {
			break
		}
		// The header repeated after a page break: its first name is the
		// header's, so a line opening with another rune is never one, and
		// rawHeader (which tries every wrap of the last name) is spared.
		if s.FirstRune() == r.heads[0].FirstRune() {
			if heads, n, ok := rawHeader(r.lines, k, to); ok && SameCells(heads, r.heads) {
				if len(rows) > 0 {
					rows[len(rows)-1].add(source.Str{}, k)
				}
				k = n - 1
				continue
			}
		}
		fs := fields(s)
		if isRowNo(fs[0].S, next) {
			rows = append(rows, rawRow{no: fs[0], line: k})
			if len(fs) > 1 {
				rest := s.From(len(fs[0].S)).TrimSpace()
				rows[len(rows)-1].add(rest, k)
			}
			next++
			continue
		}
		if isGoal(s.S) && !source.MoreRunes(s.S, maxRowEnd) && r.rowNext(k+1, to, next) {
			rows = append(rows, rawRow{no: s, line: k, goal: true})
			continue
		}
		if len(rows) == 0 || rows[len(rows)-1].goal || len(rows[len(rows)-1].text) >= maxRawRowLines {
			break
		}
		if o, ok := ord.Read(s.S); ok && (o.Style == ord.CnDun || o.Style == ord.CnParen || o.Style == ord.ArabicParen) || subRowNo(fs[0].S) {
			return Grid{}, false // a sub-row (1), 1-1 or heading: not cells
		}
		rows[len(rows)-1].add(s, k)
	}
	if len(rows) < 2 || rows[len(rows)-1].goal {
		return Grid{}, false
	}
	g := Grid{Header: r.heads, Sep: "\n"}
	wrapped, tasks := 0, 0
	end := 0
	for j := range rows {
		row := &rows[j]
		if row.goal {
			g.Rows = append(g.Rows, Row{Cells: []source.Str{row.no}, Line: row.line})
			continue
		}
		n := len(row.text)
		if j == len(rows)-1 {
			n = r.lastRowEnd(row.text)
		}
		cells, ok := r.cells(row.text[:n])
		if !ok {
			return Grid{}, false
		}
		tasks++
		if n > 1 {
			wrapped++
		}
		if n > 0 {
			end = row.at[n-1]
		}
		g.Rows = append(g.Rows, Row{Cells: append([]source.Str{row.no}, cells...), Line: row.line})
	}
	if wrapped*2 < tasks {
		return Grid{}, false
	}
	g.Lines = end + 1 - i
	g.AtEnd = atEnd(r.lines, end+1)
	return g, true
}

// rowNext reports that the next text line from lines[k] opens row n.
func (r *rawReader) rowNext(k, to, n int) bool {
	for ; k < to; k++ {
		switch ln := r.lines[k]; ln.Kind {
		case Blank, Noise:
			continue
		case Text:
			fs := fields(ln.S)
			return len(fs) > 0 && isRowNo(fs[0].S, n)
		}
		return false
	}
	return false
}

// lastRowEnd returns how many of the last row's lines are its own: up to
// the last of the lines after which its cells all read, among the short
// lines (a wrapped unit or deadline cell: 2018 / 年 12 / 月底 / 前) after
// the first such; what follows is the text after the table.
func (r *rawReader) lastRowEnd(text []source.Str) int {
	for n := 1; n <= len(text); n++ {
		if !r.reads(text[:n]) {
			continue
		}
		for m := n + 1; m <= min(len(text), n+maxRawTailLines); m++ {
			if source.MoreRunes(text[m-1].S, maxRowEnd/2) {
				break
			}
			if r.reads(text[:m]) {
				n = m
			}
		}
		return n
	}
	return len(text)
}

// maxRawTailLines bounds the lines a last row's unit and deadline cells
// may run on over.
const maxRawTailLines = 6

// reads reports that a row's text lines read as its cells.
func (r *rawReader) reads(text []source.Str) bool {
	_, ok := r.cells(text)
	return ok
}

// rawPiece is a piece of a row's text: a line cut at its spaces, and
// whether it opens its line.
type rawPiece struct {
	s     source.Str
	opens bool
	brk   bool // the first piece after a page break
}

// rawPieces cuts a row's text lines into pieces at their spaces; an empty
// line marks a page break.
func rawPieces(text []source.Str) []rawPiece {
	var ps []rawPiece
	brk := false
	for _, t := range text {
		if t.Len() == 0 {
			brk = true
			continue
		}
		for j, f := range fields(t) {
			ps = append(ps, rawPiece{s: f, opens: j == 0, brk: brk && j == 0})
			brk = false
		}
	}
	return ps
}

// joinPieces joins pieces into a cell: a space between pieces of one
// line, but for one pdftotext set beside a number (后 20 日); lines run on, the tool having wrapped them at the column's edge
// (市公 / 共资源交易中心), unless a line ended a clause (，；。): the
// cell's own line break, or as good as one.
func joinPieces(ps []rawPiece) source.Str {
	parts := make([]source.Str, 0, 2*len(ps))
	for j, p := range ps {
		if j > 0 {
			switch {
			case !p.opens && !digitSpace(ps[j-1].s.S, p.s.S):
				parts = append(parts, oneSpace)
			case endsClause(ps[j-1].s.S):
				parts = append(parts, lineBreak)
			}
		}
		parts = append(parts, p.s)
	}
	return source.Concat(parts...)
}

// oneSpace and lineBreak join the pieces of a cell.
var (
	oneSpace  = source.New(" ").At(0, 1)
	lineBreak = source.New("\n").At(0, 1)
)

// bare joins pieces without their spaces, as a cell's type reads them.
func bare(ps []rawPiece) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.s.S)
	}
	return b.String()
}

// tail finds the deadline and units cells at the end of ps: the index of
// the first piece of the units and of the deadline (len(ps) for none).
// The text after a page break (prev holding the cells before it) may lack
// units, and its pieces finish the cells before it: their text is read
// after the deadline and units cells of prev (2023年 / 底前). A unit
// cell the break cut after a comma (区应急局牵头， / 区市场监管局配合)
// reads without it.
func (r *rawReader) tail(ps []rawPiece, prev []source.Str) (su, sd int, ok bool) {
	before := func(col int) string {
		if prev == nil || col <= 0 {
			return ""
		}
		return dropBreaks.Replace(prev[col-1].S)
	}
	sd = len(ps)
	if r.cols.deadline > 0 {
		head := before(r.cols.deadline)
		for s := len(ps) - 1; s >= 0 && !source.MoreRunes(bare(ps[s:]), maxRowEnd) && oneCell(ps[s:]); s-- {
			if r.v.Classify(head+bare(ps[s:])) == DeadlineCell {
				sd = s
			}
		}
	}
	su = sd
	head := before(r.cols.units)
	for s := sd - 1; s >= 0 && !source.MoreRunes(bare(ps[s:sd]), 120) && oneCell(ps[s:sd]); s-- {
		if r.v.Classify(strings.TrimRight(head+bare(ps[s:sd]), "，、；,;")) == UnitsCell {
			su = s
		}
	}
	if prev == nil && (su == sd || su == 0) {
		return 0, 0, false
	}
	return su, sd, true
}

// dropBreaks takes the line breaks and spaces out of a cell read so far,
// built once: tail runs for every prefix of every row RawCells tries.
var dropBreaks = strings.NewReplacer("\n", "", " ", "")

// oneCell reports pieces that may be one cell's: none stands after a
// space on the line of the piece before but one pdftotext set beside a
// number (2023 年): cells on one baseline are parted by a space.
func oneCell(ps []rawPiece) bool {
	for j := 1; j < len(ps); j++ {
		if !ps[j].opens && !digitSpace(ps[j-1].s.S, ps[j].s.S) {
			return false
		}
	}
	return true
}

// cells cuts a row's text lines into its cells after the number.
func (r *rawReader) cells(text []source.Str) ([]source.Str, bool) {
	// A page break splits the row: each part is cut so, the part after
	// it finishing the cells of the part before.
	parts := [][]source.Str{nil}
	for _, t := range text {
		if t.Len() == 0 {
			parts = append(parts, nil)
			continue
		}
		parts[len(parts)-1] = append(parts[len(parts)-1], t)
	}
	out, ok := r.cut(rawPieces(parts[0]), nil)
	if !ok {
		return nil, false
	}
	for _, p := range parts[1:] {
		if len(p) == 0 {
			continue
		}
		more, ok := r.cut(rawPieces(p), out)
		if !ok {
			return nil, false
		}
		for c := range out {
			if more[c].Len() == 0 {
				continue
			}
			if out[c].Len() == 0 {
				out[c] = more[c]
				continue
			}
			if endsClause(out[c].S) {
				out[c] = source.Concat(out[c], lineBreak, more[c])
			} else {
				out[c] = source.Concat(out[c], more[c])
			}
		}
	}
	return out, true
}

// cut cuts the pieces of one part of a row into the cells after the
// number: the text columns, the units, the deadline.
func (r *rawReader) cut(ps []rawPiece, prev []source.Str) ([]source.Str, bool) {
	out := make([]source.Str, len(r.heads)-1)
	su, sd, ok := r.tail(ps, prev)
	if !ok {
		return nil, false
	}
	if sd < len(ps) {
		out[r.cols.deadline-1] = joinPieces(ps[sd:])
	}
	if su < sd {
		out[r.cols.units-1] = joinPieces(ps[su:sd])
	}
	text := ps[:su]
	if r.cols.text == 1 || len(text) == 0 {
		out[0] = joinPieces(text)
		return out, true
	}
	j := rawTextCut(text)
	out[0], out[1] = joinPieces(text[:j]), joinPieces(text[j:])
	return out, true
}

// rawTextCut returns where the content cell starts among the text pieces
// of a row's task and content cells: at the first space between two
// pieces that is no space pdftotext set beside a number (服务站 12), else
// at the first line that runs wider than the task column's first line, or
// follows a line shorter than it by more than a character; else the last
// line is the content.
func rawTextCut(ps []rawPiece) int {
	for j := 1; j < len(ps); j++ {
		if !ps[j].opens && !digitSpace(ps[j-1].s.S, ps[j].s.S) {
			return j
		}
	}
	// Lines: the pieces of one line measured together.
	var starts, widths []int
	for j, p := range ps {
		if p.opens || j == 0 {
			starts = append(starts, j)
			widths = append(widths, 0)
		}
		widths[len(widths)-1] += Width(p.s.S)
	}
	if len(starts) == 1 {
		return len(ps)
	}
	w := widths[0]
	for l := 1; l < len(widths); l++ {
		if widths[l-1] < w-2 || widths[l] > w+2 {
			return starts[l]
		}
	}
	return starts[len(starts)-1]
}

// digitSpace reports a space between a and b that stands beside an ASCII
// digit: pdftotext sets one around numbers inside a cell's text.
func digitSpace(a, b string) bool {
	return a != "" && ord.IsASCIIDigit(a[len(a)-1]) || b != "" && ord.IsASCIIDigit(b[0])
}

// subRowNo reports a sub-row's number (1-1, 2.3): digits parted by a
// hyphen or a dot.
func subRowNo(s string) bool {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		a, b, ok = strings.Cut(s, ".")
	}
	return ok && IsNumber(a) && IsNumber(b)
}
