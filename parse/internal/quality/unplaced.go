package quality

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/pool"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// minUnplaced is the share of the plan's text that may stay outside every
// goal, task, item and unit before it is a reason: separators, page
// numbers and a closing line are normal, a whole paragraph is not.
const minUnplaced = 0.2

// checkUnplaced measures how much of the plans' text (from the first text
// placed in a plan, or reported unplaced, to the end of the text) no
// element of a plan covers: goal, task, item, unit, deadline, preamble or
// closing, nor the notice's 版记. A large share means a layout the tree did not follow.
func checkUnplaced(a *assessor) {
	if a.doc.Kind != model.KindWorkPlan {
		return // a notice's headings are kept, its text is not a plan's to place
	}
	placed := spanArrays.Get(0)
	defer func() { spanArrays.Put(placed) }()
	if cap(placed) < len(a.ev.Text)/64 {
		// a large plan's list is sized once: grown by append, it was copied
		// into ever larger arrays while the Document was live
		placed = slices.Grow(placed, placedCount(a)+len(a.ev.Consumed))
	}
	for _, p := range a.plans() {
		eachPlaced(p.Plan, func(sp model.Span) { placed = addSpan(placed, sp) })
	}
	if len(placed) == 0 {
		return
	}
	from := placed[0].Start
	for _, sp := range placed {
		from = min(from, sp.Start)
	}
	for _, w := range a.doc.Warnings {
		if w.Code == model.WarnUnplaced && w.Span != nil {
			from = min(from, w.Span.Start)
		}
	}
	text := a.ev.Text
	placed = appendTail(placed, &a.doc.Meta, text)
	placed = merge(append(placed, a.ev.Consumed...))
	// Only the gaps between placed spans are read rune by rune; placed text
	// counts by its length. Shares are of bytes of content (no white space
	// or punctuation in the gaps).
	total, uncovered := 0, 0
	var worst model.Span // the gap with the most content
	worstContent := 0
	gap := func(start, end int) {
		if end < len(text) {
			end -= leadingLabel(text[start:end])
		}
		if c := contentBytes(text[start:end]); c > 0 {
			uncovered += c
			if c > worstContent {
				worst, worstContent = model.Span{Start: start, End: end}, c
			}
		}
	}
	at := from
	for _, sp := range placed {
		if sp.End <= at {
			continue
		}
		if sp.Start > at {
			gap(at, min(sp.Start, len(text)))
		}
		start := max(sp.Start, at)
		at = min(sp.End, len(text))
		total += at - start
	}
	if at < len(text) {
		gap(at, len(text))
	}
	total += uncovered
	if total == 0 {
		return
	}
	share := float64(uncovered) / float64(total)
	if share <= minUnplaced {
		return
	}
	worst = trimSpan(text, worst)
	worst.Line = lineOf(text, worst.Start)
	a.document(model.ReasonUnplaced, &worst, "%.0f%% of the plan's text belongs to no goal, task, item or unit", share*100)
	a.penalise(model.ReasonUnplaced, maxPenalty*(share-minUnplaced)/(1-minUnplaced))
}

// maxLabelRunes is the most runes a field label of a card layout holds
// before its colon (重点任务, 具体措施, 配合单位).
const maxLabelRunes = 6

// leadingLabel is the length of the label that ends gap, the text before
// a placed span, at the start of its last line: 重点任务： or 牵头单位:
// leading the task or units the parser placed after it. A card layout
// labels every field so; the label is the layout's, not text left out.
func leadingLabel(gap string) int {
	line := gap[strings.LastIndexByte(gap, '\n')+1:]
	label := source.TrimRight(line, " \t\u3000")
	r, n := utf8.DecodeLastRuneInString(label)
	if r != '：' && r != ':' {
		return 0
	}
	name := strings.TrimSpace(label[:len(label)-n])
	if name == "" || utf8.RuneCountInString(name) > maxLabelRunes {
		return 0
	}
	for _, r := range name {
		if !unicode.Is(unicode.Han, r) {
			return 0
		}
	}
	return len(line)
}

// spanArrays keeps checkUnplaced's list of spans between documents: a
// large plan places thousands, read once and dropped.
var spanArrays pool.Arrays[model.Span]

// appendTail appends the lines of the metadata read after a plan may
// stand: the signature (发文机关署名 and 成文日期), the 附注, the 版记 (抄送
// list, 印发机关 and 印发日期) and a portal's metadata box printed below the
// notice — a notice's closing lines, not a plan's text left out. Each
// field counts with its whole line, so a box's labels are placed too.
func appendTail(spans []model.Span, m *model.Meta, text string) []model.Span {
	eachTail(m, func(f *model.Field) { spans = append(spans, wholeLines(text, f.Span)) })
	return spans
}

// eachTail calls add with each field of m appendTail places.
func eachTail(m *model.Meta, add func(*model.Field)) {
	for i := range m.CC {
		add(&m.CC[i])
	}
	for i := range m.Issuers {
		add(&m.Issuers[i])
	}
	for _, f := range []*model.Field{m.PrintedBy, m.PrintedDate, m.SignedDate, m.Publicity} {
		if f != nil {
			add(f)
		}
	}
	if b := m.Portal; b != nil {
		for i := range b.Issuers {
			add(&b.Issuers[i])
		}
		for _, f := range []*model.Field{b.IndexNo, b.Category, b.Publisher, b.SignedDate, b.Title, b.DocNumber, b.PublishedDate} {
			if f != nil {
				add(f)
			}
		}
	}
}

// wholeLines widens sp to the lines it stands on.
func wholeLines(text string, sp model.Span) model.Span {
	start, end := min(sp.Start, len(text)), min(sp.End, len(text))
	start = strings.LastIndexByte(text[:start], '\n') + 1
	if k := strings.IndexByte(text[end:], '\n'); k >= 0 {
		end += k
	} else {
		end = len(text)
	}
	return model.Span{Start: start, End: end, Line: sp.Line}
}

// eachPlaced calls f with the span of everything the plan placed.
func eachPlaced(p *model.Plan, f func(model.Span)) {
	add := func(sp model.Span) {
		if sp.End > sp.Start {
			f(sp)
		}
	}
	for _, fl := range []*model.Field{p.Title, p.Preamble} {
		if fl != nil {
			add(fl.Span)
		}
	}
	for gi := range p.Goals {
		g := &p.Goals[gi]
		add(g.Span)
		if g.Text != nil {
			add(g.Text.Span)
		}
		for ti := range g.Tasks {
			t := &g.Tasks[ti]
			add(t.Span)
			for ii := range t.Items {
				it := &t.Items[ii]
				add(it.Span)
				if it.UnitsSpan != nil {
					add(*it.UnitsSpan)
				}
				for _, u := range it.Units {
					add(u.Span) // a second unit cell lies outside UnitsSpan
				}
				for _, d := range it.Deadlines {
					add(d.Span)
				}
			}
		}
	}
	for _, c := range p.Closing {
		add(c.Span)
	}
}

// contentBytes counts the bytes of s that are not white space or
// punctuation (nor a rune drawing a table rendering: tableRule).
// The unified ideographs, most of a gap, are neither and skip the Unicode
// tables.
func contentBytes(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r >= 0x4E00 && r <= 0x9FFF:
			n += 3
		case !unicode.IsSpace(r) && !unicode.IsPunct(r) && !tableRule(r):
			n += utf8.RuneLen(r)
		}
	}
	return n
}

// tableRule reports a rune that draws a table rather than writes in it:
// a bar the parser reads as a cell separator (|, the full-width ｜, the
// broken bar ¦) or a box-drawing rune (│ ─ ┼ …, U+2500–U+257F).
func tableRule(r rune) bool {
	return r == '|' || r == '｜' || r == '¦' || r >= 0x2500 && r <= 0x257F
}

// trimSpan narrows sp to the text without its surrounding white space.
func trimSpan(text string, sp model.Span) model.Span {
	t := text[sp.Start:sp.End]
	sp.Start += len(t) - len(strings.TrimLeftFunc(t, unicode.IsSpace))
	sp.End -= len(t) - len(strings.TrimRightFunc(t, unicode.IsSpace))
	return sp
}

// merge sorts spans and joins those that overlap or touch.
func merge(spans []model.Span) []model.Span {
	byStart := func(a, b model.Span) int { return a.Start - b.Start }
	if !slices.IsSortedFunc(spans, byStart) { // a plan's spans mostly come in order
		slices.SortFunc(spans, byStart)
	}
	out := spans[:1]
	for _, sp := range spans[1:] {
		last := &out[len(out)-1]
		if sp.Start <= last.End {
			last.End = max(last.End, sp.End)
			continue
		}
		out = append(out, sp)
	}
	return out
}

// addSpan appends sp to spans, or extends the last span when sp starts
// within or right after it (a plan's spans mostly come in order): merge
// makes the same union of them, and a large plan's list stays short.
func addSpan(spans []model.Span, sp model.Span) []model.Span {
	if n := len(spans); n > 0 && extends(spans[n-1], sp) {
		spans[n-1].End = max(spans[n-1].End, sp.End)
		return spans
	}
	return append(spans, sp)
}

// extends tells whether sp starts within or right after last, so that
// addSpan extends last rather than appending sp.
func extends(last, sp model.Span) bool { return sp.Start >= last.Start && sp.Start <= last.End }

// placedCount returns how many spans checkUnplaced's list holds once the
// plans are placed (addSpan's appends), with room for appendTail's.
func placedCount(a *assessor) int {
	n := 0
	var last model.Span
	for _, p := range a.plans() {
		eachPlaced(p.Plan, func(sp model.Span) {
			if n > 0 && extends(last, sp) {
				last.End = max(last.End, sp.End)
				return
			}
			n, last = n+1, sp
		})
	}
	eachTail(&a.doc.Meta, func(*model.Field) { n++ })
	return n
}

// lineOf is the 1-based line of byte offset off.
func lineOf(text string, off int) int {
	return strings.Count(text[:max(0, min(off, len(text)))], "\n") + 1
}
