package parse

import (
	"fmt"
	"slices"
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// addFurtherPlans reads the plans of the attachments after the first
// (附件2, 附件3 …) into doc.Plans, after doc.Plan, which stays the first
// plan. Each attachment's text, from its 附件N label to the next one or to
// the 版记, is read as a document of its own; its plan keeps its own title
// and tree, with spans moved back into the whole text and IDs under
// doc.ID/pN. An attachment that holds no plan (or only rows under no
// title and no 一、) is left out, and the warning
// that the plan region ended there is kept only when none was read.
func addFurtherPlans(doc *model.Document, src *source.Source, lines []line, from, to int) *model.Document {
	if doc.Plan == nil || doc.Kind != model.KindWorkPlan || from >= to {
		return doc
	}
	starts := []int{}
	for i := from; i < to; i++ {
		if _, ok := laterAttachment(lines[i].s.S); ok && lines[i].kind == lineText {
			starts = append(starts, i)
		}
	}
	end := src.SpanAll(lines[to-1].s).End
	var more []*model.Plan
	var warns []model.Warning
	for k, i := range starts {
		s := lines[i].s
		n, _ := laterAttachment(s.S)
		a := s.SrcEnd(n)
		b := end
		if k+1 < len(starts) {
			b = src.SpanAll(lines[starts[k+1]].s).Start
		}
		p, ws := attachmentPlan(src, a, b, fmt.Sprintf("%s/p%d", doc.ID, len(more)+2))
		if p == nil {
			continue
		}
		if p.Year == 0 {
			p.Year = doc.Plan.Year
		}
		readCommitments(src, p, &doc.Meta)
		more = append(more, p)
		warns = append(warns, ws...)
	}
	if len(more) == 0 {
		return doc
	}
	doc.Plans = append([]*model.Plan{doc.Plan}, more...)
	// The plan region's end is no longer unread text.
	first := src.SpanAll(lines[from].s).Start
	kept := doc.Warnings[:0]
	for _, w := range doc.Warnings {
		if w.Code == model.WarnUnplaced && w.Span != nil && w.Span.Start == first {
			continue
		}
		kept = append(kept, w)
	}
	doc.Warnings = append(kept, warns...)
	return doc
}

// attachmentPlan reads the text at [a, b) of the source as a document of
// its own and returns its plan, placed in the whole text, or nil when it
// holds none.
func attachmentPlan(src *source.Source, a, b int, id string) (*model.Plan, []model.Warning) {
	if a >= b {
		return nil, nil
	}
	sub := build(src.Text[a:b])
	p := sub.Plan
	// A later attachment without a plan title of its own nor numbered
	// goals (一、) is a list that goes with the plan (联络员名单, 回执),
	// not a second plan: its rows would be read as goals of the notice.
	if p == nil || sub.Kind != model.KindWorkPlan || (p.Title == nil && !numberedGoals(p)) {
		return nil, nil
	}
	mv := spanMover{src: src, off: a}
	p.Title, p.Preamble = mv.field(p.Title), mv.field(p.Preamble)
	for i := range p.Closing {
		p.Closing[i].Span = mv.span(p.Closing[i].Span)
	}
	for gi := range p.Goals {
		g := &p.Goals[gi]
		g.ID = id + strings.TrimPrefix(g.ID, sub.ID)
		g.Span, g.Text = mv.span(g.Span), mv.field(g.Text)
		for ti := range g.Tasks {
			t := &g.Tasks[ti]
			t.ID = id + strings.TrimPrefix(t.ID, sub.ID)
			t.Span = mv.span(t.Span)
			for ii := range t.Items {
				it := &t.Items[ii]
				it.ID = id + strings.TrimPrefix(it.ID, sub.ID)
				it.Span = mv.span(it.Span)
				if it.UnitsSpan != nil {
					sp := mv.span(*it.UnitsSpan)
					it.UnitsSpan = &sp
				}
				for ui := range it.Units {
					it.Units[ui].Span = mv.span(it.Units[ui].Span)
				}
				// Read again against the whole notice (its year and date).
				it.Deadlines, it.Frequency, it.Targets = nil, nil, nil
			}
		}
	}
	var warns []model.Warning
	for _, w := range sub.Warnings {
		if w.Span != nil {
			sp := mv.span(*w.Span)
			w.Span = &sp
		}
		warns = append(warns, w)
	}
	return p, warns
}

// numberedGoals reports whether every goal of p has an ordinal (一、).
func numberedGoals(p *model.Plan) bool {
	for _, g := range p.Goals {
		if g.No == "" {
			return false
		}
	}
	return len(p.Goals) > 0
}

// spanMover moves spans of a piece of the source starting at off back
// into the whole source.
type spanMover struct {
	src *source.Source
	off int
}

func (m spanMover) span(s model.Span) model.Span {
	if s.IsZero() {
		return s
	}
	return m.src.Span(s.Start+m.off, s.End+m.off)
}

func (m spanMover) field(f *model.Field) *model.Field {
	if f == nil {
		return nil
	}
	f.Span = m.span(f.Span)
	return f
}

// issuingNoticeVerbs open what an issuing notice's title issues: 关于印发X的通知.
var issuingNoticeVerbs = []string{"印发", "转发", "下发", "颁发"}

// issuedDocument returns the document an issuing notice's title issues:
// …关于印发X的通知 → X, 关于转发《X》的通知 → X. A 转发 notice quoting the
// notice that issued a plan (现将《市政府办公室关于印发X的通知》转发给你们)
// thereby names the plan X, as its 附件 line does. Traditional script is
// folded for the search; X is returned as written.
func issuedDocument(title source.Str) (source.Str, bool) {
	typ, fold, a, b, ok := aboutObject(title.S, issuingNoticeVerbs)
	if !ok || typ != "通知" || !slices.ContainsFunc(issuingNoticeVerbs, func(v string) bool { return strings.HasSuffix(fold[:a], "关于"+v) }) {
		return source.Str{}, false
	}
	// 《X》, or 〈X〉 when the whole title is itself quoted in 《》
	for _, q := range [][2]string{{"《", "》"}, {"〈", "〉"}} {
		if strings.HasPrefix(fold[a:b], q[0]) && strings.HasSuffix(fold[a:b], q[1]) {
			a, b = a+len(q[0]), b-len(q[1])
			break
		}
	}
	x := title.Slice(a, b).TrimSpace()
	if x.S == "" || strings.ContainsAny(fold[a:b], "《》〈〉") {
		return source.Str{}, false
	}
	return x, true
}

// replyTypes are the 文种 of a document that answers or asks about another
// (a 批复 approves a plan, a 请示 asks to have one approved): a plan its
// title names is the plan it is about, not the document itself.
var replyTypes = []string{"批复", "复函", "答复", "请示"}

// approvalVerbs may open what a reply's title is about: 关于同意《X》的批复.
var approvalVerbs = []string{"同意", "批准", "审定", "审批", "报批"}

// repliedPlan returns the plan a reply's title is about: …关于(同意)《Y》的批复
// → Y, when the title ends in one of replyTypes and Y ends in a plan word.
// Traditional script is folded for the search; the plan is returned as
// written.
func repliedPlan(title source.Str) (source.Str, bool) {
	typ, fold, a, b, ok := aboutObject(title.S, approvalVerbs)
	if !ok || !slices.Contains(replyTypes, typ) {
		return source.Str{}, false
	}
	if open, close := strings.HasPrefix(fold[a:b], "《"), strings.HasSuffix(fold[a:b], "》"); open && close {
		a, b = a+len("《"), b-len("》")
	}
	y := title.Slice(a, b).TrimSpace()
	if y.S == "" || strings.ContainsAny(fold[a:b], "《》") || !endsInPlanWord(y.S) {
		return source.Str{}, false
	}
	return y, true
}
