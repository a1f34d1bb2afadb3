package parse

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/docmeta"
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/quality"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
	"github.com/zwgk/gongwen/parse/report"
	"github.com/zwgk/gongwen/segment"
)

// planWords mark the title of an attached plan, in simplified script
// (hasPlanWord folds traditional script first).
var planWords = []string{"方案", "要点", "计划", "清单", "分工", "安排", "任务", "措施", "规划", "细则", "意见", "办法", "情况表", "一览表", "分解表", "分解", "台账", "任务表", "分工表"}

// firstYear returns the first four ASCII digits in s that start with 19
// or 20 (a year, also inside a longer run of digits), or "".
func firstYear(s string) string {
	for i := 0; i+4 <= len(s); i++ {
		if ord.OpensYear(s[i:]) {
			return s[i : i+4]
		}
	}
	return ""
}

// knowReportEarly is reportBeforeTree; a test replaces it to read every
// text through the plan tree and settleKind, and compares. It takes the
// header by value: a pointer passed to a function variable escapes, and
// buildNoting's header would be allocated for every document.
var knowReportEarly = func(h header, rt *report.Text, planTitle *model.Field) bool {
	return reportBeforeTree(&h, rt, planTitle)
}

// build runs the text stages over decoded text, in order: lines → cleaning
// → metadata recognisers → kind → plan region → blocks → tree.
func build(text string) *model.Document { return buildNoting(text, &quality.Evidence{Text: text}) }

// buildNoting is build that also notes in ev what the stages saw for the
// quality assessment.
func buildNoting(text string, ev *quality.Evidence) *model.Document {
	src := source.New(text)
	defer src.Release() // nothing returned points into the lines
	raw := src.Lines()  // the stages below copy what they change
	lines, release := cleanLinesReusing(text, rebreak(text, joinQuotedRows(raw)))
	defer release()
	h := readHeader(src, lines)
	doc := h.newDocument()
	ev.Implied = impliedMeta(src, &h, lines)
	ev.Doubted = doubtedMeta(src, &h)

	if isReportTitled(&h, lines) {
		ev.Kind = quality.KindByReportTitle
		rt := report.NewText(src)
		defer rt.Release()
		if t := publishedReport(&h); t != "" {
			return buildReportTitled(doc, rt, t)
		}
		return buildReport(doc, rt, &h)
	}

	region := readPlanRegion(src, &h, lines)
	planTitle, afterTitle, end, extra := region.title, region.from, region.to, region.extra
	rt := report.NewText(src) // read for the kind and, if so, as a report
	defer rt.Release()
	if knowReportEarly(h, rt, planTitle) {
		// settleKind would throw the plan tree away: read the report only,
		// with the ID settleKind gives it.
		d := h.newDocument()
		if planTitle == nil {
			d.ID = docIDFrom(h.meta, planTitle, text)
		}
		d = buildReport(d, rt, &h)
		noteKind(ev, d, rt)
		d = addFurtherPlans(d, src, lines, end, h.tail)
		return addAppendix(d, src, lines, region.appendix, h.tail)
	}
	blocks := assembleBlocks(lines, afterTitle, end)
	ev.UnreadTables = unreadTables(src, blocks)
	ev.Consumed = append(ev.Consumed, notPlanSpans(src, lines, afterTitle, end)...)
	arr := blocks // the array drawn from blockArrays
	blocks = dropContents(blocks)
	doc.ID = docIDFrom(h.meta, planTitle, text)
	tb := newTreeBuilder(src, blocks)
	defer tb.release()
	tb.build(blocks, &tableEvidence{src: src, ev: ev})
	// Nothing reads the blocks once the tree is built (its values copy
	// what they keep): given back now, a huge text's blocks are garbage
	// for the rest of the parse, not live until buildNoting returns.
	blockArrays.Put(arr)
	ev.SingleStyle = tb.singleStyle()
	plan := tb.finish(doc.ID)
	ev.SeveralRule = applyDocumentRule(text, plan, tb.inClause)
	plan.Title = planTitle
	if planTitle != nil {
		if y := firstYear(planTitle.Value); y != "" {
			plan.Year, _ = strconv.Atoi(y)
		}
	}
	if plan.Year == 0 && h.meta.SignedDate != nil {
		plan.Year, _ = strconv.Atoi(h.meta.SignedDate.Value[:4])
	}
	doc.Warnings = append(doc.Warnings, tb.warnings...)
	doc.Warnings = append(doc.Warnings, extra...)
	// The tree was read from the notice's own body when it starts above the
	// signature.
	ownBody := h.signature >= 0 && afterTitle <= h.signature
	doc = settleKind(doc, rt, &h, plan, tb.unitColumn, ownBody)
	if doc.Plan == plan {
		// Only a plan the Document keeps has commitments to read: a text
		// settled as a report, or a notice without headings, drops it.
		readCommitments(src, plan, &h.meta)
	}
	noteKind(ev, doc, rt)
	doc = addFurtherPlans(doc, src, lines, end, h.tail)
	return addAppendix(doc, src, lines, region.appendix, h.tail)
}

// buildReport fills an annual report's Document from rt.
func buildReport(doc *model.Document, rt *report.Text, h *header) *model.Document {
	title := ""
	if h.meta.Title != nil {
		title = h.meta.Title.Value
	}
	return buildReportTitled(doc, rt, title)
}

// buildReportTitled fills an annual report's Document from rt, the report
// titled title ("" when the text gives none), and derives its ID unless
// doc has one (settleKind's, derived from the same key).
func buildReportTitled(doc *model.Document, rt *report.Text, title string) *model.Document {
	doc.Kind = model.KindAnnualReport
	rep, warns := rt.Build(title)
	doc.Report = rep
	doc.Warnings = append(doc.Warnings, warns...)
	if doc.ID == "" {
		doc.ID = docID(doc, rt.Source().Text)
	}
	return doc
}

// planRegion is where a notice's plan lies among its lines: the plan's
// title, the lines [from, to) after it up to the next attachment, and
// the warnings about what was cut off there. appendix is the first line
// of an appendix of the plan (a 任务分工 after the signature of a notice
// that is itself the plan, ownPlan), read as a plan of its own after the
// body's; -1 if none.
type planRegion struct {
	title    *model.Field
	from, to int
	extra    []model.Warning
	appendix int
}

// readPlanRegion finds the plan region after the header h read: its start
// (planStart, or the attachment the notice names), its title and its end.
// A notice that is itself the plan (ownPlan) is read from its body up to
// its signature, titled by its own title; what follows the signature is
// its appendix.
func readPlanRegion(src *source.Source, h *header, lines []line) planRegion {
	start := planStart(h, lines)
	if ownPlan(h, lines, start) {
		title := *h.meta.Title
		return planRegion{title: &title, from: h.bodyStart, to: h.signature, appendix: start}
	}
	if h.meta.IssuedTitle != nil {
		start = namedAttachment(lines, start, h.tail, h.meta.IssuedTitle.Value)
	}
	title, from := findPlanTitle(src, h, lines, start)
	to, extra := nextAttachment(src, lines, from, h.tail)
	return planRegion{title: title, from: from, to: to, extra: extra, appendix: -1}
}

// ownPlan reports that the plan region would start (at start) after the
// signature of a notice that is itself a plan — its title names one
// (…实施意见), it issues none (no 《》), and its body holds a heading tree
// (一、 twice and （一））: the text after the signature is then an
// appendix of the plan (a 任务分工), and the body's goals and tasks are
// the plan's.
func ownPlan(h *header, lines []line, start int) bool {
	if h.signature < 0 || start <= h.signature || h.meta.IssuedTitle != nil || h.meta.Title == nil || !namesPlan(h.meta.Title.Value) {
		return false
	}
	goals, tasks := 0, 0
	for i := h.bodyStart; i < h.signature; i++ {
		if lines[i].kind != lineText || lines[i].used {
			continue
		}
		switch o, ok := ord.Read(lines[i].s.S); {
		case !ok:
		case o.Style == ord.CnDun:
			goals++
		case o.Style == ord.CnParen:
			tasks++
		}
	}
	return goals >= 2 && tasks > 0
}

// addAppendix reads the appendix of a notice that is itself the plan
// (planRegion.appendix: its lines from there up to the next attachment)
// as a plan of its own, after the body's.
func addAppendix(doc *model.Document, src *source.Source, lines []line, from, tail int) *model.Document {
	if from < 0 || doc.Plan == nil || from >= tail {
		return doc
	}
	to, _ := nextAttachment(src, lines, from, tail)
	for from < to && lines[from].s.Len() == 0 {
		from++ // blank lines carry no place in the text
	}
	for to > from && lines[to-1].s.Len() == 0 {
		to--
	}
	if to <= from {
		return doc
	}
	p, ws := attachmentPlan(src, src.SpanAll(lines[from].s).Start, src.SpanAll(lines[to-1].s).End, doc.ID+"/appendix")
	if p == nil {
		return doc
	}
	if p.Year == 0 {
		p.Year = doc.Plan.Year
	}
	readCommitments(src, p, &doc.Meta)
	rest := doc.Plans
	if len(rest) > 0 {
		rest = rest[1:]
	}
	doc.Plans = append([]*model.Plan{doc.Plan, p}, rest...)
	doc.Warnings = append(doc.Warnings, ws...)
	return doc
}

// planStart decides where the plan region begins: after the signature when
// a plan is attached below the notice (headings or table rows that are not
// a form to fill in, a register or a schedule: notPlanTable), else after
// the title and recipients.
func planStart(h *header, lines []line) int {
	start := h.bodyStart
	if h.signature >= 0 {
		for i := h.signature + 1; i < h.tail; i++ {
			ln := lines[i]
			if ln.used {
				continue
			}
			if ln.kind == lineTabRow || ln.kind == linePipeRow {
				next, ok := notPlanTable(lines, i, h.tail)
				if !ok {
					return h.signature + 1
				}
				i = next - 1 // a 回执 to fill in, a name list or a score table is no plan
				continue
			}
			if ln.kind == lineText {
				if _, ok := ord.Read(ln.s.S); ok || tableHeaderAt(lines, i) {
					return h.signature + 1
				}
			}
		}
	}
	return start
}

// tableHeaderAt reports a table's header at the text line i, in a
// rendering without tab or pipe rows: two column names on lines of their
// own one after the other (a table lost to one cell per line), names
// parted by wide gaps (a column layout), or three names or more on one
// line (rows flattened with spaces).
func tableHeaderAt(lines []line, i int) bool {
	s := lines[i].s.S
	if isColumnName(s) {
		j := nextText(lines, i+1)
		return j > 0 && isColumnName(lines[j].s.S) || columnHeaderAt(lines, i)
	}
	return table.HeaderLine(s) || columnHeaderAt(lines, i)
}

// namedAttachment moves the plan region's start to a later attachment
// (附件2 …) whose title is the plan the notice names (quoted), when the
// text before it has neither that title nor a heading or table row (a
// blank form's rows aside): the first attachment is then something else (a
// 回执, a 填报表 to fill in).
func namedAttachment(lines []line, start, end int, quoted string) int {
	for i := start; i < end; i++ {
		ln := lines[i]
		if ln.kind == lineTabRow || ln.kind == linePipeRow {
			next, ok := blankForm(lines, i, end)
			if !ok {
				next, ok = registerAt(lines, i, end)
			}
			if !ok {
				return start
			}
			i = next - 1 // a form to fill in, a register or a schedule is no plan content
			continue
		}
		if ln.kind != lineText || ln.used {
			continue
		}
		if _, ok := ord.Read(ln.s.S); ok || titledAt(lines, i, quoted) {
			return start // plan content or the plan's title is in the region already
		}
		if _, ok := laterAttachment(ln.s.S); ok {
			if j := nextText(lines, i+1); j > 0 && j < end && titledAt(lines, j, quoted) {
				return i + 1
			}
		}
	}
	return start
}

// titledAt reports whether the text line i, alone or joined with the text
// line after it, is the title quoted.
func titledAt(lines []line, i int, quoted string) bool {
	first := squeeze(lines[i].s.S)
	if first == quoted {
		return true
	}
	if !strings.HasPrefix(quoted, first) {
		return false
	}
	j := nextText(lines, i+1)
	return j > 0 && j-i <= 3 && squeeze(first+lines[j].s.S) == quoted
}

// findPlanTitle looks for the attached plan's title in the first lines of
// the region: a short line without sentence punctuation that names a plan
// (possibly broken over two lines), or the name quoted in the notice title.
func findPlanTitle(src *source.Source, h *header, lines []line, start int) (*model.Field, int) {
	// The plan's name as the notice gives it: quoted in a 关于印发《X》的通知
	// title, or in the sentence that issues it (现将《X》印发给你们); the
	// header has read it.
	quoted := ""
	if h.meta.IssuedTitle != nil {
		quoted = h.meta.IssuedTitle.Value
	}
	for i, n := start, 0; i < len(lines) && n < 3; i++ {
		ln := lines[i]
		if ln.used || ln.kind == lineBlank || ln.kind == lineNoise {
			continue
		}
		if ln.kind != lineText {
			break
		}
		n++
		t := ln.s.S
		if _, ok := ord.Read(t); ok {
			break
		}
		if isColumnName(t) || columnHeaderAt(lines, i) || table.HeaderLine(t) {
			break // the table starts here (names alone, in columns, or parted by spaces)
		}
		if !titleLike(t) {
			continue
		}
		if _, _, _, isDate := findDate(t); isDate {
			continue
		}
		s, end := ln.s, i
		if j := nextText(lines, i+1); j > 0 && j-i <= 3 && continuesTitle(t, lines[j].s.S, quoted) {
			s, end = source.Concat(ln.s, lines[j].s), j
		}
		v := squeeze(s.S)
		if hasPlanWord(v) || (quoted != "" && v == quoted) || ln.md > 0 {
			for k := i; k <= end; k++ {
				lines[k].used = true
			}
			return &model.Field{Value: v, Span: src.SpanAll(s)}, end + 1
		}
	}
	if quoted != "" {
		f := *h.meta.IssuedTitle
		return &f, start
	}
	if h.meta.Title == nil {
		return nil, start
	}
	t := h.titleStr // the title as found, over lines too
	if t.S == "" {
		t = lines[h.title].s
	}
	if y, ok := repliedPlan(t); ok {
		// 关于X方案的批复 is about the plan X, not the plan itself.
		return &model.Field{Value: squeeze(y.S), Span: src.SpanAll(y)}, start
	}
	if !isIssuingTitle(h.meta.Title.Value) && namesPlan(h.meta.Title.Value) {
		// The notice is itself the plan (国务院关于…分工的意见).
		f := *h.meta.Title
		return &f, start
	}
	if x, ok := issuedPlan(t); ok {
		return &model.Field{Value: squeeze(x.S), Span: src.SpanAll(x)}, start
	}
	return nil, start
}

// issuedPlan returns the plan X a 关于印发X的通知 title (關於印發X的通知)
// names, also when the title is printed over lines (…关于印发某省2021年高校
// 毕业 / 生就业创业工作方案的通知): what follows 印发 up to the last 的,
// when it names a plan.
func issuedPlan(t source.Str) (source.Str, bool) {
	const w = "印发" // found in t folded, whose byte offsets are t's
	f := segment.ToSimplified(t.S)
	if len(f) != len(t.S) {
		f = t.S // a rune folded to another width: offsets would not map
	}
	k := source.Index(f, w)
	if k < 0 {
		return source.Str{}, false
	}
	rest := t.From(k + len(w))
	e := strings.LastIndex(rest.S, "的")
	if e <= 0 {
		return source.Str{}, false
	}
	x := rest.Slice(0, e).TrimSpace()
	return x, hasPlanWord(x.S)
}

// isIssuingTitle is true for titles that issue an attached document:
// 关于印发/转发/下发…的通知.
func isIssuingTitle(s string) bool {
	s = segment.ToSimplified(s)
	for _, w := range []string{"印发", "转发", "下发", "颁发"} {
		if source.Contains(s, w) {
			return true
		}
	}
	return false
}

// continuesTitle reports whether next, the text line after first, is the
// rest of a plan title printed over two lines. With quoted, the title the
// notice issues (印发《X》), the two lines must give it, unless first alone
// already does not; without, first must be unable to end a title (it ends
// in no 文种 or plan word) and next must name a plan.
func continuesTitle(first, next, quoted string) bool {
	if quoted != "" && sameBesideSpaces(first, next, quoted) && squeeze(first+next) == quoted {
		return true // however short the rest (…任务分工方 / 案: a centred title wrapped)
	}
	if quoted == "" && titleTail(next) {
		// A centred title wrapped just before its end leaves a tail too
		// short for a title line (…就业创业工作 / 方案, …工作方 / 案).
		return !endsTitle(first) && endsInPlanWord(squeeze(first+next))
	}
	if !titleLike(next) || isColumnName(next) || table.IsNamesLine(next) {
		return false
	}
	if quoted != "" && squeeze(first) == quoted {
		return false
	}
	return !endsTitle(first) && hasPlanWord(next)
}

// sameBesideSpaces reports whether a followed by b holds the bytes of want
// once the spaces squeeze may drop or turn into ' ' (' ', U+3000, U+00A0)
// are left out of both: squeeze keeps every other byte, so squeeze(a+b)
// can equal want only then. It tells so without joining a and b. Over
// bytes that are no UTF-8 (which squeeze writes as U+FFFD) it answers
// true, leaving squeeze to tell.
func sameBesideSpaces(a, b, want string) bool {
	if !utf8.ValidString(a) || !utf8.ValidString(b) {
		return true
	}
	w := 0
	for _, s := range [2]string{a, b} {
		for i := 0; i < len(s); {
			n := squeezedSpace(s[i:])
			if n > 0 {
				i += n
				continue
			}
			for w < len(want) && squeezedSpace(want[w:]) > 0 {
				w += squeezedSpace(want[w:])
			}
			if w == len(want) || want[w] != s[i] {
				return false
			}
			i++
			w++
		}
	}
	for w < len(want) && squeezedSpace(want[w:]) > 0 {
		w += squeezedSpace(want[w:])
	}
	return w == len(want)
}

// squeezedSpace returns the length of the space squeeze reads at the start
// of s (' ', U+3000 or U+00A0), 0 when s starts with none.
func squeezedSpace(s string) int {
	switch {
	case strings.HasPrefix(s, " "):
		return 1
	case strings.HasPrefix(s, "\u3000"):
		return len("\u3000")
	case strings.HasPrefix(s, "\u00a0"):
		return len("\u00a0")
	}
	return 0
}

// titleTail reports whether s, trimmed, is one to three runes without
// punctuation: what a centred title wrapped just before its end leaves on
// its last line.
func titleTail(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && !source.MoreRunes(s, 3) && !strings.ContainsAny(s, "。，；：:,;、")
}

// endsTitle reports whether s can end a title: after a final bracketed
// part (（试行）) it ends in a 文种 (意见, 报告 …) or a plan word (分工).
func endsTitle(s string) bool {
	s = org.StripTrailingBracket(strings.TrimSpace(s))
	if _, _, ok := docmeta.DocType(s); ok {
		return true
	}
	return endsInPlanWord(s)
}

// endsInPlanWord reports whether s ends in a plan word (分工, 要点 …).
func endsInPlanWord(s string) bool {
	s = segment.ToSimplified(strings.TrimSpace(s))
	for _, w := range planWords {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// namesPlan reports whether a notice's own title names a plan: the title
// or the words before its …的通知 end in a plan word (…部门分工的意见,
// …工作要点), which a title that only mentions one in what it is about
// does not (关于开展重点工作任务落实情况督查的通知).
func namesPlan(title string) bool {
	if endsInPlanWord(title) {
		return true
	}
	_, at, ok := docmeta.DocType(title)
	return ok && endsInPlanWord(strings.TrimSuffix(strings.TrimSpace(title[:at]), "的"))
}

// titleLike reports whether s is short and unpunctuated like a title line:
// 4 to 60 runes, counted only when the byte length leaves it open (a
// paragraph-long line is refused without a read).
func titleLike(s string) bool {
	return !source.MoreRunes(s, 60) && source.MoreRunes(s, 3) && !strings.ContainsAny(s, "。，；：:,;")
}

// hasPlanWord reports whether s holds a word that names a plan (方案, 要点,
// 分工 …), in either script.
func hasPlanWord(s string) bool {
	s = segment.ToSimplified(s)
	for _, w := range planWords {
		if source.Contains(s, w) {
			return true
		}
	}
	return false
}

// docIDFrom derives a stable document ID from its number and titles, or
// from its text when it has neither.
func docIDFrom(m model.Meta, planTitle *model.Field, text string) string {
	var key []string
	if m.DocNumber != nil {
		key = append(key, m.DocNumber.Value)
	}
	if m.Title != nil {
		key = append(key, m.Title.Value)
	}
	if planTitle != nil {
		key = append(key, planTitle.Value)
	}
	if len(key) == 0 {
		key = append(key, text)
	}
	// The parts are hashed as they stand, joined by NULs, through a small
	// buffer: the text is not copied whole.
	h := sha1.New()
	buf := make([]byte, 0, 512)
	for i, k := range key {
		if i > 0 {
			h.Write(append(buf[:0], 0))
		}
		for len(k) > 0 {
			n := min(len(k), cap(buf))
			h.Write(append(buf[:0], k[:n]...))
			k = k[n:]
		}
	}
	return hex.EncodeToString(h.Sum(buf[:0])[:6])
}

func docID(doc *model.Document, text string) string { return docIDFrom(doc.Meta, nil, text) }

// scriptWindow is how much of a text detectScript reads (plenty to decide).
const scriptWindow = 64 << 10

// detectScript tells simplified from traditional text with segment's
// character table, on the first scriptWindow bytes.
func detectScript(text string) model.Script {
	if segment.IsTraditional(text[:min(len(text), scriptWindow)]) {
		return model.ScriptTraditional
	}
	return model.ScriptSimplified
}

// nextAttachment ends the plan region at a second attachment, which is a
// document of its own; the parser reads the first plan only and says so.
func nextAttachment(src *source.Source, lines []line, from, to int) (int, []model.Warning) {
	for i := from; i < to; i++ {
		if lines[i].kind != lineText || lines[i].used {
			continue
		}
		if _, ok := laterAttachment(lines[i].s.S); ok {
			sp := src.Span(src.SpanAll(lines[i].s).Start, src.SpanAll(lines[to-1].s).End)
			return i, []model.Warning{{Code: model.WarnUnplaced,
				Message: fmt.Sprintf("a further attachment starts at line %d; only the first attached plan is read", sp.Line), Span: &sp}}
		}
	}
	return to, nil
}
