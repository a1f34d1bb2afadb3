package quality

import (
	"fmt"
	"unicode"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/ordinal"
)

// checkOrdinalOrder reports a work plan whose heading ordinals do not run
// in sequence: tasks that start again at 1 under the same goal (a second
// list, a second plan's table or a page of another plan, read into this
// goal), goals or tasks that skip numbers or go back (lines lost or
// moved, a heading read as text), and ordinals that hold text (完成时限1,
// 2023年6月底前2: the last cell of the row before ran into the number, the
// rows' line breaks lost). A plan whose goals start again at 一 is a
// second plan read on: its tree may well be right, and nothing is said.
// The goal or task where the sequence breaks is flagged.
func checkOrdinalOrder(a *assessor) {
	if a.doc.Kind != model.KindWorkPlan {
		return // a notice's own headings are no plan's levels
	}
	for _, p := range a.plans() {
		a.checkPlanOrdinals(p)
	}
}

// checkPlanOrdinals checks the ordinals of one plan. Tasks restart at 1
// under each goal or run on across goals, as the parser's ordinal
// warnings have them.
func (a *assessor) checkPlanOrdinals(p planAt) {
	prevGoal, prevTask := 0, 0
	for gi := range p.Goals {
		g := &p.Goals[gi]
		if notOrdinal(g.No) {
			a.ordinalText(goalElem(p, gi), "goal", g.No)
		}
		if g.Index > 0 {
			if g.Index != prevGoal+1 && !(prevGoal > 0 && g.Index == 1) {
				a.ordinalStep(goalElem(p, gi), "goal", g.No, prevGoal, false)
			}
			prevGoal = g.Index
		}
		inGoal := 0 // the last task ordinal under this goal
		for ti := range g.Tasks {
			t := &g.Tasks[ti]
			if notOrdinal(t.No) {
				a.ordinalText(taskElem(p, gi, ti), "task", t.No)
			}
			if t.Index == 0 {
				continue
			}
			switch {
			case inGoal > 0 && t.Index == 1 && unitLineAbove(g, ti):
				// 县财政局： / 1.…: each unit's entries numbered from 1.
			case inGoal > 0 && t.Index == 1:
				a.ordinalStep(taskElem(p, gi, ti), "task", t.No, inGoal, true)
			case inGoal > 0 && t.Index != inGoal+1:
				a.ordinalStep(taskElem(p, gi, ti), "task", t.No, inGoal, false)
			case inGoal == 0 && t.Index != 1 && t.Index != prevTask+1:
				a.ordinalStep(taskElem(p, gi, ti), "task", t.No, prevTask, false)
			}
			inGoal, prevTask = t.Index, t.Index
		}
	}
}

// unitLineAbove reports whether an item of task ti takes its units from
// a line written between the task before it and its own heading: a
// 责任分工 by unit (县发展改革局： / 1.… / 县财政局： / 1.…) numbers each
// unit's entries from 1 again.
func unitLineAbove(g *model.Goal, ti int) bool {
	t, prev := &g.Tasks[ti], &g.Tasks[ti-1]
	for _, it := range t.Items {
		if sp := it.UnitsSpan; sp != nil && sp.Start > prev.Span.Start && sp.Start < t.Span.Start {
			return true
		}
	}
	return false
}

// ordinalStep flags the element whose ordinal no breaks the sequence
// after prev: starts it again at 1 under the same goal (restart), or skips
// or goes back.
func (a *assessor) ordinalStep(el elem, what, no string, prev int, restart bool) {
	var msg string
	p := penaltyOrdinalStep
	switch {
	case restart:
		p = penaltyOrdinalRestart
		msg = fmt.Sprintf("%s %s starts the numbering again under the same goal (after %d): a second list read into it", what, no, prev)
	case prev == 0:
		msg = fmt.Sprintf("the first %s is numbered %s", what, no)
	default:
		msg = fmt.Sprintf("%s %s follows %d: the numbering skips or goes back", what, no, prev)
	}
	a.element(model.ReasonOrdinalOrder, el, msg)
	a.penalise(model.ReasonOrdinalOrder, p)
}

// ordinalText flags the element whose ordinal no holds text.
func (a *assessor) ordinalText(el elem, what, no string) {
	a.element(model.ReasonOrdinalOrder, el, fmt.Sprintf("the %s's ordinal %s is not a number: text ran into it", what, shorten(no)))
	a.penalise(model.ReasonOrdinalOrder, penaltyOrdinalText)
}

// notOrdinal tells whether a heading's ordinal, as the tree holds it, is
// not a number: it holds a character no ordinal is written with (a Han
// character other than a numeral: 完成时限1), or no digit at all (---).
// Decimal and dashed ordinals (2.1, 1-3), circled digits and letters are
// numbers.
func notOrdinal(no string) bool {
	if no == "" || ordinal.Value(no) > 0 {
		return false
	}
	digits := 0
	for _, r := range no {
		switch {
		case ordinal.DigitValue(r) >= 0, ordinal.IsCnDigit(r), r >= '①' && r <= '⑳', r < 0x80 && unicode.IsLetter(r):
			digits++
		case r == '.' || r == '．' || r == '-' || r == '－':
		default:
			return true
		}
	}
	return digits == 0
}
