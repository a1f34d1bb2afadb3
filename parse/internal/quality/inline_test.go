package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestMarkInText(t *testing.T) {
	tests := []struct {
		text string
		mark bool
	}{
		{"加强政策解读。", false},
		{"各责任单位要按时报送进展情况。", false},  // a label without its colon
		{"坚持一是加强领导，二是完善制度。", false}, // an enumeration, no heading
		{"数据增长2.5%。二是推进公开。", false}, // 二是 is no heading ordinal
		{"按季度公开。（三）推进教育信息公开", true}, // a task run into the text
		{"按季度公开。 二、加强政策解读", true},   // a goal, a space between
		{"公开低保信息。牵头单位：市民政局", true},  // a unit clause not read off
		{"公開低保信息。責任單位:市民政局", true},  // traditional, half-width colon
		{"完成（一）期工程建设", false},       // （一） not after a sentence end
		{"按季度公开。（〇）", false},        // 〇 opens no ordinal
	}
	for _, tc := range tests {
		assert.Equal(t, tc.mark, markInText(tc.text) != "", tc.text)
	}
}

func TestCheckMarksInText(t *testing.T) {
	d := orderedPlan([]int{1}, [][]int{{1, 2}})
	d.Plan.Goals[0].Tasks[1].Items[0].Text = "公开低保信息。牵头单位：市民政局"
	Assess(d, &Evidence{Text: planText})
	assert.InDelta(t, 1-penaltyMarksInText, d.Quality.Score, 0.001)
	assert.Equal(t, []string{model.ReasonMarksInText}, d.Plan.Goals[0].Tasks[1].Items[0].Flags)

	d.Kind = model.KindNotice // a notice's own headings are not checked
	d.Plan.Goals[0].Tasks[1].Items[0].Flags = nil
	Assess(d, &Evidence{Text: planText})
	assert.Empty(t, d.Quality.Reasons)
}
