package timex

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// Ref is what a deadline without a year of its own is resolved against.
type Ref struct {
	Year int    // the plan's year; 0 when unknown
	Date string // the notice's signed date (YYYY-MM-DD), the day 即日起 means; "" when unknown
}

// day is a calendar day; y is 0 when the year is unknown.
type day struct{ y, m, d int }

// String writes the day as YYYY-MM-DD, or "" when the year or month is
// unknown.
func (d day) String() string {
	if d.y == 0 || d.m == 0 {
		return ""
	}
	if d.y < 0 || d.m < 0 || d.d < 0 {
		return fmt.Sprintf("%04d-%02d-%02d", d.y, d.m, d.d) // never read from a text
	}
	b := make([]byte, 0, len("2006-01-02"))
	b = appendPadded(b, d.y, 4)
	b = appendPadded(append(b, '-'), d.m, 2)
	b = appendPadded(append(b, '-'), d.d, 2)
	return string(b)
}

// appendPadded appends v >= 0 in decimal, with zeros before it up to width
// digits (fmt's %0*d, without its cost).
func appendPadded(b []byte, v, width int) []byte {
	n := 1 // the digits of v
	for x := v; x >= 10; x /= 10 {
		n++
	}
	for ; n < width; n++ {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(v), 10)
}

func lastDay(y, m int) int {
	if y == 0 {
		y = 2001 // any non-leap year: February of an unknown year ends on the 28th
	}
	return time.Date(y, time.Month(m+1), 0, 0, 0, 0, 0, time.UTC).Day()
}

// anchor is the stretch of time a phrase names, from its first to its last
// day. A phrase that names a day (年底, 6月30日) has from == to.
type anchor struct {
	from, to day
	// strong anchors are deadline words wherever they stand (年底, 年内,
	// 下半年, 第三季度); weak ones (6月, 2018年, 6月30日) only with a
	// marker such as 前 or 至, or in a deadline cell.
	strong bool
	year   bool // the phrase gives its own year
}

func yearSpan(y int) anchor { return anchor{from: day{y, 1, 1}, to: day{y, 12, 31}} }

func monthSpan(y, m int) anchor {
	return anchor{from: day{y, m, 1}, to: day{y, m, lastDay(y, m)}}
}

func (a anchor) point() bool { return a.from == a.to }

// Deadlines finds the deadlines in s. cell is true when s is a deadline
// cell or note (a 时限 column, 6月底完成 in a unit clause): there a bare
// month, year or duration is a deadline too, not only a marked one.
func Deadlines(s string, ref Ref, cell bool) []Match[model.Deadline] {
	return Fold(s).Deadlines(ref, cell)
}

// Deadlines finds the deadlines in the folded string (see Deadlines).
func (f Folded) Deadlines(ref Ref, cell bool) []Match[model.Deadline] {
	if f.scratch == nil {
		return f.t.deadlines(nil, ref, cell, deadlineInNumber)
	}
	f.scratch.deadlines = f.t.deadlines(f.scratch.deadlines[:0], ref, cell, deadlineInNumber)
	return f.scratch.deadlines
}

// deadlines scans t for deadlines, appending them to out; inner is scan's
// test of the rune after a number.
func (t text) deadlines(out []Match[model.Deadline], ref Ref, cell bool, inner func(after rune) bool) []Match[model.Deadline] {
	return scan(out, t, deadlineFirstSet, func(t text, i int) (model.Deadline, int, bool) { return t.deadline(i, ref, cell) },
		func(d model.Deadline, s string) model.Deadline { d.Text = s; return d }, inner)
}

// deadlineInNumber reports whether a deadline can start inside a number
// followed by the rune after: inside a number (a digit after a digit) only
// a month, a quarter, a year or a month range can, and each of them ends its
// digits with one of these runes (202312月底, 2017年, 3-6月). A duration
// (duration) never starts after a digit.
func deadlineInNumber(after rune) bool { return source.ContainsRune("月年季-至到", after) }

// afterNumber are the runes a deadline that starts with a number reads
// right after it: a year (2017年), a month (6月), a quarter (三季度), a
// month range (3-6月, 3至6月) or a duration's unit (20个工作日, 三天).
var afterNumber = func() *runeSet {
	s := firstRunes(strings.Split("年月季-至到", "")...)
	for _, u := range durationUnits {
		r, _ := script.DecodeRune(u.word)
		s.add(r)
	}
	return s
}()

// deadlineHeads are the first two runes of every deadline that does not
// start with a numeral: 今年/本年/当年/明年/次年, 年底/年末/年内/年中, 全年,
// 上半年/下半年, 即日起 alone or after 自/从, and the ongoing phrases (长期…,
// 常年…, 常态化…, 持续…). A quarter may also start with 第 before its
// numeral (第三季度).
var deadlineHeads = heads("今年", "本年", "当年", "明年", "次年", "年底", "年末", "年内", "年中", "全年",
	"上半", "下半", "即日", "自即", "从即", "长期", "常年", "常态", "持续")

// heads lists the first two runes of each word.
func heads(words ...string) [][2]rune {
	out := make([][2]rune, len(words))
	for i, w := range words {
		r := []rune(w)
		out[i] = [2]rune{r[0], r[1]}
	}
	return out
}

// deadlineFirstSet are the runes a deadline can start with: the first
// runes of deadlineHeads, 第, and the numerals (六月底, 三季度, 十五日内,
// 2023年), Chinese ones as package ordinal knows them.
var deadlineFirstSet = func() *runeSet {
	s := firstRunes("第")
	for _, h := range deadlineHeads {
		s.add(h[0])
	}
	for r := rune(0x3000); r < 0xA000; r++ { // CJK symbols to unified ideographs
		if cnDigits.has(r) {
			s.add(r)
		}
	}
	for r := '0'; r <= '9'; r++ {
		s.add(r)
	}
	return s
}()

// deadline recognises one deadline phrase starting at rune i, after a
// cheap test (cannotStartDeadline) has not ruled it out.
func (t text) deadline(i int, ref Ref, cell bool) (model.Deadline, int, bool) {
	if t.cannotStartDeadline(i) {
		return model.Deadline{}, i, false
	}
	return t.readDeadline(i, ref, cell)
}

// cannotStartDeadline is deadline's cheap test, which rules out most
// runes of the first set without reading a phrase: a numeral whose number
// is followed by none of the runes a deadline reads there (统一, 一是,
// 100%), 第 not before a numeral, and any other rune that does not start
// one of deadlineHeads (全面, 上级, 本地, 年度).
func (t text) cannotStartDeadline(i int) bool {
	if t.numeral(i) {
		return !afterNumber.has(t.rune(t.numberEnd(i)))
	}
	r, next := t.r[i], t.rune(i+1)
	if r == '第' {
		return !isDigit(next) && !cnDigits.has(next)
	}
	for _, h := range deadlineHeads {
		if h[0] == r && h[1] == next {
			return false
		}
	}
	return true
}

// readDeadline reads the deadline phrase at rune i, trying each kind.
func (t text) readDeadline(i int, ref Ref, cell bool) (model.Deadline, int, bool) {
	if d, j, ok := t.fromToday(i, ref); ok {
		return d, j, true
	}
	if d, j, ok := t.duration(i, cell); ok {
		return d, j, true
	}
	if d, j, ok := t.ongoing(i, cell); ok {
		return d, j, true
	}
	if d, j, ok := t.monthRange(i, ref); ok {
		return d, j, true
	}
	a, j, ok := t.anchor(i, ref, ref.Year)
	if !ok {
		return model.Deadline{}, i, false
	}
	marked := cell || a.strong || t.markerBefore(i)
	// A range: 2017年3月至6月, 即日起至年底 is read by fromToday.
	if w, k, ok := t.any(j, "起至", "至", "到", "-"); ok {
		y := ref.Year
		if a.year {
			y = a.from.y
		}
		if b, k2, ok := t.anchor(k, ref, y); ok && (w != "-" || b.year == a.year) {
			k2 = t.skipAny(k2, "止", "前")
			return model.Deadline{Kind: model.DeadlinePeriod, Start: a.from.String(), End: b.to.String()}, k2, true
		}
	}
	if _, k, ok := t.any(j, "起"); ok {
		return model.Deadline{Kind: model.DeadlineOngoing, Start: a.from.String()}, k, true
	}
	if _, k, ok := t.any(j, "以前", "之前", "前", "止"); ok {
		return model.Deadline{Kind: model.DeadlineDate, End: a.to.String()}, k, true
	}
	if !marked {
		return model.Deadline{}, i, false
	}
	if _, k, ok := t.any(j, "以内", "内"); ok && !a.point() {
		j = k
	}
	if a.point() || t.byBefore(i) {
		return model.Deadline{Kind: model.DeadlineDate, End: a.to.String()}, j, true
	}
	return model.Deadline{Kind: model.DeadlinePeriod, Start: a.from.String(), End: a.to.String()}, j, true
}

// markerBefore is true when a word that introduces a time limit stands just
// before rune i: 到, 于, 在, 至, 截至.
func (t text) markerBefore(i int) bool {
	switch t.rune(i - 1) {
	case '到', '至', '止':
		return true
	case '于', '在':
		// Not the 于 of 关于, 对于, 由于 … nor the 在 of 存在, 正在 ….
		return !source.ContainsRune(notMarkers, t.rune(i-2))
	}
	return false
}

// notMarkers end words whose last character is 于 or 在 without marking a
// time: 关于, 对于, 由于, 属于, 基于, 鉴于, 等于, 处于, 位于, 存在, 正在, 所在, 现在.
const notMarkers = "关对由属基鉴等处位存正所现"

// byBefore is true when 到 or 至 (截至) stands before rune i: the phrase
// is the last day of what follows (到2020年 is by 2020-12-31).
func (t text) byBefore(i int) bool {
	r := t.rune(i - 1)
	return r == '到' || r == '至'
}

func (t text) skipAny(i int, words ...string) int {
	_, j, _ := t.any(i, words...)
	return j
}

// anchor reads a named stretch of time at rune i: an optional year
// (2017年, 今年, 明年) and then 年底/年末, 年内, 上半年/下半年, a quarter
// (第三季度, 一季度末) or a month (6月, 6月底, 6月30日, 6月下旬). y is the
// year to use when the phrase gives none.
func (t text) anchor(i int, ref Ref, y int) (anchor, int, bool) {
	k, hasYear := i, false
	if v, j, ok := t.digits(i); ok && j-i == 4 && v >= 1900 && v < 2100 && t.rune(j) == '年' {
		y, k, hasYear = v, j+1, true
	} else if w, j, ok := t.any(i, "今年", "本年", "当年", "明年", "次年"); ok {
		k, hasYear = j, true
		y = ref.Year
		if y != 0 && (w == "明年" || w == "次年") {
			y++
		}
	}
	a, j, ok := t.withinYear(k, y, hasYear)
	if !ok {
		if hasYear && t.rune(k-1) == '年' {
			// A year alone: 2018年前, 到2020年.
			a = yearSpan(y)
			a.year = true
			return a, k, true
		}
		return anchor{}, i, false
	}
	a.year = hasYear
	return a, j, true
}

// withinYear reads what a phrase names inside year y, at rune k, after a
// year (afterYear) or on its own.
func (t text) withinYear(k, y int, afterYear bool) (anchor, int, bool) {
	endWords := []string{"年底", "年末"}
	innerWords := []string{"年内"} // a bare 年度内 is prose (更新年度内收费政策)
	if afterYear {
		endWords = []string{"年底", "年末", "底", "末"}
		innerWords = []string{"年内", "年度内", "内", "度内"}
	}
	if _, j, ok := t.any(k, endWords...); ok {
		return anchor{from: day{y, 12, 31}, to: day{y, 12, 31}, strong: true}, j, true
	}
	if _, j, ok := t.any(k, "全年"); ok && !afterYear {
		return yearSpan(y), j, true // weak: 全年 is mostly "over the year" in prose
	}
	if _, j, ok := t.any(k, "年中"); ok && t.rune(j) != '央' {
		// Weak: 年中 is also "in a year" (一年中).
		return anchor{from: day{y, 6, 30}, to: day{y, 6, 30}}, j, true
	}
	if _, j, ok := t.any(k, innerWords...); ok {
		a := yearSpan(y)
		a.strong = true
		return a, j, true
	}
	if w, j, ok := t.any(k, "上半年", "下半年"); ok {
		a := anchor{from: day{y, 1, 1}, to: day{y, 6, 30}, strong: true}
		if w == "下半年" {
			a = anchor{from: day{y, 7, 1}, to: day{y, 12, 31}, strong: true}
		}
		return t.periodEnd(a, j)
	}
	if q, j, ok := t.quarter(k); ok {
		a := anchor{from: day{y, 3*q - 2, 1}, to: day{y, 3 * q, lastDay(y, 3*q)}, strong: true}
		return t.periodEnd(a, j)
	}
	m, j, ok := t.count(k)
	if !ok || m < 1 || m > 12 || t.rune(j) != '月' {
		return anchor{}, k, false
	}
	j = t.skipAny(j+1, "份")
	a := monthSpan(y, m)
	if d, j2, ok := t.count(j); ok && d >= 1 && d <= 31 && (t.rune(j2) == '日' || t.rune(j2) == '号') {
		return anchor{from: day{y, m, d}, to: day{y, m, d}}, j2 + 1, true
	}
	if w, j2, ok := t.any(j, "底", "末", "上旬", "初", "中旬", "下旬"); ok {
		switch w {
		case "底", "末":
			return anchor{from: a.to, to: a.to, strong: true}, j2, true
		case "上旬", "初":
			return anchor{from: day{y, m, 1}, to: day{y, m, 10}, strong: true}, j2, true
		case "中旬":
			return anchor{from: day{y, m, 11}, to: day{y, m, 20}, strong: true}, j2, true
		default:
			return anchor{from: day{y, m, 21}, to: a.to, strong: true}, j2, true
		}
	}
	return a, j, true
}

// periodEnd reads 底/末 after a quarter or half-year: its last day.
func (t text) periodEnd(a anchor, j int) (anchor, int, bool) {
	if _, k, ok := t.any(j, "底", "末"); ok {
		a.from = a.to
		return a, k, true
	}
	return a, j, true
}

// quarter reads 第三季度, 三季度, 第3季度, 一季度 at rune i.
func (t text) quarter(i int) (int, int, bool) {
	k := t.skipAny(i, "第")
	q, j, ok := t.count(k)
	if !ok || q < 1 || q > 4 {
		return 0, i, false
	}
	if _, j2, ok := t.any(j, "季度", "季"); ok {
		return q, j2, true
	}
	return 0, i, false
}

// monthRange reads 3-6月 and 3至6月: months of one year, the first without 月.
func (t text) monthRange(i int, ref Ref) (model.Deadline, int, bool) {
	y, k := ref.Year, i
	if v, j, ok := t.digits(i); ok && j-i == 4 && v >= 1900 && v < 2100 && t.rune(j) == '年' {
		y, k = v, j+1
	}
	m1, j, ok := t.count(k)
	if !ok || m1 < 1 || m1 > 12 {
		return model.Deadline{}, i, false
	}
	_, j, ok = t.any(j, "-", "至", "到")
	if !ok {
		return model.Deadline{}, i, false
	}
	a, j2, ok := t.withinYear(j, y, false)
	if !ok || a.from.m < m1 || a.from.d != 1 && !a.point() {
		return model.Deadline{}, i, false
	}
	j2 = t.skipAny(j2, "止", "前")
	return model.Deadline{Kind: model.DeadlinePeriod, Start: day{y, m1, 1}.String(), End: a.to.String()}, j2, true
}

// fromToday reads 即日起 (自即日起, 从即日起), optionally up to an end
// (即日起至年底).
// fromTodayFirst are the runes 即日起 and its prefixes start with.
var fromTodayFirst = firstRunes("自", "从", "即日起", "即日开始")

func (t text) fromToday(i int, ref Ref) (model.Deadline, int, bool) {
	if !fromTodayFirst.has(t.rune(i)) {
		return model.Deadline{}, i, false
	}
	k := t.skipAny(i, "自", "从")
	_, j, ok := t.any(k, "即日起", "即日开始")
	if !ok {
		return model.Deadline{}, i, false
	}
	if _, k, ok := t.any(j, "至", "到"); ok {
		if b, k2, ok := t.anchor(k, ref, ref.Year); ok {
			k2 = t.skipAny(k2, "止", "前")
			return model.Deadline{Kind: model.DeadlinePeriod, Start: ref.Date, End: b.to.String()}, k2, true
		}
	}
	return model.Deadline{Kind: model.DeadlineOngoing, Start: ref.Date}, j, true
}

// durationUnit is a unit of a duration as written.
type durationUnit struct {
	word string
	unit model.TimeUnit
}

// durationUnits are the units of a duration, longest first.
var durationUnits = []durationUnit{
	{"个工作日", model.UnitWorkday}, {"工作日", model.UnitWorkday},
	{"个小时", model.UnitHour}, {"小时", model.UnitHour},
	{"个自然日", model.UnitDay}, {"自然日", model.UnitDay}, {"天", model.UnitDay}, {"日", model.UnitDay},
	{"个星期", model.UnitWeek}, {"星期", model.UnitWeek}, {"周", model.UnitWeek},
	{"个月", model.UnitMonth}, {"年", model.UnitYear},
}

// durationUnitsAt indexes the duration units by their first rune.
var durationUnitsAt = source.ByFirstRune(durationUnits, func(u durationUnit) string { return u.word })

// duration reads 20个工作日内, 5小时内, 三个月内; in a cell the 内 may be left out.
func (t text) duration(i int, cell bool) (model.Deadline, int, bool) {
	if i > 0 && (isDigit(t.r[i-1]) || t.r[i-1] == '第') {
		return model.Deadline{}, i, false
	}
	v, j, ok := t.count(i)
	if !ok {
		return model.Deadline{}, i, false
	}
	for _, u := range durationUnitsAt[t.rune(j)] {
		k, ok := t.at(j, u.word)
		if !ok || (u.unit == model.UnitYear && v > 20) {
			continue
		}
		if _, k2, ok := t.any(k, "以内", "之内", "内"); ok {
			return model.Deadline{Kind: model.DeadlineDuration, Duration: &model.Duration{Value: v, Unit: u.unit}}, k2, true
		}
		if cell && k == len(t.r) {
			return model.Deadline{Kind: model.DeadlineDuration, Duration: &model.Duration{Value: v, Unit: u.unit}}, k, true
		}
		return model.Deadline{}, i, false
	}
	return model.Deadline{}, i, false
}

// ongoingPhrases say a task has no end. In prose 持续推进 is mostly a verb
// (持续推进重大项目攻坚), so it and the bare words (长期, 持续) only count in
// a deadline cell or clause note, where they stand for the time limit.
var (
	ongoingPhrases = []string{"长期坚持", "长期推进", "长期执行", "长期有效", "长期开展", "常年开展"}
	ongoingCell    = []string{"持续推进", "持续开展", "持续实施", "常态化推进", "常态化开展", "长期", "持续", "常态化", "常年"}
)

// ongoingFirst are the runes the ongoing phrases start with.
var ongoingFirst = firstRunes(append(slices.Clone(ongoingPhrases), ongoingCell...)...)

func (t text) ongoing(i int, cell bool) (model.Deadline, int, bool) {
	if !ongoingFirst.has(t.rune(i)) {
		return model.Deadline{}, i, false
	}
	if _, j, ok := t.any(i, ongoingPhrases...); ok {
		return model.Deadline{Kind: model.DeadlineOngoing}, j, true
	}
	if cell {
		if _, j, ok := t.any(i, ongoingCell...); ok {
			return model.Deadline{Kind: model.DeadlineOngoing}, j, true
		}
	}
	return model.Deadline{}, i, false
}
