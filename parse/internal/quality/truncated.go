package quality

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/docmeta"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/report"
	"github.com/zwgk/gongwen/segment/script"
)

// closers end a text that was not cut off: sentence ends, closing
// brackets and quotes, and the closing pipe (| or the full-width ｜) of a
// pipe table's row.
const closers = "。！？!?；;）)」』”\"》〉】]…|｜"

// checkTruncated reports a text that stops inside the plan or report: the
// last element runs to the end of the text and either the text stops in
// mid-sentence (or the parser left out a unit name the end cut off) or the
// element is an item still waiting for the units its plan gives every
// other item. The cut element is flagged.
func checkTruncated(a *assessor) {
	text := a.ownWords()
	if text == "" {
		return
	}
	midSentence := !endsClosed(text) || a.warned(model.WarnCutOff)
	end := len(text)
	if plans := a.plans(); len(plans) > 0 {
		p := plans[len(plans)-1] // the text ends in its last plan
		e, ok := lastPlanElem(p)
		if !ok || e.span.End > end || !cutAfter(text[min(a.placedEnd(e.span), end):]) || a.signedAfter(e.span) || endsInCell(p.Plan, e, text) || a.freeCellAfterDropped(p.Plan, e, text) {
			return
		}
		if !midSentence && !(e.ii >= 0 && waitsForUnits(p.Plan, e)) {
			return
		}
		a.element(model.ReasonTruncated, e, "the text stops inside this element")
		sp := e.span
		a.document(model.ReasonTruncated, &sp, "the text stops inside the plan; what followed is missing")
		a.penalise(model.ReasonTruncated, penaltyTruncated)
		return
	}
	if r := a.doc.Report; r != nil && midSentence && reportReachesEnd(r, end) && !a.endsSigned(text) && !endsInStatRow(r, text, a.signedAbove(text)) {
		sp := model.Span{Start: end, End: end, Line: lineOf(a.ev.Text, end)}
		a.document(model.ReasonTruncated, &sp, "the text stops in mid-sentence inside the report; what followed is missing")
		a.penalise(model.ReasonTruncated, penaltyTruncated)
	}
}

// withoutTrailingNoise cuts off the text's trailing lines that hold no Han
// character (page numbers, PAGE fields, rules) and trailing white space:
// what is left ends where the document's own words end.
func withoutTrailingNoise(text string) string {
	for {
		text = source.TrimRight(text, " \t\r\n\u3000\u00a0")
		// Read the last line from its end: a Han character keeps it, and
		// is found near the end where the document's words end.
		j := len(text)
		for j > 0 && text[j-1] != '\n' {
			r, n := script.DecodeLastRune(text[:j])
			if script.IsHan(r) {
				return text
			}
			j -= n
		}
		if j == 0 {
			return text // a single line
		}
		text = text[:j-1]
	}
}

// withoutClosingLines is text without its trailing noise and the web-page
// furniture a saved page closes with after the notice's last sentence
// (分享到：微信 微博, 附件下载：…, 打印本页) and the portal's footer below
// it (withoutFooter). What is left ends where the document's own words
// end, so a page's share bar or its 主办：… line is no cut sentence.
func withoutClosingLines(text string) string {
	for {
		text = withoutTrailingNoise(text)
		start := strings.LastIndexByte(text, '\n') + 1
		if start == 0 {
			return text
		}
		line := source.TrimSpace(text[start:])
		if docmeta.Furniture(line) || shareBar(line) {
			text = text[:start]
			continue
		}
		above, ok := withoutFooter(text)
		if !ok {
			return text
		}
		text = above
	}
}

// withoutFooter cuts off the text's last lines when they are a portal's
// footer lines (docmeta.FooterLine: 主办：…　承办：…, 联系电话：…) under the
// page's closing furniture (【打印本页】【关闭窗口】, 分享到) or naming what
// only a site's footer names (docmeta.SiteFooterLabel: 技术支持, 版权所有),
// as the parser's cleaning reads them (markFooter). Above such furniture
// and without such a label the same lines are the notice's own (主办单位：
// 市文明办 closing an activity plan), and ok is false.
func withoutFooter(text string) (above string, ok bool) {
	site := false // a footer line below names a site-only label
	for {
		text = withoutTrailingNoise(text)
		start := strings.LastIndexByte(text, '\n') + 1
		line := source.TrimSpace(text[start:])
		switch {
		case docmeta.Furniture(line) || shareBar(line):
			return text, true // the closing furniture, cut next
		case start == 0 || !docmeta.FooterLine(line):
			return text, site
		}
		site = site || docmeta.SiteFooterLabel(line)
		text = text[:start]
	}
}

// shareBar recognises a page's share bar: 分享到 and the sites after it
// (分享到：微信 微博 QQ空间), in either script.
func shareBar(line string) bool {
	return strings.HasPrefix(script.ToSimplified(line), "分享到")
}

// endsClosed tells whether text ends like a finished sentence. A pinyin
// annotation such as (chǎn), which some sites put after characters, is no
// closing bracket.
func endsClosed(text string) bool {
	r, _ := script.DecodeLastRune(text)
	if r == ')' {
		if k := strings.LastIndexByte(text, '('); k >= 0 && isPinyin(text[k+1:len(text)-1]) {
			return false
		}
	}
	return source.ContainsRune(closers, r)
}

func isPinyin(s string) bool {
	if s == "" || len(s) > 16 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) || r > 'ǜ' {
			return false
		}
	}
	return true
}

// waitsForUnits tells whether the item e has no units while most items of
// the plan have some: in a cut text its unit clause is what was cut. An
// item of a closing section that names no unit at all (保障措施,
// unitlessFrame) waits for none: the plan ended there. Nor does one of a
// section that names units for some of its items and none for one before
// it (加强组织领导 with no unit, 加大资金投入（县财政局负责）, 严格督查考核
// with none): the section gives units where it has them, its last item may
// be one without. A section naming none keeps the plan's rule.
func waitsForUnits(p *model.Plan, e elem) bool {
	g := &p.Goals[e.gi]
	if len(g.Tasks[e.ti].Items[e.ii].Units) > 0 || unitlessFrame(g) || unitlessBefore(g, e.ti, e.ii) {
		return false
	}
	items, withUnits := itemsWithUnits(p)
	return mostly(withUnits, items)
}

// unitlessBefore reports a section g that names units for some of its
// items and none for one before item ii of task ti.
func unitlessBefore(g *model.Goal, ti, ii int) bool {
	with, without := false, false
	for t := range g.Tasks {
		for i := range g.Tasks[t].Items {
			switch {
			case len(g.Tasks[t].Items[i].Units) > 0:
				with = true
			case t < ti || t == ti && i < ii:
				without = true
			}
		}
	}
	return with && without
}

// maxCutHan is the most Han characters that may follow the last element
// of a text cut off inside it: a unit name cut in mid-word (区政), or the
// cut last line of the element's sentence, stays after it.
const maxCutHan = 20

// cutAfter tells whether rest, the text after the last element, is short
// enough to be a fragment of it: no finished sentence, few characters.
func cutAfter(rest string) bool {
	return !source.Contains(rest, "。") && hanCount(rest, maxCutHan+1) <= maxCutHan
}

// placedEnd is where the text the parser placed or dropped by design ends,
// from the span of the last element on: a dropped 进展情况 cell after the
// last item belongs to it.
func (a *assessor) placedEnd(last model.Span) int {
	end := last.End
	for _, d := range a.ev.Consumed {
		if d.Start >= last.Start {
			end = max(end, d.End)
		}
	}
	return end
}

// lastPlanElem is the plan's last item, or its last task or goal when that
// has none.
func lastPlanElem(p planAt) (elem, bool) {
	gi := len(p.Goals) - 1
	if gi < 0 {
		return elem{}, false
	}
	ti := len(p.Goals[gi].Tasks) - 1
	if ti < 0 {
		return goalElem(p, gi), true
	}
	ii := len(p.Goals[gi].Tasks[ti].Items) - 1
	if ii < 0 {
		return taskElem(p, gi, ti), true
	}
	return itemElem(p, gi, ti, ii), true
}

// reportReachesEnd tells whether the report's last section body or stat
// runs to the end of the text.
func reportReachesEnd(r *model.Report, end int) bool {
	for _, s := range r.Sections {
		if s.Body.End >= end {
			return true
		}
	}
	for _, s := range r.Stats {
		if s.Span.End >= end-utf8.UTFMax*8 {
			return true
		}
	}
	return false
}

// endsInStatRow tells whether text ends in the last cell of a whole table
// row, a stat, in the report's last section (其他需要报告的事项): a
// statistics form placed there closes the report on its last row (接受
// 培训人员数 | 人次 | 46), its number standing where a sentence has its 。.
// So does a statistics form attached after the signature (某镇人民政府 /
// 2013年3月25日, then 附表 and the form), signed above its last row: the
// report ended at its signature, whatever section heading stands last.
// A template table of an earlier section (二、三、四) is followed by
// more sections, and a text ending in one was cut; a row with fewer cells
// than the rows above it (cutRow) was cut too.
func endsInStatRow(r *model.Report, text string, signedAbove bool) bool {
	if len(r.Sections) == 0 || !signedAbove && !report.ClosingSection(r.Sections[len(r.Sections)-1].Heading) {
		return false
	}
	text = strings.TrimRight(text, " \t\r")
	at := strings.LastIndexByte(text, '\n') + 1
	if cellCount(text[at:]) < 2 {
		return false
	}
	if _, cut := cutRow(text); cut {
		return false
	}
	last := strings.LastIndexByte(text, '\t') + 1 // the row's last cell
	for _, s := range r.Stats {
		if s.Span.End == len(text) && s.Span.Start >= last {
			return true
		}
	}
	return false
}

// endsSigned tells whether text ends with the signature date: a report
// signed at its end (某某局 / 2014年3月20日) is whole, though its last line
// is no sentence.
func (a *assessor) endsSigned(text string) bool {
	d := a.doc.Meta.SignedDate
	if d == nil || d.Span.End > len(text) {
		return false
	}
	for _, r := range text[d.Span.End:] {
		if script.IsHan(r) {
			return false
		}
	}
	return true
}

// signedAbove tells whether the notice's signature date stands above the
// last line of text and below the report's last section heading: what
// follows it is an attachment to a signed notice. A date under the title
// (（2013年3月25日）) stands above every section and closes none: a report
// so dated, cut on a row of an earlier section's table, is still cut.
func (a *assessor) signedAbove(text string) bool {
	d, r := a.doc.Meta.SignedDate, a.doc.Report
	if d == nil || r == nil || len(r.Sections) == 0 {
		return false
	}
	return d.Span.Start >= r.Sections[len(r.Sections)-1].Span.End && d.Span.End <= strings.LastIndexByte(text, '\n')
}

// signedAfter tells whether the notice's signature date, or its 版记
// (抄送, 印发机关, 印发日期), stands after the plan's last element: the
// notice ended there, whatever its last line looks like.
func (a *assessor) signedAfter(last model.Span) bool {
	m := &a.doc.Meta
	after := func(f *model.Field) bool { return f != nil && f.Span.Start >= last.End }
	for i := range m.CC {
		if after(&m.CC[i]) {
			return true
		}
	}
	return after(m.PrintedBy) || after(m.PrintedDate) || after(m.SignedDate)
}

// endsInCell tells whether the text ends with the last cell of a table
// row, the plan's last item read to its last column, so that no sentence
// end is to be expected: its deadline (a row closed by its 完成时限 cell),
// or its units as a bare list (区财政局、区医保局, no bracket or verb around
// them, a label such as 责任单位： before them at most) whose last name
// ends the text. A name the end cut off (区医) is no unit, so such a text
// still ends cut; a bracket left open (（责任单位：X) is cut too. A free
// cell after the deadline, or a unit name's wrapped tail, closes the row
// as well (endsInLastCell).
func endsInCell(p *model.Plan, e elem, text string) bool {
	if e.ii < 0 {
		return false
	}
	it := &p.Goals[e.gi].Tasks[e.ti].Items[e.ii]
	if len(it.Units) == 0 {
		return false
	}
	text = strings.TrimRight(text, " |\t")
	if it.Deadline != "" && endsWrapped(text, it.Deadline) || endsInLastCell(it, text) || endsInUnitClause(it, text) {
		return true
	}
	if it.UnitsInherited || strings.ContainsAny(it.UnitsText, "（(") || openBracket(text[strings.LastIndexByte(text, '\n')+1:]) {
		return false
	}
	last := it.Units[len(it.Units)-1].Name
	return strings.HasSuffix(text, last) && strings.HasSuffix(strings.TrimSpace(it.UnitsText), last)
}

// endsInUnitClause reports a text that ends in the item's own unit cell
// written as a clause closed by its role verb (县发改委牵头，县财政局配合;
// 县税务局、县财政局按职责分工负责): the verb ends the cell as a 。 ends
// a sentence, where a cell the end cut short stops in a name. The cell
// stands on its own, after a cell separator or a line break: a clause
// running on in the item's sentence (…。区财政局负责) may be the lost
// contents of a bracket the end cut off.
func endsInUnitClause(it *model.Item, text string) bool {
	cell := strings.TrimSpace(it.UnitsText)
	if it.UnitsInherited || cell == "" || !strings.HasSuffix(text, cell) {
		return false
	}
	before := strings.TrimRight(text[:len(text)-len(cell)], " \u3000")
	if !strings.HasSuffix(before, "\t") && !strings.HasSuffix(before, "\n") && !strings.HasSuffix(before, "|") && !strings.HasSuffix(before, "｜") {
		return false
	}
	tail := cell[max(0, len(cell)-maxVerbBytes):]
	for !utf8.ValidString(tail) {
		tail = tail[1:]
	}
	tail = script.ToSimplified(tail)
	for _, w := range roleWords {
		if strings.HasSuffix(tail, w) {
			return true
		}
	}
	return false
}

// maxVerbBytes bounds the bytes of a role verb (负总责).
const maxVerbBytes = 3 * len("负")

// openBracket tells whether line leaves a round bracket open.
func openBracket(line string) bool {
	return strings.Count(line, "（")+strings.Count(line, "(") > strings.Count(line, "）")+strings.Count(line, ")")
}
