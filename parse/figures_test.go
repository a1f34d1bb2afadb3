package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFiguresTableUnderGoal: a table of figures right under a goal heading
// (a label, numbers and measure words, under a header read or not) is the
// goal's text, not its tasks; a table of tasks in the same place still
// gives tasks. Tab and pipe rows, simplified and traditional.
func TestFiguresTableUnderGoal(t *testing.T) {
	tests := []struct {
		name  string
		rows  [][]string
		tasks int // tasks of goal 一
	}{
		{"figures", [][]string{{"指标", "单位", "2023年完成", "2024年目标"}, {"主动公开信息", "条", "4800", "5000"}, {"政策解读", "篇", "75", "80"}, {"按期答复率", "%", "98.5", "100"}}, 0},
		{"figures without a header", [][]string{{"主动公开信息", "条", "4800", "5000"}, {"政策解读", "篇", "75", "80"}}, 0},
		{"tasks", [][]string{{"序号", "工作任务", "责任单位", "完成时限"}, {"1", "公开财政预决算", "县财政局", "2024年6月"}, {"2", "公开政策解读", "县政府办公室", "2024年12月"}}, 2},
	}
	renderings := map[string]func([]string) string{
		"tab":  func(r []string) string { return strings.Join(r, "\t") },
		"pipe": func(r []string) string { return "| " + strings.Join(r, " | ") + " |" },
	}
	scripts := map[string]func(string) string{"simplified": func(s string) string { return s }, "traditional": toTraditional}
	for _, tt := range tests {
		for rname, render := range renderings {
			for sname, script := range scripts {
				t.Run(tt.name+"/"+rname+"/"+sname, func(t *testing.T) {
					var b strings.Builder
					b.WriteString("某县2024年政务公开工作方案\n\n一、年度目标\n")
					for _, r := range tt.rows {
						b.WriteString(render(r) + "\n")
					}
					b.WriteString("二、重点任务\n（一）强化政策解读。年内发布解读材料不少于80篇。（责任单位：县政府办公室）\n")
					doc := mustText(t, script(b.String()))
					n := map[string]int{}
					for g := range doc.Tasks() {
						n[g.No]++
					}
					assert.Equal(t, tt.tasks, n["一"])
					assert.Equal(t, 1, n["二"])
				})
			}
		}
	}
}
