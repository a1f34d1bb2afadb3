package quality

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
	"github.com/zwgk/gongwen/segment/script"
)

// checkMarksInText reports goals, tasks and items whose own text holds a
// mark that opens another element: a unit label with its colon (牵头单位：)
// or, in an item, a copula before a unit (责任单位为县司法局:
// copulaLabelIn) — a unit clause the tree did not read off — or a heading ordinal right
// after a sentence end (。二、, ；（三）), a bracketed one anywhere inside a
// heading's title (做好公开（一）建立…) or opening an item (（二）推进…) — a heading run into
// the text, or read as an item, the line break before it lost. Either is
// a boundary the tree did not read.
func checkMarksInText(a *assessor) {
	if a.doc.Kind != model.KindWorkPlan {
		return
	}
	found := false
	check := func(el elem, text string, as textKind) {
		if why := markInText(text, as); why != "" {
			a.element(model.ReasonMarksInText, el, why)
			found = true
		}
	}
	for _, p := range a.plans() {
		for gi := range p.Goals {
			g := &p.Goals[gi]
			check(goalElem(p, gi), g.Title, asTitle)
			if g.Text != nil {
				check(goalElem(p, gi), g.Text.Value, asProse)
			}
			for ti := range g.Tasks {
				t := &g.Tasks[ti]
				check(taskElem(p, gi, ti), t.Title, asTitle)
				for ii := range t.Items {
					check(itemElem(p, gi, ti, ii), t.Items[ii].Text, asItem)
					if opensNextTask(t.No, t.Items[ii].Text) && !ownList(t.Items) {
						a.element(model.ReasonMarksInText, itemElem(p, gi, ti, ii), "the item opens with the ordinal after its task's ("+t.No+" → "+source.HeadRunes(t.Items[ii].Text, 3)+"): the next task run into this one")
						found = true
					}
				}
			}
		}
	}
	if found {
		a.penalise(model.ReasonMarksInText, penaltyMarksInText)
	}
}

// textKind is what an element's text is: a heading's title, an item's
// content or a goal's prose.
type textKind int

const (
	asProse textKind = iota
	asTitle
	asItem
)

// markInText says which mark of another element the text, read as the
// kind as, holds, or "".
func markInText(text string, as textKind) string {
	ords, colon := mayHoldMark(text)
	if why := marksIn(text, as, ords, colon); why != "" || as != asItem {
		return why
	}
	return copulaLabelIn(text)
}

// marksIn is markInText past its gate: it looks for the heading ordinals
// only when ords and for the unit labels only when colon.
func marksIn(text string, as textKind, ords, colon bool) string {
	if !ords && !colon {
		return ""
	}
	if colon || holdsFoldingDigit(text) {
		text = segment.ToSimplified(text)
	}
	switch {
	case !ords:
	case as == asItem && headingOrdinalAt(strings.TrimLeft(text, " \u3000")):
		return "the item opens with a heading ordinal: a heading read as an item"
	case as == asItem && lostBracketOrdinalAt(strings.TrimLeft(text, " \u3000")):
		return "the item opens with a task ordinal that lost its opening bracket (二）): a heading read as an item"
	case as == asProse && lostBracketOrdinalAt(strings.TrimLeft(text, " \u3000")):
		return "the goal's prose opens with a task ordinal that lost its opening bracket (二）): a heading read as prose"
	case as == asTitle && ordinalInside(text):
		return "a heading ordinal inside the title: the next heading run into it"
	}
	for _, l := range unitLabels {
		if !colon {
			break
		}
		for at := 0; ; {
			k := strings.Index(text[at:], l)
			if k < 0 {
				break
			}
			at += k + len(l)
			if strings.HasPrefix(text[at:], "：") || strings.HasPrefix(text[at:], ":") {
				return "a unit label (" + l + "：) inside the text: its units were not read off"
			}
		}
	}
	if ords && ordinalAfterSentenceEnd(text) {
		return "a heading ordinal after a sentence end inside the text: a heading run into it"
	}
	return ""
}

// sentenceEnds are the marks after which a heading ordinal shows a
// heading run into the text.
var sentenceEnds = [...]string{"。", "；", ";"}

// ordinalAfterSentenceEnd tells whether a heading ordinal follows a
// sentence end in text, spaces between. Each mark is searched for on its
// own (source.Index, a vectorised search on its last byte), as the order
// in which the ends are tried does not change the answer: the marks do
// not overlap, so every end is tried once either way.
func ordinalAfterSentenceEnd(text string) bool {
	for _, end := range sentenceEnds {
		for at := 0; ; {
			k := source.Index(text[at:], end)
			if k < 0 {
				break
			}
			at += k + len(end)
			if headingOrdinalAt(strings.TrimLeft(text[at:], " \u3000")) {
				return true
			}
		}
	}
	return false
}

// foldingDigits are the traditional runes that ToSimplified folds into
// a Chinese numeral (兩 for 两): beside them, the ordinals, brackets and
// sentence ends have no traditional forms, so a text without a colon (no
// unit label to fold) and without these is read unfolded.
var foldingDigits = sync.OnceValue(func() (rs []rune) {
	for r := rune(0); r < 0x10000; r++ {
		if ordinal.IsCnDigit(r) {
			rs = append(rs, script.Preimages(r)...)
		}
	}
	return rs
})

// holdsFoldingDigit tells whether text holds one of foldingDigits.
func holdsFoldingDigit(text string) bool {
	for _, r := range foldingDigits() {
		if source.ContainsRune(text, r) {
			return true
		}
	}
	return false
}

// mayHoldMark is markInText's gate, literal searches in the raw text:
// ords tells whether it holds a mark that ends a heading ordinal (、, ）
// or the half-width ) of one that lost its opening bracket), without which
// none can stand in it, colon whether it holds the
// colon a unit label needs (： or :). No traditional form folds into
// these marks, so the raw text answers for the folded one.
func mayHoldMark(text string) (ords, colon bool) {
	ords = source.ContainsRune(text, '、') || source.ContainsRune(text, '）') || strings.IndexByte(text, ')') >= 0
	colon = source.ContainsRune(text, '：') || strings.IndexByte(text, ':') >= 0
	return ords, colon
}

// headingOrdinalAt tells whether s opens with the ordinal of a goal (二、)
// or a task (（三）) in Chinese numerals.
func headingOrdinalAt(s string) bool {
	bracket := strings.HasPrefix(s, "（")
	if bracket {
		s = s[len("（"):]
	}
	n := 0
	for _, r := range s {
		if !ordinal.IsCnDigit(r) || ordinal.CnDigitValue(r) == 0 {
			break
		}
		n += utf8.RuneLen(r)
	}
	if n == 0 {
		return false
	}
	if bracket {
		return strings.HasPrefix(s[n:], "）")
	}
	return strings.HasPrefix(s[n:], "、")
}

// lostBracketOrdinalAt tells whether s opens with a task's ordinal in
// Chinese numerals whose opening bracket is gone (二）推进…, 二)推进…): a heading
// damaged or restyled by the tool that made the text, which no parser
// reads as one.
func lostBracketOrdinalAt(s string) bool {
	n := 0
	for _, r := range s {
		if !ordinal.IsCnDigit(r) || ordinal.CnDigitValue(r) == 0 {
			break
		}
		n += utf8.RuneLen(r)
	}
	return n > 0 && (strings.HasPrefix(s[n:], "）") || strings.HasPrefix(s[n:], ")"))
}

// ordinalInside tells whether a task's bracketed ordinal (（一）) stands
// inside text after its first rune. A goal's 一、 does not count there:
// words end in numerals before an enumeration comma (知行合一、工学结合).
func ordinalInside(text string) bool {
	for at := len("（"); at < len(text); {
		k := strings.Index(text[at:], "（")
		if k < 0 {
			return false
		}
		at += k
		if at > 0 && headingOrdinalAt(text[at:]) {
			return true
		}
		at += len("（")
	}
	return false
}

// opensNextTask tells whether an item's text opens with the ordinal that
// follows its task's number in the task's own style — 2. under task 1,
// 二、 under task 一 — as the decisions of a text whose line breaks were
// lost do when only the first was read as a heading.
func opensNextTask(no, text string) bool {
	v := ordinal.Value(no)
	o, ok := ordinal.Read(text)
	if v == 0 || !ok || o.Index != v+1 {
		return false
	}
	if _, n := ordinal.ArabicPrefix(no); n == len(no) {
		return o.Style == ordinal.ArabicDot
	}
	return o.Style == ordinal.CnDun
}

// ownList tells whether the items number themselves (1.… 2.… inside a
// table cell): one opens with the first ordinal.
func ownList(items []model.Item) bool {
	for i := range items {
		if o, ok := ordinal.Read(items[i].Text); ok && o.Index == 1 {
			return true
		}
	}
	return false
}
