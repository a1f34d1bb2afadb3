package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

// numberedItems is a work plan of one goal whose tasks hold items with the
// ordinals given, one list per task; every item has a unit and the task
// ordinals run in sequence, so only the items' numbering can be in doubt.
func numberedItems(tasks ...[]string) *model.Document {
	tasksNo := make([]int, len(tasks))
	for i := range tasks {
		tasksNo[i] = i + 1
	}
	d := orderedPlan([]int{1}, [][]int{tasksNo})
	for ti, nos := range tasks {
		task := &d.Plan.Goals[0].Tasks[ti]
		base := task.Items[0]
		task.Items = nil
		for _, no := range nos {
			it := base
			it.No, it.Units = no, []model.Unit{{Name: "县民政局", Role: model.RoleResponsible, Span: base.Span}}
			task.Items = append(task.Items, it)
		}
	}
	return d
}

func TestCheckItemOrder(t *testing.T) {
	tests := []struct {
		name    string
		tasks   [][]string
		flagged string // the task and item flagged, "" for none
	}{
		{"digits in sequence", [][]string{{"1", "2", "3"}, {"1", "2"}}, ""},
		{"full-width digits", [][]string{{"１", "２"}}, ""},
		{"circled in sequence", [][]string{{"①", "②", "③"}}, ""},
		{"一是 二是", [][]string{{"一", "二"}}, ""},
		{"numbering runs on across tasks", [][]string{{"1", "2"}, {"3", "4"}}, ""},
		{"unnumbered and bulleted items", [][]string{{"", "", "●", "●"}}, ""},
		{"an unnumbered item before the list", [][]string{{"", "1", "2"}}, ""},
		{"two kinds, each in sequence", [][]string{{"1", "①", "②", "2"}}, ""},
		{"starts again inside a task", [][]string{{"1", "2", "3", "1", "2"}}, "0/3"},
		{"the same number twice", [][]string{{"①", "②", "②"}}, "0/2"},
		{"one twice", [][]string{{"1", "1"}}, "0/1"},
		{"skips", [][]string{{"1", "3"}}, "0/1"},
		{"goes back", [][]string{{"1", "2", "4", "3"}}, "0/2"},
		{"a task's first item is 2, the task before numbered none", [][]string{{""}, {"", "2"}}, "1/1"},
		{"a task's first item does not carry on", [][]string{{"1", "2"}, {"4", "5"}}, "1/0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := numberedItems(tc.tasks...)
			Assess(d, &Evidence{Text: planText})
			flagged := ""
			for ti, task := range d.Plan.Goals[0].Tasks {
				for ii, it := range task.Items {
					if hasFlag(it.Flags, model.ReasonOrdinalOrder) {
						assert.Empty(t, flagged, "one item flagged per task")
						flagged = string(rune('0'+ti)) + "/" + string(rune('0'+ii))
					}
				}
			}
			assert.Equal(t, tc.flagged, flagged)
			if tc.flagged == "" {
				assert.InDelta(t, 1, d.Quality.Score, 0.001)
			} else {
				assert.InDelta(t, 1-penaltyOrdinalStep, d.Quality.Score, 0.001)
			}
		})
	}
}

func TestCheckItemOrderOnlyWorkPlans(t *testing.T) {
	d := numberedItems([]string{"1", "1"})
	d.Kind = model.KindNotice // a notice's numbered paragraphs are no plan's items
	Assess(d, &Evidence{Text: planText})
	assert.NotContains(t, reasonCodesOf(d), model.ReasonOrdinalOrder)
}

// reasonCodesOf lists the codes of a Document's reasons.
func reasonCodesOf(d *model.Document) []string {
	var out []string
	for _, r := range d.Quality.Reasons {
		out = append(out, r.Code)
	}
	return out
}
