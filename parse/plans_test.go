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
