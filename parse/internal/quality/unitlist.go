package quality

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
)

// penaltyUnitList is the penalty of a unit list read wrong at one unit: a
// unit read twice, or a piece of the list that keeps the conjunction
// before it. Each still looks like a unit.
const penaltyUnitList = 0.25

// checkUnitLists flags the first unit of a plan that repeats an earlier
// unit of its item with the same role (one clause or cell read twice:
// the item has a unit too many) or that opens with the conjunction that
// joined it to the unit before (和市财政局, 及各乡镇: the list cut before
// the conjunction, not at it; conjOpening).
func checkUnitLists(a *assessor) {
	for _, p := range a.plans() {
		var why string
		el, ok := firstUnit(p, func(it *model.Item, ui int) bool {
			u := it.Units[ui]
			for _, v := range it.Units[:ui] {
				if v.Role == u.Role && source.TrimSpace(v.Name) == source.TrimSpace(u.Name) {
					why = "the item names this unit twice with one role: a clause or cell read twice"
					return true
				}
			}
			prev := ""
			if ui > 0 {
				prev = it.Units[ui-1].Name
			}
			if conjOpening(u.Name, prev) {
				why = "the unit name opens with a conjunction: the list was cut before it, not at it"
				return true
			}
			return false
		})
		if ok {
			a.element(model.ReasonUnitName, el, why)
			a.penalise(model.ReasonUnitName, penaltyUnitList)
		}
	}
}

// listConjs join the last units of a list (甲、乙和丙), longest first.
var listConjs = []string{"以及", "和", "及", "与"}

// conjOpening reports a unit name that is a conjunction and a whole name
// after it — 和市财政局, 及各乡镇人民政府, 与有关部门: the rest opens with a
// place rank, 各, 有关 or 相关 and ends like an organisation or names a
// collective. 和平区, 和田地区 do not (平区 is no name); 和县 is a county:
// 和县教育局 is read as 和 and a county body only after a unit that opens
// with 县 too (县财政局和县教育局, a parallel list); prev is the unit
// before it in its item, or "".
func conjOpening(name, prev string) bool {
	name = segment.ToSimplified(source.TrimSpace(name))
	for _, c := range listConjs {
		rest, ok := strings.CutPrefix(name, c)
		if !ok {
			continue
		}
		r, _ := utf8.DecodeRuneInString(rest)
		switch {
		case strings.HasPrefix(rest, "有关") || strings.HasPrefix(rest, "相关"):
		case !strings.ContainsRune(org.PlaceRanks+"各", r):
			return false
		case c == "和" && r == '县':
			if p, _ := utf8.DecodeRuneInString(segment.ToSimplified(source.TrimSpace(prev))); p != '县' {
				return false
			}
		}
		return utf8.RuneCountInString(rest) > 1 && (org.HasEnding(rest) || org.IsGeneric(rest))
	}
	return false
}
