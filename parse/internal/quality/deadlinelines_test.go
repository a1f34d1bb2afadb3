package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestDeadlineLines(t *testing.T) {
	tests := []struct {
		text string
		n    int
	}{
		{"推进预算公开\n全面公开部门预算。\n2025年6月底前\n推进决算公开\n全面公开部门决算。\n2025年9月底前", 2},
		{"做好季度通报\n第三季度\n持续推进", 1},
		{"2025年底前\n2026年底", 2},
		{"指标\n单位\n2024年完成\n2025年目标", 0},          // years in column names
		{"各单位要在2025年6月底前报送进展。", 0},               // a time limit inside a sentence
		{"2025年6月底前，各单位报送进展\n2025年9月底前，完成评估", 0}, // sentences that open with one
		{"", 0},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.n, deadlineLines(tc.text), tc.text)
	}
}

func TestCheckDeadlineLines(t *testing.T) {
	d := orderedPlan([]int{1, 2}, [][]int{nil, nil})
	d.Plan.Goals[1].Text = &model.Field{Value: "加强投资监管\n修订投资监督管理办法。\n2025年6月底前\n防范债务风险\n建立债务风险监测机制。\n2025年12月底前"}
	Assess(d, &Evidence{Text: planText})
	assert.Contains(t, d.Plan.Goals[1].Flags, model.ReasonMarksInText)
	assert.Empty(t, d.Plan.Goals[0].Flags)

	d = orderedPlan([]int{1}, [][]int{nil})
	d.Plan.Goals[0].Text = &model.Field{Value: "各单位要在2025年6月底前报送进展，9月底前完成评估。"}
	Assess(d, &Evidence{Text: planText})
	assert.NotContains(t, d.Plan.Goals[0].Flags, model.ReasonMarksInText)

	// Rows copied one cell a line run into one item: its text holds their
	// deadlines on lines of their own (traditional script too).
	for _, tt := range []struct {
		name, text string
		want       bool
	}{
		{"rows run into an item", "完成年度治理项目30个。\n张三\n大气科\n2022年10月底前\n开展隐患排查。\n李四\n土壤科\n2022年9月底前", true},
		{"traditional script", "完成年度治理項目30個。\n張三\n大氣科\n2022年10月底前\n開展隱患排查。\n李四\n土壤科\n2022年9月底前", true},
		{"one deadline line", "完成年度治理项目30个。\n2022年10月底前", false},
		{"deadlines in the sentence", "2022年6月底前完成排查，2022年9月底前完成整改。", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := orderedPlan([]int{1}, [][]int{{1}})
			d.Plan.Goals[0].Tasks[0].Items[0].Text = tt.text
			Assess(d, &Evidence{Text: planText})
			assert.Equal(t, tt.want, hasFlag(d.Plan.Goals[0].Tasks[0].Items[0].Flags, model.ReasonMarksInText))
		})
	}
}
