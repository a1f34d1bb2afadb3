package quality

import (
	"strconv"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// elem is a flaggable element of the plan: its place in the tree (goal,
// task, item and unit index, -1 below its level), what it says and its
// Flags to add to. Paths are built only for flagged elements.
type elem struct {
	at             string // the plan's JSON Pointer: /plan, or /plans/N for a further plan
	gi, ti, ii, ui int
	id, text       string
	span           model.Span
	flags          *[]string
}

// path is the element's JSON Pointer in the Document.
func (e elem) path() string {
	var buf [64]byte
	b := append(append(buf[:0], e.at...), "/goals/"...)
	b = strconv.AppendInt(b, int64(e.gi), 10)
	for _, p := range []struct {
		name string
		i    int
	}{{"/tasks/", e.ti}, {"/items/", e.ii}, {"/units/", e.ui}} {
		if p.i < 0 {
			break
		}
		b = strconv.AppendInt(append(b, p.name...), int64(p.i), 10)
	}
	return string(b)
}

// planAt is a plan of the Document and the JSON Pointer it sits at.
type planAt struct {
	*model.Plan
	at string
}

// plans lists the Document's plans (listPlans, read once by Assess).
func (a *assessor) plans() []planAt { return a.planList }

// workPlans lists the plans of a work plan, none of another kind: a
// notice's own headings are no plan's levels, and its numbering no plan's.
func (a *assessor) workPlans() []planAt {
	if a.doc.Kind != model.KindWorkPlan {
		return nil
	}
	return a.planList
}

// listPlans lists the Document's plans: Plan at /plan, and the further
// plans of a notice that attaches several at /plans/1, /plans/2 ….
func listPlans(doc *model.Document) []planAt {
	if doc.Plan == nil {
		return nil
	}
	out := make([]planAt, 1, max(1, len(doc.Plans)))
	out[0] = planAt{doc.Plan, "/plan"}
	for k := 1; k < len(doc.Plans); k++ {
		out = append(out, planAt{doc.Plans[k], "/plans/" + strconv.Itoa(k)})
	}
	return out
}

func goalElem(p planAt, gi int) elem {
	g := &p.Goals[gi]
	return elem{at: p.at, gi: gi, ti: -1, ii: -1, ui: -1, id: g.ID, text: source.TrimSpace(g.No + " " + g.Title), span: g.Span, flags: &g.Flags}
}

func taskElem(p planAt, gi, ti int) elem {
	t := &p.Goals[gi].Tasks[ti]
	return elem{at: p.at, gi: gi, ti: ti, ii: -1, ui: -1, id: t.ID, text: t.Title, span: t.Span, flags: &t.Flags}
}

func itemElem(p planAt, gi, ti, ii int) elem {
	it := &p.Goals[gi].Tasks[ti].Items[ii]
	return elem{at: p.at, gi: gi, ti: ti, ii: ii, ui: -1, id: it.ID, text: it.Text, span: it.Span, flags: &it.Flags}
}

func unitElem(p planAt, gi, ti, ii, ui int) elem {
	it := &p.Goals[gi].Tasks[ti].Items[ii]
	u := &it.Units[ui]
	return elem{at: p.at, gi: gi, ti: ti, ii: ii, ui: ui, id: it.ID, text: u.Name, span: u.Span, flags: &u.Flags}
}

// eachItem calls f with the indices of every item of the plan, in order.
func eachItem(p *model.Plan, f func(gi, ti, ii int, it *model.Item)) {
	if p == nil {
		return
	}
	for gi := range p.Goals {
		for ti := range p.Goals[gi].Tasks {
			items := p.Goals[gi].Tasks[ti].Items
			for ii := range items {
				f(gi, ti, ii, &items[ii])
			}
		}
	}
}

// firstWorkText finds the first element of a work plan whose text hit
// holds for: a goal's paragraph (when goals is set), a task's title or an
// item's text, read in the plan's order.
func (a *assessor) firstWorkText(goals bool, hit func(string) bool) (elem, bool) {
	for _, p := range a.workPlans() {
		for gi := range p.Goals {
			g := &p.Goals[gi]
			if goals && g.Text != nil && hit(g.Text.Value) {
				return goalElem(p, gi), true
			}
			for ti := range g.Tasks {
				t := &g.Tasks[ti]
				if hit(t.Title) {
					return taskElem(p, gi, ti), true
				}
				for ii := range t.Items {
					if hit(t.Items[ii].Text) {
						return itemElem(p, gi, ti, ii), true
					}
				}
			}
		}
	}
	return elem{}, false
}

// firstItem finds the first item of plans that hit holds for, read in the
// plans' order.
func firstItem(plans []planAt, hit func(*model.Item) bool) (elem, bool) {
	for _, p := range plans {
		if p.Plan == nil {
			continue
		}
		for gi := range p.Goals {
			for ti := range p.Goals[gi].Tasks {
				items := p.Goals[gi].Tasks[ti].Items
				for ii := range items {
					if hit(&items[ii]) {
						return itemElem(p, gi, ti, ii), true
					}
				}
			}
		}
	}
	return elem{}, false
}

// marksFirstItem flags the first item of a work plan that hit holds for
// (marks_in_text: another cell or clause inside the item) with the
// message, and penalises the Document for it once.
func (a *assessor) marksFirstItem(hit func(*model.Item) bool, message string) {
	if el, ok := firstItem(a.workPlans(), hit); ok {
		a.element(model.ReasonMarksInText, el, message)
		a.penalise(model.ReasonMarksInText, penaltyMarksInText)
	}
}

// firstUnit finds the first unit of the plan that hit holds for, given
// its item and its index there, read in the plan's order.
func firstUnit(p planAt, hit func(it *model.Item, ui int) bool) (elem, bool) {
	if p.Plan == nil {
		return elem{}, false
	}
	for gi := range p.Goals {
		for ti := range p.Goals[gi].Tasks {
			items := p.Goals[gi].Tasks[ti].Items
			for ii := range items {
				for ui := range items[ii].Units {
					if hit(&items[ii], ui) {
						return unitElem(p, gi, ti, ii, ui), true
					}
				}
			}
		}
	}
	return elem{}, false
}

// firstGoalProse finds the first goal of the work plans whose own prose
// hit holds for.
func (a *assessor) firstGoalProse(hit func(string) bool) (elem, bool) {
	for _, p := range a.workPlans() {
		for gi := range p.Goals {
			if g := &p.Goals[gi]; g.Text != nil && hit(g.Text.Value) {
				return goalElem(p, gi), true
			}
		}
	}
	return elem{}, false
}

// flagRepeated flags, in the first work plan where scan sees at least
// min elements, the first of them (reason, message, penalty): a shape one
// element may hold by chance, a column's cells run into the text hold
// again and again. scan calls see on each element of the plan p it
// finds, in the plan's order.
func (a *assessor) flagRepeated(min int, reason string, penalty float64, message string, scan func(p planAt, see func(elem))) {
	for _, p := range a.workPlans() {
		n, first := 0, elem{}
		scan(p, func(el elem) {
			if n++; n == 1 {
				first = el
			}
		})
		if n >= min {
			a.element(reason, first, message)
			a.penalise(reason, penalty)
			return
		}
	}
}
