package report

import (
	"fmt"
	"strings"

	"github.com/zwgk/gongwen/model"
)

// missingRows returns a warning when section 三's table lacks rows of the
// template between the first and the last row it read: the template's
// rows are fixed, so a row missing inside the table was lost by the reader
// (a page break cut it, a cell it could not read), and so were its stats.
// Only a table that holds most of the template's rows is taken for the
// whole template: one with a few rows is an excerpt (a report that wrote
// only the rows it had numbers for), which loses nothing. The 其他处理 row
// stands for its sub-rows in the 2019 template, which has none there.
func missingRows(tab *model.Table) []model.Warning {
	if tab == nil || len(tab.Rows) == 0 {
		return nil
	}
	var missing []string
	first, last, read := -1, -1, 0
	var want []string
	for _, x := range requestTerms {
		if x.kind != kindRow && !(x.kind == kindGroup && x.key == "其他处理") {
			continue
		}
		key := x.key
		if x.group != "" {
			key = x.group + "/" + x.key
		}
		// 其他处理 is a row in one version and sub-rows in the other
		if (x.kind == kindGroup || x.group == "其他处理") && (x.kind == kindGroup) != (tab.Row("其他处理") != nil) {
			continue
		}
		if tab.Row(key) != nil {
			if first < 0 {
				first = len(want)
			}
			last = len(want)
			read++
		}
		want = append(want, key)
	}
	if 2*read <= len(want) {
		return nil
	}
	for i := first + 1; i < last; i++ {
		if tab.Row(want[i]) == nil {
			missing = append(missing, want[i])
		}
	}
	if len(missing) == 0 {
		return nil
	}
	sp := tab.Span
	return []model.Warning{{Code: model.WarnTableUnread, Span: &sp,
		Message: fmt.Sprintf("the table of section 三 lacks %d rows of the template: %s", len(missing), strings.Join(missing, "、"))}}
}
