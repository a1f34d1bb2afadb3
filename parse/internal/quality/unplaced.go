package quality

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
)

// minUnplaced is the share of the plan's text that may stay outside every
// goal, task, item and unit before it is a reason: separators, page
// numbers and a closing line are normal, a whole paragraph is not.
const minUnplaced = 0.2

// checkUnplaced measures how much of the plans' text (from the first text
// placed in a plan, or reported unplaced, to the end of the text) no
// element of a plan covers: goal, task, item, unit, deadline, preamble or
// closing. A large share means a layout the tree did not follow.
func checkUnplaced(a *assessor) {
	if a.doc.Kind != model.KindWorkPlan {
		return // a notice's headings are kept, its text is not a plan's to place
	}
	plans := a.plans()
	n := len(a.ev.Consumed)
	for _, p := range plans {
		eachPlaced(p.Plan, func(model.Span) { n++ })
	}
	placed := make([]model.Span, 0, n) // sized once: a large plan has many
	for _, p := range plans {
		eachPlaced(p.Plan, func(sp model.Span) { placed = append(placed, sp) })
	}
	if len(placed) == 0 {
		return
	}
	from := merge(placed)[0].Start
	for _, w := range a.doc.Warnings {
		if w.Code == model.WarnUnplaced && w.Span != nil {
			from = min(from, w.Span.Start)
		}
	}
	spans := merge(append(placed, a.ev.Consumed...))
	text := a.ev.Text
	total, uncovered := 0, 0
	var worst, run model.Span // the longest uncovered stretch
	k := 0
	for i := from; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		for k < len(spans) && spans[k].End <= i {
			k++
		}
		covered := k < len(spans) && spans[k].Start <= i
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) && r != '|' {
			total++
			if !covered {
				uncovered++
				if run.End != i {
					run = model.Span{Start: i}
				}
				run.End = i + n
				if run.End-run.Start > worst.End-worst.Start {
					worst = run
				}
			}
		}
		if !covered && run.End == i && (unicode.IsSpace(r) || unicode.IsPunct(r)) {
			run.End = i + n // separators do not break a stretch
		}
		i += n
	}
	if total == 0 {
		return
	}
	share := float64(uncovered) / float64(total)
	if share <= minUnplaced {
		return
	}
	worst.Line = lineOf(text, worst.Start)
	a.document(model.ReasonUnplaced, &worst, "%.0f%% of the plan's text belongs to no goal, task, item or unit", share*100)
	a.penalise(model.ReasonUnplaced, maxPenalty*(share-minUnplaced)/(1-minUnplaced))
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

// merge sorts spans and joins those that overlap or touch.
func merge(spans []model.Span) []model.Span {
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
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

// lineOf is the 1-based line of byte offset off.
func lineOf(text string, off int) int {
	n := 1
	for i := 0; i < off && i < len(text); i++ {
		if text[i] == '\n' {
			n++
		}
	}
	return n
}
