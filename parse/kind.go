package parse

import (
	"regexp"
	"slices"
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/docmeta"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/report"
	"github.com/zwgk/gongwen/segment"
)

// The document kind is decided by structural evidence, weighed both ways:
//
//   - an annual report by its title (read before any plan is looked for),
//     or, without a title line, by the marks package report counts: one of
//     the template's tables, or section headings and the genre's preamble
//     that outweigh the plan's items with units;
//   - a work plan by a plan body: items with responsible units, headings
//     under the title of a plan, or a task table (a units column) under it;
//   - a notice (the corpus's "other") for the rest: a notice whose own
//     numbered paragraphs are requirements, a notice issuing a document that
//     is neither a plan nor a report (a report format), a notice issuing a
//     plan whose body is not in the text. A notice keeps the tree of its
//     headings and the issued document's title.
//
// A sentence that merely mentions the annual report (its progress will be
// published in it) never makes a text a report.

// reportEvidenceMin is the number of report marks (report.Evidence) that
// make a text without a report title a report.
const reportEvidenceMin = 2

// reportByMarks tells whether the marks of the genre (report.Evidence)
// make a text an annual report when nothing read before them decides: a
// table of the national template does whatever the plan reader found (in
// such a table's header row it finds goal | task | item | unit, and a
// spurious unit), other marks must outweigh the plan's items with units.
func reportByMarks(rt *report.Text, units int) bool {
	return rt.TemplateTables() > 0 || rt.Evidence() >= reportEvidenceMin+units
}

// reportBeforeTree tells, before the plan tree is built, that settleKind
// will make a text without a report title an annual report on its marks,
// so the tree need not be built: the text holds one of the template's
// tables (reportByMarks: decisive whatever the tree would hold), and
// nothing settleKind reads before the marks decides otherwise — the
// issued document's title planTitle naming a plan, the notice's own title
// naming a notice or a published report (whose title the report takes
// only when the plan has no items with units).
func reportBeforeTree(h *header, rt *report.Text, planTitle *model.Field) bool {
	issued := ""
	if planTitle != nil {
		issued = planTitle.Value
	}
	return publishedReport(h) == "" && marksMayDecide(issued, titledOther(h, rt.Source())) && rt.TemplateTables() > 0
}

// marksMayDecide tells that no title read before the marks decides the
// kind, the gate settleKind and reportBeforeTree share: the issued
// document's title (issued, or "") names no plan and the notice's own
// title names no notice (otherTitle, titledOther's answer).
func marksMayDecide(issued string, otherTitle bool) bool {
	return !hasPlanWord(issued) && !otherTitle
}

// isReportTitled recognises an annual report by its title, or by a title
// line among the first lines (pages whose header was not recognised).
func isReportTitled(h *header, lines []line) bool {
	if h.meta.Title != nil && isReportTitle(h.meta.Title.Value) {
		return true
	}
	for i, n := 0, 0; i < len(lines) && n < 6; i++ {
		if lines[i].kind == lineText || lines[i].kind == linePipeRow {
			n++
			// A clause that cannot hold 信息公开 is no report title, nor is
			// any start of it: it is not folded. Nor can the first clause of
			// a line hold it when the line does not (a search for one rune
			// costs less than firstClause's decoding of 80).
			if !publicWord.MayBeIn(lines[i].s.S) {
				continue
			}
			fc := firstClause(lines[i].s.S)
			if !publicWord.MayBeIn(fc) {
				continue
			}
			if c := titleClause(fc); isReportTitle(c) && !mentionsReport(c) {
				return true
			}
		}
	}
	return false
}

// firstClause returns s up to its first sentence or cell break, for titles
// that run into text or sit in a pipe row, or "" when that is longer than
// a title (80 runes): only so many runes of s are read.
func firstClause(s string) string {
	n := 0
	for i, r := range s {
		if r == '|' || r == '。' {
			return s[:i]
		}
		if n++; n > 80 {
			return ""
		}
	}
	return s
}

// titleClause returns the start of s up to a report's name when the text
// runs on after it, past a space (某县2020年政府信息公开工作年度报告 根据…), or
// s itself.
func titleClause(s string) string {
	const w = "年度报告" // found in the folded s, whose offsets are s's
	if k := source.Index(segment.ToSimplified(s), w); k >= 0 && strings.HasPrefix(s[k+len(w):], " ") {
		return s[:k+len(w)]
	}
	return s
}

// mentionVerbs are the verbs of a clause that speaks about an annual report
// rather than being its title: 纳入…年度报告, 编制…年度报告.
// They are listed in simplified script; the clause is folded first.
var mentionVerbs = []string{"纳入", "列入", "写入", "编制", "报送", "做好", "按照", "根据", "要求"}

// mentionsReport is true for a clause that names the annual report as the
// object of a sentence: it holds a verb or a comma.
func mentionsReport(s string) bool {
	if strings.ContainsAny(s, "，,；;：:") {
		return true
	}
	s = segment.ToSimplified(s)
	for _, v := range mentionVerbs {
		if source.Contains(s, v) {
			return true
		}
	}
	return false
}

// settleKind decides the kind of a text that has no report title, once its
// plan tree is built, and fills doc accordingly (a report is built by
// package report from rt, the text as it reads it). taskTable tells that
// the plan region has a table header with a units column (序号 | 工作任务 |
// 责任单位), a plan body even when its rows were not read. ownBody tells
// that the tree was read from the notice's own body, above its signature.
func settleKind(doc *model.Document, rt *report.Text, h *header, plan *model.Plan, taskTable, ownBody bool) *model.Document {
	src := rt.Source()
	// A report gets the ID derived for the plan when the plan had no title
	// to add to its key: both hash the same number and title, or text.
	newReport := func() *model.Document {
		d := h.newDocument()
		if plan.Title == nil {
			d.ID = doc.ID
		}
		return d
	}
	units := itemsWithUnits(plan)
	issued := ""
	if plan.Title != nil {
		issued = plan.Title.Value
	}
	if issued != "" && isReportTitle(issued) && units == 0 {
		// A notice issuing a report (关于印发《…年度报告》的通知).
		return buildReport(newReport(), rt, h)
	}
	if h.meta.Title != nil && units == 0 {
		// A notice publishing a report (关于…年度报告的公告): the report's
		// title is what the notice is about.
		if obj := publishedReport(h); obj != "" {
			return buildReportTitled(newReport(), rt, obj)
		}
	}
	otherTitle := titledOther(h, src)
	if marksMayDecide(issued, otherTitle) && reportByMarks(rt, units) {
		return buildReport(newReport(), rt, h)
	}
	planned := issued != "" && issuesPlan(issued)
	if issued == "" && h.meta.IssuedTitle != nil {
		issued = h.meta.IssuedTitle.Value
	}
	if issued == "" {
		// The header reads issuing sentences between title and signature;
		// without a title line, or behind pinyin annotations (印發(fā)給你們),
		// the folded text still shows one.
		issued = issuedName(rt)
	}
	// A notice issuing a document that is not a plan (a report format):
	// the headings below are that document's, not a plan's goals.
	// So is a notice issuing rules (…管理办法, 实施细则) whose articles
	// assign no work to units: its chapters and articles are no plan.
	issuesOther := issued != "" && (!issuesPlan(issued) || isRulesTitle(issued)) && units == 0
	// A notice that issues or forwards a plan (转发《…要点》) without its
	// body and numbers its own requirements above the signature: the
	// headings are the notice's, and they name no units.
	// A notice that is itself the plan (…工作的意见, its title the plan's)
	// has its own headings as the plan's body.
	selfPlan := plan.Title != nil && h.meta.Title != nil && plan.Title.Value == h.meta.Title.Value
	requirements := ownBody && planned && units == 0 && !taskTable && !selfPlan
	switch {
	case len(plan.Goals) > 0 && !issuesOther && !requirements && (units > 0 || planned || h.meta.Title == nil && !otherTitle),
		taskTable && planned:
		doc.Kind = model.KindWorkPlan
	case h.meta.Title != nil || h.meta.DocNumber != nil || issued != "" || otherTitle:
		doc.Kind = model.KindNotice
	}
	// A notice keeps the tree of its own headings; the title of what it
	// issues without a body is meta.issued_title.
	if doc.Kind == model.KindWorkPlan || len(plan.Goals) > 0 {
		doc.Plan = plan
	}
	if doc.Kind == model.KindWorkPlan && plan.Title == nil && h.meta.Title != nil && !isIssuingTitle(h.meta.Title.Value) {
		// The notice is itself the plan under a title that names no plan
		// (…督查情况的通报 with its 整改 tasks): its title is the plan's.
		f := *h.meta.Title
		plan.Title = &f
	}
	return doc
}

// issuesPlan reports whether title, the title of a document a notice issues
// or forwards, names a plan: it holds a plan word (方案, 要点, 意见 …) and
// is no report — 关于…工作意见的报告 names the opinions a department
// reports to the State Council, and a notice forwarding that report
// issues no plan.
func issuesPlan(title string) bool {
	return hasPlanWord(title) && !foldedSuffix(source.TrimSpace(title), "报告")
}

// rulesTitleEnds are the last words of the titles of rules: a regulation
// is issued like a plan (印发《…管理办法》) but lays down how things are
// done, not who does what by when.
var rulesTitleEnds = []string{"办法", "细则", "规定", "规则", "制度", "章程", "准则", "守则"}

// isRulesTitle reports whether title names rules (…管理办法, …实施细则),
// in either script.
func isRulesTitle(title string) bool {
	t := segment.ToSimplified(strings.TrimSpace(title))
	return slices.ContainsFunc(rulesTitleEnds, func(w string) bool { return strings.HasSuffix(t, w) })
}

// otherTitleEnds are the last words of titles of documents that are
// neither plans nor reports, whatever report sections they contain: a
// notice, a circular, a letter, a work summary, an announcement (公告,
// 通告), a reply or a request (批复, 请示), a decision, minutes. Units
// still make one a work plan (settleKind).
var otherTitleEnds = []string{"通知", "通报", "函", "总结", "公告", "通告", "批复", "请示", "决定", "纪要"}

// titledOther is true when the document's own title says it is a notice or
// a summary (not one that issues a report: that is decided by its 《》). A
// title the header did not take (一…工作总结 names no document type it
// knows) is the first line when that line is title-like.
func titledOther(h *header, src *source.Source) bool {
	t := ""
	if h.meta.Title != nil {
		t = h.meta.Title.Value
	} else if l := firstTextLine(src); titleLike(l) {
		t = l
	}
	t = segment.ToSimplified(squeeze(t))
	for _, w := range otherTitleEnds {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// firstTextLine returns the first of src's lines that holds more than
// white space, trimmed, or "": the lines the stages before read, split
// once for all of them, not the text searched again for a line break.
func firstTextLine(src *source.Source) string {
	for _, l := range src.Lines() {
		if l = l.TrimSpace(); l.Len() > 0 {
			return l.S
		}
	}
	return ""
}

// issueRe finds the 《X》 of an issuing sentence in report.Fold's form:
// 现将《X》印发给你们, 《X》已经市政府同意，现转发给你们 (issuingWords).
var issueRe = regexp.MustCompile(`《([^《》]{4,80})》[^。]{0,40}(?:` + strings.Join(issuingWords, "|") + `)`)

// issuedName returns the name of the document that the text's issuing
// sentence (现将《X》印发给你们) issues, or "", read in report.Fold's form
// so that traditional script and pinyin annotations do not hide it. Only
// the first 64 KiB are read, folded once with the report's evidence.
func issuedName(rt *report.Text) string {
	f := rt.Fold(64 << 10)
	if !slices.ContainsFunc(issuingWords, func(w string) bool { return source.Contains(f, w) }) {
		return "" // no issuing sentence: spare the regexp
	}
	if m := issueRe.FindStringSubmatch(f); m != nil {
		return m[1]
	}
	return ""
}

// publishedReport returns the title of the report a notice publishes, when
// the notice's own title is about it (关于公布某县2023年政府信息公开工作年度
// 报告的通知 → 某县2023年…年度报告), or "": the report's title, not the
// notice's, is the report's.
func publishedReport(h *header) string {
	if h.meta.Title == nil || isReportTitle(h.meta.Title.Value) {
		return ""
	}
	if obj := titleObject(h.meta.Title.Value); isReportTitle(obj) {
		return obj
	}
	return ""
}

// publishVerbs may open what a title is about: 关于公布《X》的通知.
var publishVerbs = []string{"公布", "发布", "印发", "公开"}

// titleObject returns what a 关于 title is about: 某办关于(公布)《X》的公告 →
// X (traditional folded for the search, returned as written), or "".
func titleObject(title string) string {
	_, _, a, b, ok := aboutObject(title, publishVerbs)
	if !ok {
		return ""
	}
	obj := strings.TrimSpace(title[a:b])
	return strings.TrimSuffix(strings.TrimPrefix(obj, "《"), "》")
}

// aboutObject finds what a 关于 title is about, for titleObject and
// repliedPlan: the title's 文种 (docmeta.DocType) and the bytes [a, b) of
// title after 关于 and one of verbs (关于公布X的通知, 关于同意《X》的批复)
// and before the 的 that precedes the 文种. fold is the title before its
// 文种 in simplified script, at the same offsets. ok is false for a title
// without a 文种 or a 关于, or whose folding changes its length (offsets
// would not carry over).
func aboutObject(title string, verbs []string) (typ, fold string, a, b int, ok bool) {
	typ, at, ok := docmeta.DocType(title)
	if !ok {
		return "", "", 0, 0, false
	}
	fold = segment.ToSimplified(title[:at])
	if len(fold) != at {
		return "", "", 0, 0, false
	}
	k := source.Index(fold, "关于")
	if k < 0 {
		return "", "", 0, 0, false
	}
	a = k + len("关于")
	for _, v := range verbs {
		if strings.HasPrefix(fold[a:], v) {
			a += len(v)
			break
		}
	}
	b = a + len(strings.TrimSuffix(fold[a:], "的"))
	return typ, fold, a, b, true
}

// itemsWithUnits counts the plan's items that name a responsible unit.
func itemsWithUnits(p *model.Plan) int {
	n := 0
	for _, g := range p.Goals {
		for _, t := range g.Tasks {
			for _, it := range t.Items {
				if len(it.Units) > 0 {
					n++
				}
			}
		}
	}
	return n
}
