package parse

import (
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
)

// minFramedGroups is the least number of runs of rows between frame lines
// that tells a grid whose frame parts every row from the next (the header
// and two rows): a grid framed only under its header and at its end holds
// all its rows in one run.
const minFramedGroups = 3

// joinFramedRows joins the lines of each row of a box-drawing or ASCII-art
// grid whose cells wrap inside the frame: where frame lines (├──┼──┤,
// +----+) stand between the rows, the pipe lines between two of them are
// one row, its cells broken over lines (table.JoinCellLines). The row's
// first line takes the joined cells and the others become noise. A run
// is left as it is when its lines differ in width or a later line opens
// with a row number of its own (rows the frame does not part).
func joinFramedRows(lines []line) {
	for i := 0; i < len(lines); i++ {
		if !frameLine(lines[i]) {
			continue
		}
		var groups [][2]int // the pipe lines between two frame lines
		from := i + 1
		j := from
		for ; j < len(lines); j++ {
			switch {
			case lines[j].kind == linePipeRow && len(lines[j].cells) > 0:
				continue
			case frameLine(lines[j]) && j > from:
				groups = append(groups, [2]int{from, j})
				from = j + 1
				continue
			}
			break
		}
		if len(groups) >= minFramedGroups {
			widest := framedWidths(lines, groups)
			for _, g := range groups {
				joinFramedRow(lines[g[0]:g[1]], widest)
			}
		}
		i = max(i, j-1)
	}
}

// frameLine reports a frame line of a grid (├──┼──┤, +----+).
func frameLine(ln line) bool {
	return ln.kind == lineNoise && isBoxFrame(ln.s.S)
}

// framedWidths returns the widest cell of each column of the grid's rows,
// as laid out (table.LaidWidth).
func framedWidths(lines []line, groups [][2]int) []int {
	var widest []int
	for _, g := range groups {
		for _, ln := range lines[g[0]:g[1]] {
			for k, c := range ln.cells {
				if k == len(widest) {
					widest = append(widest, 0)
				}
				widest[k] = max(widest[k], table.LaidWidth(c.S))
			}
		}
	}
	return widest
}

// joinFramedRow joins the lines of one framed row into its first line.
func joinFramedRow(row []line, widest []int) {
	if len(row) < 2 {
		return
	}
	width := len(row[0].cells)
	for _, ln := range row[1:] {
		if len(ln.cells) != width || isBareNumber(ln.cells[0].S) {
			return
		}
	}
	cells := make([]source.Str, width)
	parts := make([]source.Str, len(row))
	for k := range cells {
		for x, ln := range row {
			parts[x] = ln.cells[k]
		}
		cells[k] = table.JoinCellLines(parts, widest[k])
	}
	row[0].cells = cells
	for x := 1; x < len(row); x++ {
		row[x] = line{s: row[x].s, kind: lineNoise}
	}
}
