package parse

import (
	"strings"

	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
)

// columnBlocks is a table that a PDF-to-text converter following the
// text flow (pdftotext without -layout) gave column by column: the names
// of its first columns one per line (序号 / 重点任务), the rows of those
// columns (1 全面推行… with the 一、 group rows between them), then the
// names of the other columns one per line (责任单位 / 完成时限) and their
// cells, one line each, in blocks parted by blank lines that take the
// columns in turn (the units of rows 1–3, their deadlines, the units of
// rows 4–6 …).
type columnBlocks struct {
	header, later []int     // the lines of the first and of the later column names
	rows          []flowRow // the numbered rows, in order
	cells         [][]int   // for each later column, the lines of its cells in row order
}

// flowRow is a numbered row of the first columns: its line, the number's
// end in it and the lines its text went on to.
type flowRow struct {
	at, numEnd int
	more       []int
}

// markColumnBlocks turns each table given as column blocks (columnBlocks)
// into tab rows: the header one row of all the names, every numbered row
// one row with the cells of the later columns in their order, the lines
// that held those names and cells noise. A table is taken only when every
// later column has one cell per numbered row, each cell of a unit or
// deadline column reading as such. Such a table starts at a line holding
// only its 序号 column's name.
func markColumnBlocks(lines []line) {
	for i := range lines {
		if lines[i].kind != lineText || !seqName(lines[i].s.S) {
			continue
		}
		b, ok := readColumnBlocks(lines, i)
		if !ok {
			continue
		}
		b.mark(lines)
	}
}

// seqName reports a line holding only the name of a 序号 column (序号,
// 序號): its bytes are told before it is typed.
func seqName(s string) bool {
	s = source.TrimSpace(s)
	if len(s) > len("序号") || !strings.HasPrefix(s, "序") {
		return false
	}
	role, _, _ := headerRole(s)
	return role == table.Seq
}

// readColumnBlocks reads a table given as column blocks whose first name
// stands at line i.
func readColumnBlocks(lines []line, i int) (columnBlocks, bool) {
	var b columnBlocks
	k := i
	for k < len(lines) && lines[k].kind == lineText && isColumnName(lines[k].s.S) {
		b.header = append(b.header, k)
		k++
	}
	if len(b.header) < 2 {
		return b, false
	}
	for ; k < len(lines) && lines[k].kind == lineText; k++ {
		s := lines[k].s.S
		if o, ok := ord.Read(s); ok && o.Style == ord.CnDun {
			continue // a group row spanning the table
		}
		if n := rowNumberEnd(s, len(b.rows)+1); n > 0 {
			b.rows = append(b.rows, flowRow{at: k, numEnd: n})
			continue
		}
		if len(b.rows) == 0 || isColumnName(s) {
			break
		}
		last := &b.rows[len(b.rows)-1]
		last.more = append(last.more, k) // the row's text wrapped
	}
	if len(b.rows) < 2 {
		return b, false
	}
	for ; k < len(lines) && (lines[k].kind == lineBlank || lines[k].kind == lineText && isColumnName(lines[k].s.S)); k++ {
		if lines[k].kind == lineText {
			b.later = append(b.later, k)
		}
	}
	if len(b.later) == 0 {
		return b, false
	}
	b.cells = make([][]int, len(b.later))
	col, inBlock := 0, false
	for ; k < len(lines) && !b.full(); k++ {
		switch lines[k].kind {
		case lineBlank, lineNoise:
			if inBlock {
				col, inBlock = (col+1)%len(b.later), false
			}
			continue
		case lineText:
		default:
			return b, false
		}
		if !b.fits(lines, col, lines[k].s.S) || len(b.cells[col]) == len(b.rows) {
			return b, false
		}
		b.cells[col] = append(b.cells[col], k)
		inBlock = true
	}
	return b, b.full()
}

// full reports that every later column has a cell for every row.
func (b *columnBlocks) full() bool {
	for _, c := range b.cells {
		if len(c) < len(b.rows) {
			return false
		}
	}
	return true
}

// fits reports that s may be a cell of the later column col: a unit list
// in a units column, a deadline in a deadline column, any text elsewhere.
func (b *columnBlocks) fits(lines []line, col int, s string) bool {
	role, _, _ := headerRole(lines[b.later[col]].s.S)
	switch role {
	case table.Units:
		return tableVocab.Classify(s) == table.UnitsCell
	case table.Deadline:
		return tableVocab.Classify(s) == table.DeadlineCell
	}
	return !isColumnName(s)
}

// rowNumberEnd returns the end of the row number want opening s (1 全面…:
// the digits and the white space after them), 0 when s opens otherwise.
func rowNumberEnd(s string, want int) int {
	v, n := ord.ArabicPrefix(s)
	if n == 0 || v != want {
		return 0
	}
	m := n
	for m < len(s) && (s[m] == ' ' || s[m] == '\t') {
		m++
	}
	if rest := s[m:]; strings.HasPrefix(rest, "\u3000") {
		m += len("\u3000")
	}
	if m == n || m == len(s) {
		return 0
	}
	return m
}

// mark rewrites the table's lines as tab rows.
func (b *columnBlocks) mark(lines []line) {
	var names []source.Str
	for _, k := range append(append([]int(nil), b.header...), b.later...) {
		names = append(names, lines[k].s.TrimSpace())
		lines[k].kind = lineNoise
	}
	first := b.header[0]
	lines[first].kind, lines[first].cells = lineTabRow, names
	for r, row := range b.rows {
		ln := &lines[row.at]
		text := []source.Str{ln.s.From(row.numEnd).TrimSpace()}
		for _, k := range row.more {
			text = append(text, lines[k].s.TrimSpace())
			lines[k].kind = lineNoise
		}
		cells := []source.Str{ln.s.Slice(0, row.numEnd).TrimSpace(), source.Join(text, "")}
		for _, col := range b.cells {
			cells = append(cells, lines[col[r]].s.TrimSpace())
			lines[col[r]].kind = lineNoise
		}
		ln.kind, ln.cells = lineTabRow, cells
	}
}
