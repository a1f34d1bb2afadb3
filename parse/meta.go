package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/docmeta"
	"github.com/zwgk/gongwen/parse/internal/docno"
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
	"github.com/zwgk/gongwen/segment/script"
)

// header is what the metadata stage learns about the layout of a notice.
type header struct {
	meta      model.Meta
	title     int        // line of the notice title, -1 if none
	titleStr  source.Str // the title as found (a cell, or two lines joined)
	bodyStart int        // first line after the title and recipients
	signature int        // line of the 成文日期, -1 if none
	tail      int        // first line of the 抄送/印发 block, len(lines) if none
	warnings  []model.Warning
	boxTitle  source.Str // the portal box's 标题 value, and its line
	boxLine   int
}

// readHeader runs the metadata recognisers over the cleaned lines: title,
// 发文字号 and 发文机关标志 above it, 主送机关 below it, the signature and
// 成文日期, the 附注, and the 抄送/印发 block at the end. Lines it consumes
// are marked used so the plan stage skips them.
func readHeader(src *source.Source, lines []line) header {
	h := header{title: -1, signature: -1, tail: len(lines)}
	h.readBox(src, lines)
	h.readTitle(src, lines)
	h.titleAboveRecipients(src, lines)
	h.readDocNumber(src, lines)
	h.readIssuerMark(src, lines)
	h.readRecipients(src, lines)
	h.readSignature(src, lines)
	h.readHeadDate(src, lines)
	h.readIssuedTitle(src, lines)
	h.issuerFromTitle(src, lines)
	h.readPublicity(src, lines)
	h.readClosing(lines)
	h.readAttachments(lines)
	h.readTail(src, lines)
	h.crossCheckBox()
	h.readDocType(src)
	return h
}

// textLines yields the indices of non-blank text lines from start.
func nextText(lines []line, i int) int {
	for ; i < len(lines); i++ {
		if lines[i].kind == lineText && !lines[i].used {
			return i
		}
	}
	return -1
}

// endsWithDocType reports whether s ends in a 文种 (docmeta.DocType).
func endsWithDocType(s string) bool {
	_, _, ok := docmeta.DocType(s)
	return ok
}

func field(src *source.Source, s source.Str, value string) *model.Field {
	return &model.Field{Value: value, Span: src.SpanAll(s)}
}

// squeeze removes spaces next to Han characters (苏州市 2017 年 → 苏州市2017年),
// the way titles are typeset, keeping one space between Latin words. It
// reads s once: the nearest non-space runes on either side of a space are
// carried along, not searched for again at every space.
func squeeze(s string) string {
	if !source.ContainsAny(s, " \u3000\u00a0") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	var prev, before rune // the last non-space rune before i, and the rune right before i
	next, nextAt := rune(0), -1
	for i, r := range s {
		out := r
		if r == ' ' || r == '\u3000' || r == '\u00a0' {
			if i >= nextAt { // the first space of a run: find what follows it
				next, nextAt = 0, len(s)
				for j, q := range s[i:] {
					if !source.IsSpace(q) {
						next, nextAt = q, i+j
						break
					}
				}
			}
			out = ' '
			if source.IsHan(prev) || source.IsHan(next) || prev == 0 || next == 0 || !isASCIIWord(prev) || !isASCIIWord(next) || before == ' ' {
				out = 0 // dropped
			}
		}
		if out != 0 {
			b.WriteRune(out)
		}
		if !source.IsSpace(r) {
			prev = r
		}
		before = r
	}
	return b.String()
}

func isASCIIWord(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
}

// readTitle finds the notice title among the first lines: issuing
// authority, subject and 文种 (…关于…的通知, …对…的答复), on one line or
// broken over two or three (the authority alone on the first), or a
// report title. Web-page wrappings are taken off first (titleCore).
func (h *header) readTitle(src *source.Source, lines []line) {
	seen := 0
	for i := 0; i < len(lines) && seen < 30; i++ {
		ln := lines[i]
		var cands []source.Str
		switch {
		case ln.used:
			continue
		case ln.kind == lineText:
			cands = []source.Str{ln.s}
		case ln.kind == linePipeRow:
			cands = ln.cells
		default:
			continue
		}
		seen++
		for _, c := range cands {
			if c.Len() > 600 || sentenceInCore(c.S) {
				continue // a paragraph, not a title
			}
			if ln.kind != lineText && !mayEndTitle(c.S) {
				continue // a cell is a title only when isTitleText says so
			}
			s, end := titleCore(c), i
			if source.ContainsRune(s.S, '。') || source.MoreRunes(s.S, 120) {
				continue
			}
			if !mayEndTitle(s.S) || !isTitleText(s.S) {
				if ln.kind != lineText {
					continue
				}
				if joined, j, ok := joinTitle(lines, i, s); ok {
					s, end = joined, j
				} else if t, ok := gluedTitle(s); ok {
					s = t
				} else {
					continue
				}
			}
			if ln.kind == lineText {
				s, end = extendTitle(lines, s, end)
			}
			h.title = i
			h.titleStr = s
			h.meta.Title = field(src, s, squeeze(s.S))
			for k := i; k <= end; k++ {
				lines[k].used = true
			}
			h.bodyStart = end + 1
			h.dropTitleCopies(lines, end+1)
			return
		}
	}
}

// titleAboveRecipients takes, when no title was recognised, the line
// standing right above the 主送机关 as the title (GB/T 9704 puts the title
// there): a notice that is itself a plan has a title without 关于 or a 文种
// (某区持续深化政务公开重点工作的任务分解). The line must read like a
// title: short, no sentence punctuation, not a number, date, 发文机关标志,
// heading or organisation name.
func (h *header) titleAboveRecipients(src *source.Source, lines []line) {
	if h.meta.Title != nil {
		return
	}
	for i, n := 0, 0; i < len(lines) && n < 12; i++ {
		if lines[i].kind != lineText || lines[i].used {
			continue
		}
		n++
		if !isRecipientsLine(lines[i].s.S) {
			continue
		}
		p := prevText(lines, i)
		if p < 0 || lines[p].used {
			return
		}
		t := titleCore(lines[p].s)
		if !titleLikeLine(t.S) {
			return
		}
		h.title, h.titleStr = p, t
		h.meta.Title = field(src, t, squeeze(t.S))
		lines[p].used = true
		h.bodyStart = p + 1
		return
	}
}

// isRecipientsLine recognises a 主送机关 line: organisations ending in a
// colon, without a full stop.
func isRecipientsLine(t string) bool {
	if !recipientsShape(t) {
		return false
	}
	last := strings.TrimRight(t, "：:")
	for part := range strings.FieldsFuncSeq(last, func(r rune) bool { return source.ContainsRune("，,；;、", r) }) {
		if org.HasEnding(strings.TrimSpace(part)) {
			return true
		}
	}
	return false
}

// recipientsShape reports whether t has the shape of a 主送机关 line, the
// organisations aside: it ends in a colon, holds no full stop, is not
// overly long, and is no labelled line (抄送：, 附件：, 根据…：) and no
// heading (二、重点任务：).
func recipientsShape(t string) bool {
	if !(strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")) || source.ContainsRune(t, '。') || source.MoreRunes(t, 300) {
		return false
	}
	if _, _, ok := matchLabel(t); ok || strings.HasPrefix(t, "附件") || strings.HasPrefix(t, "根据") {
		return false
	}
	_, heading := ord.Read(t)
	return !heading
}

// titleLikeLine recognises a line that can stand as a title without 关于.
func titleLikeLine(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 6 || n > 80 || source.ContainsAny(s, "。，；：:;") || strings.HasSuffix(s, "文件") || org.HasEnding(s) {
		return false
	}
	if _, ok := ord.Read(s); ok {
		return false
	}
	if _, _, _, ok := findDate(s); ok {
		return false
	}
	_, _, _, ok := findNumber(s)
	return !ok
}

// joinTitle joins a title broken over up to three lines, the first of
// which (s, at line i) starts it: the authority alone, or the authority
// and the beginning of the subject. It returns the joined title and the
// index of its last line.
func joinTitle(lines []line, i int, s source.Str) (source.Str, int, bool) {
	// The line after s must be able to go on with a title; that is the
	// cheaper test, and it fails for most lines (body text follows).
	// The joined title ends where one of the next two text lines ends:
	// one of them must be able to end it (mayEndTitle) before the first
	// line is read as a title's start.
	if !continuesAt(lines, i) || !endsJoinable(lines, i) || !titleStart(s.S) {
		return source.Str{}, 0, false
	}
	joined, j := s, i
	for k := 0; k < 2; k++ {
		if k > 0 && !continuesAt(lines, j) { // the first was tested above
			break
		}
		j = nextText(lines, j+1)
		joined = source.Concat(joined, lines[j].s.TrimSpace())
		if mayEndTitle(joined.S) && isTitleText(joined.S) {
			return joined, j, true
		}
	}
	return source.Str{}, 0, false
}

// endsJoinable reports whether one of the two text lines after line i,
// which a title broken over lines ends on, can end a title.
func endsJoinable(lines []line, i int) bool {
	for k, j := 0, i; k < 2; k++ {
		if j = nextText(lines, j+1); j < 0 {
			return false
		}
		if mayEndTitle(lines[j].s.S) {
			return true
		}
	}
	return false
}

// continuesAt reports whether the text line after line j, at most two
// lines down and with no web-page furniture between, can be part of a
// title broken over lines (titlePart).
func continuesAt(lines []line, j int) bool {
	next := nextText(lines, j+1)
	return next >= 0 && next-j <= 2 && !furnitureBetween(lines, j, next) && titlePart(lines[next].s.S)
}

// furnitureBetween reports a line of web-page furniture (a breadcrumb, a
// widget: docmeta.Furniture) between lines i and j: a portal's site name
// above a breadcrumb is no part of the title below it.
func furnitureBetween(lines []line, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if lines[k].kind == lineNoise && docmeta.Furniture(lines[k].s.S) {
			return true
		}
	}
	return false
}

// extendTitle adds the next line to a complete title when that line is a
// short tail of the shape …的通知 (…工作意见 / 报告的通知: the break fell
// after a word that is itself a 文种).
func extendTitle(lines []line, s source.Str, end int) (source.Str, int) {
	next := nextText(lines, end+1)
	if next < 0 || next-end > 2 || furnitureBetween(lines, end, next) {
		return s, end
	}
	t := lines[next].s.TrimSpace()
	if source.MoreRunes(t.S, 12) || !titlePart(t.S) || hasAbout(t.S) {
		return s, end
	}
	_, at, ok := docmeta.DocType(t.S)
	if !ok || !strings.HasSuffix(strings.TrimRight(t.S[:at], " \u3000"), "的") {
		return s, end
	}
	return source.Concat(s, t), next
}

// titleStart recognises the first line of a title broken over lines: it
// holds 关于 (or 对, 转发, 批转) or a report title's 信息公开, or is the
// issuing authority alone.
func titleStart(s string) bool {
	if !titlePart(s) {
		return false
	}
	s = segment.StripGlosses(s)
	if hasAbout(s) || authorBefore(s) >= 0 || publicWord.In(s) {
		return true // 关于…, 某厅对…, or a report title's 政府信息公开
	}
	parts := docmeta.Issuers(s)
	for _, p := range parts {
		if !org.HasEnding(s[p.Start:p.End]) {
			return false
		}
	}
	return len(parts) > 0
}

// titlePart recognises a line that can be part of a broken title: short,
// without sentence punctuation, not a document number or a date.
func titlePart(s string) bool {
	if source.MoreRunes(s, 40) || source.ContainsAny(s, "。，；：:;") {
		return false
	}
	if _, _, _, ok := findDate(s); ok {
		return false
	}
	_, _, ok := readNumberAt(s)
	return !ok
}

// gluedTitle takes a title off the front of a line that goes on with the
// addressees (…的通知 各村民委员会、镇直各单位：).
func gluedTitle(s source.Str) (source.Str, bool) {
	if !strings.HasSuffix(s.S, "：") && !strings.HasSuffix(s.S, ":") {
		return source.Str{}, false
	}
	for i, r := range s.S {
		if source.IsSpace(r) && i > 0 {
			if t := s.Slice(0, i).TrimSpace(); isTitleText(t.S) {
				return t, true
			}
		}
	}
	return source.Str{}, false
}

// mayEndTitle reports whether s can be, once its wrappings are off, a
// complete title (isTitleText(titleCore(s))) by its last rune, spaces
// aside: one that can end a 文种 or 年度报告 (docmeta.MayEndDocType), or a
// 》 or closing parenthesis that titleCore or the pinyin glosses' removal
// may take off. Every other string is turned away without being read.
func mayEndTitle(s string) bool {
	r, _ := script.DecodeLastRune(strings.TrimRightFunc(s, source.IsSpace))
	return r == '》' || r == ')' || r == '）' || docmeta.MayEndDocType(r)
}

// sentenceInCore reports, without taking the wrappings off, that the
// title core of s (titleCore) holds a 。: s holds one with no 【 before
// it, so that what titleCore takes off its front — a 发文字号, a label, a
// column name in 【】 opened before the 。 — cannot have held it. The 【 is
// looked for only before the first 。: a paragraph is not read to its end
// for a bracket that cannot matter.
func sentenceInCore(s string) bool {
	k := source.IndexRune(s, '。')
	return k >= 0 && !source.ContainsRune(s[:k], '【')
}

// dropTitleCopies marks used the copies of the title that pages print
// again below it, on one line or broken over up to three.
func (h *header) dropTitleCopies(lines []line, from int) {
	want := h.meta.Title.Value
	// A line whose core holds a 。 goes on no title without one.
	wantStop := source.ContainsRune(want, '。')
	for k, n := from, 0; k < len(lines) && n < 8; k++ {
		if lines[k].kind != lineText || lines[k].used {
			continue
		}
		n++
		got, j := "", k
		for m := 0; m < 3 && j >= 0; m++ {
			if !wantStop && sentenceInCore(lines[j].s.S) {
				break
			}
			core := titleCore(lines[j].s).S
			if core == "" && m == 0 {
				break // a line titleCore empties (a 发文字号 alone) opens no copy
			}
			// A core that does not go on with want where got ends is not
			// squeezed: its first rune is no space and squeeze keeps it.
			if core != "" && (len(got) >= len(want) || core[0] != want[len(got)]) {
				break
			}
			got += squeeze(core)
			if got == want {
				for x := k; x <= j; x++ {
					lines[x].used = true
				}
				h.bodyStart = j + 1
				k = j
				break
			}
			if !strings.HasPrefix(want, got) {
				break
			}
			j = nextText(lines, j+1)
		}
	}
}

// hasAbout reports whether s holds 关于, in either script (關於).
func hasAbout(s string) bool { return aboutWord.In(s) }

// authorWords follow the issuing authority in a title without 关于:
// 国务院办公厅对…的答复, 国务院办公厅转发…的通知. They are matched in
// simplified script.
var authorWords = []string{"对", "转发", "批转", "印发"}

// authorBefore returns where a word of authorWords starts in s when the
// text before it names an organisation, or -1. Traditional script is
// folded first; the fold keeps byte offsets.
func authorBefore(s string) int {
	s = script.ToSimplified(s)
	for _, w := range authorWords {
		if k := source.Index(s, w); k > 0 && org.HasEnding(strings.TrimSpace(s[:k])) {
			return k
		}
	}
	return -1
}

// isTitleText recognises a complete title: it ends in a 文种 and carries
// 关于, or an authority followed by 对/转发/批转/印发; or it is the title
// of an annual report.
func isTitleText(s string) bool {
	s = segment.StripGlosses(s) // 關(guān)于 on mirror sites
	if source.ContainsRune(s, '：') || strings.HasSuffix(s, ":") || strings.HasPrefix(s, "根据") {
		return false
	}
	if typ, at, ok := docmeta.DocType(s); ok && (hasAbout(s) || authorBefore(s) >= 0 || typ == "纪要" && minutesName(s[:at])) {
		return true
	}
	return isReportTitle(s)
}

// minutesName reports whether s, a title before its 纪要, names a meeting
// (…人民政府常务会议, 县长办公会): a 纪要's 版头 is its title, with no 关于.
func minutesName(s string) bool {
	s = strings.TrimRight(script.ToSimplified(s), " \u3000")
	return !strings.ContainsAny(s, "《》") && (strings.HasSuffix(s, "会议") || strings.HasSuffix(s, "会"))
}

// titleCore removes what web pages wrap around a title: a 发文字号 glued
// in front, a label (标题：, 第一篇：), a column name in 【】, enclosing 《》.
func titleCore(s source.Str) source.Str {
	s = s.TrimSpace()
	if _, end, ok := readNumberAt(s.S); ok {
		s = s.From(end).TrimSpace()
	}
	sp := docmeta.TitleCore(s.S)
	return s.Slice(sp.Start, sp.End)
}

// isReportTitle recognises the title of a 政府信息公开工作年度报告: it names
// 信息公开 and ends in 年度报告 or 年报, or, without 关于 (a report about the
// year's work to a superior), in 工作报告 or 情况报告 after 年度
// (2023年度政府信息公开工作报告);
// the series some governments call 政务公开工作年度报告 ends in 年度报告.
func isReportTitle(s string) bool {
	public, open := publicWord.MayBeIn(s), openWord.MayBeIn(s)
	if !public && !open {
		return false
	}
	s = script.ToSimplified(squeeze(s))
	annual := strings.HasSuffix(s, "年度报告") || strings.HasSuffix(s, "年报")
	if source.Contains(s, "信息公开") {
		return annual || (strings.HasSuffix(s, "工作报告") || strings.HasSuffix(s, "情况报告")) && source.Contains(s, "年度") && !source.Contains(s, "关于")
	}
	return annual && source.Contains(s, "政务公开")
}

// findNumber finds the first 发文字号 in s (docno.Find; one without year
// brackets, or with a letter-spaced organ code, only at the start of s,
// docno.Read) and returns it normalised to 〔〕 and ASCII digits, with its
// byte range.
func findNumber(s string) (value string, start, end int, ok bool) {
	if docno.NextMark(s) < 0 {
		return "", 0, 0, false // every number ends with 号
	}
	n, ok := docno.Find(s)
	if !ok || n.Start > 0 {
		if r, atStart := docno.Read(s); atStart {
			n, ok = r, true
		}
	}
	if !ok {
		return "", 0, 0, false
	}
	return n.String(), n.Start, n.End, true
}

// readNumberAt reads a 发文字号 at the start of s. Every number ends with
// 号 (findNumber's first test): a line without one, most lines, is turned
// away by that search before docno.CanStart reads up to fifteen
// characters of an organ code at its start.
func readNumberAt(s string) (value string, end int, ok bool) {
	if len(s) > 300 || docno.NextMark(s) < 0 || !docno.CanStart(s) {
		return "", 0, false
	}
	v, start, end, ok := findNumber(s)
	if !ok || start != 0 {
		return "", 0, false
	}
	return v, end, true
}

// readDocNumber takes the 发文字号 standing above the title (or in the
// first lines when there is no title), alone, after a label (文号：) or
// after the 发文机关标志 on the same line; below the title on a line of its
// own; or glued in front of the title. Numbers cited in the body are never
// taken.
func (h *header) readDocNumber(src *source.Source, lines []line) {
	limit := h.title
	if limit < 0 {
		limit = min(len(lines), 12)
	}
	// take reads a number on s (alone, or after a label or the issuer
	// mark) and reports whether s held nothing else.
	take := func(s source.Str) (found, whole bool) {
		if s.Len() > 300 {
			return false, false // numbers stand on short header lines
		}
		v, start, end, ok := findNumber(s.S)
		if !ok {
			return false, false
		}
		prefix := strings.TrimSpace(s.S[:start])
		if prefix != "" && !docmeta.NumberLabel(prefix) && !strings.HasSuffix(prefix, "文件") {
			return false, false
		}
		h.meta.DocNumber = field(src, s.Slice(start, end), v)
		return true, prefix == "" && strings.TrimSpace(s.S[end:]) == ""
	}
	for i := 0; i < limit; i++ {
		if (lines[i].kind == lineText || lines[i].kind == linePipeRow) && !lines[i].used {
			if found, whole := take(lines[i].s); found {
				lines[i].used = whole && lines[i].kind == lineText
				return
			}
		}
	}
	if h.title < 0 {
		return
	}
	// Web pages often put the number just below the title, and gazettes
	// in round brackets (（某政发〔2023〕8号）): accept a line that is
	// nothing but a number, bracketed or not. The search starts under the
	// title, not at the body: a page printing the title twice (its <h1>,
	// then the notice's own) may put the number between the two.
	for i, n := h.title+1, 0; i < len(lines) && n < 4; i++ {
		if lines[i].kind != lineText || lines[i].used {
			continue
		}
		n++
		s := lines[i].s
		if sp, ok := docmeta.Bracketed(s.S); ok {
			s = s.Slice(sp.Start, sp.End)
		}
		if _, end, ok := readNumberAt(s.S); ok && end == len(s.S) {
			take(s)
			lines[i].used = true
			h.bodyStart = max(h.bodyStart, i+1)
			return
		}
	}
	// A number glued in front of the title line.
	if _, _, ok := readNumberAt(lines[h.title].s.S); ok {
		take(lines[h.title].s)
	}
}

// readIssuerMark takes the 发文机关标志 (…文件) above the 发文字号 or title.
func (h *header) readIssuerMark(src *source.Source, lines []line) {
	limit := h.title
	if limit < 0 {
		limit = min(len(lines), 8)
	}
	for i := 0; i < limit; i++ {
		ln := lines[i]
		if ln.kind != lineText || ln.used {
			continue
		}
		core := titleCore(ln.s)
		t := core.S
		if (strings.HasSuffix(t, "文件") || strings.HasSuffix(t, "文件）")) && !source.MoreRunes(t, 40) && !source.ContainsAny(t, "。，：") {
			h.meta.IssuerMark = field(src, core, squeeze(t))
			lines[i].used = true
			h.stackedMark(src, lines, i, limit)
			return
		}
	}
}

// stackedMark widens the 发文机关标志 on line at to the organs a joint
// notice stacks above and below it, 文件 standing beside one of them
// (某委员会 / 某厅　　文件 / 某局) or after each (某局文件 / 某局文件):
// lines naming signing organs only (markOrgs) next to it, up to limit. The
// mark's value names every organ, in order, then 文件.
func (h *header) stackedMark(src *source.Source, lines []line, at, limit int) {
	stacked := func(q int) bool {
		_, ok := markOrgs(lines[q].s)
		return lines[q].kind == lineText && !lines[q].used && ok
	}
	first, last := at, at
	for q := at - 1; q >= 0 && at-q <= maxStackedOrgs && stacked(q); q-- {
		first = q
	}
	for q := at + 1; q < limit && q-at <= maxStackedOrgs && stacked(q); q++ {
		last = q
	}
	if first == at && last == at {
		return
	}
	var names []string
	for q := first; q <= last; q++ {
		orgs, _ := markOrgs(lines[q].s)
		for _, sp := range docmeta.Issuers(orgs) {
			names = append(names, orgs[sp.Start:sp.End])
		}
		lines[q].used = true
	}
	sp := src.SpanAll(lines[first].s)
	sp.End = src.SpanAll(lines[last].s).End
	h.meta.IssuerMark = &model.Field{Value: strings.Join(names, "、") + "文件", Span: sp}
}

// markOrgs returns the organs a line of a joint 发文机关标志 names, without
// the 文件 after them ("" for a line holding 文件 alone), and whether the
// line is one: signing organs only (signatureOrgLine), 文件 aside.
func markOrgs(s source.Str) (string, bool) {
	t := strings.TrimSpace(strings.TrimSuffix(titleCore(s).S, "文件"))
	return t, t == "" || signatureOrgLine(t)
}

// readRecipients takes the 主送机关 line after the title: organisations
// separated by ，；and ending with a colon.
func (h *header) readRecipients(src *source.Source, lines []line) {
	start := h.bodyStart
	if h.title < 0 {
		start = 0
	}
	for n, i := 0, start; i < len(lines) && n < 4; i++ {
		ln := lines[i]
		if ln.kind != lineText || ln.used {
			continue
		}
		n++
		t := ln.s.S
		if !recipientsShape(t) {
			continue
		}
		body := ln.s.Slice(0, len(t)-len("："))
		if strings.HasSuffix(t, ":") {
			body = ln.s.Slice(0, len(t)-1)
		}
		for part := range splitTop(body, "，,；;") {
			part = part.TrimSpace()
			if part.Len() > 0 {
				h.meta.Recipients = append(h.meta.Recipients, *field(src, part, part.S))
			}
		}
		lines[i].used = true
		if h.title >= 0 || h.bodyStart <= i {
			h.bodyStart = i + 1
		}
		return
	}
}

// readSignature finds the first 成文日期 after the body start: a line that
// is only a date, with the 发文机关署名 on the line before it or in front
// of the date on the same line.
func (h *header) readSignature(src *source.Source, lines []line) {
	untableSignature(lines, h.bodyStart)
	for i := h.bodyStart; i < len(lines); i++ {
		ln := lines[i]
		if ln.kind != lineText || ln.used {
			continue
		}
		t := ln.s.S
		if len(t) > 160 {
			continue // a signature and its date stand on short lines
		}
		if strings.HasPrefix(t, "（") && strings.HasSuffix(t, "）") || strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
			// (2010年3月10日) under a report title
			if iso, ds, de, ok := findDate(t); ok && utf8.RuneCountInString(strings.TrimSpace(t[:ds])) <= 1 && utf8.RuneCountInString(strings.TrimSpace(t[de:])) <= 1 {
				h.meta.SignedDate = field(src, ln.s.Slice(ds, de), iso)
				lines[i].used = true
				h.signature = i
				return
			}
		}
		iso, ds, de, ok := findDate(t)
		digits := false
		if !ok || strings.TrimSpace(t[de:]) != "" {
			// 2024327, 2023.5.6: a date only where a signature stands,
			// under the issuing office or above the 附注 of a notice.
			if d, ok2 := bareDate(t, h.meta.Title != nil || h.meta.Recipients != nil); ok2 && i > 0 {
				if p := prevText(lines, i); p >= 0 && isOrgLine(lines[p].s.S) || publicityNext(lines, i) {
					iso, ds, de, ok, digits = d, 0, len(t), true, true
				}
			}
			if !ok || strings.TrimSpace(t[de:]) != "" {
				continue
			}
		}
		before := strings.TrimSpace(t[:ds])
		if before != "" && !isOrgLine(before) {
			continue
		}
		if before != "" {
			h.setIssuer(src, h.stackedOrgs(lines, i, ln.s.Slice(0, ds).TrimSpace())...)
		} else if p := prevText(lines, i); p >= 0 && isOrgLine(lines[p].s.S) && !lines[p].used {
			lines[p].used = true
			h.setIssuer(src, h.stackedOrgs(lines, p, lines[p].s)...)
		} else if !digits && h.meta.Title == nil && h.meta.Recipients == nil {
			continue // a date in running text of a page with no notice header
		}
		h.meta.SignedDate = field(src, ln.s.Slice(ds, de), iso)
		lines[i].used = true
		h.signature = i
		return
	}
}

// untableSignature turns back into text lines a signature that a page
// set in a table (<td>某局</td><td>某局</td> over a row holding the date
// alone), which the cleaner split into tab rows: a row whose one filled
// cell is a date, under a line or row naming organs only. Other rows keep
// their cells, so a plan table's rows are never read as a signature.
func untableSignature(lines []line, from int) {
	for i := max(from, 1); i < len(lines); i++ {
		if lines[i].kind != lineTabRow || !dateRow(lines[i].cells) {
			continue
		}
		p := i - 1
		for p > from && lines[p].kind == lineBlank {
			p--
		}
		switch lines[p].kind {
		case lineText:
			if !signatureOrgLine(lines[p].s.S) {
				continue
			}
		case lineTabRow:
			if !orgRow(lines[p].cells) {
				continue
			}
			lines[p].kind, lines[p].cells = lineText, nil
		default:
			continue
		}
		lines[i].kind, lines[i].cells = lineText, nil
	}
}

// dateRow reports whether the only filled cell of a row is a date.
func dateRow(cells []source.Str) bool {
	n := 0
	for _, c := range cells {
		if c.Len() == 0 {
			continue
		}
		if n++; n > 1 {
			return false
		}
		if _, ds, de, ok := findDate(c.S); !ok || ds != 0 || de != len(c.S) {
			return false
		}
	}
	return n == 1
}

// orgRow reports whether every filled cell of a row, one to four of them,
// names signing organs (signatureOrgLine).
func orgRow(cells []source.Str) bool {
	n := 0
	for _, c := range cells {
		if c.Len() == 0 {
			continue
		}
		if n++; n > maxStackedOrgs || !signatureOrgLine(c.S) {
			return false
		}
	}
	return n > 0
}

// publicityNext reports whether the text line after i is a 附注.
func publicityNext(lines []line, i int) bool {
	j := nextText(lines, i+1)
	if j < 0 || j-i > 3 {
		return false
	}
	_, ok := docmeta.Publicity(lines[j].s.S)
	return ok
}

// readHeadDate takes a 成文日期 printed above the title or the addressees
// when the notice has no signature: a line that is only a date, bracketed
// or not (（二OO八年二月二十六日）).
func (h *header) readHeadDate(src *source.Source, lines []line) {
	if h.meta.SignedDate != nil {
		return
	}
	for i := 0; i < len(lines) && i < h.bodyStart && i < 12; i++ {
		ln := lines[i]
		if ln.kind != lineText || ln.used {
			continue
		}
		t := ln.s
		if sp, ok := docmeta.Bracketed(t.S); ok {
			t = t.Slice(sp.Start, sp.End)
		}
		if iso, ds, de, ok := findDate(t.S); ok && ds == 0 && de == len(t.S) {
			h.meta.SignedDate = field(src, t, iso)
			lines[i].used = true
			return
		}
	}
}

// prevText returns the nearest text line before i, skipping blanks.
func prevText(lines []line, i int) int {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch lines[j].kind {
		case lineText:
			return j
		case lineBlank, lineNoise:
		default:
			return -1
		}
	}
	return -1
}

// isOrgLine recognises a line naming an issuing body: short, no sentence
// punctuation, ending like an organisation (package org holds the endings).
func isOrgLine(s string) bool {
	s = source.TrimSpace(s)
	n := utf8.RuneCountInString(s)
	if n < 3 || n > 40 || source.ContainsAny(s, "。，：；:,;") {
		return false
	}
	return org.HasEnding(s)
}

// closings are the formulas that end a notice's text (结束语) on a line
// of their own; traditional spellings are folded.
var closings = []string{"特此通知", "特此通告", "特此公告", "特此通报", "特此函告", "特此批复", "特此报告", "此复", "特此函复"}

// readClosing marks used the 结束语 line (特此通知) that ends the notice,
// so that it is neither body text nor glued to the plan title after it.
// It stands before the signature, or anywhere when there is none.
func (h *header) readClosing(lines []line) {
	end := len(lines)
	if h.signature >= 0 {
		end = h.signature
	}
	for i := h.bodyStart; i < end; i++ {
		ln := lines[i]
		if ln.kind != lineText || ln.used {
			continue
		}
		if len(ln.s.S) > len("特此通知。 ") {
			continue // only short lines are folded
		}
		t := source.TrimRight(script.ToSimplified(ln.s.S), "。. ")
		for _, c := range closings {
			if t == c {
				lines[i].used = true
				return
			}
		}
	}
}

// readPublicity takes the 附注 such as （此件公开发布）.
func (h *header) readPublicity(src *source.Source, lines []line) {
	for i := range lines {
		ln := lines[i]
		if ln.kind != lineText || ln.used {
			continue
		}
		if sp, ok := docmeta.Publicity(ln.s.S); ok {
			inner := ln.s.Slice(sp.Start, sp.End)
			h.meta.Publicity = field(src, inner, inner.S)
			lines[i].used = true
			return
		}
	}
}

// printed reports whether s holds 印发, in either script (the 版记's
// printing line).
func printed(s string) bool { return printWord.In(s) }

// printWord, aboutWord and publicWord are looked for in text of either
// script; docmeta.Word folds only lines that can hold them.
var (
	printWord  = docmeta.NewWord("印发")
	aboutWord  = docmeta.NewWord("关于")
	publicWord = docmeta.NewWord("信息公开")
	openWord   = docmeta.NewWord("政务公开")
)

// readTail reads the 版记 at the end: 抄送：… and "XX办公室 2017年5月31日印发".
func (h *header) readTail(src *source.Source, lines []line) {
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-30; i-- {
		ln := lines[i]
		if ln.kind != lineText || ln.used {
			continue
		}
		t := ln.s.S
		if n, ok := docmeta.Labelled(t, docmeta.CCLabels...); ok && h.meta.CC == nil {
			body := ln.s.From(n)
			// The list may continue on the following lines, up to the
			// printing line or an attachment's mark opening its page.
			for j := i + 1; j < len(lines) && lines[j].kind == lineText && !lines[j].used && !printed(lines[j].s.S) && !isOrgLine(lines[j].s.S) && !attachMark(lines[j].s.TrimSpace().S); j++ {
				body = source.Concat(body, lines[j].s)
				lines[j].used = true
			}
			body = body.TrimFunc(func(r rune) bool { return r == '。' || source.IsSpace(r) })
			for part := range splitTop(body, "，,；;") {
				part = part.TrimSpace()
				if part.Len() > 0 {
					h.meta.CC = append(h.meta.CC, *field(src, part, part.S))
				}
			}
			lines[i].used = true
			h.tail = min(h.tail, i)
			continue
		}
		// The printing line ends in 印发: its last rune is tested before
		// the line is folded.
		if h.meta.PrintedDate == nil && printWord.MayEnd(t) && printed(t) {
			iso, ds, de, ok := findDate(t)
			if !ok || !strings.HasSuffix(script.ToSimplified(strings.TrimSpace(t[de:])), "印发") {
				continue
			}
			h.meta.PrintedDate = field(src, ln.s.Slice(ds, de), iso)
			if before := ln.s.Slice(0, ds).TrimSpace(); before.Len() > 0 && isOrgLine(before.S) {
				h.meta.PrintedBy = field(src, before, squeeze(before.S))
			} else if p := prevText(lines, i); p >= 0 && isOrgLine(lines[p].s.S) {
				h.meta.PrintedBy = field(src, lines[p].s, squeeze(lines[p].s.S))
				lines[p].used = true
				h.tail = min(h.tail, p)
			}
			lines[i].used = true
			h.tail = min(h.tail, i)
		}
	}
	if h.tail < len(lines) && attachmentAfter(lines, h.tail) {
		// The 版记 closed the notice as a portal posts it, and the
		// attachment follows it: the text does not end there.
		h.tail = len(lines)
	}
}

// issuerFromTitle names the issuer after the title's author when the
// excerpt has no signature: 国务院关于…的意见 → 国务院, 某厅对…的答复 →
// 某厅, 2015年临江县水务局政府信息公开年度报告 → 临江县水务局. A title
// without an author (关于印发《某市教育局2024年工作要点》的通知) names
// the department in the document it issues.
func (h *header) issuerFromTitle(src *source.Source, lines []line) {
	if h.meta.Issuer != nil || h.meta.Title == nil || h.title < 0 {
		return
	}
	t := h.titleStr
	if author, ok := titleAuthor(t); ok {
		h.setIssuer(src, author)
		return
	}
	if !strings.HasPrefix(script.ToSimplified(strings.TrimSpace(t.S)), "关于") {
		return
	}
	if k := source.IndexRune(t.S, '《'); k >= 0 {
		if author, ok := titleAuthor(t.From(k + len("《"))); ok {
			h.setIssuer(src, author)
		}
	}
}

// titleAuthor returns the authority a title starts with: the text before
// 关于, 对/转发/批转/印发, a year (某局2020年…) or 信息公开, when it ends
// like an organisation. A leading year (2009年…) is skipped.
func titleAuthor(t source.Str) (source.Str, bool) {
	if n := yearAt(t.S, 0); n > 0 {
		t = t.From(n)
		if strings.HasPrefix(t.S, "度") {
			t = t.From(len("度"))
		}
		t = t.TrimSpace()
	}
	// Positions are found in the text without pinyin glosses (關(guān)于)
	// and carried back to the title as printed.
	plain := segment.StripGlosses(t.S)
	folded := script.ToSimplified(plain) // same byte offsets as plain
	end := -1
	consider := func(k int) {
		if k > 0 && (end < 0 || k < end) {
			end = k
		}
	}
	for _, w := range []string{"关于", "政府信息公开", "信息公开"} {
		k := source.Index(folded, w)
		if k == 0 {
			return source.Str{}, false // 关于…: the title names no author
		}
		consider(k)
	}
	consider(authorBefore(plain))
	for i := range plain {
		if yearAt(plain, i) > 0 {
			consider(i)
			break
		}
	}
	if end <= 0 {
		return source.Str{}, false
	}
	author := t.Slice(0, glossedPrefix(t.S, end)).TrimSpace()
	name := segment.StripGlosses(author.S)
	if !org.HasEnding(name) || source.MoreRunes(name, 30) || source.ContainsAny(name, "《》") {
		return source.Str{}, false
	}
	return author, true
}

// glossedPrefix returns the length of the prefix of s that reads as the
// first n bytes of s once its pinyin glosses are stripped.
func glossedPrefix(s string, n int) int {
	plain := segment.StripGlosses(s)
	if plain == s {
		return n
	}
	for i := range s {
		if i >= n && segment.StripGlosses(s[:i]) == plain[:n] {
			return i
		}
	}
	return len(s)
}

// yearAt returns the length of a year (19xx or 20xx, then 年, spaces
// allowed before it) starting at s[i:], or 0.
func yearAt(s string, i int) int {
	if !ord.OpensYear(s[i:]) || i > 0 && ord.IsASCIIDigit(s[i-1]) {
		return 0
	}
	j := i + 4
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if !strings.HasPrefix(s[j:], "年") {
		return 0
	}
	return j + len("年") - i
}

// maxStackedOrgs bounds the lines of a joint signature stacked above its
// last organ.
const maxStackedOrgs = 4

// stackedOrgs returns the 发文机关署名 whose last organ is last, on line
// at: with the organs of a joint notice that GB/T 9704 stacks above it,
// one or two to a line, blank lines allowed between (signatureOrgLine),
// in reading order. It marks the stacked lines used.
func (h *header) stackedOrgs(lines []line, at int, last source.Str) []source.Str {
	above := make([]int, 0, maxStackedOrgs)
	for q := prevText(lines, at); q >= h.bodyStart && q >= 0 && len(above) < maxStackedOrgs; q = prevText(lines, q) {
		if lines[q].used || !signatureOrgLine(lines[q].s.S) {
			break
		}
		above = append(above, q)
	}
	out := make([]source.Str, 0, len(above)+1)
	for k := len(above) - 1; k >= 0; k-- {
		lines[above[k]].used = true
		out = append(out, lines[above[k]].s)
	}
	return append(out, last)
}

// signatureOrgLine recognises a line of a joint signature: an organisation
// line (isOrgLine) without digits (an attachment list's 2.某某领导小组 is
// not one) whose every part names a body of its own, none a collective
// (各有关部门).
func signatureOrgLine(s string) bool {
	if !isOrgLine(s) || strings.ContainsAny(s, "0123456789０１２３４５６７８９") {
		return false
	}
	for _, sp := range docmeta.Issuers(s) {
		part := s[sp.Start:sp.End]
		if !org.HasEnding(part) || org.IsGeneric(part) {
			return false
		}
	}
	return true
}

// setIssuer records the issuing authorities named in parts (the lines of
// a signature, or one string): each in Issuers, and all of them in Issuer
// (joined with 、 when there are several).
func (h *header) setIssuer(src *source.Source, parts ...source.Str) {
	h.meta.Issuers = h.meta.Issuers[:0:0]
	for _, s := range parts {
		h.meta.Issuers = append(h.meta.Issuers, issuerFields(src, s)...)
	}
	if len(h.meta.Issuers) == 1 {
		f := h.meta.Issuers[0]
		h.meta.Issuer = &f
		return
	}
	h.meta.Issuer = joinedIssuer(h.meta.Issuers)
}

// readDocType takes the 文种 from the end of the title.
func (h *header) readDocType(src *source.Source) {
	if h.meta.Title == nil || h.title < 0 {
		return
	}
	if typ, at, ok := docmeta.DocType(h.titleStr.S); ok {
		h.meta.DocType = field(src, h.titleStr.From(at).TrimSpace(), typ)
	}
}

// readAttachments takes the 附件说明 of the notice (附件：1.… 2.…): its
// numbered lines name attachments and are not plan entries.
func (h *header) readAttachments(lines []line) {
	for i := h.bodyStart; i < len(lines); i++ {
		if lines[i].kind != lineText || lines[i].used || !docmeta.AttachmentLabel(lines[i].s.S) {
			continue
		}
		if h.signature >= 0 && i > h.signature+3 {
			return // attachments are listed before the signature
		}
		lines[i].used = true
		for j := i + 1; j < len(lines); j++ {
			ln := lines[j]
			if ln.kind == lineBlank {
				continue
			}
			o, ok := ord.Read(ln.s.S)
			if ln.kind != lineText || ln.used || !ok || o.Style != ord.ArabicDot || source.ContainsAny(ln.s.S, "。；") || source.MoreRunes(ln.s.S, 60) {
				break
			}
			lines[j].used = true
		}
		return
	}
}

// newDocument starts a Document with the header's metadata and warnings.
func (h *header) newDocument() *model.Document {
	return &model.Document{Kind: model.KindUnknown, Meta: h.meta, Warnings: append([]model.Warning(nil), h.warnings...)}
}

// issuingWords close the sentence that issues a document: 现将《X》印发给
// 你们, 《X》已经…同意，现转发给你们. They are matched in simplified script.
var issuingWords = []string{"印发给你们", "转发给你们", "下发给你们", "现予印发"}

// issuingMarks are what every issuing word holds: 发, and 给 (印发给你们 …)
// or 予 (现予印发). A line that cannot hold them once folded is not folded.
var (
	issuingMark = docmeta.NewWord("发")
	givingMarks = []docmeta.Word{docmeta.NewWord("给"), docmeta.NewWord("予")}
)

// mayIssue reports whether s can hold an issuing word after the 《》 of the
// title it issues, judged without folding s: it holds 》, a rune that folds
// to 发, and one that folds to 给 or 予.
func mayIssue(s string) bool {
	if !source.ContainsRune(s, '》') || !issuingMark.MayBeIn(s) {
		return false
	}
	for _, w := range givingMarks {
		if w.MayBeIn(s) {
			return true
		}
	}
	return false
}

// readIssuedTitle takes the title of the document a notice issues: from
// 《》 in an issuing title (关于印发《X》的通知), or from the sentence that
// issues it in the lines between the title and the signature.
func (h *header) readIssuedTitle(src *source.Source, lines []line) {
	if h.meta.Title != nil && h.title >= 0 && isIssuingTitle(h.meta.Title.Value) {
		if q, ok := lastQuoted(h.titleStr, len(h.titleStr.S)); ok {
			if x, ok := issuedDocument(q); ok {
				q = x // 关于转发《…关于印发X的通知》的通知 forwards X
			}
			h.meta.IssuedTitle = field(src, q, squeeze(q.S))
			return
		}
	}
	end := len(lines)
	if h.signature >= 0 {
		end = h.signature
	}
	for i, n := h.bodyStart, 0; i < end && n < 8; i++ {
		ln := lines[i]
		if ln.kind != lineText || ln.used {
			continue
		}
		n++
		if q, ok := publishedTitle(ln.s); ok {
			h.meta.IssuedTitle = field(src, q, squeeze(q.S))
			return
		}
		if !mayIssue(ln.s.S) {
			continue
		}
		folded := script.ToSimplified(ln.s.S) // same byte offsets
		for _, w := range issuingWords {
			k := source.Index(folded, w)
			if k < 0 {
				continue
			}
			if q, ok := lastQuoted(ln.s, k); ok {
				if x, ok := issuedDocument(q); ok {
					q = x // 转发《…关于印发X的通知》 forwards X
				}
				h.meta.IssuedTitle = field(src, q, squeeze(q.S))
				return
			}
		}
	}
}

// publishWord is what the sentence by which an order (令) publishes a
// regulation holds: 现公布《X》，自…起施行 (the verb before the title, also
// 现公布修订后的《X》) or 《X》已经…通过，现予公布 (after it).
var publishWord = docmeta.NewWord("公布")

// publishedTitle returns the 《》 title an order's publishing sentence in s
// names: the first one after 现公布 within its sentence, or the last one
// before 现予公布.
func publishedTitle(s source.Str) (source.Str, bool) {
	if !publishWord.MayBeIn(s.S) || !source.ContainsRune(s.S, '》') {
		return source.Str{}, false
	}
	folded := script.ToSimplified(s.S) // same byte offsets
	if k := source.Index(folded, "现予公布"); k >= 0 {
		return lastQuoted(s, k)
	}
	k := source.Index(folded, "现公布")
	if k < 0 {
		return source.Str{}, false
	}
	c := strings.Index(s.S[k:], "》")
	if c < 0 || source.ContainsRune(s.S[k:k+c], '。') {
		return source.Str{}, false
	}
	return lastQuoted(s, k+c+len("》"))
}

// lastQuoted returns the content of the last 《…》 that closes before
// byte end of s, within the same sentence.
func lastQuoted(s source.Str, end int) (source.Str, bool) {
	head := s.S[:end]
	c := strings.LastIndex(head, "》")
	if c < 0 || source.ContainsRune(head[c:], '。') {
		return source.Str{}, false
	}
	depth := 1 // the 》 at c
	for i := c; i > 0; {
		r, size := script.DecodeLastRune(head[:i])
		i -= size
		switch r {
		case '》':
			depth++
		case '《':
			depth--
			if depth == 0 {
				q := s.Slice(i+size, c).TrimSpace()
				return q, q.Len() > 0
			}
		}
	}
	return source.Str{}, false
}
