package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/segment"
)

// TestHeadingAfterTableEndsIt: a 二、 or （一） heading line right under the
// last row of a table whose last cell is no unit (a table of figures) is
// the plan going on, not a row that kept one cell: the run-on tasks under
// it keep their unit clauses. Tab and pipe rows, simplified and
// traditional, U+3000 indents or none.
func TestHeadingAfterTableEndsIt(t *testing.T) {
	rows := [][]string{{"指标", "单位", "2024年目标"}, {"主动公开信息", "条", "5000"}, {"政策解读", "篇", "80"}}
	tail := "二、重点任务\n{i}（一）强化政策解读。年内发布解读材料不少于80篇。（责任单位：县政府办公室）\n{i}（二）完善查阅场所。在便民服务中心设置查阅点。（牵头单位：县数据局；配合单位：各乡镇人民政府）\n"
	renderings := map[string]func([]string) string{
		"tab":  func(r []string) string { return strings.Join(r, "\t") },
		"pipe": func(r []string) string { return "| " + strings.Join(r, " | ") + " |" },
	}
	scripts := map[string]func(string) string{"simplified": func(s string) string { return s }, "traditional": toTraditional}
	indents := map[string]string{"none": "", "ideographic": "\u3000\u3000"}
	want := []string{"一 县政府办公室", "二 县数据局 各乡镇人民政府"}
	for rname, render := range renderings {
		for sname, script := range scripts {
			for iname, indent := range indents {
				t.Run(rname+"/"+sname+"/"+iname, func(t *testing.T) {
					var b strings.Builder
					b.WriteString("某县2024年政务公开工作方案\n\n一、年度目标\n")
					for _, r := range rows {
						b.WriteString(render(r) + "\n")
					}
					b.WriteString(strings.ReplaceAll(tail, "{i}", indent))
					doc := mustText(t, script(b.String()))
					var got []string
					for g, task := range doc.Tasks() {
						if g.No != "二" {
							continue
						}
						line := task.No
						for _, it := range task.Items {
							for _, u := range it.Units {
								line += " " + segment.ToSimplified(u.Name)
							}
						}
						got = append(got, line)
					}
					assert.Equal(t, want, got)
				})
			}
		}
	}
}
