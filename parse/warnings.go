package parse

import (
	"fmt"

	"github.com/zwgk/gongwen/model"
)

// checkOrdinals warns about goals and tasks whose ordinals skip or repeat,
// and items that name no unit.
func (b *treeBuilder) checkOrdinals(plan *model.Plan) {
	prevGoal := 0
	prevTask := 0
	var spans []model.Span // the unit-less items' spans, one array for the plan
	for gi := range plan.Goals {
		g := &plan.Goals[gi] // not copied: a plan's elements are large
		if g.Index > 0 {
			b.checkStep("goal", g.No, prevGoal, g.Index, g.Span, false)
			prevGoal = g.Index
		}
		for ti := range g.Tasks {
			t := &g.Tasks[ti]
			if t.Index > 0 {
				// Tasks restart at 1 under each goal or run on across goals.
				b.checkStep("task", t.No, prevTask, t.Index, t.Span, ti == 0)
				prevTask = t.Index
			}
			for ii := range t.Items {
				it := &t.Items[ii]
				if len(it.Units) == 0 {
					if spans == nil {
						spans = make([]model.Span, 0, unitless(plan)) // never grown: the pointers stay
					}
					spans = append(spans, it.Span)
					b.warnings = append(b.warnings, model.Warning{Code: model.WarnNoUnits,
						Message: "item " + it.ID + " names no responsible unit", Span: &spans[len(spans)-1]})
				}
			}
		}
	}
}

// unitless counts the plan's items without units.
func unitless(plan *model.Plan) int {
	n := 0
	for gi := range plan.Goals {
		for _, t := range plan.Goals[gi].Tasks {
			for ii := range t.Items {
				if len(t.Items[ii].Units) == 0 {
					n++
				}
			}
		}
	}
	return n
}

func (b *treeBuilder) checkStep(what, no string, prev, cur int, span model.Span, mayRestart bool) {
	switch {
	case cur == prev+1, mayRestart && cur == 1:
	case cur <= prev:
		sp := span
		b.warnings = append(b.warnings, model.Warning{Code: model.WarnOrdinalRepeat,
			Message: fmt.Sprintf("%s %s follows %d", what, no, prev), Span: &sp})
	default:
		sp := span
		b.warnings = append(b.warnings, model.Warning{Code: model.WarnOrdinalGap,
			Message: fmt.Sprintf("%s %s follows %d: %d missing", what, no, prev, cur-prev-1), Span: &sp})
	}
}
