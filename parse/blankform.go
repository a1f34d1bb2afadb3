package parse

import (
	"strings"

	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
)

// blankForm reports whether the table rows from line i on are a form to
// fill in (a 填报表 or 统计表 attached before the plan): a header row
// followed by rows that hold at most a 序号 and short labels of what to
// fill in, half of their cells or more empty (formRow). It returns the line
// after the form's last row. A form names columns a plan's table has
// (工作任务, 责任单位), but its rows carry no task.
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
		if rows > 0 && !formRow(ln.cells) {
			return i, false
		}
		rows, next = rows+1, j+1
	}
	return next, rows >= 3
}

// formRow reports a row of a form to fill in: its cells empty but for a
// number in the first and short labels naming what is asked (核心制度落实,
// 参会人员), no sentence, and half of them or more empty (发现问题, 整改措施
// and 整改时限 left for the one who fills it in).
func formRow(cells []source.Str) bool {
	empty := 0
	for k, cell := range cells {
		c := strings.TrimSpace(cell.S)
		switch {
		case c == "":
			empty++
		case k == 0 && ord.Value(c) > 0:
		case !formLabel(c):
			return false
		}
	}
	return 2*empty >= len(cells)
}

// formAt reports whether the table rows from line i on are a form to fill
// in: a blank form (blankForm), or a lone row of column names a plan's
// table does not have, whose rows to fill in came out as blank lines (姓名 |
// 职务 | 联系电话 under a 参会回执). It returns the line after the form.
func formAt(lines []line, i, end int) (int, bool) {
	if next, ok := blankForm(lines, i, end); ok {
		return next, true
	}
	if next, ok := labelledForm(lines, i, end); ok {
		return next, true
	}
	isRow := func(j int) bool { return lines[j].kind == lineTabRow || lines[j].kind == linePipeRow }
	between := func(j int) bool { return lines[j].kind == lineBlank || lines[j].kind == lineNoise } // a rule line ├─┼─┤ too
	next := i + 1
	for next < end && between(next) {
		next++
	}
	if !opensRows(lines, i) || next < end && isRow(next) {
		return i, false // a row of a table, not a lone one
	}
	for _, cell := range lines[i].cells {
		c := strings.TrimSpace(cell.S)
		if !formLabel(c) {
			return i, false
		}
		if role, _, ok := table.HeaderRole(c); ok && role != table.Ignore {
			return i, false // 序号 | 工作任务 | 责任单位: a plan's table whose rows are cut off
		}
	}
	return i + 1, true
}

// labelledForm reports whether the table rows from line i on are a form
// whose rows are labels to fill in beside, whatever row comes first: every
// row a form row (formRow: 单位名称 with the rest of the row empty) or a
// row of column names no plan's table has (labelRow: 姓名 | 职务 | 联系电话
// over rows to fill in that came out as blank lines), two rows or more, one
// of them a form row. It returns the line after the form's last row.
func labelledForm(lines []line, i, end int) (int, bool) {
	rows, forms, next := 0, 0, i
	for j := i; j < end; j++ {
		ln := lines[j]
		if ln.kind == lineBlank || ln.kind == lineNoise {
			continue
		}
		if ln.kind != lineTabRow && ln.kind != linePipeRow {
			break
		}
		switch {
		case formRow(ln.cells):
			forms++
		case !labelRow(ln.cells):
			return i, false
		}
		rows, next = rows+1, j+1
	}
	return next, rows >= 2 && forms > 0
}

// labelRow reports a row of column names that no plan's table has: every
// cell a short label (formLabel) naming no goal, task, content, unit or
// deadline column (姓名, 职务, 联系电话, 备注; 序号 may stand first).
func labelRow(cells []source.Str) bool {
	return namesOnly(cells, func(c string) bool {
		if !formLabel(c) {
			return false
		}
		role, _, ok := table.HeaderRole(c)
		return !ok || role == table.Ignore || role == table.Seq
	})
}

// namesOnly reports a row of two names or more: every cell not empty
// passes name (labelRow's and registerHeader's test of a column name).
func namesOnly(cells []source.Str, name func(string) bool) bool {
	names := 0
	for _, cell := range cells {
		c := strings.TrimSpace(cell.S)
		if c == "" {
			continue
		}
		if !name(c) {
			return false
		}
		names++
	}
	return names >= 2
}

// formLabel reports a cell that names what a form asks for, or marks where
// to sign: no sentence mark, and at most maxFormLabel runes outside its
// brackets and spaces — a qualifier in brackets says how to fill it in
// (项目总投资（万元）, 项目简介（不超过500字）, （盖章） 年　月　日).
func formLabel(c string) bool {
	if strings.ContainsAny(c, "。；;，,、") {
		return false
	}
	n, depth := 0, 0
	for _, r := range c {
		switch r {
		case '（', '(':
			depth++
		case '）', ')':
			depth = max(depth-1, 0)
		case ' ', '\u3000', '\t':
		default:
			if depth == 0 {
				n++
			}
		}
	}
	return n <= maxFormLabel
}

// maxFormLabel is the longest label of a form, in runes outside its
// brackets: a column or field name (联系电话, 职务（职称）, 主管部门审核意见),
// not a task.
const maxFormLabel = 10
