package report

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/docmeta"
	"github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/pool"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
	"github.com/zwgk/gongwen/segment/script"
)

// Build reads the report in src. title is the report's title when the
// caller found one.
func Build(src *source.Source, title string) (*model.Report, []model.Warning) {
	return NewText(src).Build(title)
}

// The arrays a report's build reads into and drops (nothing it returns
// points into them), kept for the next report: the prose's and the
// tables' stats before build copies them into the report's, the tables'
// form matches and labels, and the paragraphs' ranges.
var (
	statArrays  pool.Arrays[model.Stat]
	matchArrays pool.Arrays[match]
	hitArrays   pool.Arrays[hit]
	rangeArrays pool.Arrays[[2]int]
)

// build reads the report in src, whose norm is n.
func build(src *source.Source, n *norm, title string) (*model.Report, []model.Warning) {
	lines := src.Lines()
	rep := &model.Report{Title: title, Sections: []model.Section{}}
	if rep.Title == "" {
		rep.Title = findTitle(lines)
	}
	rep.Year = findYear(rep.Title, n.s)

	var warns []model.Warning
	tb := &tabler{s: src, n: n, stats: statArrays.Get(0), found: matchArrays.Get(0), hits: hitArrays.Get(0)}
	if l, ok := n.tables(); ok {
		tables := &model.ReportTables{}
		if l.proactive.from >= 0 {
			tables.Proactive = tb.proactive(l.proactive)
		}
		if l.requests.from >= 0 {
			tables.Requests = tb.requests(l.requests)
		}
		if l.review.from >= 0 {
			tables.Review = tb.review(l.review)
		}
		if len(tables.Proactive) > 0 || tables.Requests != nil || tables.Review != nil {
			rep.Tables = tables
			warns = append(warns, Check(tables)...)
		}
		warns = append(warns, tb.unreadRows()...)
		warns = append(warns, missingRows(tables.Requests)...)
		warns = append(warns, missingProactive(tables.Proactive)...)
		warns = append(warns, missingCells(tables.Requests, "三")...)
		warns = append(warns, missingCells(tables.Review, "四")...)
	}
	tb.statTable(lines)
	tb.countTables(lines)
	sort.Slice(tb.masks, func(i, j int) bool { return tb.masks[i][0] < tb.masks[j][0] })

	rep.Sections = sections(src, n, tb.masks)

	// the prose's stats, then the tables', copied into one array of their
	// number from the scratch arrays they were read into
	pr := &proseReader{s: src, n: n, stats: statArrays.Get(0)}
	segs := paragraphs(src, lines, proseMasks(tb.masks, rep.Sections))
	for _, seg := range segs {
		pr.paragraph(n.at(seg[0]), n.at(seg[1]))
	}
	rangeArrays.Put(segs)
	matchArrays.Put(tb.found)
	hitArrays.Put(tb.hits)
	rep.Stats = make([]model.Stat, 0, len(pr.stats)+len(tb.stats))
	rep.Stats = append(append(rep.Stats, pr.stats...), tb.stats...)
	statArrays.Put(pr.stats)
	statArrays.Put(tb.stats)
	slices.SortStableFunc(rep.Stats, func(a, b model.Stat) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
	warns = append(warns, pr.warns...)
	sort.SliceStable(warns, func(i, j int) bool { return warns[i].Span.Start < warns[j].Span.Start })
	return rep, warns
}

// proseMasks adds to the table masks the section headings that hold no
// number, so that a heading run on into its text (一、总体情况 本局全年…) is
// not read as the first words of a count's label.
func proseMasks(tables [][2]int, secs []model.Section) [][2]int {
	out := make([][2]int, 0, len(tables)+len(secs))
	out = append(out, tables...)
	for _, s := range secs {
		if !strings.ContainsFunc(s.Heading, isNumRune) {
			out = append(out, [2]int{s.Span.Start, s.Span.End})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// paragraphs returns the source ranges of the lines (of src) outside the
// masked table ranges (sorted by their starts). A line break inside a count (PDF-extracted text puts
// numbers on lines of their own: 累计公开信息\n5928\n条) joins the lines,
// and so does the break of a line a fixed-pitch rendering wrapped inside a
// word (wrapsWord: 其|中省政府…, 不予|公开).
// The ranges are in an array of rangeArrays, to be put back once read.
func paragraphs(src *source.Source, lines []source.Str, masks [][2]int) [][2]int {
	out := rangeArrays.Get(len(lines))
	first := 0 // the masks before first end before the lines left to read
	wrap := wrapWidth{lines: lines}
	for li, line := range lines {
		a, b := line.Src(0), line.SrcEnd(line.Len())
		for first < len(masks) && masks[first][1] <= a {
			first++
		}
		for _, m := range masks[first:] {
			if m[0] >= b {
				break // the masks are sorted by their starts
			}
			if m[1] <= a {
				continue
			}
			if m[0] > a {
				out = append(out, [2]int{a, m[0]})
			}
			a = max(a, m[1])
		}
		if a >= b {
			continue
		}
		if k := len(out) - 1; k >= 0 && !maskedBetween(masks, out[k][1], a) &&
			(breaksCount(src.Text[out[k][0]:out[k][1]], src.Text[a:b]) || li > 0 && out[k][1] == lines[li-1].SrcEnd(lines[li-1].Len()) && wrap.wrapsWord(lines[li-1].S, line.TrimSpace())) {
			out[k][1] = b
			continue
		}
		out = append(out, [2]int{a, b})
	}
	return out
}

// wrapWidth finds, once and only when asked, the width a fixed-pitch
// rendering of a PDF (pdftotext -layout) wraps the text's prose at: the
// width (table.Width) most of its wide lines share, give or take a
// column, when at least minFullLines of them do. Digits and the spaces the tool sets around them
// make a few lines a little wider or narrower than the rest.
type wrapWidth struct {
	lines []source.Str
	width int // the wrapping width, 0 when the text has none
	found bool
}

// minFullLines, minWrapWidth and maxWrapWidth bound what wrapWidth takes
// for a wrapped text: a few lines of one width, wider than a heading or a
// table cell, narrower than a page that keeps a paragraph a line.
const (
	minFullLines = 3
	minWrapWidth = 40
	maxWrapWidth = 200
)

// at returns the text's wrapping width, 0 for none.
func (w *wrapWidth) at() int {
	if w.found {
		return w.width
	}
	w.found = true
	var count [maxWrapWidth + 1]uint16
	for _, l := range w.lines {
		if n := table.Width(strings.TrimRight(l.S, " \t\r")); n >= minWrapWidth && n <= maxWrapWidth {
			count[n]++
		}
	}
	// the widths one column apart count together: a Han character that
	// does not fit ends its line a column short
	best, most := 0, uint16(0)
	for n := minWrapWidth; n < maxWrapWidth; n++ {
		if c := count[n-1] + count[n] + count[n+1]; c >= most {
			best, most = n, c
		}
	}
	if most >= minFullLines {
		w.width = best
	}
	return w.width
}

// wrapsWord reports whether the break between the line prev and the text
// next falls inside a word: prev fills the text's wrapping width and ends
// in a Han character, not a clause's punctuation, and next goes on with
// one and opens no heading.
func (w *wrapWidth) wrapsWord(prev string, next source.Str) bool {
	prev = strings.TrimRight(prev, " \t\r")
	last, _ := script.DecodeLastRune(prev)
	firstNext, _ := script.DecodeRune(next.S)
	if !isHan(last) || !isHan(firstNext) {
		return false
	}
	if _, ok := parseHeading(next); ok {
		return false
	}
	width := w.at()
	return width > 0 && table.Width(prev) >= width-2
}

// maskedBetween is true when a table range lies between offsets a and b.
func maskedBetween(masks [][2]int, a, b int) bool {
	for _, m := range masks {
		if m[0] < b && m[1] > a {
			return true
		}
	}
	return false
}

// breaksCount tells whether the line break between prev and next falls
// inside a sentence about a count: next starts with a clause punctuation
// mark, or with a number followed by its measure word, % or the end of the
// line, or prev ends with a number and next starts with its measure word.
func breaksCount(prev, next string) bool {
	prev, next = source.TrimSpace(prev), source.TrimSpace(next)
	if prev == "" || next == "" {
		return false
	}
	if source.ContainsRune(",，;；。、)）%％", firstRune(next)) {
		return true
	}
	if r, _ := script.DecodeLastRune(prev); isNumRune(r) && startsWithUnit(next) {
		return true
	}
	rest := strings.TrimLeft(next, "0123456789")
	if len(rest) == len(next) {
		return false
	}
	if strings.HasPrefix(rest, ".") {
		rest = strings.TrimLeft(rest[1:], "0123456789")
	}
	return rest == "" || strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, "％") || startsWithUnit(rest)
}

// startsWithUnit is true when s starts with a measure word (after 余/多).
func startsWithUnit(s string) bool {
	s = simplify(s[:min(len(s), 12)])
	s = strings.TrimLeft(s, "余多")
	for _, u := range units {
		if strings.HasPrefix(s, u) {
			return true
		}
	}
	return false
}

// titleName is what a report's title names; titleWord finds it in text of
// either script.
const titleName = "政府信息公开"

var titleWord = docmeta.NewWord(titleName)

// yearWord and reportWord are the runes every title findTitle takes holds
// besides titleName (年度报告, 年度工作报告, 年报): a line without them is
// not folded.
var yearWord, reportWord = docmeta.NewWord("年"), docmeta.NewWord("报")

// findTitle returns the first of the lines that names an annual report: a title
// line (no sentence or quoted name in it), or the start of a page that lost
// its line breaks.
func findTitle(lines []source.Str) string {
	for i, line := range lines {
		if i > 40 {
			break
		}
		l := source.TrimSpace(line.TrimSpace().S)
		if !titleWord.MayBeIn(l) || !yearWord.MayBeIn(l) || !reportWord.MayBeIn(l) {
			continue // spare the fold of a line that cannot name the report
		}
		s := simplify(l)
		if !source.Contains(s, titleName) {
			continue
		}
		f := script.ToSimplified(l) // l's offsets, as folding keeps them
		if runeCount(l) <= 60 && !strings.ContainsAny(s, "《,;:。") && titleFrom(f, len(f)) == 0 &&
			(source.Contains(s, "年度报告") || source.Contains(s, "年度工作报告") || strings.HasSuffix(s, "年报")) {
			return l
		}
		// a page without line breaks: the title runs on into the text; or
		// the preamble names it (现将X年度报告公布如下)
		const w = "年度报告"
		if k := source.Index(f, w); k >= 0 {
			if from := titleFrom(f, k); runeCount(l[from:k]) <= 50 && isTitleStart(l[from:k]) {
				return l[from : k+len(w)]
			}
		}
	}
	return ""
}

// issuingVerbs open the words of a preamble sentence that name the report
// it issues: 现将某县2023年政府信息公开工作年度报告公布如下, 现公布《…》.
var issuingVerbs = []string{"现将", "现予公布", "现公布", "现发布", "特将", "兹将"}

// titleFrom returns where a title ending at k starts in f, a line in
// simplified script: after the last issuing verb before k and the 《 or “
// after it, or 0 when none stands before k.
func titleFrom(f string, k int) int {
	from := 0
	for _, v := range issuingVerbs {
		if i := strings.LastIndex(f[:k], v); i >= 0 && i+len(v) > from {
			from = i + len(v)
		}
	}
	if from == 0 {
		return 0
	}
	for _, q := range []string{"《", "“", "\""} {
		if strings.HasPrefix(f[from:k], q) {
			return from + len(q)
		}
	}
	return from
}

// isTitleStart is true for the words before 年度报告 in a title: they name
// the government information disclosure and hold no sentence (本年度报告是…).
func isTitleStart(s string) bool {
	f := simplify(s)
	return source.Contains(f, "政府信息公开") && !strings.ContainsAny(f, "《,;:。")
}

// findYear returns the year the report covers: the year in its title, or
// the first year of its opening text (19xx年 or 20xx年).
func findYear(title, text string) int {
	for _, s := range []string{simplify(title), text[:min(len(text), 600)]} {
		if y := firstYear(s); y > 0 {
			return y
		}
	}
	return 0
}

// firstYear returns the first year written 19xx年 or 20xx年 in s, or 0.
func firstYear(s string) int {
	for from := 0; ; {
		k := source.Index(s[from:], "年")
		if k < 0 {
			return 0
		}
		k += from
		from = k + len("年")
		if k < 4 {
			continue
		}
		d := s[k-4 : k]
		if ordinal.OpensYear(d) {
			y, _ := strconv.Atoi(d)
			return y
		}
	}
}
