package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/eval"
)

// unitPlanHead is the notice that issues the prose plans these tests
// write, up to the plan's first goal heading.
const unitPlanHead = "某学院关于印发某学院2025年工作要点的通知\n\n各部门、各二级学院：\n\n现将《某学院2025年工作要点》印发给你们，请认真抓好落实。\n\n某学院\n2025年2月20日\n\n某学院2025年工作要点\n\n　　一、全面加强党的建设\n"

// unitPlanTaskStyles are the ways the plan's tasks are numbered: run-on
// 1. straight under 一、 and run-on （一）.
var unitPlanTaskStyles = []struct {
	name string
	no   func(i int) (written, value string)
}{
	{"1.", func(i int) (string, string) { return fmt.Sprintf("%d.", i+1), fmt.Sprint(i + 1) }},
	{"（一）", func(i int) (string, string) { return "（" + cnNumerals[i] + "）", cnNumerals[i] }},
}

// unitPlanText writes the plan: one run-on task per body under the goal,
// numbered in style no, then a closing prose goal.
func unitPlanText(no func(int) (string, string), bodies []string) string {
	var b strings.Builder
	b.WriteString(unitPlanHead)
	for i, body := range bodies {
		written, _ := no(i)
		fmt.Fprintf(&b, "　　%s%s。%s\n", written, unitPlanTitles[i], body)
	}
	b.WriteString("　　二、抓好工作落实\n　　各部门要细化措施，明确时间节点，确保各项任务落到实处。\n")
	return b.String()
}

var unitPlanTitles = []string{"完善校务公开制度", "规范信息公开目录", "提升网站服务水平"}

// TestClosingSentenceVerbComplements: a plan's task closed by an
// unbracketed sentence of units whose last verb takes a complement saying
// how the work is done (负责具体实施, 负责组织实施, 牵头推进落实, 牵头抓总,
// 落实到位, 给予指导), or whose
// unit is a party branch (各党总支, 各党总支（直属党支部）), has those units
// with their roles, with or without 由 or 此项工作由 (the item's own work),
// after 1. or （一） tasks, in both
// scripts and both bracket widths; a verb that governs an object (负责做好
// 宣传工作) keeps the sentence content with no unit.
func TestClosingSentenceVerbComplements(t *testing.T) {
	const content = "制定实施方案，组织开展专题学习，全年开展警示教育2次以上。"
	closers := []struct {
		name, clause string
		units        []eval.GoldUnit
	}{
		{"负责具体实施", "党委组织部牵头，各二级学院负责具体实施", []eval.GoldUnit{{Name: "党委组织部", Role: "lead"}, {Name: "各二级学院", Role: "responsible"}}},
		{"负责组织实施", "教务处牵头，各二级学院负责组织实施", []eval.GoldUnit{{Name: "教务处", Role: "lead"}, {Name: "各二级学院", Role: "responsible"}}},
		{"负责实施", "人事处负责实施，各二级学院配合", []eval.GoldUnit{{Name: "人事处", Role: "responsible"}, {Name: "各二级学院", Role: "cooperate"}}},
		{"牵头推进落实", "科技处牵头推进落实，各二级学院配合", []eval.GoldUnit{{Name: "科技处", Role: "lead"}, {Name: "各二级学院", Role: "cooperate"}}},
		{"负责督促落实", "党委宣传部牵头，各党总支负责督促落实", []eval.GoldUnit{{Name: "党委宣传部", Role: "lead"}, {Name: "各党总支", Role: "responsible"}}},
		{"党总支 with its bracket", "党委宣传部牵头，各党总支（直属党支部）落实", []eval.GoldUnit{{Name: "党委宣传部", Role: "lead"}, {Name: "各党总支（直属党支部）", Role: "responsible"}}},
		{"党总支 cooperating", "党委组织部牵头，各党总支配合", []eval.GoldUnit{{Name: "党委组织部", Role: "lead"}, {Name: "各党总支", Role: "cooperate"}}},
		{"牵头抓总", "党委办公室牵头抓总，各二级学院具体落实", []eval.GoldUnit{{Name: "党委办公室", Role: "lead"}, {Name: "各二级学院", Role: "responsible"}}},
		{"落实到位", "学生工作处牵头，各二级学院（部）负责落实到位", []eval.GoldUnit{{Name: "学生工作处", Role: "lead"}, {Name: "各二级学院（部）", Role: "responsible"}}},
		{"给予指导", "各二级学院负责，教务处、科技处给予指导", []eval.GoldUnit{{Name: "各二级学院", Role: "responsible"}, {Name: "教务处", Role: "responsible"}, {Name: "科技处", Role: "responsible"}}},
	}
	for _, c := range closers {
		for _, st := range unitPlanTaskStyles {
			for _, you := range []string{"", "由", "此项工作由"} {
				for _, width := range []string{"full", "half"} {
					for _, tr := range bothScripts {
						t.Run(fmt.Sprintf("%s/%s/you=%q/%s/%s", c.name, st.name, you, width, tr.name), func(t *testing.T) {
							clause := c.clause
							units := c.units
							if width == "half" {
								clause = halfBrackets(clause)
								units = make([]eval.GoldUnit, len(c.units))
								for i, u := range c.units {
									units[i] = eval.GoldUnit{Name: halfBrackets(u.Name), Role: u.Role}
								}
							}
							text := tr.do(unitPlanText(st.no, []string{content + you + clause + "。", "每季度更新校务公开栏目。（党委宣传部负责）"}))
							item := unitPlanItem(t, text, 0)
							assert.Equal(t, writeUnits(units, tr.do), item.Units, text)
						})
					}
				}
			}
		}
	}
	for _, prose := range []string{"党委宣传部负责做好宣传报道工作。", "各二级学院组织实施专业认证。"} {
		for _, tr := range bothScripts {
			t.Run("prose/"+prose+"/"+tr.name, func(t *testing.T) {
				text := tr.do(unitPlanText(unitPlanTaskStyles[0].no, []string{content + prose, "每季度更新校务公开栏目。（党委宣传部负责）"}))
				assert.Empty(t, unitPlanItem(t, text, 0).Units, text)
			})
		}
	}
}

// unitPlanItem parses a plan unitPlanText wrote with two tasks and
// returns the one item of task k.
func unitPlanItem(t *testing.T, text string, k int) eval.GoldItem {
	t.Helper()
	doc, err := Text(text)
	require.NoError(t, err)
	g := eval.FromDocument(doc)
	require.NotEmpty(t, g.Goals, text)
	require.Len(t, g.Goals[0].Tasks, 2, text)
	items := g.Goals[0].Tasks[k].Items
	require.Len(t, items, 1, text)
	return items[0]
}

// writeUnits returns units with their names written by do.
func writeUnits(units []eval.GoldUnit, do func(string) string) []eval.GoldUnit {
	out := make([]eval.GoldUnit, len(units))
	for i, u := range units {
		out[i] = eval.GoldUnit{Name: do(u.Name), Role: u.Role}
	}
	return out
}

// halfBrackets writes s with half-width round brackets.
func halfBrackets(s string) string {
	return strings.NewReplacer("（", "(", "）", ")").Replace(s)
}

// TestOpeningClauseIsContent: a task whose content opens with an
// unbracketed clause of units 由X牵头，Y配合，… followed by what is to be
// done in the same sentence has one item with those units, and, as an
// unbracketed clause is content (rulings 171/194), the item's text and head
// start at its 由; for every verb shape, 1. or （一） tasks, a closing
// sentence after it or none, both scripts.
func TestOpeningClauseIsContent(t *testing.T) {
	clauses := []struct {
		name, clause string
		units        []eval.GoldUnit
	}{
		{"牵头/配合", "由科研处牵头，各二级学院配合", []eval.GoldUnit{{Name: "科研处", Role: "lead"}, {Name: "各二级学院", Role: "cooperate"}}},
		{"负责/协助", "由人事处负责，党委教师工作部协助", []eval.GoldUnit{{Name: "人事处", Role: "responsible"}, {Name: "党委教师工作部", Role: "cooperate"}}},
		{"会同", "由财务处会同资产管理处负责", []eval.GoldUnit{{Name: "财务处", Role: "lead"}, {Name: "资产管理处", Role: "cooperate"}}},
		{"three parts", "由保卫处牵头，学生工作处配合，各二级学院落实", []eval.GoldUnit{{Name: "保卫处", Role: "lead"}, {Name: "学生工作处", Role: "cooperate"}, {Name: "各二级学院", Role: "responsible"}}},
	}
	const work = "围绕地方产业需求动态调整专业设置，新增专业2个。"
	for _, c := range clauses {
		for _, st := range unitPlanTaskStyles {
			for _, more := range []string{"", "年底前完成专业评估。"} {
				for _, tr := range bothScripts {
					t.Run(fmt.Sprintf("%s/%s/more=%v/%s", c.name, st.name, more != "", tr.name), func(t *testing.T) {
						body := c.clause + "，" + work + more
						text := tr.do(unitPlanText(st.no, []string{"每季度更新校务公开栏目。（党委宣传部负责）", body}))
						item := unitPlanItem(t, text, 1)
						assert.True(t, strings.HasPrefix(item.Head, tr.do(c.clause)), "head %q of %s", item.Head, text)
						assert.Equal(t, writeUnits(c.units, tr.do), item.Units, text)
					})
				}
			}
		}
	}
}

// TestLeaderBesideUnits: a leader named by post in a unit clause, with
// his name before or after the post or none (王立新副市长牵头, 常务副市长
// 王立新负责, 分管副县长负责), is no unit and leaves the units beside him
// their roles, in a bracket or an unbracketed closing sentence, with
// either verb, both scripts; a unit whose name holds a post (市长热线办)
// stays a unit.
func TestLeaderBesideUnits(t *testing.T) {
	const content = "制定实施方案，组织开展专题学习。"
	leaders := []string{"王立新副市长", "常务副市长王立新", "分管副校长", "副院长张红梅", "党委书记"}
	for _, leader := range leaders {
		for _, verb := range []string{"牵头", "负责"} {
			for _, bracket := range []bool{true, false} {
				for _, tr := range bothScripts {
					t.Run(fmt.Sprintf("%s/%s/bracket=%v/%s", leader, verb, bracket, tr.name), func(t *testing.T) {
						clause := leader + verb + "，科研处牵头，各二级学院配合"
						closer := clause + "。"
						if bracket {
							closer = "（" + clause + "）"
						}
						text := tr.do(unitPlanText(unitPlanTaskStyles[0].no, []string{content + closer, "每季度更新校务公开栏目。（党委宣传部负责）"}))
						want := writeUnits([]eval.GoldUnit{{Name: "科研处", Role: "lead"}, {Name: "各二级学院", Role: "cooperate"}}, tr.do)
						assert.Equal(t, want, unitPlanItem(t, text, 0).Units, text)
					})
				}
			}
		}
	}
	text := unitPlanText(unitPlanTaskStyles[0].no, []string{content + "（校长信箱办公室负责）", "每季度更新校务公开栏目。（党委宣传部负责）"})
	assert.Equal(t, []eval.GoldUnit{{Name: "校长信箱办公室", Role: "responsible"}}, unitPlanItem(t, text, 0).Units, text)
}

// TestClauseFieldsPartedByStop: a unit bracket whose fields a writer
// parted by 。 instead of ； (（责任单位：X、Y。完成时限：…）, （牵头单位：X。
// 配合单位：Y。）) is read whole, as with ；: every unit with its label's
// role, the deadline and person fields none; in （）, () and 【】, with or
// without a 。 closing the last field, both scripts.
func TestClauseFieldsPartedByStop(t *testing.T) {
	const content = "制定实施方案，组织开展专题学习。"
	fields := []struct {
		name, inner string
		units       []eval.GoldUnit
	}{
		{"units and deadline", "责任单位：教务处、各二级学院。完成时限：2025年12月", []eval.GoldUnit{{Name: "教务处", Role: "responsible"}, {Name: "各二级学院", Role: "responsible"}}},
		{"lead and cooperate", "牵头单位：教务处。配合单位：各二级学院、科技处", []eval.GoldUnit{{Name: "教务处", Role: "lead"}, {Name: "各二级学院", Role: "cooperate"}, {Name: "科技处", Role: "cooperate"}}},
		{"units and person", "责任单位：教务处。责任人：张红梅", []eval.GoldUnit{{Name: "教务处", Role: "responsible"}}},
		{"three fields", "牵头单位：教务处。配合单位：各二级学院。完成时限：长期坚持", []eval.GoldUnit{{Name: "教务处", Role: "lead"}, {Name: "各二级学院", Role: "cooperate"}}},
	}
	for _, f := range fields {
		for _, br := range [][2]string{{"（", "）"}, {"(", ")"}, {"【", "】"}} {
			for _, stop := range []string{"", "。"} {
				for _, tr := range bothScripts {
					t.Run(fmt.Sprintf("%s/%s/stop=%q/%s", f.name, br[0], stop, tr.name), func(t *testing.T) {
						closer := br[0] + f.inner + stop + br[1]
						text := tr.do(unitPlanText(unitPlanTaskStyles[1].no, []string{content + closer, "每季度更新校务公开栏目。（党委宣传部负责）"}))
						assert.Equal(t, writeUnits(f.units, tr.do), unitPlanItem(t, text, 0).Units, text)
					})
				}
			}
		}
	}
}
