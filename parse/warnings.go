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
	for _, g := range plan.Goals {
		if g.Index > 0 {
			b.checkStep("goal", g.No, prevGoal, g.Index, g.Span, false)
			prevGoal = g.Index
		}
		for ti, t := range g.Tasks {
			if t.Index > 0 {
				// Tasks restart at 1 under each goal or run on across goals.
				b.checkStep("task", t.No, prevTask, t.Index, t.Span, ti == 0)
				prevTask = t.Index
			}
			for _, it := range t.Items {
				if len(it.Units) == 0 {
					sp := it.Span
					b.warnings = append(b.warnings, model.Warning{Code: model.WarnNoUnits,
						Message: "item " + it.ID + " names no responsible unit", Span: &sp})
				}
			}
		}
	}
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
