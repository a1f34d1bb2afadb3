package table

import "github.com/zwgk/gongwen/parse/internal/source"

// maxNumberedCells bounds the cells of one row of a headless table read by
// its numbers; maxNumberedCell, the runes of one cell.
const (
	maxNumberedCells = 8
	maxNumberedCell  = 200
)

// Numbered recognises a table lost to one cell per line and pasted without
// its header: rows are found by their numbers alone — a line holding only
// the row number n, then the row's cells one per line, up to the line
// holding n+1. It takes at least two rows, each ending in its units or its
// deadline as a task row does (what follows the last such cell of the last
// row is the text after the table). The grid has no header: its columns
// are typed by their cells.
func Numbered(lines []Line, i, to int, v Vocab) (Grid, bool) {
	if !numberedStart(lines[i]) {
		return Grid{}, false
	}
	var rows []Row
	var lineOf []int // line of each cell of the last row
	k := i
	for ; k < to; k++ {
		ln := lines[k]
		if ln.Used || ln.Kind != Text && ln.Kind != Blank && ln.Kind != Noise {
			break
		}
		if ln.Kind != Text {
			continue
		}
		if isRowNo(ln.S.S, len(rows)+1) {
			if len(rows) > 0 && !endsTaskRow(rows[len(rows)-1].Cells, v) {
				return Grid{}, false
			}
			rows = append(rows, Row{Cells: []source.Str{ln.S}, Line: k})
			lineOf = append(lineOf[:0], k)
			continue
		}
		last := &rows[len(rows)-1]
		if len(last.Cells) > maxNumberedCells || source.MoreRunes(ln.S.S, maxNumberedCell) {
			break
		}
		last.Cells = append(last.Cells, ln.S)
		lineOf = append(lineOf, k)
	}
	if len(rows) < 2 {
		return Grid{}, false
	}
	// The last row ends at its last unit or deadline cell.
	last := &rows[len(rows)-1]
	end := len(last.Cells)
	for end > 1 && !endsTaskRow(last.Cells[:end], v) {
		end--
	}
	if end == 1 {
		return Grid{}, false
	}
	last.Cells = last.Cells[:end]
	return Grid{Rows: rows, Lines: lineOf[end-1] + 1 - i, AtEnd: atEnd(lines, lineOf[end-1]+1)}, true
}

// numberedStart reports a line that may start a table read by its
// numbers: one cell holding the row number 1.
func numberedStart(ln Line) bool {
	c, ok := singleCell(ln)
	return ok && isRowNo(c.S, 1)
}

// endsTaskRow reports a row of a number and at least two more cells whose
// last cell is a unit list or a deadline.
func endsTaskRow(cells []source.Str, v Vocab) bool {
	if len(cells) < 3 {
		return false
	}
	t := v.Classify(cells[len(cells)-1].S)
	return t == UnitsCell || t == DeadlineCell
}
