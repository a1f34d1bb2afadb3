package quality

import (
	"slices"
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/role"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
	"github.com/zwgk/gongwen/segment"
)

// checkListRoles flags the first unit of a plan read with another role
// than the unit before it in one list — nothing but a separator between
// them (市委宣传部、市政府新闻办; listGap, save a comma, which may close a
// labelled clause before the next clause's units and their verb, or part
// the cells of a CSV row). A role word or a label that parts two roles
// stands between the lists it parts, and a cell rule, a tab or a line
// break between two cells, so one list names its units in one role: a
// unit swapped into the lead or out of it where a table's cell names two
// (规划建设局 | 国土分局、财政局) shows nowhere else. A unit read as the lead
// before one read otherwise is left alone where the text may state a
// document-wide rule that makes a list's first unit the lead (列第一位者为
// 牵头单位: role.MayStateRule). It runs where no earlier check flagged a
// unit's role: one reason is enough (unit_role).
func checkListRoles(a *assessor) {
	if a.penalised(model.ReasonUnitRole) {
		return
	}
	text := a.ev.Text
	for _, p := range a.plans() {
		el, ok := firstUnit(p, func(it *model.Item, ui int) bool {
			if ui == 0 {
				return false
			}
			x, y := it.Units[ui-1], it.Units[ui]
			if x.Role == y.Role || !(listGap(text, x.Span, y.Span) || wrappedListGap(text, x.Span, y.Span)) || commaGap(text, x.Span, y.Span) {
				return false
			}
			return (x.Role != model.RoleLead || !a.mayStateRule()) && !copulaAfter(textOf(a.ev), it)
		})
		if ok {
			a.element(model.ReasonUnitRole, el, "read with another role than the unit before it in the same list")
			a.penalise(model.ReasonUnitRole, penaltyRoleWord)
			return
		}
	}
}

// maxWrapGap bounds the text between two units of one list wrapped in
// its cell: the 、, the line's last rule, the next line's blank cells.
const maxWrapGap = 240

// wrappedListGap tells whether the text between the spans x and y, in this
// order, is a 、 right after x and then nothing but the cell wrapping it
// (spaces, rules, a line break and the blank cells before y's on the next
// line: │头，市公安局、│ / │    │    │市税务局配合): the list goes on in the
// same cell.
func wrappedListGap(text string, x, y model.Span) bool {
	if !spanIn(text, x) || !spanIn(text, y) || y.Start < x.End || y.Start-x.End > maxWrapGap {
		return false
	}
	gap, ok := strings.CutPrefix(text[x.End:y.Start], "、")
	if !ok || strings.IndexByte(gap, '\n') < 0 {
		return false
	}
	return strings.Trim(gap, " \t\r\n\u3000|｜│") == ""
}

// commaGap tells whether what parts two units, spaces aside, is a comma.
func commaGap(text string, x, y model.Span) bool {
	gap := strings.Trim(text[x.End:y.Start], " \u3000")
	return gap == "，" || gap == ","
}

// leadWords are what gives a unit the lead, in simplified script: the
// lead's verbs and label heads (牵头, 主抓, 主办 …), 会同 (由市发改委会同
// 市财政局负责: the first leads), 牵 alone, which a cell wrapped one
// character a line parts from its 头 (a document-wide rule names 牵头 too),
// and the marks of a responsibility matrix that lead without a legend (●).
var leadWords = slices.Concat([]string{"牵"}, role.Words(role.Verbs, model.RoleLead), role.Words(role.LabelHeads, model.RoleLead), []string{"会同"}, table.DefaultMarks(model.RoleLead))

// checkUnsaidLead flags the first unit of the Document read as the lead
// in a text that holds no word giving one (leadWords): a column or a unit
// whose role was typed by guess, or swapped, where the text names every
// unit responsible; where no earlier check flagged a unit's role
// (unit_role).
func checkUnsaidLead(a *assessor) {
	if a.penalised(model.ReasonUnitRole) {
		return
	}
	var el elem
	found := false
	for _, p := range a.plans() {
		if el, found = firstUnit(p, func(it *model.Item, ui int) bool { return it.Units[ui].Role == model.RoleLead }); found {
			break
		}
	}
	if !found || saysLead(a.ev) {
		return
	}
	a.element(model.ReasonUnitRole, el, "read as the lead, but no word of the text gives a unit the lead (牵头, 主抓, 会同 …)")
	a.penalise(model.ReasonUnitRole, penaltyRoleWord)
}

// saysLead tells whether the evidence's text holds one of leadWords, in
// either script: 牵 first, which most texts that lead hold, and 牽 before
// the whole text is folded.
func saysLead(ev *Evidence) bool {
	text := ev.Text
	for pass := 0; pass < 2; pass++ {
		for _, w := range leadWords {
			if source.Contains(text, w) {
				return true
			}
		}
		if ev.Settled {
			return false
		}
		if source.Contains(text, "牽") {
			return true // 牽 folds to 牵: no need to fold the whole text
		}
		text = segment.ToSimplified(text) // rare: a lead read and no word found
	}
	return false
}
