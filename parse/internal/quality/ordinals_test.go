package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

// orderedPlan is a work plan whose goals and tasks carry the ordinals
// given, one list of task ordinals per goal; every item has a unit, so
// only the ordinals can be in doubt.
func orderedPlan(goals []int, tasks [][]int) *model.Document {
	sp := model.Span{Start: 0, End: len(planText), Line: 1}
	p := &model.Plan{}
	for gi, g := range goals {
		goal := model.Goal{ID: "d/g", No: "g", Index: g, Title: "目标", Span: sp}
		for _, t := range tasks[gi] {
			goal.Tasks = append(goal.Tasks, model.Task{ID: "d/g/t", No: "t", Index: t, Title: "任务", Span: sp, Items: []model.Item{
				{ID: "d/g/t/i", Text: "公开部门预算。", Span: sp, Units: []model.Unit{{Name: "市财政局", Role: model.RoleResponsible, Span: sp}}},
			}})
		}
		p.Goals = append(p.Goals, goal)
	}
	return &model.Document{ID: "d", Kind: model.KindWorkPlan, Warnings: []model.Warning{}, Plan: p}
}

func TestCheckOrdinalOrder(t *testing.T) {
	tests := []struct {
		name    string
		goals   []int
		tasks   [][]int
		penalty float64 // 0: not reported
	}{
		{"in sequence", []int{1, 2}, [][]int{{1, 2}, {1, 2, 3}}, 0},
		{"tasks run on across goals", []int{1, 2}, [][]int{{1, 2}, {3, 4}}, 0},
		{"implicit goal and unnumbered tasks", []int{0}, [][]int{{0, 0}}, 0},
		{"goals start again at one: a second plan read on", []int{1, 2, 1, 2}, [][]int{{1}, {1}, {1}, {1}}, 0},
		{"tasks start again under one goal", []int{1}, [][]int{{1, 2, 3, 1, 2}}, penaltyOrdinalRestart},
		{"a task goes back", []int{1}, [][]int{{1, 2, 4, 3}}, penaltyOrdinalStep},
		{"a task skips", []int{1}, [][]int{{1, 2, 4}}, penaltyOrdinalStep},
		{"a goal skips", []int{1, 3}, [][]int{{1}, {1}}, penaltyOrdinalStep},
		{"the first goal is not one", []int{2, 3}, [][]int{{1}, {1}}, penaltyOrdinalStep},
		{"the first task is not one", []int{0}, [][]int{{3, 4}}, penaltyOrdinalStep},
		{"restart and skip count once, the larger", []int{1, 3}, [][]int{{1, 2, 1}, {1}}, penaltyOrdinalRestart},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := orderedPlan(tc.goals, tc.tasks)
			Assess(d, &Evidence{Text: planText})
			assert.InDelta(t, 1-tc.penalty, d.Quality.Score, 0.001)
			n := 0
			for _, r := range d.Quality.Reasons {
				assert.Equal(t, model.ReasonOrdinalOrder, r.Code)
				assert.NotEmpty(t, r.Element, "the element where the order breaks is named")
				n++
			}
			assert.Equal(t, tc.penalty > 0, n > 0)
		})
	}
}

func TestCheckOrdinalOrderSkipsNotices(t *testing.T) {
	d := orderedPlan([]int{1}, [][]int{{1, 2, 1}})
	d.Kind = model.KindNotice
	Assess(d, &Evidence{Text: planText})
	assert.Empty(t, d.Quality.Reasons)
}

func TestNotOrdinal(t *testing.T) {
	for _, no := range []string{"", "一", "十二", "3", "１２", "2.1", "3.1.2", "1-3", "①", "a"} {
		assert.False(t, notOrdinal(no), no)
	}
	for _, no := range []string{"完成时限1", "2023年6月底前2", "全年5", "---", "一 推进决策公开", "牵头：县财政局2"} {
		assert.True(t, notOrdinal(no), no)
	}
}

func TestCheckOrdinalText(t *testing.T) {
	d := orderedPlan([]int{0}, [][]int{{1, 2}})
	d.Plan.Goals[0].Tasks[1].No = "时限要求2"
	Assess(d, &Evidence{Text: planText})
	assert.InDelta(t, 1-penaltyOrdinalText, d.Quality.Score, 0.001)
	assert.Equal(t, []string{model.ReasonOrdinalOrder}, d.Plan.Goals[0].Tasks[1].Flags)
}

func TestOrdinalOrderMessages(t *testing.T) {
	d := orderedPlan([]int{1}, [][]int{{1, 2, 1, 3}})
	Assess(d, &Evidence{Text: planText})
	var msgs []string
	for _, r := range d.Quality.Reasons {
		msgs = append(msgs, r.Message)
	}
	assert.Len(t, msgs, 2)
	assert.Contains(t, msgs[0], "starts the numbering again")
	assert.Contains(t, msgs[1], "skips or goes back")
}

// TestRestartUnderUnitLine: tasks numbered from 1 again are a 责任分工 by
// unit, not a second list, when the restarting task takes its units from
// a line above its heading; a unit clause after the heading (its own
// bracket) or no units at all leave the restart reported.
func TestRestartUnderUnitLine(t *testing.T) {
	for _, tc := range []struct {
		name     string
		unitsAt  int // start of the restarting task's units span, -1 for none
		reported bool
	}{
		{"unit line between the lists", 25, false},
		{"clause after the heading", 35, true},
		{"clause before the previous task", 5, true},
		{"no units span", -1, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := orderedPlan([]int{1}, [][]int{{1, 2, 1}})
			tasks := d.Plan.Goals[0].Tasks
			tasks[1].Span = model.Span{Start: 10, End: 20, Line: 2}
			tasks[2].Span = model.Span{Start: 30, End: 40, Line: 4}
			it := &tasks[2].Items[0]
			if tc.unitsAt >= 0 {
				it.UnitsSpan = &model.Span{Start: tc.unitsAt, End: tc.unitsAt + 3, Line: 3}
			}
			Assess(d, &Evidence{Text: planText})
			reported := false
			for _, r := range d.Quality.Reasons {
				reported = reported || r.Code == model.ReasonOrdinalOrder
			}
			assert.Equal(t, tc.reported, reported)
		})
	}
}
