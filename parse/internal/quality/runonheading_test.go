package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestHeadingAfterBreak(t *testing.T) {
	tests := []struct {
		text string
		ord  string
		in   bool
	}{
		{"检查内容。对各单位网站进行检查。二、检查方式　采取线上检查", "二、", true},
		{"会议时间　2025年5月8日上午9时。　　二、会议地点", "二、", true},
		{"报送内容 （一）年度报告 二、报送要求", "二、", true},
		{"推进公开。二、三季度开展专项检查。", "二、", false}, // two quarters, no heading
		{"总体情况二、存在问题", "二、", false},        // no break before it
		{"坚持知行合一、工学结合。", "二、", false},
		{"第一项。三、后续安排", "二、", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.in, headingAfterBreak(tc.text, tc.ord), tc.text)
	}
}

func TestCheckRunOnHeading(t *testing.T) {
	tests := []struct {
		name    string
		kind    model.Kind
		goals   []int
		title   string
		flagged bool
	}{
		{"a notice read as one heading", model.KindNotice, []int{1}, "督查内容。对各单位进行督查。二、督查方式　采取实地检查", true},
		{"a work plan's goal", model.KindWorkPlan, []int{1}, "总体要求。坚持问题导向。二、重点任务", true},
		{"goal 二 read: the ordinal is a reference", model.KindNotice, []int{1, 2}, "督查内容。对各单位进行督查。二、督查方式", false},
		{"a report's sections are not read", model.KindAnnualReport, []int{1}, "总体情况。二、主动公开", false},
		{"no next heading", model.KindNotice, []int{1}, "督查内容。对各单位进行督查。", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := orderedPlan(tc.goals, make([][]int, len(tc.goals)))
			d.Kind = tc.kind
			for gi := range d.Plan.Goals {
				d.Plan.Goals[gi].No = cnOrdinals[tc.goals[gi]-1]
			}
			d.Plan.Goals[0].Title = tc.title
			Assess(d, &Evidence{Text: planText})
			assert.Equal(t, tc.flagged, hasFlag(d.Plan.Goals[0].Flags, model.ReasonMarksInText))
		})
	}
}
