package quality

import (
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/docmeta"
)

// penaltyFooterUnit is the penalty of a unit read from a portal's footer:
// the site's owner given as the last item's lead unit.
const penaltyFooterUnit = 0.3

// checkFooterUnit reports a unit of a plan's last item read from a line
// of the page's footer (主办单位：某市某局, 主办：…　技术支持：…) where the
// page shows it is one: the line, or the footer line under it, names a
// label only a footer holds (技术支持, 网站标识码), or it stands under the
// page's closing furniture (分享到, 【打印】【关闭】). A plan's own 主办单位：
// and 承办单位： fields are no footer. A footer glued under the last row
// gives that row the site's owner as a unit. The unit is flagged
// (unit_name).
func checkFooterUnit(a *assessor) {
	text := a.ev.Text
	for _, p := range a.plans() {
		e, ok := lastPlanElem(p)
		if !ok || e.ii < 0 {
			continue
		}
		it := &p.Goals[e.gi].Tasks[e.ti].Items[e.ii]
		for ui := range it.Units {
			sp := it.Units[ui].Span
			if sp.End <= sp.Start || sp.End > len(text) || !footerAt(text, sp.Start) {
				continue
			}
			a.element(model.ReasonUnitName, unitElem(p, e.gi, e.ti, e.ii, ui), "read from a line of the page's footer: the site's owner, not a unit of the item")
			a.penalise(model.ReasonUnitName, penaltyFooterUnit)
			return
		}
	}
}

// footerAt tells whether the line holding offset at is a footer line
// (docmeta.FooterLine) the page shows to be one (checkFooterUnit).
func footerAt(text string, at int) bool {
	start, end := lineBounds(text, at)
	line := strings.TrimSpace(text[start:end])
	if !docmeta.FooterLine(line) {
		return false
	}
	if docmeta.SiteFooterLabel(line) {
		return true
	}
	if next := nextLine(text, end); next != "" && docmeta.FooterLine(next) && docmeta.SiteFooterLabel(next) {
		return true
	}
	prev := prevLine(text, start)
	return prev != "" && (docmeta.Furniture(prev) || shareBar(prev))
}

// lineBounds returns the start and end of the line holding offset at
// (wholeLines).
func lineBounds(text string, at int) (int, int) {
	sp := wholeLines(text, model.Span{Start: at, End: at})
	return sp.Start, sp.End
}

// nextLine is the first non-blank line after the line ending at end
// (its '\n' or the text's end), trimmed, or "".
func nextLine(text string, end int) string {
	for at := end + 1; at < len(text); {
		_, e := lineBounds(text, at)
		if l := strings.TrimSpace(text[at:e]); l != "" {
			return l
		}
		at = e + 1
	}
	return ""
}

// prevLine is the last non-blank line before the line starting at start,
// trimmed, or "".
func prevLine(text string, start int) string {
	for end := start - 1; end > 0; {
		s, _ := lineBounds(text, end)
		if l := strings.TrimSpace(text[s:end]); l != "" {
			return l
		}
		end = s - 1
	}
	return ""
}
