package parse

import (
	"strings"

	ord "github.com/zwgk/gongwen/parse/internal/ordinal"

	"github.com/zwgk/gongwen/parse/internal/table"
)

// columnGap is the white space between two columns of a PDF-to-text
// table: the least a converter leaves.
const columnGap = 2

// columnLayout is how a PDF-to-text tool lays a table out: each cell
// wrapped at width display columns (the line breaks it holds kept), the
// header's names at headWidth (0: at width), each column padded to its
// widest line, columnGap apart.
type columnLayout struct {
	width, headWidth int
	blank            bool // a blank line after each row
	pageBreak        pageBreak
	pad              rune // the white space between cells: a space, or U+3000 (a space where one column is left)
	// headShift writes the header's names that many display columns left
	// of their columns (names typed by hand over the cells, or centred
	// over columns whose cells start further right); the cells stay.
	headShift int
}

// pageBreak is where a layout breaks the page: a page number and the
// header again.
type pageBreak uint8

const (
	noBreak      pageBreak = iota
	breakBetween           // before the middle data row
	breakInside            // after the first line of the row before it
)

// columnRendering renders tables as l lays them out.
func columnRendering(name string, l columnLayout) rendering {
	ok := func(d tableDoc) bool {
		// Names off their columns are placed by rows that open with
		// their number: a table without a 序号 column cannot show it.
		return gridShaped(d) && !hiddenBreak(d, l.width, l.headWidth) && (l.headShift == 0 || numbered(d))
	}
	return rendering{name: name, ok: ok, whole: true, render: func(d tableDoc) string {
		cells, colW := layOut(d, l.width, l.headWidth)
		var data []int
		for i := range d.rows {
			if !d.header(i) {
				data = append(data, i)
			}
		}
		breakRow, breakLine := -1, 0
		switch {
		case l.pageBreak == breakBetween && len(data) >= 2:
			breakRow = data[len(data)/2]
		case l.pageBreak == breakInside && len(data) >= 2:
			breakRow, breakLine = data[len(data)/2-1], 1
		}
		var b strings.Builder
		shift := func(i int) int {
			if d.header(i) {
				return l.headShift
			}
			return 0
		}
		for i := range d.rows {
			lines := columnLines(cells[i], colW, l.pad, shift(i))
			for k, line := range lines {
				if i == breakRow && k == min(breakLine, len(lines)-1) {
					b.WriteString("\n" + strings.Repeat(" ", 30) + "- 2 -\n\n")
					for h := 0; h < d.heads; h++ {
						b.WriteString(strings.Join(columnLines(cells[h], colW, l.pad, shift(h)), ""))
					}
				}
				b.WriteString(line)
			}
			if l.blank {
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

// columnLines lays a row out: its lines, each cell's line at its column,
// but for the first, shift columns left of it (never closer than
// columnGap to the cell before).
func columnLines(row [][]string, colW []int, pad rune, shift int) []string {
	n := 0
	for _, c := range row {
		n = max(n, len(c))
	}
	out := make([]string, n)
	for l := range out {
		var line strings.Builder
		at, col := 0, 0 // display column written to, start of column j
		for j, c := range row {
			if l < len(c) {
				start := col
				if j > 0 {
					start = max(col-shift, at+columnGap)
				}
				for at < start {
					if w := table.RuneWidth(pad); at+w <= start {
						line.WriteRune(pad)
						at += w
					} else {
						line.WriteByte(' ')
						at++
					}
				}
				line.WriteString(c[l])
				at = start + table.Width(c[l])
			}
			col += colW[j] + columnGap
		}
		out[l] = line.String() + "\n"
	}
	return out
}

// numbered reports a table whose first column numbers its rows: every
// data row opens with a number or a heading, or a merged cell left blank.
func numbered(d tableDoc) bool {
	for i, r := range d.rows {
		if d.header(i) || len(r) == 0 || r[0] == "" {
			continue
		}
		if _, ok := ord.Read(r[0]); !ok && !isBareNumber(r[0]) {
			return false
		}
	}
	return true
}
