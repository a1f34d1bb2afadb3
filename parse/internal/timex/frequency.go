package timex

import (
	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// frequencyWord is a word that names how often work recurs.
type frequencyWord struct {
	word  string
	every model.Every
}

// frequencyWords name how often work recurs, longest first where one word
// starts another (每半年 before 每年 would not matter, 每季度 before 每季 does).
var frequencyWords = []frequencyWord{
	{"每日", model.EveryDay}, {"每天", model.EveryDay}, {"按日", model.EveryDay},
	{"每周", model.EveryWeek}, {"每星期", model.EveryWeek}, {"按周", model.EveryWeek},
	{"每个月", model.EveryMonth}, {"每月", model.EveryMonth}, {"按月", model.EveryMonth}, {"逐月", model.EveryMonth},
	{"每个季度", model.EveryQuarter}, {"每季度", model.EveryQuarter}, {"每季", model.EveryQuarter},
	{"按季度", model.EveryQuarter}, {"按季", model.EveryQuarter}, {"分季度", model.EveryQuarter},
	{"每半年", model.EveryHalfYear},
	{"每年度", model.EveryYear}, {"每年", model.EveryYear}, {"按年度", model.EveryYear}, {"按年", model.EveryYear},
	{"定期", model.EveryRegularly},
	{"长期", model.EveryContinuous}, {"持续", model.EveryContinuous}, {"常态化", model.EveryContinuous},
}

var frequencyFirst = func() *runeSet {
	words := make([]string, len(frequencyWords))
	for i, w := range frequencyWords {
		words[i] = w.word
	}
	return firstRunes(words...)
}()

// Frequencies finds every phrase in s that says how often work recurs.
func Frequencies(s string) []Match[model.Frequency] { return Fold(s).Frequencies() }

// Frequencies finds the frequencies in the folded string.
func (f Folded) Frequencies() []Match[model.Frequency] {
	named := func(f model.Frequency, s string) model.Frequency { f.Text = s; return f }
	if f.scratch == nil {
		return scan(nil, f.t, frequencyFirst, text.frequency, named, nil)
	}
	f.scratch.frequencies = scan(f.scratch.frequencies[:0], f.t, frequencyFirst, text.frequency, named, nil)
	return f.scratch.frequencies
}

// frequencyAt indexes the frequency words by their first rune.
var frequencyAt = source.ByFirstRune(frequencyWords, func(w frequencyWord) string { return w.word })

func (t text) frequency(i int) (model.Frequency, int, bool) {
	for _, w := range frequencyAt[t.rune(i)] {
		if j, ok := t.at(i, w.word); ok {
			return model.Frequency{Every: w.every}, j, true
		}
	}
	return model.Frequency{}, i, false
}

// MainFrequency picks the frequency that best describes a text from its
// matches: the first stated period (每季度) over 定期, and 定期 over a
// continuous 长期/持续, which prose uses loosely. ok is false for none.
func MainFrequency(ms []Match[model.Frequency]) (Match[model.Frequency], bool) {
	rank := func(e model.Every) int {
		switch e {
		case model.EveryContinuous:
			return 2
		case model.EveryRegularly:
			return 1
		}
		return 0
	}
	best := -1
	for i, m := range ms {
		if best < 0 || rank(m.Value.Every) < rank(ms[best].Value.Every) {
			best = i
		}
	}
	if best < 0 {
		return Match[model.Frequency]{}, false
	}
	return ms[best], true
}
