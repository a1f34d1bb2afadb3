package quality

import "github.com/zwgk/gongwen/model"

// penaltyNoLead is the penalty of an item whose units all cooperate or
// take part with nobody leading or answering for it: a lead read with
// another role.
const penaltyNoLead = 0.25

// checkNoLead flags the first item of a plan given units of its own that
// all cooperate or take part (配合, 参与), none leading or responsible: a
// plan names who does the work before who helps, so the lead's role was
// read wrong — a lone unit cell typed as the 配合单位 column of a table
// whose header was lost, a 牵头 lost with its bracket. An item whose
// units come from the row above (UnitsInherited) is left alone.
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
		return true
	})
	if ok {
		a.element(model.ReasonUnitRole, el, "every unit of the item cooperates or takes part, none leads or answers for it")
		a.penalise(model.ReasonUnitRole, penaltyNoLead)
	}
}
