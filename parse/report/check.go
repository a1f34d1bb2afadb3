package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/zwgk/gongwen/model"
)

// Consistency checks: numbers of a report that should add up and do not
// become model.WarnInconsistent warnings. They never change a number.

// Check returns a warning for each of the template's 勾稽 sums that does not
// hold in tables: a row's 总计 against its columns (sections 三 and 四), the
// 总计 row against the 办理结果 rows, and 本年新收 + 上年结转 = 办理结果总计 +
// 结转下年度继续办理. Build reports the same warnings; Check serves callers
// that grade a report they already hold. A nil tables gives none.
func Check(tables *model.ReportTables) []model.Warning {
	if tables == nil {
		return nil
	}
	var out []model.Warning
	if t := tables.Requests; t != nil {
		out = append(out, checkRequests(t)...)
	}
	if t := tables.Review; t != nil {
		out = append(out, checkRowTotals(t, len(t.Columns))...)
	}
	return out
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func inconsistent(span model.Span, format string, args ...any) model.Warning {
	sp := span
	return model.Warning{Code: model.WarnInconsistent, Message: fmt.Sprintf(format, args...), Span: &sp}
}

// checkRowTotals warns about rows whose last column (总计) is not the sum
// of the columns before it, taken in groups of width columns.
func checkRowTotals(t *model.Table, width int) []model.Warning {
	var out []model.Warning
	for _, r := range t.Rows {
		for g := 0; g+width <= len(r.Cells); g += width {
			total := r.Cells[g+width-1]
			if total == nil {
				continue
			}
			parts, n := 0.0, 0
			for _, c := range r.Cells[g : g+width-1] {
				if c != nil {
					parts += *c
					n++
				}
			}
			if n > 0 && !near(parts, *total) {
				out = append(out, inconsistent(r.Span, "%s: 总计 %s but the columns add up to %s", r.Label, fmtNum(*total), fmtNum(parts)))
			}
		}
	}
	return out
}

func near(a, b float64) bool { d := a - b; return d < 1e-6 && d > -1e-6 }

// resultRow tells whether a row of the request table is one of the
// 办理结果 rows that 总计 sums up.
func resultRow(t *model.Table, key string) bool {
	switch {
	case key == "予以公开", key == "部分公开", key == "其他处理":
		return true
	case strings.HasPrefix(key, "不予公开/"), strings.HasPrefix(key, "无法提供/"), strings.HasPrefix(key, "不予处理/"):
		return true
	case strings.HasPrefix(key, "其他处理/"):
		return t.Row("其他处理") == nil
	}
	return false
}

// checkRequests checks the request table: each row's 总计, the 总计 row
// against the 办理结果 rows, and the table's own rule 本年新收 + 上年结转 =
// 办理结果总计 + 结转下年度继续办理.
func checkRequests(t *model.Table) []model.Warning {
	out := checkRowTotals(t, len(t.Columns))
	total := t.Row("总计")
	for ci, col := range t.Columns {
		if total != nil && total.Cells[ci] != nil {
			s, n := 0.0, 0
			for _, r := range t.Rows {
				if resultRow(t, r.Key) && r.Cells[ci] != nil {
					s += *r.Cells[ci]
					n++
				}
			}
			if n > 0 && !near(s, *total.Cells[ci]) {
				out = append(out, inconsistent(total.Span, "%s / %s: 总计 %s but the 办理结果 rows add up to %s", total.Label, col, fmtNum(*total.Cells[ci]), fmtNum(s)))
			}
		}
		in := cellOf(t, "本年新收政府信息公开申请数量", ci)
		carried := cellOf(t, "上年结转政府信息公开申请数量", ci)
		done := cellOf(t, "总计", ci)
		next := cellOf(t, "结转下年度继续办理", ci)
		if in != nil && carried != nil && done != nil && next != nil && !near(*in+*carried, *done+*next) {
			out = append(out, inconsistent(t.Span, "%s: 本年新收 %s + 上年结转 %s ≠ 办理结果总计 %s + 结转下年度 %s", col, fmtNum(*in), fmtNum(*carried), fmtNum(*done), fmtNum(*next)))
		}
	}
	return out
}

func cellOf(t *model.Table, key string, ci int) *float64 {
	r := t.Row(key)
	if r == nil || ci >= len(r.Cells) {
		return nil
	}
	return r.Cells[ci]
}
