package htmltext

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Limits of the HTML specification for cell spans.
const (
	maxColspan = 1000
	maxRowspan = 65534
)

// isDataTable reports whether a table holds data rather than page layout:
// a layout table nests other tables in its cells or has a single column of
// text — no row with text in two cells, as a signature set right by an
// empty cell before it (<td width="60%">&nbsp;</td><td>…办公室<br>日期</td>).
// st counts the tables and the text under every node, so nesting costs
// nothing; the column test looks at the table's own rows only.
func isDataTable(t *html.Node, st map[*html.Node]stat) bool {
	if st[t].tables > 1 {
		return false
	}
	for _, tr := range rowsOf(t) {
		filled := 0
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if (c.DataAtom == atom.Td || c.DataAtom == atom.Th) && st[c].shows() {
				filled++
			}
		}
		if filled > 1 {
			return true
		}
	}
	return false
}

// rowsOf returns a table's rows in document order.
func rowsOf(t *html.Node) []*html.Node {
	var rows []*html.Node
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Tr:
			rows = append(rows, c)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				if r.DataAtom == atom.Tr {
					rows = append(rows, r)
				}
			}
		}
	}
	return rows
}

// cell is one table cell as written.
type cell struct {
	text             string
	rowspan, colspan int
}

// dataTable renders a data table: a caption line, then one line per row
// with the grid's cells separated by tabs, then a blank line.
func (r *renderer) dataTable(b *builder, t *html.Node) {
	var captions []string
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Caption {
			captions = append(captions, r.cellText(c))
		}
	}
	var cells [][]cell
	for _, tr := range rowsOf(t) {
		var row []cell
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
				row = append(row, newCell(r.cellText(c), nodeAttrs(c)))
			}
		}
		cells = append(cells, row)
	}
	b.table(captions, cells)
}

// newCell is a cell with its text and its span attributes (a rowspan of
// 0 reaches to the end of the table).
func newCell(text string, as []attr) cell {
	return cell{text: text, rowspan: spanAttr(as, "rowspan", 1, maxRowspan), colspan: max(1, spanAttr(as, "colspan", 1, maxColspan))}
}

// table writes a data table's captions and rows.
func (b *builder) table(captions []string, rows [][]cell) {
	b.breakLine()
	for _, c := range captions {
		b.text(c, false)
		b.breakLine()
	}
	real := 0
	for i, row := range rows {
		for j := range row {
			if rs := &row[j].rowspan; *rs == 0 || *rs > len(rows)-i {
				*rs = len(rows) - i
			}
		}
		real += len(row)
	}
	for _, line := range grid(rows, 64+8*real) {
		if strings.Trim(line, "\t") != "" {
			b.rawLine(line)
		}
	}
	b.blankLine()
}

// spanAttr reads a numeric attribute, clamped to [0, hi].
func spanAttr(as []attr, key string, def, hi int) int {
	if v, ok := get(as, key); ok {
		n, err := strconv.Atoi(strings.TrimSpace(string(v)))
		if err != nil || n < 0 {
			return def
		}
		return min(n, hi)
	}
	return def
}

// grid lays the cells out on a grid, resolving rowspan and colspan: a
// merged cell's text sits in its top-left position and the positions it
// covers are empty. Every row is padded to the table's width. When the
// grid would exceed budget positions (spans out of all proportion to the
// number of real cells), spans are ignored and rows are not padded, so
// that the output stays linear in the input.
func grid(rows [][]cell, budget int) []string {
	var out [][]string
	var pending []int // rows still covered, per column
	width, used := 0, 0
	for _, row := range rows {
		var line []string
		overflow := false
		set := func(col int, s string) {
			if col >= budget {
				overflow = true
				return
			}
			for len(line) <= col {
				line = append(line, "")
			}
			line[col] = s
		}
		covered := append([]int(nil), pending...)
		for i := range pending {
			if pending[i] > 0 {
				pending[i]--
			}
		}
		for len(pending) > 0 && pending[len(pending)-1] == 0 {
			pending = pending[:len(pending)-1] // spans that ended cost nothing more
		}
		col := 0
		for _, c := range row {
			for col < len(covered) && covered[col] > 0 {
				set(col, "")
				col++
			}
			set(col, c.text)
			for k := 1; k < c.colspan; k++ {
				set(col+k, "")
			}
			if c.rowspan > 1 && !overflow {
				for len(pending) < col+c.colspan {
					pending = append(pending, 0)
				}
				for k := 0; k < c.colspan; k++ {
					pending[col+k] = c.rowspan - 1
				}
			}
			col += c.colspan
		}
		for ; col < len(covered); col++ {
			if covered[col] > 0 {
				set(col, "")
			}
		}
		used += len(line)
		if overflow || used > budget {
			return plain(rows)
		}
		width = max(width, len(line))
		out = append(out, line)
	}
	if used+len(out)*width > 2*budget {
		return plain(rows)
	}
	lines := make([]string, len(out))
	for i, line := range out {
		for len(line) < width {
			line = append(line, "")
		}
		lines[i] = strings.Join(line, "\t")
	}
	return lines
}

// plain lays out rows as written, ignoring spans.
func plain(rows [][]cell) []string {
	lines := make([]string, len(rows))
	for i, row := range rows {
		texts := make([]string, len(row))
		for j, c := range row {
			texts[j] = c.text
		}
		lines[i] = strings.Join(texts, "\t")
	}
	return lines
}
