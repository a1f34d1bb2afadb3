package timex

import (
	"strconv"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

type opWord struct {
	word string
	op   model.TargetOp
}

// targetBefore are the comparisons written before a number (不少于5个),
// targetAfter those written after it (80%以上).
var (
	targetBefore = []opWord{
		{"不少于", model.TargetAtLeast}, {"不低于", model.TargetAtLeast}, {"不小于", model.TargetAtLeast},
		{"至少", model.TargetAtLeast}, {"达到", model.TargetAtLeast}, {"提高到", model.TargetAtLeast},
		{"提高至", model.TargetAtLeast}, {"提升至", model.TargetAtLeast}, {"提升到", model.TargetAtLeast},
		{"不超过", model.TargetAtMost}, {"不高于", model.TargetAtMost}, {"不多于", model.TargetAtMost},
		{"不大于", model.TargetAtMost}, {"控制在", model.TargetAtMost},
		{"超过", model.TargetMoreThan}, {"高于", model.TargetMoreThan}, {"多于", model.TargetMoreThan}, {"大于", model.TargetMoreThan},
		{"低于", model.TargetLessThan}, {"少于", model.TargetLessThan}, {"小于", model.TargetLessThan},
	}
	targetAfter = []opWord{
		{"及以上", model.TargetAtLeast}, {"以上", model.TargetAtLeast},
		{"以下", model.TargetAtMost}, {"以内", model.TargetAtMost}, {"之内", model.TargetAtMost},
		{"左右", model.TargetAbout},
	}
)

// targetBeforeAt and targetUnitsAt index the comparisons and the units by
// their first rune.
var (
	targetBeforeAt = source.ByFirstRune(targetBefore, func(w opWord) string { return w.word })
	targetUnitsAt  = source.ByFirstRune(targetUnits, func(u string) string { return u })
)

// targetFirst are the first runes of the comparisons written before a number.
var targetFirst = func() *runeSet {
	words := make([]string, len(targetBefore))
	for i, w := range targetBefore {
		words[i] = w.word
	}
	s := firstRunes(words...)
	for r := '0'; r <= '9'; r++ {
		s.add(r) // a number with its comparison after it: 80%以上
	}
	return s
}()

// targetUnits are the measures a target counts in, longest first.
var targetUnits = []string{
	"%", "个百分点", "个工作日", "工作日", "个小时", "小时", "分钟", "人次", "万人", "万元", "亿元", "元",
	"个月", "个", "次", "家", "件", "项", "人", "名", "条", "所", "批", "场", "期", "篇", "户", "份",
	"天", "日", "倍", "套", "座", "公里", "平方米", "亩", "吨", "分",
}

// maxGap is how many characters may stand between a comparison and its
// number: 不低于总分值的4%, 控制在总量的3%以内.
const maxGap = 8

// Targets finds the quantitative targets in s: a number with a comparison
// before or after it (不少于5个, 80%以上, 控制在3%以内, 6%左右), or a bare
// percentage (100%).
func Targets(s string) []Match[model.Target] { return Fold(s).Targets() }

// Targets finds the targets in the folded string.
func (f Folded) Targets() []Match[model.Target] {
	named := func(g model.Target, s string) model.Target { g.Text = s; return g }
	// A target never starts inside a number (see target): inner is nil.
	if f.scratch == nil {
		return scan(nil, f.t, targetFirst, text.target, named, nil)
	}
	f.scratch.targets = scan(f.scratch.targets[:0], f.t, targetFirst, text.target, named, nil)
	return f.scratch.targets
}

func (t text) target(i int) (model.Target, int, bool) {
	var g model.Target
	k := i
	for _, w := range targetBeforeAt[t.rune(i)] {
		if j, ok := t.at(i, w.word); ok {
			g.Op, k = w.op, j
			break
		}
	}
	if g.Op != "" {
		// Skip a short noun phrase up to the number: 不低于总分值的4%.
		for n := 0; n < maxGap && k < len(t.r) && source.IsHan(t.r[k]) && !startsNumber(t, k); n++ {
			k++
		}
	} else if i > 0 && (isDigit(t.r[i-1]) || t.r[i-1] == '.' || t.r[i-1] == '第' || t.r[i-1] == '〔') {
		return g, i, false // inside a number, or an ordinal
	}
	v, j, ok := t.number(k, g.Op != "")
	if !ok {
		return g, i, false
	}
	g.Value = v
	if u, j2, ok := t.any(j, targetUnitsAt[t.rune(j)]...); ok {
		g.Unit, j = u, j2
	}
	for _, w := range targetAfter {
		if j2, ok := t.at(j, w.word); ok {
			if g.Op == "" && w.op == model.TargetAtMost && isTimeUnit(g.Unit) {
				return g, i, false // 5个工作日以内 is a deadline (Deadlines), not a target
			}
			if g.Op == "" || g.Op == model.TargetAtMost && w.op == model.TargetAtMost {
				g.Op = w.op // 控制在3%以内 reads as one phrase
			}
			j = j2
			break
		}
	}
	if g.Op == "" {
		if g.Unit != "%" {
			return g, i, false
		}
		g.Op = model.TargetEqual
	}
	return g, j, true
}

func startsNumber(t text, k int) bool {
	_, _, ok := t.count(k)
	return ok
}

// number reads an arabic number with an optional decimal part at rune i,
// or, when cn, a Chinese count (至少一次).
func (t text) number(i int, cn bool) (float64, int, bool) {
	n, j, ok := t.digits(i)
	if !ok {
		if !cn {
			return 0, i, false
		}
		v, j, ok := t.count(i)
		return float64(v), j, ok
	}
	if t.rune(j) != '.' || !isDigit(t.rune(j+1)) {
		return float64(n), j, true // at most 9 digits: exact, as ParseFloat reads them
	}
	_, j, _ = t.digits(j + 1)
	v, err := strconv.ParseFloat(string(t.r[i:j]), 64)
	return v, j, err == nil
}

// isTimeUnit is true for the units of a duration (个工作日, 小时, 日 …).
func isTimeUnit(u string) bool {
	for _, d := range durationUnits {
		if d.word == u {
			return true
		}
	}
	return false
}
