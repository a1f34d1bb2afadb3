package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/internal/table"
	"github.com/zwgk/gongwen/segment"
)

// TestTargetColumnRightOfTask: a task list whose leading 类别 column holds
// the goal (一、…) on its group's first row only, and whose 工作目标
// column, right of the task, holds each task's target. The target column
// is the items' content, not a goal: three goals, each with the tasks of
// its rows down to the next filled 类别 cell. Tab, pipe, space-aligned
// and comma renderings, simplified and traditional, LF and CRLF.
func TestTargetColumnRightOfTask(t *testing.T) {
	rows := [][6]string{
		{"类别", "序号", "工作任务", "工作目标", "责任单位", "完成时限"},
		{"一、生态保护", "1", "河道清淤", "清理河道淤积8公里，疏浚沟渠12条。", "水利站", "6月底"},
		{"", "2", "垃圾分类", "行政村垃圾分类覆盖率达到90%以上。", "环卫所", "10月底"},
		{"二、民生保障", "3", "饮水提升", "完成4个村供水管网改造，受益群众2000人。", "水利站", "9月底"},
		{"", "4", "医保参保", "城乡居民医保参保率稳定在96%以上。", "社保所", "12月底"},
		{"", "5", "就业帮扶", "新增就业岗位150个，帮扶困难人员就业30人。", "社保所、劳动保障站", "12月底"},
		{"三、基层治理", "6", "网格管理", "完善网格员队伍建设，事件办结率95%以上。", "综治办", "11月底"},
	}
	head := "某镇人民政府关于印发2025年重点工作任务清单的通知\n各村、镇属各单位：\n现将任务清单印发给你们，请认真抓好落实。\n\n某镇人民政府\n2025年3月5日\n\n某镇2025年重点工作任务清单\n"
	// spaced: columns aligned with spaces, as a paste from a fixed-width
	// view (a CJK character two columns wide).
	widths := [6]int{}
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], table.Width(c)+4)
		}
	}
	pad := func(r [6]string) string {
		var b strings.Builder
		for i, c := range r {
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-table.Width(c)))
			}
		}
		return strings.TrimRight(b.String(), " ")
	}
	renderings := map[string]func([6]string) string{
		"tab":    func(r [6]string) string { return strings.Join(r[:], "\t") },
		"pipe":   func(r [6]string) string { return "|" + strings.Join(r[:], "|") + "|" },
		"spaced": pad,
	}
	scripts := map[string]func(string) string{"simplified": func(s string) string { return s }, "traditional": toTraditional}
	breaks := map[string]string{"LF": "\n", "CRLF": "\r\n"}
	want := []string{
		"一 生态保护: 1 河道清淤 [水利站]; 2 垃圾分类 [环卫所]",
		"二 民生保障: 3 饮水提升 [水利站]; 4 医保参保 [社保所]; 5 就业帮扶 [社保所 劳动保障站]",
		"三 基层治理: 6 网格管理 [综治办]",
	}
	var targets []string
	for _, r := range rows[1:] {
		targets = append(targets, r[3])
	}
	for rname, render := range renderings {
		for sname, script := range scripts {
			for bname, nl := range breaks {
				t.Run(rname+"/"+sname+"/"+bname, func(t *testing.T) {
					var b strings.Builder
					b.WriteString(head)
					for _, r := range rows {
						b.WriteString(render(r) + "\n")
					}
					doc := mustText(t, strings.ReplaceAll(script(b.String()), "\n", nl))
					var got, items []string
					for g := range doc.Goals() {
						var tasks []string
						for _, task := range g.Tasks {
							var units []string
							for _, it := range task.Items {
								items = append(items, segment.ToSimplified(it.Text))
								for _, u := range it.Units {
									units = append(units, segment.ToSimplified(u.Name))
								}
							}
							tasks = append(tasks, task.No+" "+segment.ToSimplified(task.Title)+" ["+strings.Join(units, " ")+"]")
						}
						got = append(got, g.No+" "+segment.ToSimplified(g.Title)+": "+strings.Join(tasks, "; "))
					}
					assert.Equal(t, want, got)
					assert.Equal(t, targets, items, "the 工作目标 cells are the items")
				})
			}
		}
	}
}
