package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestDeadlineUnit(t *testing.T) {
	tests := []struct {
		deadline string
		want     bool
	}{
		{"县水利局2024年9月底前", true},
		{"县农业农村局、县林业局持续推进", true},
		{"区商务局，区统计局 每季度", true},
		{"县人民政府办公室2025年第二季度", true},
		{"2024年9月底前", false},
		{"持续推进", false},
		{"县政府常务会议审议后一个月内", false},    // no time limit after the body
		{"省财政厅下达资金后30日内", false},     // a time counted from the body's act
		{"市政府常务会议审定后2021年底前", false}, // the same, a date after it
		{"国务院部署后持续推进", false},
		{"与县审计局共同推进", false},  // a remark naming who helps
		{"由县财政局负责推进", false},  // a clause
		{"2024年底前各乡镇", false}, // the date first
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, deadlineUnit(tt.deadline), tt.deadline)
	}
}

// TestCheckDeadlineUnits: an item whose deadline opens with unit names is
// flagged and the Document sent to review; a plain deadline is not.
func TestCheckDeadlineUnits(t *testing.T) {
	for _, tt := range []struct {
		deadline string
		flag     bool
	}{
		{"县水利局、县应急管理局2024年6月底前", true},
		{"2024年6月底前", false},
	} {
		d := planDoc()
		items := d.Plan.Goals[0].Tasks[0].Items[1:]
		d.Plan.Goals[0].Tasks[0].Items = items
		items[1].Deadline = tt.deadline
		Assess(d, &Evidence{Text: planText})
		assert.Equal(t, tt.flag, hasFlag(items[1].Flags, model.ReasonMarksInText), tt.deadline)
		assert.Equal(t, tt.flag, d.Quality.Review, "%s: score %v", tt.deadline, d.Quality.Score)
	}
}
