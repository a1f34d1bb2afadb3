package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/segment"
)

// closerPlan writes a plan of two goals. The "own" goal gives each of its
// two tasks a unit line of its own; the "closer" goal has two tasks and
// one unit line after the last. ownFirst puts the own goal first.
func closerPlan(ownGoal bool, ownFirst bool, ords [2]string, label string) string {
	own := "一、整治重点\n" +
		ords[0] + "集镇环境整治。清理集镇占道经营和乱堆乱放，规范市场周边秩序。\n" + label + "各乡镇人民政府\n" +
		ords[1] + "河道沟渠清理。集中清理河道沟渠漂浮物和岸边垃圾，做到常态保洁。\n" + label + "县水利局\n"
	if !ownGoal {
		own = "一、整治重点\n" +
			ords[0] + "集镇环境整治。清理集镇占道经营和乱堆乱放，规范市场周边秩序。\n" +
			ords[1] + "河道沟渠清理。集中清理河道沟渠漂浮物和岸边垃圾，做到常态保洁。\n" + label + "县水利局\n"
	}
	closer := "二、保障措施\n" +
		ords[0] + "加强组织领导。成立整治工作领导小组，统筹推进全县整治工作。\n" +
		ords[1] + "强化督查考核。每月开展一次专项督查，督查结果纳入年度绩效考核。\n" + label + "县政府督查室\n"
	if !ownFirst {
		own, closer = strings.Replace(closer, "二、", "一、", 1), strings.Replace(own, "一、", "二、", 1)
	}
	return "某县人居环境整治工作方案\n为改善城乡人居环境，制定本方案。\n" + own + closer
}

// TestGoalCloserInTaskByTaskPlan: a unit line after a goal's last task
// reaches the goal's earlier unitless tasks (layout 161) only in a plan
// that does not name units task by task. Where another goal gives each
// task its own line, the line is the last task's and the earlier task has
// no units — before or after that goal, in every ordinal style, label,
// script, indent and line ending.
func TestGoalCloserInTaskByTaskPlan(t *testing.T) {
	ordinals := [][2]string{{"（一）", "（二）"}, {"1.", "2."}, {"(一)", "(二)"}}
	labels := []string{"责任单位：", "责任部门：", "牵头单位："}
	transforms := []struct {
		name string
		f    func(string) string
	}{
		{"as is", func(s string) string { return s }},
		{"traditional", toTraditional},
		{"CRLF", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
		{"U+3000 indents", func(s string) string {
			return strings.ReplaceAll(s, "\n", "\n\u3000\u3000")
		}},
	}
	n := 0
	for _, ownGoal := range []bool{true, false} {
		for _, ownFirst := range []bool{true, false} {
			for _, ords := range ordinals {
				for _, label := range labels {
					for _, tr := range transforms {
						name := fmt.Sprintf("own=%v/ownFirst=%v/%s/%s/%s", ownGoal, ownFirst, ords[0], label, tr.name)
						doc := mustText(t, tr.f(closerPlan(ownGoal, ownFirst, ords, label)))
						got := map[string]string{}
						for task, item := range doc.Items() {
							var us []string
							for _, u := range item.Units {
								us = append(us, segment.ToSimplified(u.Name))
							}
							got[segment.ToSimplified(task.Title)] = strings.Join(us, " ")
						}
						want := "县政府督查室" // the goal's closing line speaks for the whole goal
						if ownGoal {
							want = "" // units are named task by task: 加强组织领导 has none
						}
						assert.Equal(t, want, got["加强组织领导"], name)
						assert.Equal(t, "县政府督查室", got["强化督查考核"], name)
						if !ownGoal {
							assert.Equal(t, "县水利局", got["集镇环境整治"], name)
						}
						n++
					}
				}
			}
		}
	}
	t.Logf("%d plans checked", n)
}
