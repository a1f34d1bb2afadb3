package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/segment"
)

// subItemPlan is a plan whose 1. tasks are titles only, their items
// numbered %s (（1）, ①), with one unit line written after all the tasks
// of goal 一 and one after the only task of goal 二.
const subItemPlan = `某县2024年政务公开重点任务

一、深化审批公开
1.公开事项清单。
{1}公布本级许可事项清单，逐项明确办理条件。
{2}事项变化后10个工作日内更新清单。
2.提升集成服务。
{1}年内新增集成服务事项不少于10项。
{2}设立综合受理窗口。
责任单位：县审批局牵头，县司法局配合。
二、加强财政公开
1.规范预决算公开。
{1}按月公开财政收支情况。
{2}部门预算在批复后20日内公开。
责任单位：县财政局。
三、强化保障
各单位要明确专人负责。
`

// TestTitleOnlyTaskSubItems: under a title-only 1. task the （1）/①
// entries are the task's items, and a unit line closing a goal whose
// earlier tasks name no unit speaks for all of them. Rendered with each
// bracket width and ① numbers, in traditional script, with CRLF breaks
// and U+3000 indents.
func TestTitleOnlyTaskSubItems(t *testing.T) {
	numbers := map[string][2]string{
		"fullwidth": {"（1）", "（2）"},
		"halfwidth": {"(1)", "(2)"},
		"circled":   {"①", "②"},
	}
	transforms := map[string]func(string) string{
		"plain":       func(s string) string { return s },
		"traditional": toTraditional,
		"crlf":        func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") },
		"indent":      func(s string) string { return strings.ReplaceAll(s, "\n", "\n\u3000\u3000") },
	}
	type item struct{ head, units string }
	want := map[string][]item{
		"公开事项清单":  {{"公布本级许可事项清单，逐项明确办理条件", "县审批局 县司法局"}, {"事项变化后10个工作日内更新清单", "县审批局 县司法局"}},
		"提升集成服务":  {{"年内新增集成服务事项不少于10项", "县审批局 县司法局"}, {"设立综合受理窗口", "县审批局 县司法局"}},
		"规范预决算公开": {{"按月公开财政收支情况", "县财政局"}, {"部门预算在批复后20日内公开", "县财政局"}},
	}
	for nname, no := range numbers {
		for tname, tr := range transforms {
			t.Run(nname+"/"+tname, func(t *testing.T) {
				text := strings.NewReplacer("{1}", no[0], "{2}", no[1]).Replace(subItemPlan)
				doc := mustText(t, tr(text))
				got := map[string][]item{}
				for _, task := range doc.Tasks() {
					for _, it := range task.Items {
						var units []string
						for _, u := range it.Units {
							units = append(units, segment.ToSimplified(u.Name))
						}
						head := strings.TrimRight(segment.ToSimplified(it.Text), "。")
						got[segment.ToSimplified(task.Title)] = append(got[segment.ToSimplified(task.Title)], item{head, strings.Join(units, " ")})
					}
				}
				assert.Equal(t, want, got)
			})
		}
	}
}

// TestGoalCloserKeepsOwnUnits: the unit line after a goal's last task
// does not reach an earlier task that names units of its own, nor one
// whose task is followed by more content after the line.
func TestGoalCloserKeepsOwnUnits(t *testing.T) {
	tests := []struct {
		name, text string
		first      string // units of the first task's item
	}{
		{"earlier task has units", "某县工作要点\n一、深化公开\n1.公开清单。\n（1）公布许可清单。（责任单位：县司法局）\n2.提升服务。\n（1）设立受理窗口。\n责任单位：县审批局。\n二、保障\n各单位要落实。\n", "县司法局"},
		{"content after the line", "某县工作要点\n一、深化公开\n1.公开清单。\n（1）公布许可清单。\n2.提升服务。\n（1）设立受理窗口。\n责任单位：县审批局。\n（2）建立问题台账。\n二、保障\n各单位要落实。\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustText(t, tt.text)
			for _, task := range doc.Tasks() {
				var units []string
				for _, u := range task.Items[0].Units {
					units = append(units, u.Name)
				}
				assert.Equal(t, tt.first, strings.Join(units, " "))
				return
			}
			t.Fatal("no task")
		})
	}
}
