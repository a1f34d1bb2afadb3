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
	other := tab.Row("其他处理") != nil // the 2019 template: one row, no sub-rows
	var want []string               // the template's row keys, in order
	hit := map[string]bool{}        // those the table read
	for _, x := range requestTerms {
		switch {
		case x.kind == kindGroup:
			if x.key != "其他处理" || !other {
				continue
			}
		case x.kind != kindRow, x.group == "其他处理" && other:
			continue
		}
		key := x.key
		if x.group != "" {
			key = x.group + "/" + x.key
		}
		hit[key] = tab.Row(key) != nil
		want = append(want, key)
	}
	missing := gaps(want, hit)
	if len(missing) == 0 {
		return nil
	}
	sp := tab.Span
	return []model.Warning{{Code: model.WarnTableUnread, Span: &sp,
		Message: fmt.Sprintf("the table of section 三 lacks %d rows of the template: %s", len(missing), strings.Join(missing, "、"))}}
}
