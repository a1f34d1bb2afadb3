package quality

import (
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/docmeta"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// strongReport is the number of report marks that make a report without a
// title certain: one more than the parser's minimum and a template table
// (two marks) beyond it. Fewer, and no template table read, is weak.
const strongReport = 4

// checkWeakKind reports a kind decided on thin evidence: a notice (or
// nothing) without a plan tree whose text has heading ordinals the tree
// did not read, or paragraphs closing on unit clauses (clauseEnds);
// nothing at all; a
// report without a title recognised by few marks of the genre and none of
// the national template's tables; a work plan recognised by its headings
// alone, with no unit in it and no plan title.
func checkWeakKind(a *assessor) {
	d, ev := a.doc, a.ev
	noPlan := (d.Kind == model.KindUnknown || d.Kind == model.KindNotice) && (d.Plan == nil || len(d.Plan.Goals) == 0)
	ends := 0
	if noPlan {
		ends = clauseEnds(ev.Text[:min(len(ev.Text), maxMarksText)])
	}
	switch {
	case noPlan && a.marks().headings:
		a.document(model.ReasonWeakKind, nil, "taken for a %s without a plan, but the text has heading ordinals (一、 （一）) that no goal or task was read from", d.Kind)
	case ends >= minClauseEnds:
		a.document(model.ReasonWeakKind, nil, "taken for a %s without a plan, but %d paragraphs close on a unit clause in brackets (（…牵头）, （责任单位：…）), as a plan's items do", d.Kind, ends)
	case noPlan && d.Meta.IssuedTitle != nil && titledAgain(a.ev.Text, d.Meta.IssuedTitle.Value):
		a.document(model.ReasonWeakKind, nil, "taken for a %s without a plan, but the title of the plan it issues (%s) stands again in the text, as an attached plan's does", d.Kind, d.Meta.IssuedTitle.Value)
	case d.Kind == model.KindUnknown:
		a.document(model.ReasonWeakKind, nil, "no notice header, plan or report was recognised")
	case d.Kind == model.KindAnnualReport && ev.Kind == KindByReportMarks && ev.ReportMarks < strongReport && (d.Report == nil || d.Report.Tables == nil):
		a.document(model.ReasonWeakKind, nil, "taken for an annual report on %d marks of the genre, without a report title or template table", ev.ReportMarks)
	case d.Kind == model.KindWorkPlan && d.Plan != nil && d.Plan.Title == nil && !hasUnits(d.Plan):
		a.document(model.ReasonWeakKind, nil, "taken for a work plan on its headings alone: no plan title, no unit")
	default:
		return
	}
	a.penalise(model.ReasonWeakKind, penaltyWeakKind)
}

// linkName reports whether s can be one more name in a page's list of
// attachment links: short, no sentence.
func linkName(s string) bool {
	return !strings.ContainsAny(s, "。；：:") && !source.MoreRunes(s, 60)
}

func hasUnits(p *model.Plan) bool {
	found := false
	eachItem(p, func(_, _, _ int, it *model.Item) { found = found || len(it.Units) > 0 })
	return found
}

// titledAgain reports whether title (white space aside) stands on a line
// of its own in text, or over two lines, as an attached plan's title does;
// where a notice names it (《》, 印发…的通知, 附件：) it shares its line,
// and where a page links it, under 相关附件： or 附件下载：, it is a link's
// name.
func titledAgain(text, title string) bool {
	title = source.Squeeze(title)
	if title == "" {
		return false
	}
	prev, link := "", false
	for ln := range strings.Lines(text[:min(len(text), maxMarksText)]) {
		cur := source.Squeeze(ln)
		if cur == "" {
			continue
		}
		wasLink := link
		n, labelled := docmeta.Labelled(cur, "相关附件", "附件下载")
		link = labelled && n == len(cur) || wasLink && !labelled && linkName(cur)
		if wasLink {
			continue
		}
		if cur == title || prev != "" && prev+cur == title {
			return true
		}
		prev = ""
		if strings.HasPrefix(title, cur) {
			prev = cur
		}
	}
	return false
}
