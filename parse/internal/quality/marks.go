package quality

import (
	"strings"

	"github.com/zwgk/gongwen/segment"
	"github.com/zwgk/gongwen/segment/script"
)

// maxMarksText bounds the text searched for the marks of a plan: they
// stand near its start.
const maxMarksText = 64 << 10

// planMarks are signs in the text itself that it holds a plan, whatever
// the tree made of it: heading ordinals and unit labels, found anywhere
// (a page that lost its line breaks has them in mid-line).
type planMarks struct {
	headings   bool // 一、 with 二、 or （一）, or （一） with （二）
	unitLabels int  // 责任单位, 牵头单位 … occurrences
}

// headingPairs are pairs of ordinals that, both present, mark headings.
var headingPairs = [][2]string{{"一、", "二、"}, {"一、", "（一）"}, {"（一）", "（二）"}, {"一、", "(一)"}, {"(一)", "(二)"}}

// unitLabels introduce the responsible units of an item.
var unitLabels = []string{"责任单位", "牵头单位", "责任部门", "牵头部门", "配合单位", "协办单位", "责任处室"}

// markWord is a word marksOf counts: a heading ordinal of headingPairs or
// a unit label.
type markWord struct {
	word  string
	label bool // a unit label, else a heading ordinal
}

// markWords are the words marksOf counts, and markFirst the runes they
// start with, which the scan tests every rune against.
var markWords, markFirst = func() ([]markWord, []rune) {
	var words []markWord
	var first []rune
	add := func(w string, label bool) {
		for _, m := range words {
			if m.word == w {
				return
			}
		}
		words = append(words, markWord{w, label})
		if r, _ := script.DecodeRune(w); !strings.ContainsRune(string(first), r) {
			first = append(first, r)
		}
	}
	for _, p := range headingPairs {
		add(p[0], false)
		add(p[1], false)
	}
	for _, l := range unitLabels {
		add(l, true)
	}
	return words, first
}()

// marksOf reads the marks of a plan in text (folded to simplified script)
// in one pass: the runes that start a mark word are few, and only there
// are the words compared. No word overlaps itself, so counting it at every
// rune counts what strings.Count would.
func marksOf(text string) planMarks {
	text = segment.ToSimplified(text[:min(len(text), maxMarksText)])
	var seen uint64 // bit k for markWords[k]
	var m planMarks
	for i := 0; i < len(text); {
		r, n := script.DecodeRune(text[i:])
		if isMarkFirst(r) {
			for k, w := range markWords {
				if strings.HasPrefix(text[i:], w.word) {
					seen |= 1 << k
					if w.label {
						m.unitLabels++
					}
				}
			}
		}
		i += n
	}
	has := func(w string) bool {
		for k, mw := range markWords {
			if mw.word == w {
				return seen&(1<<k) != 0
			}
		}
		return false
	}
	for _, p := range headingPairs {
		if has(p[0]) && has(p[1]) {
			m.headings = true
			break
		}
	}
	return m
}

// isMarkFirst tells whether r starts a mark word.
func isMarkFirst(r rune) bool {
	for _, f := range markFirst {
		if r == f {
			return true
		}
	}
	return false
}

// marks reads the text's marks of a plan once.
func (a *assessor) marks() planMarks {
	if a.planMarks == nil {
		m := marksOf(a.ev.Text)
		a.planMarks = &m
	}
	return *a.planMarks
}
