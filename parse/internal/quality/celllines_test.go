package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestUnitCellLines(t *testing.T) {
	tests := []struct {
		text string
		n    int
	}{
		{"推进预算公开\n全面公开部门预算。\n县财政局\n县直各部门\n2025年6月底前\n推进决算公开\n全面公开部门决算。\n县财政局、县审计局\n持续推进", 2},
		{"公开办事指南。\n县政务服务中心", 1},
		{"各单位要抓好落实。\n某县人民政府办公室\n某县财政局", 1},         // a signature under the last sentence
		{"由县财政局牵头，县直各部门配合。\n县财政局负责督促各部门落实", 0},     // units inside sentences
		{"全面公开部门预算。\n2025年6月底前\n完善公开目录。\n持续推进", 0}, // deadlines are no units
		{"", 0},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.n, unitCellLines(tc.text), tc.text)
	}
}

func TestRowNumberLine(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"1\n政府工作报告任务公开\n按季度公开重点任务。", true},
		{"12\n规划信息公开", true},
		{"工作任务：加强政策解读\n序号：4\n工作任务：规范依申请公开", true},
		{"序号：4\n工作任务：规范依申请公开", true},
		{"按序号：1、2、3排列", false},
		{"1.公开年度重大建设项目清单。", false},
		{"2025\n年底前完成", false}, // a year is no row number
		{"3", false},           // nothing under it
		{"按季度公开重点任务。", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, rowNumberLine(tc.text), tc.text)
	}
}

func TestCheckCellLines(t *testing.T) {
	d := orderedPlan([]int{1, 2}, [][]int{nil, nil})
	d.Plan.Goals[1].Text = &model.Field{Value: "推进预算公开\n全面公开部门预算。\n县财政局\n2025年6月底前\n推进决算公开\n全面公开部门决算。\n县财政局、县审计局\n持续推进"}
	Assess(d, &Evidence{Text: planText})
	assert.Contains(t, d.Plan.Goals[1].Flags, model.ReasonMarksInText)
	assert.Empty(t, d.Plan.Goals[0].Flags)

	d = orderedPlan([]int{1}, [][]int{nil})
	d.Plan.Goals[0].Text = &model.Field{Value: "各单位要抓好落实，由县财政局牵头。\n某县人民政府办公室"}
	Assess(d, &Evidence{Text: planText})
	assert.NotContains(t, d.Plan.Goals[0].Flags, model.ReasonMarksInText)
}

func TestBlankLineOnly(t *testing.T) {
	tests := []struct {
		gap  string
		want bool
	}{
		{"\n\n", true},
		{" \n　\n ", true},
		{"\n", false},    // a cell's names one per line
		{"、\n\n", false}, // a list
		{"", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, blankLineOnly(tc.gap), "%q", tc.gap)
	}
}
