package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCellLinesShapes: tables lost to one cell per line, in shapes the
// layouts' renderings showed (TestLayoutRenderings), give the tree their
// tab rendering gives, with or without blank lines between the cells.
func TestCellLinesShapes(t *testing.T) {
	tests := []struct {
		name  string
		title string
		rows  [][]string
		after string // text after the table
		want  []string
	}{
		{
			// A row opens with its task; 优化窗口服务 ends like 县政府办
			// but stands where no unit can.
			name:  "task named like a unit, no 序号 column",
			title: "某县2024年营商环境重点任务清单",
			rows: [][]string{
				{"重点任务", "工作措施", "牵头单位", "配合单位", "完成时限"},
				{"规范窗口办", "推行综合窗口受理，实现一窗通办。", "县行政审批局", "县直各部门", "2024年6月底前"},
				{"优化审批办", "压缩审批时限百分之三十。", "县行政审批局", "县司法局", "2024年9月底前"},
			},
			want: []string{
				"G  ",
				"  T  规范窗口办",
				"    I 推行综合窗口受理，实现一窗通办。 | 2024年6月底前 | 县行政审批局/lead、县直各部门/cooperate",
				"  T  优化审批办",
				"    I 压缩审批时限百分之三十。 | 2024年9月底前 | 县行政审批局/lead、县司法局/cooperate",
			},
		},
		{
			// 分管领导 cells are short text standing right after the
			// number: they fill the leader column, not the task's.
			name:  "leader column before the units and the task",
			title: "某区2024年重点工作责任清单",
			rows: [][]string{
				{"序号", "分管领导", "责任单位", "工作内容", "完成时限"},
				{"1", "副区长 赵明", "区住建局", "完成老旧小区改造八个，公开改造计划。", "2024年11月底"},
				{"2", "副区长 钱亮", "区教育局、区财政局", "新建幼儿园两所，公开招生范围。", "2024年8月底"},
			},
			want: []string{
				"G  ",
				"  T 1 完成老旧小区改造八个，公开改造计划",
				"    I 完成老旧小区改造八个，公开改造计划。 | 2024年11月底 | 区住建局/responsible",
				"  T 2 新建幼儿园两所，公开招生范围",
				"    I 新建幼儿园两所，公开招生范围。 | 2024年8月底 | 区教育局/responsible、区财政局/responsible",
			},
		},
		{
			// A closing sentence addressing a unit column's units is
			// prose after the table, not a row.
			name:  "closing sentence addressing 各责任单位",
			title: "某镇2024年为民办实事清单",
			rows: [][]string{
				{"序号", "工作任务", "责任单位", "完成时限"},
				{"1", "新建村级养老服务站三个。", "镇民政办", "2024年10月底前"},
				{"2", "硬化农村道路十公里。", "镇建设办", "2024年12月底前"},
			},
			after: "各责任单位要于每季度末报送工作进展情况。\n",
			want: []string{
				"G  ",
				"  T 1 新建村级养老服务站三个",
				"    I 新建村级养老服务站三个。 | 2024年10月底前 | 镇民政办/responsible",
				"  T 2 硬化农村道路十公里",
				"    I 硬化农村道路十公里。 | 2024年12月底前 | 镇建设办/responsible",
			},
		},
		{
			// The table closes the text: its last cell, a unit cell with
			// role labels, is still a cell.
			name:  "labelled unit cell ending the text",
			title: "某县2024年政务公开任务分工",
			rows: [][]string{
				{"序号", "重点工作", "具体任务", "责任单位"},
				{"1", "财政信息公开", "公开县级部门预决算。", "牵头：县财政局；配合：县直各部门"},
				{"2", "专区建设", "设立政务公开专区。", "牵头：县政府办公室；配合：各镇人民政府"},
			},
			want: []string{
				"G  ",
				"  T 1 财政信息公开",
				"    I 公开县级部门预决算。 |  | 县财政局/lead、县直各部门/cooperate",
				"  T 2 专区建设",
				"    I 设立政务公开专区。 |  | 县政府办公室/lead、各镇人民政府/cooperate",
			},
		},
	}
	for _, tt := range tests {
		for _, sep := range []string{"\n", "\n\n"} {
			var b strings.Builder
			b.WriteString(tt.title + "\n\n")
			for _, r := range tt.rows {
				b.WriteString(strings.Join(r, sep) + sep)
			}
			if tt.after != "" {
				b.WriteString("\n" + tt.after)
			}
			text := strings.TrimRight(b.String(), "\n")
			assert.Equal(t, tt.want, treeOf(mustText(t, text)), "%s (separator %q):\n%s", tt.name, sep, text)
		}
	}
}
