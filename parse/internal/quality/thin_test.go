package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestCheckThinItems(t *testing.T) {
	tests := []struct {
		text string
		thin bool
	}{
		{"公开低保信息。", false},
		{"持续推进", false}, // four Han characters: a short item is still one
		{"王建华", true},   // a person's column read as the content
		{"已完成", true},
		{"http://www.example.gov.cn/art/2021/3/5/art_1.html", true},
		{"2021/3/5 上午10:12", true},
		{"0%以上。", true},     // a fragment cut at a wrap
		{"推进老旧小区改造，", true}, // a cell cut at a wrap: its rest read as another item
		{"完善养老、托育、", true},
		{"落实减税降费政策, ", true},
		{"推进老旧小区改造，\n完成改造10个。", false}, // a wrapped cell read whole
		{"落实“放管服”改革、优化营商环境", false},
	}
	for _, tc := range tests {
		d := orderedPlan([]int{1}, [][]int{{1}})
		it := &d.Plan.Goals[0].Tasks[0].Items[0]
		it.Text = tc.text
		Assess(d, &Evidence{Text: planText})
		if tc.thin {
			assert.InDelta(t, 1-penaltyThinItem, d.Quality.Score, 0.001, tc.text)
			assert.Equal(t, []string{model.ReasonThinItem}, it.Flags, tc.text)
		} else {
			assert.Empty(t, d.Quality.Reasons, tc.text)
		}
	}
}
