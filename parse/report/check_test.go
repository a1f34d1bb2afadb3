package report

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func cells(v ...float64) []*float64 {
	out := make([]*float64, len(v))
	for i := range v {
		out[i] = &v[i]
	}
	return out
}

// TestCheck checks the 勾稽 sums on tables built by hand.
func TestCheck(t *testing.T) {
	review := func(row ...float64) *model.ReportTables {
		return &model.ReportTables{Review: &model.Table{
			Columns: []string{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"},
			Rows:    []model.TableRow{{Key: "行政复议", Label: "行政复议", Cells: cells(row...)}},
		}}
	}
	requests := func(in, carried, done, next float64) *model.ReportTables {
		return &model.ReportTables{Requests: &model.Table{
			Columns: []string{"总计"},
			Rows: []model.TableRow{
				{Key: "本年新收政府信息公开申请数量", Cells: cells(in)},
				{Key: "上年结转政府信息公开申请数量", Cells: cells(carried)},
				{Key: "予以公开", Cells: cells(done)},
				{Key: "总计", Cells: cells(done)},
				{Key: "结转下年度继续办理", Cells: cells(next)},
			},
		}}
	}
	tests := []struct {
		name   string
		tables *model.ReportTables
		want   []string
	}{
		{"no tables", nil, nil},
		{"a row that adds up", review(1, 2, 0, 1, 4), nil},
		{"a row whose 总计 does not hold", review(1, 2, 0, 1, 5), []string{"行政复议: 总计 5 but the columns add up to 4"}},
		{"requests that balance", requests(10, 2, 11, 1), nil},
		{"requests that do not balance", requests(10, 2, 11, 0), []string{"总计: 本年新收 10 + 上年结转 2 ≠ 办理结果总计 11 + 结转下年度 0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, w := range Check(tt.tables) {
				assert.Equal(t, model.WarnInconsistent, w.Code)
				got = append(got, w.Message)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
