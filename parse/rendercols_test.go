package parse

import (
	"strings"

	"github.com/zwgk/gongwen/parse/internal/table"
)

// columnGap is the white space between two columns of a PDF-to-text
// table: the least a converter leaves.
const columnGap = 2

// columnRendering is a table as a PDF-to-text tool lays it out: each cell
// wrapped at width display columns (the line breaks it holds kept), each
// column padded with spaces to its widest line, columnGap apart; a blank
// line after each row when blank; when pageBreak, a page number and the
// header again before the middle data row. pad is the white space laid
// between cells: a space, or U+3000 (two columns wide, a space where one
// column is left). The header's names are wrapped at headWidth (0: at
// width).
func columnRendering(name string, width, headWidth int, blank, pageBreak bool, pad rune) rendering {
	ok := func(d tableDoc) bool { return gridShaped(d) && !hiddenBreak(d, width, headWidth) }
	return rendering{name: name, ok: ok, whole: true, render: func(d tableDoc) string {
		cells, colW := layOut(d, width, headWidth)
		var data []int
		for i := range d.rows {
			if !d.header(i) {
				data = append(data, i)
			}
		}
		breakAt := -1
		if pageBreak && len(data) >= 2 {
			breakAt = data[len(data)/2]
		}
		var b strings.Builder
		for i := range d.rows {
			if i == breakAt {
				b.WriteString("\n" + strings.Repeat(" ", 30) + "- 2 -\n\n")
				for h := 0; h < d.heads; h++ {
					writeColumnRow(&b, cells[h], colW, pad)
				}
			}
			writeColumnRow(&b, cells[i], colW, pad)
			if blank {
				b.WriteString("\n")
			}
		}
		return b.String()
	}}
}

// layOut wraps every cell at width, the header's at headWidth when it is
// set (wrapCell), and returns the lines of each cell by row and column,
// and the width of each column: its widest line.
func layOut(d tableDoc, width, headWidth int) (cells [][][]string, colW []int) {
	cells = make([][][]string, len(d.rows))
	for i, r := range d.rows {
		cells[i] = make([][]string, len(r))
		w := width
		if d.header(i) && headWidth > 0 {
			w = headWidth
		}
		for j, c := range r {
			cells[i][j] = wrapCell(c, w)
			for len(colW) <= j {
				colW = append(colW, 0)
			}
			for _, l := range cells[i][j] {
				colW[j] = max(colW[j], table.Width(l))
			}
		}
	}
	return cells, colW
}

// hiddenBreak reports a cell whose own line break follows a line that
// fills its column: laid out, it looks like a line the converter wrapped,
// and the break cannot be read back.
func hiddenBreak(d tableDoc, width, headWidth int) bool {
	_, colW := layOut(d, width, headWidth)
	for _, r := range d.rows {
		for j, c := range r {
			paras := strings.Split(c, "\n")
			for _, p := range paras[:len(paras)-1] {
				lines := wrapCell(p, width)
				if len(lines) > 0 && table.Width(lines[len(lines)-1]) >= colW[j]-1 {
					return true
				}
			}
		}
	}
	return false
}

// gridShaped: a table a column layout can carry, every row as wide as the
// first (a layout leaves a merged or empty cell blank, it does not shift
// the cells after it).
func gridShaped(d tableDoc) bool {
	for _, r := range d.rows {
		if len(r) != len(d.rows[0]) {
			return false
		}
	}
	return true
}

// wrapCell breaks a cell into lines of at most width display columns, at
// its own line breaks and wherever a line is full.
func wrapCell(c string, width int) []string {
	var out []string
	for _, para := range strings.Split(c, "\n") {
		var line strings.Builder
		w := 0
		for _, r := range para {
			if rw := table.RuneWidth(r); w+rw > width {
				out = append(out, line.String())
				line.Reset()
				w = 0
			}
			line.WriteRune(r)
			w += table.RuneWidth(r)
		}
		if line.Len() > 0 {
			out = append(out, line.String())
		}
	}
	return out
}

// writeColumnRow writes a row's lines, each cell's line at its column.
func writeColumnRow(b *strings.Builder, row [][]string, colW []int, pad rune) {
	n := 0
	for _, c := range row {
		n = max(n, len(c))
	}
	for l := 0; l < n; l++ {
		var line strings.Builder
		at, col := 0, 0 // display column written to, start of column j
		for j, c := range row {
			if l < len(c) {
				for at < col {
					if w := table.RuneWidth(pad); at+w <= col {
						line.WriteRune(pad)
						at += w
					} else {
						line.WriteByte(' ')
						at++
					}
				}
				line.WriteString(c[l])
				at = col + table.Width(c[l])
			}
			col += colW[j] + columnGap
		}
		b.WriteString(line.String() + "\n")
	}
}
