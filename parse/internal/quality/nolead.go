package quality

import (
	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// penaltyNoLead is the penalty of an item whose units all cooperate or
// take part with nobody leading or answering for it: a lead read with
// another role.
const penaltyNoLead = 0.25

// checkNoLead flags the first item of a plan given units of its own that
// all cooperate or take part (配合, 参与), none leading or responsible: a
// plan names who does the work before who helps, so the lead's role was
// read wrong — a lone unit cell typed as the 配合单位 column of a table
// whose header was lost, a 牵头 lost with its bracket. An item whose
// units come from the row above (UnitsInherited) is left alone, and so is
// one whose units open its line before its text, the entry of a 职责分工
// written by unit (（八）县直有关单位：积极配合…): there 配合 is the duty
// of the units named, not a lead's role misread.
func checkNoLead(a *assessor) {
	el, ok := firstItem(a.plans(), func(it *model.Item) bool {
		if it.UnitsInherited || len(it.Units) == 0 {
			return false
		}
		for _, u := range it.Units {
			if u.Role != model.RoleCooperate && u.Role != model.RoleParticipate {
				return false
			}
		}
		return !unitsOpenLine(it) // last: it searches the item's text
	})
	if ok {
		a.element(model.ReasonUnitRole, el, "every unit of the item cooperates or takes part, none leads or answers for it")
		a.penalise(model.ReasonUnitRole, penaltyNoLead)
	}
}

// unitsOpenLine reports an item whose units all stand on its first line
// before its text, or before the colon that follows them in it: the
// units are the subject the entry names (a task titled by them, or an
// item 1.县财政局：配合…).
func unitsOpenLine(it *model.Item) bool {
	end := it.Span.Start
	if k := source.IndexAny(it.Text, "：:"); k >= 0 {
		end += k
	}
	for _, u := range it.Units {
		if u.Span.End <= u.Span.Start || u.Span.Line != it.Span.Line || u.Span.End > end {
			return false
		}
	}
	return true
}
