package parse

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// safeguardsPlan is a plan whose first goal's items carry unit brackets
// and whose closing goal, titled title, holds two run-on tasks; unit, when
// not "", closes the second of those tasks (the last item, which the end
// of the text marks truncated and no_units leaves alone).
func safeguardsPlan(title, unit string) string {
	s := "某县2024年重点工作实施方案\n一、重点任务\n" +
		"（一）推进项目建设。年内开工重点项目20个。（县发展改革局负责）\n" +
		"（二）优化营商环境。压缩企业开办时间至1个工作日。（县市场监管局牵头，县税务局配合）\n" +
		"（三）做好就业服务。新增城镇就业1500人。（县人力资源社会保障局负责）\n" +
		"二、" + title + "\n" +
		"（一）加强组织领导。成立工作领导小组，办公室设在县政府办公室，负责日常调度。\n" +
		"（二）强化督查考核。县政府督查室每季度督查一次，结果纳入年度考核。"
	if unit != "" {
		s += "（" + unit + "负责）"
	}
	return s + "\n"
}

// TestSafeguardsWithoutUnits: the run-on tasks of a plan's closing
// safeguards section (保障措施, 组织保障, 工作要求 …) name no unit and lack
// none, in either script, so no_units does not flag them; a section whose
// other task names a unit, or a goal that only holds 保障 in a title of
// work (保障和改善民生), still has its unitless items flagged.
func TestSafeguardsWithoutUnits(t *testing.T) {
	for _, tc := range []struct {
		title, unit string
		flagged     bool
	}{
		{"保障措施", "", false},
		{"组织保障", "", false},
		{"工作保障", "", false},
		{"工作要求", "", false},
		{"组织实施", "", false},
		{"保障措施", "县政府办公室", true},
		{"保障和改善民生", "", true},
		{"强化要素支撑保障", "", true},
	} {
		for _, tr := range scriptsAndBreaks {
			name := fmt.Sprintf("%s %q %s", tc.title, tc.unit, tr.name)
			doc := mustText(t, tr.apply(safeguardsPlan(tc.title, tc.unit)))
			checkFirstItemUnitless(t, doc, 1, tc.flagged, name)
		}
	}
}

// checkFirstItemUnitless checks a two-goal plan whose goal gi holds two
// tasks: the first task's one item has no units, and no_units flags it
// exactly when flagged.
func checkFirstItemUnitless(t *testing.T, doc *model.Document, gi int, flagged bool, name string) {
	t.Helper()
	require.NotNil(t, doc.Plan, name)
	require.Len(t, doc.Plan.Goals, 2, name)
	g := doc.Plan.Goals[gi]
	require.Len(t, g.Tasks, 2, name)
	first := g.Tasks[0].Items
	require.Len(t, first, 1, name)
	assert.Empty(t, first[0].Units, name)
	assert.Equal(t, flagged, slices.Contains(first[0].Flags, model.ReasonNoUnits), name)
}

// openingPlan is a plan whose first goal, titled title, holds two run-on
// tasks stating a principle and a target — the second closed by a bracket
// naming unit, when not "" — before a goal whose tasks all carry units;
// layout picks the heading shape of the opening tasks: run-on
// (（一）坚持问题导向。…) or a title line with the paragraph below.
func openingPlan(title, unit string, titleLine bool) string {
	sep := ""
	if titleLine {
		sep = "\n"
	}
	s := "某县2024年重点工作实施方案\n一、" + title + "\n" +
		"（一）坚持问题导向。" + sep + "聚焦群众反映集中的难点，逐项明确改进办法。\n" +
		"（二）主要目标。" + sep + "到年底，企业开办时间压缩至1个工作日。"
	if unit != "" {
		s += "（" + unit + "负责）"
	}
	return s + "\n二、重点任务\n" +
		"（三）推进项目建设。年内开工重点项目20个。（县发展改革局负责）\n" +
		"（四）优化营商环境。推行证照联办。（县市场监管局牵头，县税务局配合）\n" +
		"（五）做好就业服务。新增城镇就业1500人。（县人力资源社会保障局负责）\n"
}

// TestOpeningSectionWithoutUnits: the run-on tasks of a plan's opening
// section on its aims and principles (总体要求, 基本原则, 指导思想,
// 发展目标 …) state principles and targets, name no unit and lack none, in
// either script and heading shape, so no_units does not flag them; a
// section whose other task names a unit, or a goal whose title names work
// and merely ends in such a word, still has its unitless items flagged.
func TestOpeningSectionWithoutUnits(t *testing.T) {
	for _, tc := range []struct {
		title, unit string
		flagged     bool
	}{
		{"总体要求", "", false},
		{"基本原则", "", false},
		{"指导思想", "", false},
		{"发展目标", "", false},
		{"工作目标", "", false},
		{"总体要求", "县政府办公室", true},
		{"基本原则", "县发展改革局", true},
		{"推动重点领域改革实现发展目标", "", true},
	} {
		for _, titleLine := range []bool{false, true} {
			for _, tr := range scriptsAndBreaks {
				name := fmt.Sprintf("%s %q %v %s", tc.title, tc.unit, titleLine, tr.name)
				doc := mustText(t, tr.apply(openingPlan(tc.title, tc.unit, titleLine)))
				checkFirstItemUnitless(t, doc, 0, tc.flagged, name)
			}
		}
	}
}

// TestSafeguardsEndTheText: a plan that ends with its closing safeguards
// section, none of whose run-on tasks names a unit, ends there — its last
// item waits for no unit clause the end of the text cut off — with or
// without the issuing notice and its signature above it, in either script
// and line-break style; the same text cut in mid-sentence, or ending at an
// item of a working section that lacks the units its plan gives the
// others, is still truncated.
func TestSafeguardsEndTheText(t *testing.T) {
	const notice = "某县人民政府办公室关于印发某县2024年重点工作实施方案的通知\n某政办发〔2024〕5号\n各乡镇人民政府，县直各部门：\n" +
		"现将《某县2024年重点工作实施方案》印发给你们，请认真贯彻执行。\n某县人民政府办公室\n2024年2月1日\n"
	whole := safeguardsPlan("保障措施", "")
	cut := whole[:strings.LastIndex(whole, "结果纳入")] + "\n"
	working := strings.Replace(whole, "二、保障措施", "二、民生实事", 1)
	for _, tc := range []struct {
		name, text string
		truncated  bool
	}{
		{"ends with its safeguards", whole, false},
		{"cut inside its safeguards", cut, true},
		{"ends at a working item without units", working, true},
	} {
		for _, head := range []string{"", notice} {
			for _, tr := range scriptsAndBreaks {
				name := fmt.Sprintf("%s/notice %v/%s", tc.name, head != "", tr.name)
				doc := mustText(t, tr.apply(head+tc.text))
				require.NotNil(t, doc.Plan, name)
				got := slices.Contains(strings.Fields(reasonCodes(doc)), model.ReasonTruncated)
				assert.Equal(t, tc.truncated, got, "%s: %+v", name, doc.Quality.Reasons)
			}
		}
	}
}

// stagesPlan is a plan whose first goal's items carry unit brackets and
// whose second goal, titled title, holds two run-on tasks titled first and
// second; unit, when not "", closes the second of those tasks.
func stagesPlan(title, first, second, unit string) string {
	s := "某区2012年食品安全专项整治方案\n一、整治重点\n" +
		"（一）整治农贸市场。清理无证摊贩，规范进货查验记录。（区市场监管局负责）\n" +
		"（二）整治校园周边。取缔校园周边无证食品店。（区教育局牵头，各街道办事处配合）\n" +
		"（三）整治餐饮单位。推行明厨亮灶，公开量化分级结果。（区卫生局负责）\n" +
		"二、" + title + "\n" +
		"（一）" + first + "。各单位制定整治计划，召开动员会议，层层落实责任。\n" +
		"（二）" + second + "。区整治办组织联合检查，对发现的问题限期整改。"
	if unit != "" {
		s += "（" + unit + "负责）"
	}
	return s + "\n"
}

// TestStagesWithoutUnits: a section whose run-on tasks all name a stage of
// the work (动员部署阶段（5月）, 集中整治阶段（6月至9月）) sets times, not
// tasks, and names no unit, whatever its title (工作步骤, 实施步骤, 方法
// 步骤), in either script; a section whose tasks are work (确定试点城市,
// 组织开展试点) or whose other stage names a unit still has its unitless
// item flagged.
func TestStagesWithoutUnits(t *testing.T) {
	for _, tc := range []struct {
		title, first, second, unit string
		flagged                    bool
	}{
		{"工作步骤", "动员部署阶段（5月）", "集中整治阶段（6月至9月）", "", false},
		{"实施步骤", "宣传发动阶段", "检查验收阶段", "", false},
		{"方法步骤", "第一阶段：调查摸底（5月）", "第二阶段：集中整治（6月至9月）", "", false},
		{"工作步骤", "动员部署阶段（5月）", "集中整治阶段（6月至9月）", "区整治办", true},
		{"实施步骤", "确定试点街道", "组织开展试点", "", true},
	} {
		for _, tr := range scriptsAndBreaks {
			name := fmt.Sprintf("%s %s %q %s", tc.title, tc.first, tc.unit, tr.name)
			doc := mustText(t, tr.apply(stagesPlan(tc.title, tc.first, tc.second, tc.unit)))
			checkFirstItemUnitless(t, doc, 1, tc.flagged, name)
		}
	}
}
