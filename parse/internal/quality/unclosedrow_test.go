package quality

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestUnclosedRow(t *testing.T) {
	pipe := "| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n| 1 | 公开部门预算。 | 县财政局 | 持续推进 |\n| 2 | 公开部门决算。 | 县财政局 | 每年 |\n"
	box := "│1   │公开部门预算。│县财政局│持续推进│\n├──┼──┼──┼──┤\n│2   │公开部门决算，│县财政局│每年    │\n│    │细化到项。    │        │        │\n├──┼──┼──┼──┤\n"
	tests := []struct {
		name string
		text string
		cut  bool
	}{
		{"a pipe row whole", pipe + "| 3 | 公开审计结果。 | 县审计局 | 2025年6月底前 |", false},
		{"a pipe row cut in a cell", pipe + "| 3 | 公开审计结果，公开整改", true},
		{"a pipe row cut after a cell", pipe + "| 3 | 公开审计结果。 | 县审计局", true},
		{"a box row cut, its last cell whole", box + "│3   │公开审计结果，│县审计局│持续推进   ", true},
		{"a box row whole", box + "│3   │公开审计结果。│县审计局│持续推进│", false},
		{"full-width pipes", strings.ReplaceAll(pipe, "|", "｜") + "｜3｜公开审计结果", true},
		{"prose after the table", pipe + "各单位要抓好落实。", false},
		{"a table whose rows are not closed", "| 1 | 公开部门预算。 | 县财政局\n| 2 | 公开部门决算。 | 县财政局\n| 3 | 公开审计结果。 | 县审计局", false},
		{"one closed row above", "| 1 | 公开部门预算。 | 县财政局 |\n| 2 | 公开部门决算", false},
	}
	for _, tc := range tests {
		_, cut := unclosedRow(tc.text)
		assert.Equal(t, tc.cut, cut, tc.name)
	}
}

func TestCheckUnclosedRow(t *testing.T) {
	text := "| 1 | 公开部门预算。 | 县财政局 | 持续推进 |\n| 2 | 公开部门决算。 | 县财政局 | 每年 |\n| 3 | 公开审计结果，公开整改"
	d := orderedPlan([]int{1}, [][]int{{1}})
	Assess(d, &Evidence{Text: text})
	assert.True(t, d.Quality.Review, "a text cut inside a table row goes to review")
	var said bool
	for _, r := range d.Quality.Reasons {
		said = said || r.Code == model.ReasonTruncated && strings.Contains(r.Message, "table row left open")
	}
	assert.True(t, said)

	d = orderedPlan([]int{1}, [][]int{{1}})
	Assess(d, &Evidence{Text: text + " | 县审计局 | 2025年6月底前 |"})
	for _, r := range d.Quality.Reasons {
		assert.NotContains(t, r.Message, "table row left open")
	}
}
