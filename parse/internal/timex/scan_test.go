package timex

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// Where scan goes on after a failed read: past the rest of a number
// unless a phrase can start inside it.
func TestNextStart(t *testing.T) {
	for _, c := range []struct {
		in   string
		i    int
		want int
	}{
		{"年底前", 0, 1},          // not a digit: the next rune
		{"编号20231231号", 2, 10}, // the whole number is skipped
		{"编号20231231号", 5, 10}, // from inside it too
		{"202312月底", 0, 1},     // 月 after the number: 12月底 starts inside it
		{"20172018年", 0, 1},    // 2018年 may
		{"1003-6月", 0, 1},      // 3-6月 may
		{"2017 2018", 0, 4},    // a kept space ends the number
		{"12345", 4, 5},        // the last digit
		{"8%以上", 0, 1},         // one digit: the next rune either way
		{"100%", 0, 3},         // % cannot end a deadline's digits
		{"１２３４月", 1, 2},        // full-width digits, folded
	} {
		got := fold(c.in, nil).nextStart(c.i, deadlineInNumber)
		assert.Equal(t, c.want, got, "%s at %d", c.in, c.i)
	}
	assert.Equal(t, 4, fold("1234月", nil).nextStart(0, nil), "nil inner skips every number")
}

// exhaustive tries every rune, as scan did before it skipped numbers.
func exhaustive(rune) bool { return true }

// Skipping numbers finds exactly what trying every digit finds.
func TestScanSkipsOnlyWhatCannotMatch(t *testing.T) {
	ref := Ref{Year: 2023, Date: "2023-03-01"}
	for _, s := range deadlineTexts {
		for _, cell := range []bool{false, true} {
			assert.Equal(t, fold(s, nil).deadlines(nil, ref, cell, exhaustive), Fold(s).Deadlines(ref, cell), s)
		}
		named := func(g model.Target, s string) model.Target { g.Text = s; return g }
		assert.Equal(t, scan(nil, fold(s, nil), targetFirst, text.target, named, exhaustive), Fold(s).Targets(), s)
	}
}

// deadlineTexts have numbers of every shape, before words that end a
// deadline's number and words that do not.
var deadlineTexts = []string{
	"202312月底前完成", "编号20231231号文件于2023年6月底前印发", "20172018年", "1003-6月完成",
	"2017 2018年底", "100%以上", "不少于1234567890个", "3.5%左右", "123456789012月", "112季度",
	"２０２３１２月底", "99至6月", "12到12月", "20个工作日内", "1201个工作日内",
	"统一标准，一是加强，二是完善", "三个月内", "十五日内", "二〇二三年底", "两年内", "一季度末", "三至六月",
	"十二月三十一日前", "五天内", "5小时内", "两个星期内", "3周内", "一二三四五六月", "第三季度前", "三 月",
}

// A number deadline rejects without reading it cannot start a deadline.
func TestCannotStartDeadline(t *testing.T) {
	ref := Ref{Year: 2023}
	for _, s := range deadlineTexts {
		f := fold(s, nil)
		for i := range f.r {
			if !f.cannotStartDeadline(i) {
				continue
			}
			for _, cell := range []bool{false, true} {
				_, _, ok := f.readDeadline(i, ref, cell)
				assert.False(t, ok, "%s at %d", s, i)
			}
		}
	}
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"一是", true}, {"统一", true}, {"100%", true}, {"6月", false}, {"三季度", false},
		{"20个工作日", false}, {"三天", false}, {"2017年", false}, {"3-6月", false}, {"一二三四五", true},
		{"年底", false}, {"5小时", false},
		{"全面", true}, {"全年", false}, {"上级", true}, {"上半年", false}, {"下半年", false}, {"本地", true}, {"本年", false},
		{"第一", false}, {"第3季度", false}, {"次第", true}, {"第", true}, {"坚持", true}, {"持续", false}, {"常态化", false},
		{"自主", true}, {"自即日起", false}, {"从严", true}, {"即日起", false}, {"年度", true}, {"年中", false},
	} {
		assert.Equal(t, c.want, fold(c.in, nil).cannotStartDeadline(0), c.in)
	}
}

// No deadline starts at a rune cannotStartDeadline rules out: every text
// of two runes from the deadlines' own vocabulary (and a few others),
// followed by each of a set of tails, read in cell and prose.
func TestCannotStartDeadlineExhaustive(t *testing.T) {
	var runes []rune
	seen := map[rune]bool{}
	for _, w := range []string{"今本当明次年底末内中全上下半第即日起开始自从至到长期常态化持续推进坚有效展",
		"季度月份前以止之初旬一二三四五六七八九十两零〇0123456789-个工作小时天周星", "的在于统面级地"} {
		for _, r := range w {
			if !seen[r] {
				seen[r] = true
				runes = append(runes, r)
			}
		}
	}
	tails := []string{"", "年", "月", "季度", "日起", "日开始", "年底", "年内", "季度末", "月底前", "个工作日内", "天内", "化推进", "坚持"}
	ref := Ref{Year: 2023, Date: "2023-05-01"}
	for _, a := range runes {
		for _, b := range runes {
			for _, tail := range tails {
				s := string([]rune{a, b}) + tail
				f := fold(s, nil)
				if !f.cannotStartDeadline(0) {
					continue
				}
				for _, cell := range []bool{false, true} {
					_, _, ok := f.readDeadline(0, ref, cell)
					require.False(t, ok, "%s (cell %v) ruled out but read", s, cell)
				}
			}
		}
	}
}

// everyRune is scan as it was before fold listed the starts: it tests
// every rune against the finder's first set.
func everyRune[T any](t text, first *runeSet, read func(t text, i int) (T, int, bool), named func(T, string) T, inner func(after rune) bool) []Match[T] {
	var out []Match[T]
	for i := 0; i < len(t.r); {
		if !first.has(t.r[i]) {
			i++
			continue
		}
		v, j, ok := read(t, i)
		if !ok {
			i = t.nextStart(i, inner)
			continue
		}
		a, b := t.span(i, j)
		out = append(out, Match[T]{Value: named(v, t.s[a:b]), Start: a, End: b})
		i = j
	}
	return out
}

// The starts fold lists are every rune of any first set, so a scan over
// them finds what testing every rune finds.
func TestScanOverStarts(t *testing.T) {
	ref := Ref{Year: 2023, Date: "2023-03-01"}
	texts := append(append([]string{"全面推进，2023年底前完成；每季度报送，达到95%以上，長期堅持", "　２０２３　年６月底　前", ""}, deadlineTexts...), benchItems...)
	for _, s := range texts {
		f := fold(s, nil)
		for i, r := range f.r {
			assert.Equal(t, anyFirst.has(r), slices.Contains(f.starts, i), "%s: rune %d", s, i)
		}
		for _, cell := range []bool{false, true} {
			read := func(t text, i int) (model.Deadline, int, bool) { return t.deadline(i, ref, cell) }
			named := func(d model.Deadline, s string) model.Deadline { d.Text = s; return d }
			assert.Equal(t, everyRune(f, deadlineFirstSet, read, named, deadlineInNumber), f.deadlines(nil, ref, cell, deadlineInNumber), s)
		}
		namedF := func(v model.Frequency, s string) model.Frequency { v.Text = s; return v }
		assert.Equal(t, everyRune(f, frequencyFirst, text.frequency, namedF, nil), Folded{t: f}.Frequencies(), s)
		namedT := func(g model.Target, s string) model.Target { g.Text = s; return g }
		assert.Equal(t, everyRune(f, targetFirst, text.target, namedT, nil), Folded{t: f}.Targets(), s)
	}
}

// A Folder's finders return what Fold's return, text after text, in
// lists reused from one text to the next.
func TestFolderMatches(t *testing.T) {
	ref := Ref{Year: 2023}
	var fo Folder
	for _, s := range append(append([]string{}, benchItems...), deadlineTexts...) {
		f, g := fo.Fold(s), Fold(s)
		sameMatches(t, g.Deadlines(ref, true), f.Deadlines(ref, true), s)
		sameMatches(t, g.Frequencies(), f.Frequencies(), s)
		sameMatches(t, g.Targets(), f.Targets(), s)
	}
}

// sameMatches compares two lists of matches, an empty one with nil.
func sameMatches[T any](t *testing.T, want, got []Match[T], s string) {
	t.Helper()
	if len(want) == 0 {
		assert.Empty(t, got, s)
		return
	}
	assert.Equal(t, want, got, s)
}
