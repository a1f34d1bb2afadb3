package quality

import (
	"strings"

	"github.com/zwgk/gongwen/model"
)

// checkUnsaidLeads flags the first unit of a plan read as the lead where
// nothing beside it says so (roleSaid tells nothing) and its item or its
// plan says otherwise: another unit of its item is given the lead by a
// word of its own (县农业农村局（牵头），各乡镇人民政府 — the second unit read
// as a lead too), its name is a collective one read as a second lead of
// its item (县政府办公室 | 县直各部门: many units, which a plan makes a
// lead alone, in a lead column, or says so), or it is the only lead the plan reads among minLoneOthers or
// more units none of whom the text gives a role and all read responsible
// (a 责任科室 column copied a cell a line, one cell read as a lead). A unit
// standing before its item's text (a matrix's column header, a merged
// cell's unit carried down) is left to the checks that read its column.
// It runs where no earlier check flagged a unit's role (unit_role).
func checkUnsaidLeads(a *assessor) {
	if a.penalised(model.ReasonUnitRole) {
		return
	}
	for pi, p := range a.plans() {
		saids := a.rolesSaid(pi)
		lone, ok := loneUnsaidLead(p, saids)
		n := 0
		why := ""
		el, found := firstUnit(p, func(it *model.Item, ui int) bool {
			base := n - ui // the item's first unit
			s := saids[n]
			n++
			u := it.Units[ui]
			if s.ok || u.Role != model.RoleLead || it.UnitsInherited || u.Span.Start < it.Span.Start {
				return false
			}
			switch {
			case collectiveName(u.Name) && otherLead(it, ui):
				why = "a collective name read as a lead beside another lead, and nothing beside it says it leads"
			case otherSaidLead(it, ui, saids[base:base+len(it.Units)]):
				why = "read as a lead too, where another unit of the item is given the lead by its own word"
			case ok && lone == n-1:
				why = "the only lead of the plan, among units read responsible, and nothing beside it says it leads"
			default:
				return false
			}
			return true
		})
		if found {
			a.element(model.ReasonUnitRole, el, why)
			a.penalise(model.ReasonUnitRole, penaltyRoleWord)
			return
		}
	}
}

// minLoneOthers is how many units of a plan, the text giving none of them
// a role and all read responsible, make the one such unit read as the
// lead doubtful (loneUnsaidLead).
const minLoneOthers = 3

// loneUnsaidLead returns the index, in the plan's order, of the only unit
// of the plan read as the lead with no role said beside it, when the
// plan's other such units, minLoneOthers or more, are all read
// responsible.
func loneUnsaidLead(p planAt, saids []saidRole) (int, bool) {
	lead, others, n := -1, 0, 0
	mixed := false
	eachItem(p.Plan, func(_, _, _ int, it *model.Item) {
		for _, u := range it.Units {
			k := n
			n++
			if saids[k].ok {
				continue
			}
			switch u.Role {
			case model.RoleLead:
				if lead >= 0 {
					mixed = true
				}
				lead = k
			case model.RoleResponsible:
				others++
			default:
				mixed = true
			}
		}
	})
	return lead, lead >= 0 && !mixed && others >= minLoneOthers
}

// otherSaidLead tells whether a unit of the item other than ui is given
// the lead by the text beside it; saids are the item's units' (roleSaid).
func otherSaidLead(it *model.Item, ui int, saids []saidRole) bool {
	for k, s := range saids {
		if k != ui && s.ok && s.role == model.RoleLead && it.Units[k].Role == model.RoleLead {
			return true
		}
	}
	return false
}

// otherLead tells whether a unit of the item other than ui is read as
// the lead.
func otherLead(it *model.Item, ui int) bool {
	for k, u := range it.Units {
		if k != ui && u.Role == model.RoleLead {
			return true
		}
	}
	return false
}

// collectiveName tells whether a unit's name stands for many units
// (各乡镇人民政府, 县直各部门, 有关单位, 相关部门).
func collectiveName(name string) bool {
	return strings.Contains(name, "各") || strings.HasPrefix(name, "有关") || strings.HasPrefix(name, "相关")
}
