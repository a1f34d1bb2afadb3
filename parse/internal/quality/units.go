package quality

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
	"github.com/zwgk/gongwen/segment/script"
)

// checkUnits flags items without units in a plan whose other items have
// them (a unit clause the parser did not recognise, or an item split in the
// wrong place), and unit names that do not look like the names of units;
// and it reports a text that labels responsible units (责任单位：) where no
// unit at all was read.
func checkUnits(a *assessor) {
	var c unitCounts
	for _, p := range a.plans() {
		a.checkPlanUnits(p, &c)
	}
	if c.units == 0 && a.doc.Report == nil {
		if n := a.marks().unitLabels; n >= minUnitLabels {
			a.document(model.ReasonNoUnits, nil, "the text names responsible units %d times (责任单位, 牵头单位 …) but no unit was read", n)
			a.penalise(model.ReasonNoUnits, penaltyUnitsUnread)
		}
	}
	if c.without > 0 {
		a.penalise(model.ReasonNoUnits, penaltyNoUnits*float64(c.without)/float64(c.items))
	}
	if c.odd > 0 {
		a.penalise(model.ReasonUnitName, penaltyUnitName+penaltyUnitShare*float64(c.odd)/float64(c.units))
	}
	if c.twice > 0 {
		// two cells joined: the rows around them were read as one, as
		// a unit read twice is (checkUnitLists), whatever the share
		a.penalise(model.ReasonUnitName, penaltyUnitList)
	}
}

// unitCounts tally the items and units of the Document's plans.
type unitCounts struct {
	items, without, units, odd int
	twice                      int // odd names that are one name written twice
}

// checkPlanUnits flags the plan's items without units, when most items of
// the same plan have some (in a plan where units are the exception, their
// absence is the rule), and its odd unit names.
func (a *assessor) checkPlanUnits(p planAt, c *unitCounts) {
	items, withUnits := itemsWithUnits(p.Plan)
	c.items += items
	noUnits := "" // the message of the items without units, written once
	eachItem(p.Plan, func(gi, ti, ii int, it *model.Item) {
		if len(it.Units) == 0 && halfOrMore(withUnits, items) && !hasFlag(it.Flags, model.ReasonTruncated) && !unitlessFrame(&p.Plan.Goals[gi]) {
			if mostly(withUnits, items) {
				c.without++ // only a majority with units makes the lack a penalty
			}
			if noUnits == "" {
				noUnits = fmt.Sprintf("no unit, while %d of the plan's %d items have units", withUnits, items)
			}
			a.element(model.ReasonNoUnits, itemElem(p, gi, ti, ii), noUnits)
		}
		for ui := range it.Units {
			c.units++
			if why := a.unitDoubt(it.Units[ui]); why != "" {
				c.odd++
				if why == whyWrittenTwice {
					c.twice++
				}
				a.element(model.ReasonUnitName, unitElem(p, gi, ti, ii, ui), why)
			}
		}
	})
}

// itemsWithUnits counts the plan's items and those of them with units.
func itemsWithUnits(p *model.Plan) (items, withUnits int) {
	eachItem(p, func(_, _, _ int, it *model.Item) {
		items++
		if len(it.Units) > 0 {
			withUnits++
		}
	})
	return items, withUnits
}

// frameTitles name the sections that frame a plan's work rather than
// assign it, in simplified script: the opening one on its aims and
// principles (总体要求, 基本原则, 指导思想, 发展目标), whose run-on tasks
// (坚持问题导向。…) state a principle or a target, and the closing one on
// how the work is to be led, checked and reported (保障措施, 组织保障,
// 工作要求), whose run-on tasks (加强组织领导。…) assign no work either.
var frameTitles = []string{
	"总体要求", "基本原则", "工作原则", "指导思想", "总体目标", "主要目标", "工作目标", "发展目标",
	"保障措施", "组织保障", "工作保障", "保障机制", "工作要求", "有关要求", "组织实施",
}

// unitlessFrame reports whether g is such a section none of whose items
// names a unit, or a section of the work's stages: its items lack none,
// while a section whose other items have units may have missed one. A
// title that merely holds such a word (保障和改善民生, 强化要素保障, 实现发展
// 目标的重点举措) names work, and is no such section.
func unitlessFrame(g *model.Goal) bool {
	for ti := range g.Tasks {
		for ii := range g.Tasks[ti].Items {
			if len(g.Tasks[ti].Items[ii].Units) > 0 {
				return false
			}
		}
	}
	if stages(g) {
		return true
	}
	title := script.ToSimplified(strings.TrimSpace(g.Title))
	for _, w := range frameTitles {
		if strings.HasSuffix(title, w) && utf8.RuneCountInString(title) <= utf8.RuneCountInString(w)+2 {
			return true
		}
	}
	return false
}

// stages reports a section whose tasks all name a stage of the work
// (（一）动员部署阶段（4月）。…, （二）集中整治阶段（5月至9月）。…): each
// sets a time for what the plan's tasks assign, and names no unit of its
// own.
func stages(g *model.Goal) bool {
	for ti := range g.Tasks {
		if !strings.Contains(script.ToSimplified(g.Tasks[ti].Title), "阶段") {
			return false
		}
	}
	return len(g.Tasks) > 1
}

// minUnitLabels is how many unit labels make a text one that assigns
// units: a notice may say 各责任单位 once in passing.
const minUnitLabels = 2

// halfOrMore tells whether at least half of n, and two or more, have the
// property: k of them. An item without units where as many others name
// units is likely a missed clause, flagged on the item alone.
func halfOrMore(k, n int) bool { return k >= 2 && 2*k >= n }

// mostly tells whether more than half of n have the property: k of them.
func mostly(k, n int) bool { return 2*k > n }

// maxUnitRunes is the longest name taken for a unit without doubt even
// with an organisation ending (市“双随机、一公开”监管工作联席会议成员单位 is
// 21).
const maxUnitRunes = 30

// unitDoubt says why a unit's name does not look like a unit's, or "".
// Package org judges the name's shape; a verb or sentence punctuation
// inside, or a great length, means a clause was cut in the wrong place even
// when the name ends like an organisation.
func unitDoubt(u model.Unit) string {
	name := source.TrimSpace(u.Name)
	switch {
	case holdsClausePunct(name):
		return "sentence punctuation inside a unit name"
	case utf8.RuneCountInString(name) > maxUnitRunes:
		return "too long for a unit name"
	case writtenTwice(name):
		return whyWrittenTwice
	case twoCellsSpaced(name):
		return whyTwoCells
	}
	if v := verbIn(name); v != "" {
		return "a verb (" + v + ") inside a unit name"
	}
	switch org.Classify(name) {
	case org.Doubtful:
		if u.Generic || org.IsVillage(name) {
			return "" // a collective, or a village by its own name (德天村)
		}
		return "no organisation ending (局, 委, 办, 政府 …)"
	case org.Prose:
		return "a sentence without an organisation ending, not a unit name"
	case org.Date, org.Note:
		return "a deadline or note, not a unit"
	case org.Fragment:
		return "a fragment, not a whole unit name"
	case org.Person:
		return "a leader named by post, not a unit"
	}
	return ""
}

// whyWrittenTwice is unitDoubt's reason for a name writtenTwice.
const whyWrittenTwice = "one name written twice: two cells joined (a row a page break parted read as one)"

// writtenTwice reports a name that is one name of two runes or more
// written twice (县住建局县住建局): no unit is so named, but the unit cells
// of two rows joined into one give it.
func writtenTwice(name string) bool {
	h := len(name) / 2
	return len(name)%2 == 0 && utf8.RuneCountInString(name[:h]) >= 2 && utf8.ValidString(name[:h]) && name[:h] == name[h:]
}

// whyTwoCells is unitDoubt's reason for a name twoCellsSpaced.
const whyTwoCells = "two cells joined at a space: a unit name runs on into the next column's"

// minCellRunes is the fewest runes on either side of the space of a name
// twoCellsSpaced reads as two cells.
const minCellRunes = 4

// twoCellsSpaced reports a name that is two cells of a column layout
// joined at the one space between them (临朐经济开发区管 县发展改革局,
// the first cell filling its column): a space between two Han characters,
// each side minCellRunes long or more, the side after it ending like an
// organisation. No body's name holds such a space; a spaced-out name (县
// 委 办) has short runs, and a number spaced by a PDF tool (第 3 网格)
// none between Han characters.
func twoCellsSpaced(name string) bool {
	before, after, ok := strings.Cut(name, " ")
	if !ok || utf8.RuneCountInString(before) < minCellRunes || utf8.RuneCountInString(after) < minCellRunes {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	first, _ := utf8.DecodeRuneInString(after)
	return script.IsHan(last) && script.IsHan(first) && org.HasEnding(after)
}

// unitKey is what unitDoubt reads of a unit.
type unitKey struct {
	name    string
	generic bool
}

// unitDoubt is the package's unitDoubt, remembered by name.
func (a *assessor) unitDoubt(u model.Unit) string {
	k := unitKey{u.Name, u.Generic}
	why, ok := a.doubts[k]
	if !ok {
		if a.doubts == nil {
			a.doubts = doubtMaps.Get().(map[unitKey]string)
		}
		why = unitDoubt(u)
		a.doubts[k] = why
	}
	return why
}

// doubtMaps keeps the assessors' maps of unitDoubt between documents
// (Assess empties and returns its own): a plan names hundreds of units,
// and a map grown for them again for every document was a tenth of the
// assessment's allocation.
var doubtMaps = sync.Pool{New: func() any { return map[unitKey]string{} }}

// unitVerbs are verbs of tasks and roles that do not occur inside the name
// of a government body; one inside a unit name means a clause was cut in
// the wrong place.
var unitVerbs = []string{"负责", "牵头", "配合", "协助", "推进", "开展", "加强", "做好", "建立", "完善", "落实", "确保", "督促", "完成"}

// holdsClausePunct tells whether s holds sentence or clause punctuation
// (。，；： and the ASCII :;,): strings.ContainsAny(s, "。，；：:;,")
// without decoding s rune by rune. It is keyed on the last byte of each
// full-width mark (82 of 。 E3 80 82, 8C 9B 9A of ，；： EF BC xx) and
// compares the two bytes before; as a lead byte is no continuation byte,
// a match is always the mark a rune-by-rune reading finds there.
func holdsClausePunct(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ':', ';', ',':
			return true
		case 0x82:
			if i >= 2 && s[i-1] == 0x80 && s[i-2] == 0xE3 {
				return true
			}
		case 0x8C, 0x9A, 0x9B:
			if i >= 2 && s[i-1] == 0xBC && s[i-2] == 0xEF {
				return true
			}
		}
	}
	return false
}

// verbIn returns the first of unitVerbs that the name, folded to
// simplified script, holds, or "". A name without the first rune of any
// verb, as written or in a form that folds to it (verbFirsts), holds none
// and is neither folded nor searched: most unit names.
func verbIn(name string) string {
	firsts := verbFirsts()
	for _, r := range name {
		if firsts.Has(r) {
			return verbInFolded(name)
		}
	}
	return ""
}

// verbInFolded is verbIn past its gate.
func verbInFolded(name string) string {
	s := segment.ToSimplified(name)
	for _, v := range unitVerbs {
		if source.Contains(s, v) {
			return v
		}
	}
	return ""
}

// verbFirsts holds the first runes of unitVerbs and the runes that fold
// to them (firstRuneSet).
var verbFirsts = sync.OnceValue(func() *script.BMPSet { return firstRuneSet(unitVerbs) })

// firstRuneSet is the set of the first runes of words and of the runes that
// fold to them (script.Preimages: 負 for 负, 開 for 开): a text none of
// whose runes is in it holds none of the words in either script.
func firstRuneSet(words []string) *script.BMPSet {
	set := new(script.BMPSet)
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		set.Add(r)
		for _, p := range script.Preimages(r) {
			set.Add(p)
		}
	}
	return set
}
