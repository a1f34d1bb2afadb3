package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

// A notice that attaches two plans: both are read, each with its own title
// and tree, and Plan stays the first.
const twoPlans = `某县人民政府办公室关于印发某县2021年政务公开工作要点和某县2021年政务服务工作安排的通知

各乡镇人民政府，县政府各部门：

现将《某县2021年政务公开工作要点》《某县2021年政务服务工作安排》印发给你们，请认真贯彻落实。

附件：1.某县2021年政务公开工作要点
2.某县2021年政务服务工作安排

某县人民政府办公室
2021年3月5日

附件1

某县2021年政务公开工作要点

一、推进决策公开
（一）完善目录管理。年底前公布重大行政决策事项目录。（县司法局牵头，各部门配合）
（二）做好政策解读。每季度开展一次解读评估。（县政府办负责）

附件2

某县2021年政务服务工作安排

一、提升网上办事水平
（一）推进一网通办。6月底前实现90%以上事项网上可办。（县数据局牵头）
二、优化窗口服务
（一）推行延时服务。即日起实行午间不间断服务。（县政务服务中心负责）
`

func TestSeveralPlans(t *testing.T) {
	doc, err := parse.Text(twoPlans)
	require.NoError(t, err)
	require.Equal(t, model.KindWorkPlan, doc.Kind)
	require.Len(t, doc.Plans, 2)
	assert.Same(t, doc.Plan, doc.Plans[0])
	require.NotNil(t, doc.Plans[0].Title)
	require.NotNil(t, doc.Plans[1].Title)
	assert.Equal(t, "某县2021年政务公开工作要点", doc.Plans[0].Title.Value)
	assert.Equal(t, "某县2021年政务服务工作安排", doc.Plans[1].Title.Value)
	assert.Equal(t, "某县2021年政务服务工作安排", twoPlans[doc.Plans[1].Title.Span.Start:doc.Plans[1].Title.Span.End])

	second := doc.Plans[1]
	require.Len(t, second.Goals, 2)
	assert.Equal(t, "提升网上办事水平", second.Goals[0].Title)
	it := second.Goals[0].Tasks[0].Items[0]
	assert.Equal(t, doc.ID+"/p2/g1/t1/i1", it.ID)
	require.Len(t, it.Units, 1)
	assert.Equal(t, "县数据局", twoPlans[it.Units[0].Span.Start:it.Units[0].Span.End])
	require.Len(t, it.Deadlines, 1)
	assert.Equal(t, "2021-06-30", it.Deadlines[0].End)
	assert.Equal(t, "6月底前", twoPlans[it.Deadlines[0].Span.Start:it.Deadlines[0].Span.End])
	require.Len(t, it.Targets, 1)
	assert.Equal(t, 90.0, it.Targets[0].Value)
	later := second.Goals[1].Tasks[0].Items[0]
	require.Len(t, later.Deadlines, 1)
	assert.Equal(t, model.DeadlineOngoing, later.Deadlines[0].Kind)
	assert.Equal(t, "2021-03-05", later.Deadlines[0].Start, "即日起 is the signed date of the notice")

	first := doc.Plans[0].Goals[0].Tasks
	require.Len(t, first, 2)
	require.NotNil(t, first[1].Items[0].Frequency)
	assert.Equal(t, model.EveryQuarter, first[1].Items[0].Frequency.Every)
	for _, w := range doc.Warnings {
		assert.NotEqual(t, model.WarnUnplaced, w.Code, w.Message)
	}
	for _, c := range doc.Citations {
		t.Errorf("the plans the notice issues are not citations: %v", c)
	}
}

// TestRepliedPlan reads the plan a reply's title is about, and nothing
// from a title that is no reply or names no plan.
func TestRepliedPlan(t *testing.T) {
	tests := []struct{ title, want string }{
		{"某某市人民政府关于某某区2024年重点民生实事实施方案的批复", "某某区2024年重点民生实事实施方案"},
		{"某某市人民政府关于同意《某某区2024年政务公开工作要点》的批复", "某某区2024年政务公开工作要点"},
		{"某某市人民政府關於某某區2024年重點民生實事實施方案的批復", "某某區2024年重點民生實事實施方案"},
		{"某某区人民政府关于审定《某某区乡村振兴实施方案》的请示", "某某区乡村振兴实施方案"},
		{"某某县人民政府办公室关于某某镇工作计划的复函", "某某镇工作计划"},
		{"某某市人民政府 关于 某某区实施方案的批复", "某某区实施方案"},
		{"某某市人民政府关于某某区实施方案有关问题的批复", ""},
		{"某某市人民政府关于印发某某区实施方案的通知", ""},
		{"某某市人民政府关于同意设立某某经济开发区的批复", ""},
		{"某某市人民政府关于《某某方案》和《某某要点》的批复", ""},
		{"关于的批复", ""},
	}
	for _, tt := range tests {
		got := parse.RepliedPlan(tt.title)
		assert.Equal(t, tt.want, got, tt.title)
	}
}

// A 批复 approving a plan whose body is not in the text: kind other, and
// the plan title is the approved plan, also when the title is broken over
// two lines.
func TestReplyApprovingPlan(t *testing.T) {
	for _, title := range []string{
		"某某市人民政府关于某某区2024年重点民生实事实施方案的批复",
		"某某市人民政府关于某某区2024年重点民生\n实事实施方案的批复",
	} {
		text := title + "\n某府函〔2024〕7号\n某某区人民政府：\n你区《关于审定〈某某区2024年重点民生实事实施方案〉的请示》收悉。经研究，现批复如下：\n" +
			"一、原则同意《某某区2024年重点民生实事实施方案》，请认真组织实施。\n二、实施中的重大事项及时报告。\n某某市人民政府\n2024年3月15日\n"
		doc, err := parse.Bytes([]byte(text))
		require.NoError(t, err)
		assert.Equal(t, model.KindNotice, doc.Kind, title)
		require.NotNil(t, doc.Plan, title)
		require.NotNil(t, doc.Plan.Title, title)
		assert.Equal(t, "某某区2024年重点民生实事实施方案", doc.Plan.Title.Value, title)
	}
}
