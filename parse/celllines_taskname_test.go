package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCellLinesTaskNamedLikeUnit: in a table copied one cell a line, the
// cell after a row number, where the column after 序号 names the task, is
// the task's name even when it ends like a unit name (…小区, …园区, …县,
// …布局, …中心): in the first row, a middle row or the last, in simplified
// and traditional script, with or without blank lines between the cells,
// the tree is the one the tab rendering gives.
func TestCellLinesTaskNamedLikeUnit(t *testing.T) {
	header := []string{"序号", "工作任务", "工作内容", "责任单位", "完成时限"}
	plain := [][]string{
		{"新建城东幼儿园", "新建幼儿园两所，公开招生范围。", "县教育局", "2024年8月底前"},
		{"硬化农村道路", "硬化农村道路十公里，公开施工进度。", "县交通局", "2024年10月底前"},
		{"扩建城南菜市场", "新增摊位八十个，公开摊位分配结果。", "县商务局", "2024年12月底前"},
	}
	names := []string{"改造老旧小区", "建设智慧园区", "创建省级文明县", "优化城市空间布局", "建设便民服务中心"}
	content := []string{"完成六个小区改造，惠及居民一千户。", "建成标准厂房五万平方米。", "完成创建测评，公开测评结果。", "编制国土空间规划，公开规划草案。", "建成服务中心一处，公开办事指南。"}
	for _, conv := range []struct {
		name string
		f    func(string) string
	}{{"simplified", func(s string) string { return s }}, {"traditional", toTraditional}} {
		for _, sep := range []string{"\n", "\n\n"} {
			for row := range plain {
				for n, name := range names {
					rows := [][]string{header}
					for r, cells := range plain {
						if r == row {
							cells = []string{name, content[n], "县住建局", "2024年11月底前"}
						}
						rows = append(rows, append([]string{fmt.Sprint(r + 1)}, cells...))
					}
					t.Run(fmt.Sprintf("%s/row %d/%q/%s", conv.name, row+1, sep, name), func(t *testing.T) {
						var tab, lines strings.Builder
						for _, r := range rows {
							tab.WriteString(strings.Join(r, "\t") + "\n")
							lines.WriteString(strings.Join(r, sep) + sep)
						}
						want := treeOf(mustText(t, conv.f(renderingNotice+"某县2024年民生实事清单\n"+tab.String())))
						got := treeOf(mustText(t, conv.f(renderingNotice+"某县2024年民生实事清单\n"+lines.String())))
						assert.Equal(t, want, got)
						assert.Contains(t, got, "  T "+fmt.Sprint(row+1)+" "+name)
					})
				}
			}
		}
	}
}
