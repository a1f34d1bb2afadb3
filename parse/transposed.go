package parse

import (
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
)

// A transposed task table turns the usual one on its side: the column
// names stand down its first column, one row a field, and each task is a
// column:
//
//	序号     | 1        | 2
//	工作任务 | 清理…    | 整治…
//	牵头单位 | 县城管局 | 县水利局
//	完成时限 | 6月底前  | 9月底前
//
// Word and WPS lay a short list of tasks out so on a page held upright.

// minTransposedFields is how many rows a transposed table has at least,
// each opening with a column name: fewer is a card or a caption.
const minTransposedFields = 3

// minTransposedWidth is the width of a transposed table: its field names
// and two tasks or more (a table of one task is a card, table.ReadCard).
const minTransposedWidth = 3

// transposedAt reads a transposed table whose first row is the tab or pipe
// row lines[i]: rows as wide as it, each opening with a column name
// (table.HeaderRole), minTransposedFields or more of them, among them a
// task or content field and a units field, and no row whose other cells
// are all empty. It returns the table turned upright (the names the header,
// a row per column after the first) and the lines read.
func transposedAt(lines []line, i, to int) (table.Grid, bool) {
	width := len(lines[i].cells)
	if width < minTransposedWidth || !cellRow(lines[i]) {
		return table.Grid{}, false
	}
	var fields [][]source.Str
	task, units := false, false
	k := i
	for ; k < to && cellRow(lines[k]) && len(lines[k].cells) == width; k++ {
		cells := lines[k].cells
		r, _, ok := headerRole(cells[0].S)
		if !ok || table.Filled(cells[1:]) == 0 {
			break
		}
		task = task || r == table.Task || r == table.Content
		units = units || r == table.Units
		fields = append(fields, cells)
	}
	if len(fields) < minTransposedFields || !task || !units {
		return table.Grid{}, false
	}
	g := table.Grid{Lines: k - i, Sep: "\n", AtEnd: k == to}
	for _, f := range fields {
		g.Header = append(g.Header, f[0])
	}
	for j := 1; j < width; j++ {
		row := table.Row{Line: i}
		for _, f := range fields {
			row.Cells = append(row.Cells, f[j])
		}
		g.Rows = append(g.Rows, row)
	}
	return g, true
}
