package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRunTogetherExportEmptyColumns: a table run together on one pipe
// line whose rows keep an export's empty columns (an empty first and last
// column, an empty one between the names) gives the tree of its tab
// rendering without them: the header reads as one row with a gap, not two
// merged, and rows are cut at its width — with or without a heading row,
// a task named like a unit (…学校, …小区) in the first row, in both scripts.
func TestRunTogetherExportEmptyColumns(t *testing.T) {
	header := []string{"序号", "项目名称", "主要内容", "牵头单位", "责任单位", "完成时间"}
	body := [][]string{
		{"1", "", "新建教学楼一栋，新增学位九百个。", "县教育局", "县住建局、县财政局", "2024年8月底前"},
		{"2", "提升乡镇卫生院", "完成三家卫生院提档升级。", "县卫健委", "各乡镇人民政府", "2024年12月底前"},
		{"3", "硬化农村道路", "新建农村公路四十公里。", "县交通运输局", "各乡镇人民政府", "2024年11月底前"},
	}
	withGap := func(r []string) []string { // "" | 序号 | 名称 | 内容 | "" | units… | ""
		out := append([]string{""}, r[:3]...)
		out = append(out, "")
		return append(append(out, r[3:]...), "")
	}
	for _, conv := range []struct {
		name string
		f    func(string) string
	}{{"simplified", func(s string) string { return s }}, {"traditional", toTraditional}} {
		for _, goal := range []bool{false, true} {
			for _, first := range []string{"新建城东实验学校", "改造老旧小区", "建设农贸市场"} {
				t.Run(fmt.Sprintf("%s/goal %v/%s", conv.name, goal, first), func(t *testing.T) {
					rows := [][]string{header}
					if goal {
						rows = append(rows, []string{"一、民生保障", "", "", "", "", ""})
					}
					for _, r := range body {
						r = append([]string(nil), r...)
						if r[0] == "1" {
							r[1] = first
						}
						rows = append(rows, r)
					}
					var tab strings.Builder
					var cells []string
					for _, r := range rows {
						if r[0] == "一、民生保障" {
							tab.WriteString(r[0] + "\n")
						} else {
							tab.WriteString(strings.Join(r, "\t") + "\n")
						}
						cells = append(cells, withGap(r)...)
					}
					prefix := renderingNotice + "某县2024年民生实事项目责任分解表\n"
					want := treeOf(mustText(t, conv.f(prefix+tab.String())))
					got := treeOf(mustText(t, conv.f(prefix+strings.Join(cells, "|")+"\n")))
					assert.Equal(t, want, got)
					assert.Contains(t, got, "  T 1 "+first)
				})
			}
		}
	}
}
