package quality

import (
	"cmp"
	"slices"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/pool"
)

// minSpanItems is how many items must carry one written unit for the one
// of them read with another role to be in doubt (checkSpanRoles).
const minSpanItems = 3

// checkSpanRoles flags a unit carried by several items from one place of
// the text — a merged cell's unit carried down its rows, a clause
// carried to every item that follows (以下各项均需各县人民政府负责落实) —
// read in one item with another role than in all the others, where it is
// the plan's only such place: what one place says gives one role. A
// responsibility matrix names each unit once, in its column's header, and
// gives it the role its mark says row by row, so its columns hold units
// read in two roles, but many of them, and each in more items than one.
// It runs where no earlier check flagged a unit's role (unit_role).
func checkSpanRoles(a *assessor) {
	if a.penalised(model.ReasonUnitRole) {
		return
	}
	var placed []spanRole
	defer func() { spanRoleArrays.Put(placed) }()
	for _, p := range a.plans() {
		// sized once to the plan's units: grown by append, a large plan's
		// list was copied into ever larger arrays while its Document was
		// live (five times its size allocated)
		if n := unitCount(p.Plan); cap(placed) < n {
			spanRoleArrays.Put(placed)
			placed = spanRoleArrays.Get(n)
		}
		placed = placed[:0]
		n := 0
		eachItem(p.Plan, func(_, _, _ int, it *model.Item) {
			for _, u := range it.Units {
				if u.Span.End > u.Span.Start {
					placed = append(placed, spanRole{u.Span.Start, n, u.Role})
				}
				n++
			}
		})
		odd, ok := oddSpanRole(placed)
		if !ok {
			continue
		}
		n = 0
		el, found := firstUnit(p, func(*model.Item, int) bool { n++; return n-1 == odd })
		if found {
			a.element(model.ReasonUnitRole, el, "read with another role than the same written unit in the plan's other items")
			a.penalise(model.ReasonUnitRole, penaltyRoleWord)
			return
		}
	}
}

// unitCount returns the number of units of p's items.
func unitCount(p *model.Plan) int {
	n := 0
	eachItem(p, func(_, _, _ int, it *model.Item) { n += len(it.Units) })
	return n
}

// spanRoleArrays keeps checkSpanRoles' list of units between documents:
// one entry per unit of a plan, read once and dropped.
var spanRoleArrays pool.Arrays[spanRole]

// spanRole is a unit of a plan: where its name starts in the text, its
// index in the plan's order, and its role.
type spanRole struct {
	start, k int
	role     model.Role
}

// oddSpanRole returns the index of the unit read with another role than
// every other unit written at its place, minSpanItems or more, where that
// place is the only one of the plan whose units are read in two roles.
func oddSpanRole(units []spanRole) (int, bool) {
	slices.SortStableFunc(units, func(x, y spanRole) int { return cmp.Compare(x.start, y.start) })
	odd, mixed := -1, 0
	for i := 0; i < len(units); {
		j := i + 1
		for j < len(units) && units[j].start == units[i].start {
			j++
		}
		if k, two := oneOtherRole(units[i:j]); two {
			mixed++
			if k >= 0 && j-i >= minSpanItems {
				odd = k
			}
		}
		i = j
	}
	return odd, mixed == 1 && odd >= 0
}

// oneOtherRole tells whether the units, written at one place, are read in
// two roles or more, and returns the index of the one read otherwise than
// all the rest, or -1.
func oneOtherRole(units []spanRole) (int, bool) {
	first, other, n := units[0].role, -1, 0
	for i, u := range units[1:] {
		if u.role != first {
			other, n = i+1, n+1
		}
	}
	switch {
	case n == 0:
		return -1, false
	case n == 1:
		return units[other].k, true
	case n == len(units)-1 && allRole(units[1:], units[other].role):
		return units[0].k, true
	}
	return -1, true
}

// allRole tells whether every unit is read with the role r.
func allRole(units []spanRole, r model.Role) bool {
	for _, u := range units {
		if u.role != r {
			return false
		}
	}
	return true
}
