package quality

import (
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
)

// penaltyOutOfPlace is the penalty of plan elements read from text that
// is not the plan's: a block after the notice's end, or a second plan run
// into the first. The tree is wrong where they stand, however well its
// ordinals run on.
const penaltyOutOfPlace = 0.25

// checkOutOfPlace reports the plan elements read from text that cannot be
// the plan's own, where the ordinals may still run in sequence:
//   - an element after the notice's 版记 (a 抄送 line, a …印发 line): a
//     block of the plan moved past the end of the notice, read into the
//     goal it follows;
//   - a line shaped like a plan's title (a year, a plan word at its end:
//     2023年优化营商环境重点任务清单) inside a plan, followed by tasks or
//     items rather than goals: a second plan glued on, its rows read into
//     the first plan's last goal;
//   - tasks after the closing paragraph of the plan's last goal
//     (closingBeforeTasks);
//   - numbered text after every plan's end that no element holds, or any
//     sentence or row after the 版记's …印发 line (numberedAfterPlans).
func checkOutOfPlace(a *assessor) {
	text := a.ev.Text
	end := colophonStart(textOf(a.ev))
	for _, p := range a.plans() {
		if end >= 0 && (p.Title == nil || p.Title.Span.Start < end) {
			if el, ok := firstElemFrom(p, end); ok {
				a.element(model.ReasonOutOfPlace, el, "read from text after the notice's 版记 (抄送, 印发): a block moved out of the plan")
				a.penalise(model.ReasonOutOfPlace, penaltyOutOfPlace)
			}
		}
		if el, ok := underInnerTitle(p, text); ok {
			a.element(model.ReasonOutOfPlace, el, "read under a line shaped like another plan's title: a second plan run into this one")
			a.penalise(model.ReasonOutOfPlace, penaltyOutOfPlace)
		}
	}
	for _, p := range a.plans() {
		if el, ok := closingBeforeTasks(p, text); ok {
			a.element(model.ReasonOutOfPlace, el, "tasks after the closing paragraph of the plan's last goal: a block moved to the end")
			a.penalise(model.ReasonOutOfPlace, penaltyOutOfPlace)
		}
	}
	if sp, ok := a.numberedAfterPlans(text, end); ok {
		a.document(model.ReasonOutOfPlace, &sp, "numbered text after the plan's end read into no element: a block of the plan moved or lost")
		a.penalise(model.ReasonOutOfPlace, penaltyOutOfPlace)
	}
}

// minAfterHan is the fewest Han characters a numbered line after the plan
// holds to be a task of it (（一）扩大公众参与。围绕…), not a list entry
// (1.联络员名单).
const minAfterHan = 8

// numberedAfterPlans finds, after the end of every plan (and the 版记 that
// starts at offset start, colophonStart's), a line opening
// with a heading ordinal that holds a sentence (a 。) or a table row's
// cells and at least minAfterHan Han characters: a task or item of the
// plan that no element holds, as a block moved past the notice's end is.
func (a *assessor) numberedAfterPlans(text string, start int) (model.Span, bool) {
	end := 0
	for _, p := range a.plans() {
		pe := planEnd(p.Plan)
		end = max(end, a.placedEnd(model.Span{Start: pe, End: pe}))
	}
	if end == 0 || end >= len(text) {
		return model.Span{}, false
	}
	colophon := colophonEnd(text, start)
	if colophon > end {
		end = colophon
	}
	for at := end; at < len(text); {
		nl := strings.IndexByte(text[at:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = at + nl
		}
		// after the 版记 nothing is the notice's: a sentence or a row
		// there needs no ordinal to be a moved block
		if numberedSentence(text[at:lineEnd], colophon < 0 || at < colophon) {
			return model.Span{Start: at, End: lineEnd}, true
		}
		at = lineEnd + 1
	}
	return model.Span{}, false
}

// colophonEnd returns where the line after the notice's 版记, which starts
// at offset c (colophonStart's), starts: after the …印发 line that follows
// c, or -1. Text after it is no part of
// the notice: a sentence or a table row there was moved.
func colophonEnd(text string, c int) int {
	if c < 0 {
		return -1
	}
	for lines := (keyLines{text: text, at: c, keys: colophonKeys[:]}); ; {
		at, end, ok := lines.next()
		if !ok || end == len(text) {
			return -1 // no line holds 印, or the one that does ends unbroken
		}
		if strings.HasSuffix(strings.TrimSpace(segment.ToSimplified(text[at:end])), "印发") {
			return end + 1
		}
	}
}

// closingBeforeTasks reports the first task of the plan's last goal when
// the goal's heading is followed by a closing paragraph — whole sentences
// ending in 。, no colon introducing what follows (各单位要…抓好落实。) —
// before that task: a plan's last goal closes it; tasks after its closing
// words were moved there.
func closingBeforeTasks(p planAt, text string) (elem, bool) {
	gi := len(p.Goals) - 1
	if gi < 1 || len(p.Goals[gi].Tasks) == 0 {
		return elem{}, false
	}
	g := &p.Goals[gi]
	from, to := g.Span.End, g.Tasks[0].Span.Start
	if from < 0 || to > len(text) || from >= to {
		return elem{}, false
	}
	para := strings.TrimSpace(text[from:to])
	if !strings.HasSuffix(para, "。") || strings.ContainsAny(para, "：:") || hanCount(para, 15) < 15 {
		return elem{}, false
	}
	return taskElem(p, gi, 0), true
}

// numberedSentence reports whether line holds a sentence end or table
// cells and at least minAfterHan Han characters, and opens with a heading
// ordinal when numbered is set.
func numberedSentence(line string, numbered bool) bool {
	l := strings.TrimSpace(line)
	if _, ok := ordinal.Read(l); numbered && !ok {
		return false
	}
	if !source.Contains(l, "。") && strings.Count(l, "\t") < 2 && strings.Count(l, "|") < 3 {
		return false
	}
	return hanCount(l, minAfterHan) >= minAfterHan
}

// colophonStart returns where the notice's 版记 starts — the first line
// opening with 抄送 or ending in a date's 印发 (2023年3月20日印发) — or -1.
func colophonStart(t docText) int {
	text := t.s
	for lines := (keyLines{text: text, keys: colophonKeys[:]}); ; {
		at, end, ok := lines.next()
		if !ok {
			return -1
		}
		l := source.TrimSpace(t.fold(text[at:end]))
		if strings.HasPrefix(l, "抄送") || strings.HasSuffix(l, "日印发") {
			return at
		}
	}
}

// colophonKeys are runes a line of the 版记 holds, folded: 抄 of 抄送 and
// 印 of 印发. No other rune folds to them (script.Preimages), so a line
// without them as written cannot be one, and colophonStart and
// colophonEnd fold and test only the lines that hold one (keyLines), not
// every line of the text.
var colophonKeys = [...]rune{'抄', '印'}

// keyLines walks the lines of text (split at '\n') from offset at, a
// line's start, that hold one of keys (at most two), in order. It keeps
// the next offset of each key, searched for again only once passed, so a
// walk reads the text once per key.
type keyLines struct {
	text string
	at   int
	keys []rune
	pos  [2]int // offset of the key's next occurrence +1, 0 unknown, -1 none
}

// next returns the start and end (its '\n', or the text's end) of the
// next line holding a key, or false.
func (l *keyLines) next() (start, end int, ok bool) {
	first := -1
	for i, r := range l.keys {
		if l.pos[i] == 0 || l.pos[i] > 0 && l.pos[i]-1 < l.at {
			l.pos[i] = -1
			if l.at <= len(l.text) {
				if k := source.IndexRune(l.text[l.at:], r); k >= 0 {
					l.pos[i] = l.at + k + 1
				}
			}
		}
		if k := l.pos[i] - 1; k >= 0 && (first < 0 || k < first) {
			first = k
		}
	}
	if first < 0 {
		return 0, 0, false
	}
	start = l.at // at may be inside a line: the line's start is looked for after it alone
	if k := strings.LastIndexByte(l.text[l.at:first], '\n'); k >= 0 {
		start += k + 1
	}
	end = len(l.text)
	if nl := strings.IndexByte(l.text[first:], '\n'); nl >= 0 {
		end = first + nl
	}
	l.at = end + 1
	return start, end, true
}

// firstElemFrom returns the plan's first goal, task or item starting at
// or after offset from.
func firstElemFrom(p planAt, from int) (elem, bool) {
	for gi := range p.Goals {
		g := &p.Goals[gi]
		if g.Span.Start >= from {
			return goalElem(p, gi), true
		}
		for ti := range g.Tasks {
			t := &g.Tasks[ti]
			if t.Span.Start >= from {
				return taskElem(p, gi, ti), true
			}
			for ii := range t.Items {
				if t.Items[ii].Span.Start >= from {
					return itemElem(p, gi, ti, ii), true
				}
			}
		}
	}
	return elem{}, false
}

// innerPlanWords end the title of a plan.
var innerPlanWords = []string{"要点", "方案", "计划", "清单", "分工", "安排", "表", "台账", "任务"}

// underInnerTitle finds, inside the plan's goals, a line shaped like a
// plan's title that the next element read after it is a task or an item
// of, not a numbered goal (a second plan read as goals of its own is
// right), and returns that element.
func underInnerTitle(p planAt, text string) (elem, bool) {
	if len(p.Goals) == 0 {
		return elem{}, false
	}
	from, to := p.Goals[0].Span.Start, planEnd(p.Plan)
	if from < 0 || to > len(text) || from >= to {
		return elem{}, false
	}
	for lines := (keyLines{text: text[:to], at: from, keys: innerTitleKeys[:]}); ; {
		at, lineEnd, ok := lines.next()
		if !ok {
			return elem{}, false
		}
		if innerTitle(text[at:lineEnd]) && (p.Title == nil || p.Title.Span.Start != at) {
			if el, ok := elemAfter(p, at); ok {
				return el, true
			}
		}
	}
}

// innerTitleKeys is the rune an inner title holds, folded: 年 of its
// year. No other rune folds to it (script.Preimages), so underInnerTitle
// tests only the lines that hold it as written (keyLines).
var innerTitleKeys = [...]rune{'年'}

// innerTitle reports whether line is shaped like a plan's title: 8 to 40
// characters without a sentence's punctuation or a heading ordinal, a year
// (2023年) and a plan word at its end.
func innerTitle(line string) bool {
	l := strings.TrimSpace(line)
	if !source.MoreRunes(l, 7) || source.MoreRunes(l, 40) || strings.ContainsAny(l, "。，；：:;,、\t|") {
		return false
	}
	if _, ok := ordinal.Read(l); ok {
		return false
	}
	l = segment.ToSimplified(l)
	if !hasYear(l) {
		return false
	}
	for _, w := range innerPlanWords {
		if strings.HasSuffix(l, w) {
			return true
		}
	}
	return false
}

// hasYear reports whether s holds a year written 20NN年.
func hasYear(s string) bool {
	for k := strings.Index(s, "20"); k >= 0 && k+6 <= len(s); {
		if ordinal.OpensYear(s[k:]) && strings.HasPrefix(s[k+4:], "年") {
			return true
		}
		n := strings.Index(s[k+1:], "20")
		if n < 0 {
			break
		}
		k += 1 + n
	}
	return false
}

// elemAfter returns the element a line at offset at opens: the first
// element starting after it when that is a task, an item or an unnumbered
// goal's first task, or, when none starts after it, the item or task whose
// span holds it. A numbered goal after it is a plan's own: no element.
func elemAfter(p planAt, at int) (elem, bool) {
	var holder elem
	held := false
	for gi := range p.Goals {
		g := &p.Goals[gi]
		if g.Span.Start >= at {
			if g.No != "" || len(g.Tasks) == 0 {
				return elem{}, false
			}
			return taskElem(p, gi, 0), true
		}
		for ti := range g.Tasks {
			t := &g.Tasks[ti]
			if t.Span.Start >= at {
				return taskElem(p, gi, ti), true
			}
			if t.Span.End > at {
				holder, held = taskElem(p, gi, ti), true
			}
			for ii := range t.Items {
				sp := t.Items[ii].Span
				if sp.Start >= at {
					return itemElem(p, gi, ti, ii), true
				}
				if sp.End > at {
					holder, held = itemElem(p, gi, ti, ii), true
				}
			}
		}
	}
	return holder, held
}

// planEnd is where the plan's last goal, task or item ends.
func planEnd(p *model.Plan) int {
	end := 0
	for gi := range p.Goals {
		g := &p.Goals[gi]
		end = max(end, g.Span.End)
		for ti := range g.Tasks {
			t := &g.Tasks[ti]
			end = max(end, t.Span.End)
			for ii := range t.Items {
				end = max(end, t.Items[ii].Span.End)
			}
		}
	}
	return end
}
