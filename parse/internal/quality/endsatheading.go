package quality

import (
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// penaltyEndsAtHeading is the penalty of a text whose plan ends at a bare
// heading: review alone, as a cut inside a table row is.
const penaltyEndsAtHeading = 0.25

// checkEndsAtHeading reports a plan whose last element, with nothing but
// page furniture after it, is a heading with nothing under it — a goal
// without tasks, or a task whose only item is its own title — while the
// plan's other tasks hold items of their own: a plan never closes on a
// heading, so what it introduced was cut off or moved away. A heading
// that runs on into its own sentence (三、加强组织保障。各单位要…) is no
// bare heading. A plan made
// of bare headings (tasks read from their titles alone) is left alone.
func checkEndsAtHeading(a *assessor) {
	plans := a.plans()
	if len(plans) == 0 {
		return
	}
	text := a.ownWords()
	p := plans[len(plans)-1]
	gi := len(p.Goals) - 1
	if gi < 0 || a.signedAfter(model.Span{Start: planEnd(p.Plan), End: planEnd(p.Plan)}) {
		return
	}
	var el elem
	g := &p.Goals[gi]
	switch ti := len(g.Tasks) - 1; {
	case ti < 0:
		el = goalElem(p, gi)
	case bareTask(&g.Tasks[ti]):
		el = taskElem(p, gi, ti)
	default:
		return
	}
	if el.span.End < len(text) || el.span.Start < 0 || el.span.Start > len(text) ||
		strings.ContainsAny(text[el.span.Start:], "。；;") || !fullTasks(p.Plan) {
		return
	}
	a.element(model.ReasonTruncated, el, "the plan ends at this heading with nothing under it")
	a.penalise(model.ReasonTruncated, penaltyEndsAtHeading)
}

// bareTask tells whether a task holds nothing but its heading: no item,
// or one item that repeats its title.
func bareTask(t *model.Task) bool {
	switch len(t.Items) {
	case 0:
		return true
	case 1:
		return source.TrimRight(source.TrimSpace(t.Items[0].Text), "。") == source.TrimSpace(t.Title)
	}
	return false
}

// fullTasks tells whether most tasks of the plan hold items of their own.
func fullTasks(p *model.Plan) bool {
	n, full := 0, 0
	for gi := range p.Goals {
		for ti := range p.Goals[gi].Tasks {
			n++
			if !bareTask(&p.Goals[gi].Tasks[ti]) {
				full++
			}
		}
	}
	return n >= 2 && mostly(full, n)
}
