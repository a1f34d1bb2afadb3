package parse

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/parse/internal/docmeta"
	"github.com/zwgk/gongwen/parse/internal/docno"
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// minRunTogether is the length (in runes) from which a line is suspected
// of holding a whole document whose line breaks were lost.
const minRunTogether = 400

// sectionNames are the generic names of plan and report sections, in
// simplified script (text is compared folded). When line breaks are lost,
// 一、工作目标紧紧围绕… can only be split after such a name.
var sectionNames = []string{
	"指导思想", "总体要求", "基本原则", "工作目标", "主要目标", "总体目标",
	"工作任务", "主要任务", "重点任务", "重点工作", "工作重点", "主要内容",
	"工作措施", "主要措施", "具体措施", "保障措施", "保障机制", "组织保障", "组织领导",
	"工作要求", "有关要求", "实施步骤", "进度安排", "时间安排", "工作安排", "职责分工", "责任分工",
	"工作机制", "总体情况", "概述", "主要问题", "存在的主要问题及改进情况", "存在的主要问题及改进措施",
	"其他需要报告的事项", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
}

// openers start the first sentence after a title (compared in simplified
// script), as does a year followed by a comma (2019年，).
var openers = []string{"为", "根据", "按照", "依据", "近年", "近期", "今年", "现将", "经"}

// openerStarts holds the runes that may start one of openers in either
// script: a text starting with none of them starts no sentence unless
// with a year (yearComma).
var openerStarts = docmeta.StartsOf(openers)

// startsSentence reports whether s starts with the opening words of a
// sentence.
func startsSentence(s string) bool {
	n := 0
	for range 2 { // the openers are one or two characters long
		_, w := script.DecodeRune(s[n:])
		n += w
	}
	head := script.ToSimplified(s[:n])
	for _, o := range openers {
		if strings.HasPrefix(head, o) {
			return true
		}
	}
	return yearComma(s)
}

// yearComma reports whether s starts with a year and a comma: 2019年，
func yearComma(s string) bool {
	if !ord.OpensYear(s) {
		return false
	}
	rest := strings.TrimLeft(s[4:], " \t\n\r\f")
	return strings.HasPrefix(rest, "年，") || strings.HasPrefix(rest, "年,")
}

// rebreak splits lines that hold a run-together document (a page saved
// without its line breaks) at the places where a break must have been: after
// a leading title, and before headings (一、 （一） 1.) that follow the end
// of a sentence or another heading, with ordinals in sequence.
// The lines come back as they are (no copy) when none ran together.
// text is the text the lines were cut from.
func rebreak(text string, raw []source.Str) []source.Str {
	clues := newHeaderClues(text)
	var out []source.Str // nil until a line is split
	for i, l := range raw {
		var parts []source.Str
		switch {
		case strings.IndexByte(l.S, '\t') >= 0:
		case len(l.S) >= minRunTogether*2 && manyHeadings(l.S):
			parts = splitRunTogether(l)
		default:
			if l.Src(0) < headerLimit && clues.mayHold(l.S, l.Src(0)) {
				parts = headerParts(l)
			}
			if parts == nil {
				parts = runOnHeading(l)
			}
		}
		if parts == nil {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append(make([]source.Str, 0, len(raw)+64), raw[:i]...)
		}
		out = append(out, parts...)
	}
	if out == nil {
		return raw
	}
	return out
}

// minHeaderCuts is the number of header elements (number, recipients,
// body, signature, date) a short line must break into before it is taken
// for a notice header that lost its line breaks.
const minHeaderCuts = 4

// runTogetherHeader splits a line near the top that holds a whole notice
// header run together (title 号 recipients：body。office date) although the
// rest of the page kept its breaks; it returns nil for any other line.
func runTogetherHeader(l source.Str) []source.Str {
	if !mayHoldHeader(l.S) {
		return nil
	}
	return headerParts(l)
}

// headerParts is runTogetherHeader without its first test: the line cut
// into the elements of a header, or nil when it holds fewer than
// minHeaderCuts of them. A header run together holds a bracket that may
// open a 发文字号's year, and a date or a number: titles in a row are no
// header.
func headerParts(l source.Str) []source.Str {
	if len(l.S) >= headerLimit || !docno.HasOpening(l.S) ||
		!source.ContainsRune(l.S, '日') && docno.NextMark(l.S) < 0 {
		return nil
	}
	cuts, _ := headerCuts(l.S)
	inner := cuts[:0]
	for _, c := range cuts {
		if c > 0 && c < len(l.S) && !slices.Contains(inner, c) {
			inner = append(inner, c)
		}
	}
	if len(inner) < minHeaderCuts {
		return nil
	}
	return cutAt(l, inner)
}

// mayHoldHeader is runTogetherHeader's first test, for a line on its own.
func mayHoldHeader(s string) bool {
	c := newHeaderClues(s)
	return c.mayHold(s, 0)
}

// headerClues answers runTogetherHeader's first test for the lines of one
// text taken in order (rebreak's). A header run together holds a date
// (every date ends with 日) or a 发文字号 (its 号, found by docno.NextMark);
// without a date it yields no signature, and the cuts around the number
// and the colon after the recipients are three, so a title at its start
// (titleEnd) must make the fourth. It also holds a bracket that may open
// the number's year. Most ordinary lines hold neither 日 nor 号: the text
// is searched for them from a line on to the next one found (ahead), once
// for all the lines in between, and the titles and the brackets are looked
// for only in the few lines that hold one.
type headerClues struct {
	text        string // the text, as far as a header line can reach
	day, number ahead  // 日, and 号 or 號
}

func newHeaderClues(text string) headerClues {
	// The lines asked about start before headerLimit: they end at the
	// first line break after it, and are shorter than headerLimit.
	reach := min(len(text), 2*headerLimit)
	if k := strings.IndexByte(text[min(headerLimit, reach):reach], '\n'); k >= 0 {
		reach = headerLimit + k
	}
	return headerClues{
		text:   text[:reach],
		day:    ahead{find: indexDay, next: -1},
		number: ahead{find: docno.NextMark, next: -1},
	}
}

// indexDay returns the offset of the first 日 in s, or -1.
func indexDay(s string) int { return source.IndexRune(s, '日') }

// mayHold reports whether the line s, at offset at of the text, may hold
// a header run together. A line that is not the text's bytes there (rows
// joined by joinQuotedRows) is searched on its own.
func (c *headerClues) mayHold(s string, at int) bool {
	if len(s) >= headerLimit {
		return false
	}
	end := at + len(s)
	if end > len(c.text) || c.text[at:end] != s {
		return mayHoldHeader(s)
	}
	if !c.day.in(c.text, at, end) && (!c.number.in(c.text, at, end) || titleEnd(s) == 0) {
		return false
	}
	return docno.HasOpening(s)
}

// ahead tells whether the lines of a text, asked in order, hold a match of
// find. It searches the text from a line on to the next match and keeps
// where that is: the lines before it hold none and cost no search.
type ahead struct {
	find func(string) int // the offset of the first match in a string, or -1
	from int              // where the last search started
	next int              // the first match at or after from (len(text): none); -1 before any search
}

// in reports whether text[start:end] holds a match.
func (a *ahead) in(text string, start, end int) bool {
	if a.next < start || start < a.from {
		a.from = start
		if k := a.find(text[start:]); k >= 0 {
			a.next = start + k
		} else {
			a.next = len(text)
		}
	}
	// The line holds a match only from the first one after its start on,
	// which must end within it.
	return a.next < end && a.find(text[a.next:end]) >= 0
}

func splitRunTogether(l source.Str) []source.Str {
	cuts, pos := headerCuts(l.S)
	cuts = append(cuts, headingCuts(l.S, pos)...)
	if len(cuts) == 0 {
		return []source.Str{l}
	}
	return cutAt(l, cuts)
}

// headingCuts returns the places in s, from pos on, where a heading in
// sequence starts: at pos, after a sentence end, or right after its parent
// heading.
func headingCuts(s string, pos int) (cuts []int) {
	last := map[ord.Style]int{}
	afterHeading := false
	// A sub-heading may follow its heading's title directly: 一、加强…（一）提升…
	headingStyle, headingEnd := ord.None, -1
	pos = len(s) - len(strings.TrimLeft(s[pos:], " \u3000")) // after an indent
	prev, _ := script.DecodeLastRune(s[:pos])                // the rune before i
	for i := pos; i < len(s); {
		boundary := endsClause(prev) || afterHeading || i == pos
		// An ordinal is read only where it can start a heading: at a
		// boundary, or as a sub-heading shortly after its heading.
		var o ord.Ordinal
		ok := false
		if boundary || i < headingEnd {
			o, ok = ord.Read(s[i:])
		}
		if ok && !boundary && i < headingEnd && o.Style > headingStyle && o.Index == 1 {
			boundary = true
		}
		if boundary {
			if ok && inSequence(last, o) {
				headingStyle, headingEnd = o.Style, i+o.Size+3*40
				cuts = append(cuts, i)
				last[o.Style] = o.Index
				for st := range last {
					if st > o.Style {
						delete(last, st)
					}
				}
				i += o.Size
				afterHeading = false
				// A heading with no sentence end of its own: cut after a
				// known section name, or let a sub-heading follow directly.
				rest := s[i:]
				for _, name := range sectionNames {
					if n, ok := foldedPrefix(rest, name); ok {
						i += n
						cuts = append(cuts, i)
						afterHeading = true
						break
					}
				}
				prev, _ = script.DecodeLastRune(s[:i])
				continue
			}
		}
		afterHeading = false
		r, n := script.DecodeRune(s[i:])
		if r != ' ' && r != '\u3000' {
			prev = r // 。　　二、: a paragraph's indent stays between them
		}
		i += n
	}
	return cuts
}

// endsClause reports whether r ends a sentence or a bracketed clause
// (。；;！？!?）)), after which a heading may start. It is asked about every
// rune of a run-together line, so it is a switch, not a search of a set.
func endsClause(r rune) bool {
	switch r {
	case '。', '；', ';', '！', '？', '!', '?', '）', ')':
		return true
	}
	return false
}

// runOnHeading splits a heading line whose title runs, after a space, into
// its first sub-heading and the sub-headings after it (一、加强审批公开
// １．公开事项。…（…）２．公开结果。…): a page that lost the breaks of one
// section. The title must end before any sentence does, so a run-on
// heading with inline items (（一）做好公开。1.…2.…) is left to the tree,
// and so is a table row (a cell's bar before the space).
func runOnHeading(l source.Str) []source.Str {
	s := l.S
	if r, _ := script.DecodeRune(s); !ord.MayStartCn(r) {
		return nil
	}
	o, ok := ord.Read(s)
	if !ok || (o.Style != ord.CnDun && o.Style != ord.CnParen) || strings.IndexByte(s, '\t') >= 0 {
		return nil
	}
	rest := s[o.Size:]
	// The title's space is searched for in its first 41 runes only:
	// beyond them the title is too long anyway.
	k := indexTitleSpace(rest[:min(len(rest), 41*utf8.UTFMax)])
	if k <= 0 || source.MoreRunes(rest[:k], 40) || source.ContainsAny(rest[:k], "。；;：:，,|｜") {
		return nil
	}
	sub := strings.TrimLeft(rest[k:], " \u3000\u00a0")
	if so, ok := ord.Read(sub); !ok || so.Style <= o.Style || so.Index != 1 || columnRow(sub) {
		return nil
	}
	return cutAt(l, headingCuts(s, len(s)-len(sub)))
}

// indexTitleSpace returns the offset of the first space, ideographic space
// (U+3000) or no-break space (U+00A0) in s, or -1: strings.IndexAny with
// those three, reading bytes instead of decoding every rune. Their first
// bytes (20, E3, C2) never continue a rune.
func indexTitleSpace(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
			return i
		case 0xE3:
			if strings.HasPrefix(s[i:], "\u3000") {
				return i
			}
		case 0xC2:
			if strings.HasPrefix(s[i:], "\u00a0") {
				return i
			}
		}
	}
	return -1
}

// columnRow reports text that goes on, before its first sentence ends, past
// a run of two or more spaces: the row of a table a PDF-to-text tool laid
// out in columns (一、… （一）…  内容…  单位), not run-on headings.
func columnRow(s string) bool {
	if end := source.IndexAny(s, "。；;"); end >= 0 {
		s = s[:end]
	}
	return source.Contains(s, "  ") || source.Contains(s, "\u3000")
}

// cutAt cuts l at the byte offsets in cuts (any order, repeats allowed).
func cutAt(l source.Str, cuts []int) []source.Str {
	sort.Ints(cuts)
	var out []source.Str
	prev := 0
	for _, c := range cuts {
		if c > prev {
			out = append(out, l.Slice(prev, c))
		}
		prev = c
	}
	return append(out, l.From(prev))
}

// inSequence accepts an ordinal that starts its level (1) or follows the
// last one of its style.
func inSequence(last map[ord.Style]int, o ord.Ordinal) bool {
	if o.Style == ord.Circled || o.Style == ord.ArabicParen {
		return false
	}
	p, seen := last[o.Style]
	if !seen {
		return o.Index == 1
	}
	return o.Index == p+1 || o.Index == 1
}

// titleEnd returns the length of a title at the start of s that runs into
// the text after it, or 0. A title repeated right after itself ends at the
// first copy; otherwise the longest title that is followed by a 发文字号 or
// by the opening words of a sentence wins (…工作要点的通知 over …工作要点).
func titleEnd(s string) int {
	best := 0
	first, _ := script.DecodeRune(s)
	// A 发文字号 at i ends with a 号 at or after i: mark is the next 号 at
	// or after the last place a number was looked for (-1: none), found
	// only once a possible title end asks for it (-2 until then).
	mark := -2
	markAfter := func(i int) bool {
		if mark == -2 || mark >= 0 && mark < i {
			if k := docno.NextMark(s[i:]); k >= 0 {
				mark = i + k
			} else {
				mark = -1
			}
		}
		return mark >= i
	}
	last := rune(0) // the last rune of s[:i] other than spaces
	for i, w, n := 0, 0, 0; i < len(s) && n <= 70; i, n = i+w, n+1 {
		var r rune
		r, w = script.DecodeRune(s[i:])
		prev := last
		if r != ' ' && r != '\u3000' && r != '\u00a0' && r != '\t' { // DocType's spaces
			last = r
		}
		// Only the ASCII marks end the search: the test has always been
		// made on the first byte of a rune, which no full-width mark is.
		if c := s[i]; c == ',' || c == ';' || c == ':' {
			break
		}
		// The title's document type is tested on its last rune before
		// anything else (年度报告 ends in a type's 告), and what follows by
		// its first rune where that settles it: a repeat of the title
		// starts with the title's first rune, a sentence with an opener's
		// or a year's, and a 发文字号 needs a 号 after it. The rest costs
		// more to read.
		if i == 0 || !docmeta.MayEndDocType(prev) {
			continue
		}
		if r != first && !openerStarts.Has(r) && r != '1' && r != '2' && !markAfter(i) {
			continue
		}
		head, rest := s[:i], s[i:]
		if !(endsWithDocType(head) || foldedSuffix(head, "年度报告")) {
			continue
		}
		if strings.HasPrefix(rest, head) { // the title repeated
			return i
		}
		if numbered := markAfter(i) && isNumber(rest); !numbered && !startsSentence(rest) {
			continue
		}
		best = i
	}
	return best
}

// isNumber reports whether s starts with a 发文字号.
func isNumber(s string) bool {
	_, ok := docno.Read(s)
	return ok
}

// headerLimit bounds the part of a run-together line searched for the
// notice header (title, number, recipients, signature, 附注, plan title).
const headerLimit = 4000

// headerCuts finds the breaks of a notice header that lost its line breaks:
// 关于…的通知|柳政办〔2020〕21号|各县、区人民政府…：|…落实。|柳州市人民政府办公室
// 2020年4月20日|（此件公开发布）|柳州市2020年…工作要点|为深入… It returns the
// cuts and the position where the body (the headings) starts.
func headerCuts(s string) (cuts []int, pos int) {
	limit := min(len(s), headerLimit)
	head := s[:limit]
	// Titles at the start and after each header element, possibly repeated.
	title := func(at int) int {
		for {
			k := titleEnd(s[at:])
			if k <= 0 {
				return at
			}
			at += k
			cuts = append(cuts, at)
		}
	}
	pos = title(0)
	if n, ok := docno.Find(head[pos:]); ok && !source.MoreRunes(head[pos:pos+n.Start], 80) {
		cuts = append(cuts, pos+n.Start, pos+n.End)
		pos += n.End
		// The recipients end with the first colon after the number.
		if k := source.IndexAny(head[pos:], "：:"); k > 0 && !source.MoreRunes(head[pos:pos+k], 150) && !strings.ContainsAny(head[pos:pos+k], "。") {
			_, w := script.DecodeRune(head[pos+k:])
			pos += k + w
			cuts = append(cuts, pos)
		}
	}
	// Signature and date: an organisation name between a sentence end and
	// a date, then an optional 附注, then the plan's title. Every date ends
	// with 日: a line without one is not searched.
	if !source.ContainsRune(head[pos:], '日') {
		return cuts, pos
	}
	for from, tries := pos, 0; tries < 4; tries++ {
		_, ds, de, ok := findDate(head[from:])
		if !ok {
			break
		}
		ds, de = from+ds, from+de
		from = de
		k, n := lastIndexClose(head[:ds])
		if k < 0 {
			continue
		}
		org := head[k+n : ds]
		if !isOrgLine(org) {
			continue
		}
		cuts = append(cuts, k+n, ds, de)
		pos = de
		if k := source.IndexAny(head[pos:], "）)"); k > 0 && k < 60 {
			_, n := script.DecodeRune(head[pos+k:])
			if _, ok := docmeta.Publicity(head[pos : pos+k+n]); ok {
				cuts = append(cuts, pos+k+n)
				pos += k + n
			}
		}
		pos = title(pos)
		break
	}
	return cuts, pos
}

// manyHeadings is a cheap first test for a run-together document: at least
// two first- or second-level ordinals (二、 （二）) right after a sentence end
// or a closing bracket. Each mark is searched for on its own (the order of
// the places does not matter to a count), by strings.Index, which skips
// the bytes that cannot start one much faster than a loop testing each.
func manyHeadings(s string) bool {
	n := 0
	for _, mark := range [...]string{"。", "）", ")"} {
		for k := 0; ; {
			i := source.Index(s[k:], mark)
			if i < 0 {
				break
			}
			k += i + len(mark)
			if headingStarts(s[k:]) {
				if n++; n >= 2 {
					return true
				}
			}
		}
	}
	return false
}

// headingStarts reports whether s starts with a first- or second-level
// ordinal (二、 （二）), after a paragraph's indent at most.
func headingStarts(s string) bool {
	s = strings.TrimLeft(s, " \u3000")
	if r, _ := script.DecodeRune(s); !ord.MayStartCn(r) {
		return false
	}
	o, ok := ord.Read(s)
	return ok && (o.Style == ord.CnDun || o.Style == ord.CnParen)
}

// lastIndexClose returns the offset and byte width of the last 。 ） or )
// in s, or -1, read byte by byte backwards: strings.LastIndexAny decodes
// every rune to compare it with a set holding non-ASCII runes.
func lastIndexClose(s string) (int, int) {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ')':
			return i, 1
		case "。"[0], "）"[0]:
			if strings.HasPrefix(s[i:], "。") || strings.HasPrefix(s[i:], "）") {
				return i, len("。")
			}
		}
	}
	return -1, 0
}

// foldedPrefix reports whether s starts with word (simplified script) once
// s is folded to simplified script, and how many bytes of s that prefix
// takes.
func foldedPrefix(s, word string) (int, bool) {
	i := 0
	for _, wr := range word {
		r, n := script.DecodeRune(s[i:])
		if n == 0 || script.SimplifiedRune(r) != wr {
			return 0, false
		}
		i += n
	}
	return i, true
}

// foldedSuffix reports whether s ends with word (simplified script) once s
// is folded to simplified script.
func foldedSuffix(s, word string) bool {
	i := len(s)
	for w := word; w != ""; {
		wr, wn := script.DecodeLastRune(w)
		r, n := script.DecodeLastRune(s[:i])
		if n == 0 || script.SimplifiedRune(r) != wr {
			return false
		}
		i -= n
		w = w[:len(w)-wn]
	}
	return true
}
