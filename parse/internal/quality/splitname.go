package quality

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
)

// penaltySplitName is the penalty of one organisation's name read as two
// units: both are wrong, and each half still looks like a unit's name.
const penaltySplitName = 0.25

// checkSplitNames flags the first unit of an item that, with the unit
// after it, is one organisation's name cut at its inner conjunction
// (splitAtConj: 市公安 和 城乡建设局 for 市公安和城乡建设局, 中央 和 国家机关
// 工委). The later unit is flagged (unit_name).
func checkSplitNames(a *assessor) {
	text := a.ev.Text
	for _, p := range a.plans() {
		var before string
		el, ok := firstUnit(p, func(it *model.Item, ui int) bool {
			if ui == 0 || !splitAtConj(text, it.Units[ui-1], it.Units[ui]) {
				return false
			}
			before = it.Units[ui-1].Name
			return true
		})
		if ok {
			a.element(model.ReasonUnitName, el, "with "+before+" before the conjunction, one organisation's name read as two units")
			a.penalise(model.ReasonUnitName, penaltySplitName)
		}
	}
}

// maxConjBytes is the longest text between two units that splitAtConj
// reads: 以及 with a space on either side.
const maxConjBytes = 2*3 + 2

// splitAtConj reports that units x and y, read from text in this order
// with only a conjunction (和, 及, 与, 以及) between them, are the halves
// of one name: x is a bare stem — no organisation ending, or nothing but
// a place rank before an ending of two or more characters (市公安, 县税务,
// 市政府, 街道) — and y, a name with an ending, opens with neither a place
// rank nor 各 as a unit named in full would (城乡建设局, 国家机关工委). A
// list of whole names (市水利局和市城乡建设局, 市发展改革委和人民银行某支
// 行, 商务部等和各有关省级人民政府) is none.
func splitAtConj(text string, x, y model.Unit) bool {
	if x.Span.End <= 0 || y.Span.Start < x.Span.End || y.Span.Start-x.Span.End > maxConjBytes || y.Span.Start > len(text) {
		return false
	}
	switch source.TrimSpace(segment.ToSimplified(text[x.Span.End:y.Span.Start])) {
	case "和", "及", "与", "以及":
	default:
		return false
	}
	if x.Generic || y.Generic || !org.HasEnding(y.Name) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(y.Name); strings.ContainsRune(org.PlaceRanks+"各", segment.SimplifiedRune(r)) {
		return false
	}
	return bareStem(source.TrimSpace(x.Name))
}

// bareStem reports a name that is no more than the start of one: no
// organisation ending (中央, 县教育), or at most two characters after a
// place rank (市公安, 县人社, 区政府, 街道): a field a body's name opens
// with, where a whole name says what kind of body it is (县教育局, 市发改委).
func bareStem(name string) bool {
	if !org.HasEnding(name) {
		return true
	}
	if r, n := utf8.DecodeRuneInString(name); strings.ContainsRune(org.PlaceRanks, segment.SimplifiedRune(r)) {
		name = name[n:]
	}
	return utf8.RuneCountInString(name) <= 2
}
