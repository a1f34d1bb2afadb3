package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestCheckTaskStyle(t *testing.T) {
	tests := []struct {
		name    string
		goal    int
		nos     []string
		flagged int // the task flagged, -1 for none
	}{
		{"（一）（二）", 1, []string{"一", "二", "三"}, -1},
		{"1. 2.", 1, []string{"1", "2"}, -1},
		{"all unnumbered", 1, []string{"", "", ""}, -1},
		{"compound under its goal", 2, []string{"2-1", "2-2", "2-3"}, -1},
		{"decimal under its goal", 3, []string{"3.1", "3.2"}, -1},
		{"unnumbered goal, compound tasks", 0, []string{"1-1", "1-2"}, -1},
		{"a wrapped cell read as a row", 1, []string{"4", "5", "", "6"}, 2},
		{"1 beside 二", 1, []string{"一", "1", "二"}, 1},
		{"circled among digits", 1, []string{"1", "2", "③"}, 2},
		{"sub-task of another goal", 2, []string{"2-1", "2-2", "1-1"}, 2},
		{"the first task under the wrong goal", 2, []string{"1-1", "1-2"}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := orderedPlan([]int{tc.goal}, [][]int{make([]int, len(tc.nos))})
			g := &d.Plan.Goals[0]
			for ti, no := range tc.nos {
				g.Tasks[ti].No = no
			}
			Assess(d, &Evidence{Text: planText})
			flagged := -1
			for ti, task := range g.Tasks {
				if hasFlag(task.Flags, model.ReasonOrdinalOrder) {
					assert.Equal(t, -1, flagged, "one task flagged per goal")
					flagged = ti
				}
			}
			assert.Equal(t, tc.flagged, flagged)
		})
	}
}

func TestCompoundTop(t *testing.T) {
	tests := []struct {
		no  string
		top int
		ok  bool
	}{
		{"2-1", 2, true}, {"１．３", 1, true}, {"10.2", 10, true}, {"3－4", 3, true},
		{"3", 0, false}, {"3-", 0, false}, {"3-a", 0, false}, {"一", 0, false}, {"", 0, false},
	}
	for _, tc := range tests {
		top, ok := compoundTop(tc.no)
		assert.Equal(t, tc.ok, ok, tc.no)
		assert.Equal(t, tc.top, top, tc.no)
	}
}
