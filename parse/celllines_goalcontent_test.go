package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCellLinesGoalRightOfTask: a 工作目标 column (or 年度目标, 具体目标)
// right of the 工作任务 column holds each task's target, its content, and a
// 责任人 column names a person, no unit: in a table copied one cell a line
// as in its tab rendering, with and without a 责任人 column, in simplified
// and traditional script, each task keeps its own name and its target is
// its item.
func TestCellLinesGoalRightOfTask(t *testing.T) {
	rows := [][]string{
		{"翻新社区公园", "翻新公园三处，增设健身器材。", "县城管局", "张某", "2025年6月底前"},
		{"疏浚城区河道", "疏浚河道八公里，公开工程进度。", "县水利局", "赵某", "2025年9月底前"},
		{"新建公共停车场", "新增停车位四百个。", "县自然资源局", "钱某", "2025年11月底前"},
	}
	for _, goal := range []string{"工作目标", "年度目标", "具体目标"} {
		for _, person := range []bool{false, true} {
			header := []string{"序号", "工作任务", goal, "责任单位", "完成时限"}
			if person {
				header = []string{"序号", "工作任务", goal, "责任单位", "责任人", "完成时限"}
			}
			table := [][]string{header}
			for r, cells := range rows {
				if !person {
					cells = []string{cells[0], cells[1], cells[2], cells[4]}
				}
				table = append(table, append([]string{fmt.Sprint(r + 1)}, cells...))
			}
			for _, conv := range []struct {
				name string
				f    func(string) string
			}{{"simplified", func(s string) string { return s }}, {"traditional", toTraditional}} {
				for _, sep := range []string{"\t", "\n", "\n\n"} {
					t.Run(fmt.Sprintf("%s/person %v/%s/%q", goal, person, conv.name, sep), func(t *testing.T) {
						var b strings.Builder
						for _, r := range table {
							end := sep
							if sep == "\t" {
								end = "\n"
							}
							b.WriteString(strings.Join(r, sep) + end)
						}
						got := treeOf(mustText(t, conv.f(renderingNotice+"某县2025年城市建设任务清单\n"+b.String())))
						for r, cells := range rows {
							assert.Contains(t, got, fmt.Sprintf("  T %d %s", r+1, cells[0]))
							assert.Contains(t, got, "    I "+cells[1]+" | "+cells[4]+" | "+cells[2]+"/responsible")
						}
						assert.NotContains(t, strings.Join(got, "\n"), rows[0][3])
					})
				}
			}
		}
	}
}
