package parse

import (
	"strings"

	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// blankForm reports whether the table rows from line i on are a form to
// fill in (a 填报表 or 统计表 attached before the plan): a header row
// followed by rows that hold at most a 序号, every other cell empty. It
// returns the line after the form's last row. A form names columns a
// plan's table has (工作任务, 责任单位), but its rows carry nothing.
func blankForm(lines []line, i, end int) (int, bool) {
	rows, next := 0, i
	for j := i; j < end; j++ {
		ln := lines[j]
		if ln.kind == lineBlank {
			continue
		}
		if ln.kind != lineTabRow && ln.kind != linePipeRow {
			break
		}
		if rows > 0 && !emptyRow(ln.cells) {
			return i, false
		}
		rows, next = rows+1, j+1
	}
	return next, rows >= 3
}

// emptyRow reports a row whose cells are empty but for a number in the
// first.
func emptyRow(cells []source.Str) bool {
	for k, cell := range cells {
		c := strings.TrimSpace(cell.S)
		if c == "" || k == 0 && ord.Value(c) > 0 {
			continue
		}
		return false
	}
	return true
}
