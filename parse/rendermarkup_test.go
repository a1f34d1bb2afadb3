package parse

import (
	"fmt"
	"strings"

	"github.com/zwgk/gongwen/parse/internal/table"
)

// This file holds the renderings that keep some markup of the table as
// text: Markdown with an alignment row and <br> in cells, box-drawing
// grids, CSV with quoted cells, and HTML rows pasted as text.

// markdownAligned writes a Markdown table whose rule under the header sets
// each column's alignment, a cell's own line breaks as <br>, as Markdown
// editors export it.
func markdownAligned(d tableDoc) string {
	aligns := []string{":---", ":---:", "---:", "---"}
	var b strings.Builder
	for i, r := range d.rows {
		cells := make([]string, len(r))
		for j, c := range r {
			cells[j] = strings.ReplaceAll(c, "\n", "<br>")
		}
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
		if i == d.heads-1 {
			b.WriteString("|")
			for j := range r {
				b.WriteString(aligns[j%len(aligns)] + "|")
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

// boxFrame is the set of characters a grid is drawn with: the frame lines
// above, between and below the rows, each as left, fill, joint, right.
type boxFrame struct {
	name             string
	top, mid, bottom [4]string
	bar              string // the cells' separator
}

var (
	boxDrawing = boxFrame{
		name:   "box-drawing grid",
		top:    [4]string{"┌", "─", "┬", "┐"},
		mid:    [4]string{"├", "─", "┼", "┤"},
		bottom: [4]string{"└", "─", "┴", "┘"},
		bar:    "│",
	}
	asciiGrid = boxFrame{
		name:   "+---+ grid",
		top:    [4]string{"+", "-", "+", "+"},
		mid:    [4]string{"+", "-", "+", "+"},
		bottom: [4]string{"+", "-", "+", "+"},
		bar:    "|",
	}
)

// boxGrid writes the table as a text grid drawn with f: each cell padded
// to its column's width, a frame line between rows. It needs a rectangular
// table: a grid leaves a merged cell blank, it does not shift the cells
// after it, and a cell broken over lines would need lines of its own.
func boxGrid(f boxFrame) func(d tableDoc) string {
	return func(d tableDoc) string {
		colW := make([]int, len(d.rows[0]))
		for _, r := range d.rows {
			for j, c := range r {
				colW[j] = max(colW[j], table.Width(c))
			}
		}
		frame := func(p [4]string) string { return drawFrame(p, colW) }
		var b strings.Builder
		b.WriteString(frame(f.top))
		for i, r := range d.rows {
			if i > 0 {
				b.WriteString(frame(f.mid))
			}
			b.WriteString(f.bar)
			for j, c := range r {
				b.WriteString(c + strings.Repeat(" ", colW[j]-table.Width(c)) + f.bar)
			}
			b.WriteString("\n")
		}
		b.WriteString(frame(f.bottom))
		return b.String()
	}
}

// drawFrame draws a frame line of p (left, fill, joint, right) over
// columns colW wide.
func drawFrame(p [4]string, colW []int) string {
	parts := make([]string, len(colW))
	for j, w := range colW {
		parts[j] = strings.Repeat(p[1], w)
	}
	return p[0] + strings.Join(parts, p[2]) + p[3] + "\n"
}

// wrappedGrid writes the table as a grid drawn with f whose cells wrap
// inside the frame at width display columns (wrapCell): a row takes as
// many lines as its longest cell, the frame line between rows parting
// them, each line's cells padded to their column's width.
func wrappedGrid(f boxFrame, width int) rendering {
	ok := func(d tableDoc) bool { return rectangular(d) && !hiddenBreak(d, width, 0) }
	return rendering{name: fmt.Sprintf("%s, cells wrapped at %d", f.name, width), ok: ok, whole: true, render: func(d tableDoc) string {
		cells, colW := layOut(d, width, 0)
		frame := func(p [4]string) string { return drawFrame(p, colW) }
		var b strings.Builder
		b.WriteString(frame(f.top))
		for i, r := range cells {
			if i > 0 {
				b.WriteString(frame(f.mid))
			}
			n := 0
			for _, c := range r {
				n = max(n, len(c))
			}
			for l := range n {
				b.WriteString(f.bar)
				for j, c := range r {
					s := ""
					if l < len(c) {
						s = c[l]
					}
					b.WriteString(s + strings.Repeat(" ", colW[j]-table.Width(s)) + f.bar)
				}
				b.WriteString("\n")
			}
		}
		b.WriteString(frame(f.bottom))
		return b.String()
	}}
}

// csvLines writes each row as a CSV line, a cell quoted when it holds a
// comma (ASCII or full width), a quote or a line break, as a spreadsheet
// exports it.
func csvLines(_ int, r []string) string { return quotedRow(r, ",", ",，\"\n") }

// excelClipboard writes each row as Excel copies it to the clipboard:
// cells parted by tabs, and only a cell holding a line break, a tab or a
// quote wrapped in quotes — so the open quote may stand in any cell.
// Excel ends rows with CRLF and keeps LF inside a cell: the CRLF
// transformation gives that.
func excelClipboard(_ int, r []string) string { return quotedRow(r, "\t", "\t\"\n") }

// quotedRow joins a row's cells by sep, a cell holding any of special
// wrapped in quotes and a quote inside it doubled.
func quotedRow(r []string, sep, special string) string {
	cells := make([]string, len(r))
	for j, c := range r {
		if strings.ContainsAny(c, special) {
			c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
		}
		cells[j] = c
	}
	return strings.Join(cells, sep) + "\n"
}

// htmlRowsAsText writes the table as raw HTML rows pasted into a text,
// one <tr> a line, a cell's own line breaks as <br>, empty cells kept
// as <td></td>.
func htmlRowsAsText(d tableDoc) string {
	var b strings.Builder
	b.WriteString("<table border=\"1\">\n")
	for _, r := range d.rows {
		b.WriteString("<tr>")
		for _, c := range r {
			b.WriteString("<td>" + strings.ReplaceAll(c, "\n", "<br>") + "</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>\n")
	return b.String()
}

// innerBars writes each row with bar between its cells and none outside,
// as a Word table pasted into a plain-text editor gives it; a row whose
// only text is its first cell (a group heading merged across the table)
// is that text alone, the merged cells leaving no bar.
func innerBars(bar string) func(int, []string) string {
	return func(_ int, r []string) string {
		if groupRow(r) {
			return r[0] + "\n"
		}
		return strings.Join(r, bar) + "\n"
	}
}

// markdownBoldGroups writes a Markdown table whose group rows (a row whose
// only text is its first cell, 一、…) are in bold, as a Word-to-Markdown
// export writes a merged heading row.
func markdownBoldGroups(d tableDoc) string {
	var b strings.Builder
	for i, r := range d.rows {
		cells := append([]string(nil), r...)
		if i >= d.heads && groupRow(r) {
			cells[0] = "**" + r[0] + "**"
		}
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
		if i == d.heads-1 {
			b.WriteString(strings.Repeat("| --- ", len(r)) + "|\n")
		}
	}
	return b.String()
}

// markupRenderings are the renderings of this file.
var markupRenderings = []rendering{
	{"markdown, alignment row, <br> in cells", always, markdownAligned, false, true},
	{"box-drawing grid", rectangular, boxGrid(boxDrawing), false, false},
	{"+---+ grid", rectangular, boxGrid(asciiGrid), false, false},
	wrappedGrid(boxDrawing, 16),
	wrappedGrid(asciiGrid, 12),
	{"CSV, quoted cells", gridShaped, perRow(csvLines), false, true},
	{"Excel clipboard: tabs, only cells with a line break quoted", always, perRow(excelClipboard), false, true},
	{"HTML rows pasted as text", always, htmlRowsAsText, false, true},
	{"full-width ｜ between cells, no outer bars", always, perRow(innerBars("｜")), false, false},
	{"| between cells, no outer bars", always, perRow(innerBars("|")), false, false},
	{"markdown, group rows in bold", always, markdownBoldGroups, false, false},
	{"broken bars ¦, outer bars", always, perRow(func(_ int, r []string) string { return "¦ " + strings.Join(r, " ¦ ") + " ¦\n" }), false, false},
}
