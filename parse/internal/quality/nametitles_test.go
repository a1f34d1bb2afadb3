package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestCheckNameTitles(t *testing.T) {
	guessed := []GuessedTable{{Span: model.Span{Start: 0, End: len(planText)}, By: ByContent}}
	tests := []struct {
		name    string
		titles  []string
		guessed []GuessedTable
		flagged bool
	}{
		{"two names in a guessed table", []string{"王建军", "刘志强"}, guessed, true},
		{"one name by chance", []string{"王建军", "推进预算公开"}, guessed, false},
		{"short titles read from headings", []string{"任务", "任务"}, nil, false},
		{"task titles", []string{"推进预算公开", "推进决算公开"}, guessed, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := orderedPlan([]int{1}, [][]int{{1, 2}})
			for ti, title := range tc.titles {
				d.Plan.Goals[0].Tasks[ti].Title = title
			}
			Assess(d, &Evidence{Text: planText, GuessedTables: tc.guessed})
			assert.Equal(t, tc.flagged, hasFlag(d.Plan.Goals[0].Tasks[0].Flags, model.ReasonThinItem))
		})
	}
}
