package report

import (
	"fmt"
	"strings"

	"github.com/zwgk/gongwen/model"
)

// proactiveRows are the row keys of section 二's tables in the template's
// order, 2021 version, and the rows only the 2019 version adds with where
// they stand (after the row named).
var (
	proactiveRows     = []string{"规章", "规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费"}
	proactiveRows2019 = map[string]string{"其他对外管理服务事项": "行政许可", "政府集中采购": "行政事业性收费"}
)

// missingProactive returns a warning when section 二's tables lack rows of
// the template between the first and the last row they read, as
// missingRows does for section 三: a page break or an unread block lost
// them. The 2019 version's rows count when the tables hold one of them.
func missingProactive(tabs []model.Table) []model.Warning {
	if len(tabs) == 0 {
		return nil
	}
	has := map[string]bool{}
	for _, tab := range tabs {
		for _, r := range tab.Rows {
			has[r.Key] = true
		}
	}
	v2019 := false
	for k := range proactiveRows2019 {
		v2019 = v2019 || has[k]
	}
	var want []string
	for _, k := range proactiveRows {
		want = append(want, k)
		for extra, after := range proactiveRows2019 {
			if v2019 && after == k {
				want = append(want, extra)
			}
		}
	}
	missing := gaps(want, has)
	if len(missing) == 0 {
		return nil
	}
	sp := tabs[0].Span
	sp.End = tabs[len(tabs)-1].Span.End
	return []model.Warning{{Code: model.WarnTableUnread, Span: &sp,
		Message: fmt.Sprintf("the tables of section 二 lack %d rows of the template: %s", len(missing), strings.Join(missing, "、"))}}
}

// gaps lists the keys of want, a template's rows in order, that has lacks
// between the first and the last it holds, when it holds more than half
// of them; a table with fewer is an excerpt, which loses nothing.
func gaps(want []string, has map[string]bool) []string {
	first, last, read := -1, -1, 0
	for i, k := range want {
		if has[k] {
			if first < 0 {
				first = i
			}
			last = i
			read++
		}
	}
	if 2*read <= len(want) {
		return nil
	}
	var missing []string
	for i := first + 1; i < last; i++ {
		if !has[want[i]] {
			missing = append(missing, want[i])
		}
	}
	return missing
}

// missingCells returns a warning when rows of a template table (section
// 三's or 四's, named by section) lack values in columns that the table's
// other rows fill: a table whose rows are mostly whole writes every cell,
// so a row with some values and a missing one lost it (a column a page
// break or a wrapped header cut off, a glued number read short).
func missingCells(tab *model.Table, section string) []model.Warning {
	if tab == nil || len(tab.Rows) == 0 {
		return nil
	}
	whole := 0
	var lost []string
	for _, r := range tab.Rows {
		var empty []string
		filled := 0
		for i := range tab.Columns {
			if i < len(r.Cells) && r.Cells[i] != nil {
				filled++
			} else {
				empty = append(empty, tab.Columns[i])
			}
		}
		switch {
		case len(empty) == 0:
			whole++
		case filled > 0:
			lost = append(lost, r.Key+"（"+strings.Join(empty, "、")+"）")
		}
	}
	if len(lost) == 0 || 2*whole <= len(tab.Rows) {
		return nil
	}
	sp := tab.Span
	return []model.Warning{{Code: model.WarnTableUnread, Span: &sp,
		Message: fmt.Sprintf("the table of section %s lacks values in %d rows: %s", section, len(lost), strings.Join(lost, "；"))}}
}
