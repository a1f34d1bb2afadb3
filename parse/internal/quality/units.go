package quality

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/segment"
)

// checkUnits flags items without units in a plan whose other items have
// them (a unit clause the parser did not recognise, or an item split in the
// wrong place), and unit names that do not look like the names of units.
func checkUnits(a *assessor) {
	p := a.doc.Plan
	items, withUnits, without, units, odd := 0, 0, 0, 0, 0
	eachItem(p, func(_, _, _ int, it *model.Item) {
		items++
		if len(it.Units) > 0 {
			withUnits++
		}
	})
	eachItem(p, func(gi, ti, ii int, it *model.Item) {
		if len(it.Units) == 0 && withUnits > 0 && !hasFlag(it.Flags, model.ReasonTruncated) {
			without++
			a.element(model.ReasonNoUnits, itemElem(p, gi, ti, ii), "no unit, while %d of the plan's %d items have units", withUnits, items)
		}
		for ui := range it.Units {
			units++
			if why := unitDoubt(it.Units[ui]); why != "" {
				odd++
				a.element(model.ReasonUnitName, unitElem(p, gi, ti, ii, ui), "%s", why)
			}
		}
	})
	if withUnits > 0 && without > 0 {
		a.penalise(model.ReasonNoUnits, penaltyNoUnits*float64(without)/float64(items))
	}
	if odd > 0 {
		a.penalise(model.ReasonUnitName, penaltyUnitName+penaltyUnitShare*float64(odd)/float64(units))
	}
}

// maxUnitRunes is the longest name taken for a unit without doubt even
// with an organisation ending (市“双随机、一公开”监管工作联席会议成员单位 is
// 21); maxBareRunes the longest without one before it reads as a sentence.
const (
	maxUnitRunes = 30
	maxBareRunes = 16
)

// unitDoubt says why a unit's name does not look like a unit's, or "".
func unitDoubt(u model.Unit) string {
	name := strings.TrimSpace(u.Name)
	n := utf8.RuneCountInString(name)
	s := segment.ToSimplified(name)
	switch {
	case strings.ContainsAny(name, "。，；：:;,"):
		return "sentence punctuation inside a unit name"
	case n > maxUnitRunes:
		return "too long for a unit name"
	}
	for _, v := range unitVerbs {
		if strings.Contains(s, v) {
			return "a verb (" + v + ") inside a unit name"
		}
	}
	switch {
	case u.Generic || hasOrgEnding(s):
		return ""
	case n > maxBareRunes:
		return "too long for a name without an organisation ending: a sentence"
	}
	return "no organisation ending (局, 委, 办, 政府 …)"
}

// unitVerbs are verbs of tasks and roles that do not occur inside the name
// of a government body; one inside a unit name means a clause was cut in
// the wrong place.
var unitVerbs = []string{"负责", "牵头", "配合", "协助", "推进", "开展", "加强", "做好", "建立", "完善", "落实", "确保", "督促", "完成"}

// orgEndings close the names of bodies (simplified script).
var orgEndings = []string{
	"局", "委", "办", "厅", "部", "院", "会", "室", "处", "科", "中心", "行", "所", "站", "队",
	"公司", "集团", "政府", "街道", "镇", "乡", "区", "县", "市", "部门", "单位", "机构", "组",
	"社", "馆", "台", "署", "司", "团", "联", "校", "专班", "园", "监狱", "法院", "检察院",
	"银行", "工委", "机关", "各地", "企业", "协会", "商会", "海关", "税务",
}

// hasOrgEnding tells whether s ends like an organisation, after a trailing
// bracketed remark (各街道（功能区）) is taken off.
func hasOrgEnding(s string) bool {
	s = strings.TrimSpace(s)
	for _, pair := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if strings.HasSuffix(s, pair[1]) {
			if k := strings.LastIndex(s, pair[0]); k > 0 {
				s = strings.TrimSpace(s[:k])
			}
		}
	}
	for _, e := range orgEndings {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}
