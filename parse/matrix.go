package parse

import (
	"slices"

	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
)

// A responsibility matrix names its units in the header, one a column,
// and marks in each task's row the units that carry it (table.MatrixNames):
//
//	序号 | 重点任务 | 市发展改革委 | 市财政局 | … | 完成时限
//	1    | …        | ●            | ○        | … | 2022年6月底前
//
// The unit names may stand on a header row of their own under a merged
// 责任单位 cell, with a row of unit groups between (市直部门 | 县市区); a
// legend above or below the table says what the symbols mean.

// maxGroupRows bounds the rows of unit groups between a matrix header's
// first row and the row of unit names.
const maxGroupRows = 2

// matrixRowsBelow is how many rows under a row of unit names show their
// marks (table.MatrixNames).
const matrixRowsBelow = 3

// matrixHeader reads the rows of a matrix header at the tab or pipe row
// lines[i]:
// the row of unit names, and the rows of unit groups above it when a
// header row stands right above (the last block of out). The names go into
// that header row, over the columns they head; without one, the row of
// names is the header when it holds two column names or more (序号,
// 工作任务 beside the units). It returns the blocks and the lines read.
func matrixHeader(lines []line, i, to int, v table.Vocab, out []block) ([]block, int, bool) {
	above := len(out) > 0 && out[len(out)-1].kind == blockHeader
	for k := 0; k <= maxGroupRows && i+k < to; k++ {
		ln := lines[i+k]
		if !cellRow(ln) || !marksBelow(lines, i+k+1, to) {
			if !above || !cellRow(ln) {
				return out, 0, false
			}
			continue
		}
		units, ok := v.MatrixNames(ln.cells, tabRowsBelow(lines, i+k+1, to))
		if !ok {
			if !above {
				return out, 0, false
			}
			continue
		}
		for _, g := range lines[i : i+k] {
			if !unitGroupRow(g.cells, units) {
				return out, 0, false
			}
		}
		if !above {
			if table.Named(ln.cells) < 2 {
				return out, 0, false
			}
			return append(out, block{kind: blockHeader, cells: ln.cells, line: i}), 1, true
		}
		h := &out[len(out)-1]
		if len(h.cells) != len(ln.cells) {
			return out, 0, false // a row that lost its empty cells: no column is sure
		}
		cells := make([]source.Str, len(h.cells))
		copy(cells, h.cells)
		for j, u := range units {
			if u {
				cells[j] = ln.cells[j]
			}
		}
		h.cells = cells
		return out, k + 1, true
	}
	return out, 0, false
}

// marksBelow reports that the next tab row after lines[i-1] holds a mark
// (table.Legend.MarkRole): the cheap test before a row is read as a
// matrix's unit names.
func marksBelow(lines []line, i, to int) bool {
	for ; i < to; i++ {
		switch ln := lines[i]; {
		case ln.kind == lineBlank:
			continue
		case cellRow(ln):
			for _, c := range ln.cells {
				if _, ok := table.Legend(nil).MarkRole(c.S); ok {
					return true
				}
			}
			if table.Filled(ln.cells) > 1 {
				return false // a row of data without marks
			}
			continue // a goal row spanning the table
		}
		return false
	}
	return false
}

// cellRow reports a line of cells: a tab or a pipe row.
func cellRow(ln line) bool { return ln.kind == lineTabRow || ln.kind == linePipeRow }

// tabRowsBelow returns the cells of the tab rows after lines[i-1], up to
// matrixRowsBelow of them, stopping at any other line.
func tabRowsBelow(lines []line, i, to int) [][]source.Str {
	var out [][]source.Str
	for ; i < to && len(out) < matrixRowsBelow; i++ {
		if !cellRow(lines[i]) {
			break
		}
		out = append(out, lines[i].cells)
	}
	return out
}

// unitGroupRow reports a header row of unit groups (市直部门 | 县市区): its
// names stand over the unit columns only, no longer than a column name.
func unitGroupRow(cells []source.Str, units []bool) bool {
	first, last := slices.Index(units, true), -1
	for j, u := range units {
		if u {
			last = j
		}
	}
	for j, c := range cells {
		if c.Len() == 0 {
			continue
		}
		if j < first || j > last || source.MoreRunes(c.S, maxGroupNameRunes) {
			return false
		}
	}
	return true
}

// maxGroupNameRunes bounds the name of a group of unit columns.
const maxGroupNameRunes = 12

// blockLegend marks, inside typeTables only, a matrix legend's paragraph
// to be dropped: what it says is in the layout.
const blockLegend = blockHeader + 1

// matrixLegend finds the legend of the matrix whose header block is
// blocks[head] and whose last row is blocks[last]: a paragraph right above
// the header or right below the rows (table.ReadLegend), which it marks
// blockLegend.
func matrixLegend(blocks []block, head, last int) table.Legend {
	for _, k := range []int{head - 1, last + 1} {
		if k < 0 || k >= len(blocks) || blocks[k].kind != blockPara {
			continue
		}
		if l, ok := table.ReadLegend(blocks[k].s.S); ok {
			blocks[k].kind = blockLegend
			return l
		}
	}
	return nil
}

// hasMarks reports a matrix's unit columns among cols.
func hasMarks(cols []table.Column) bool {
	return slices.ContainsFunc(cols, func(c table.Column) bool { return c.Marks })
}
