package timex

import (
	"sync"

	"github.com/zwgk/gongwen/segment"
	"github.com/zwgk/gongwen/segment/script"
)

// mayHold is the cheap test Fold runs before folding: false when no
// finder can find a phrase in s, so that the text is neither folded nor
// scanned (most of a plan's items name no time and no target). It reads
// the runes of s once, folding none but the few it stops at.
//
// Every phrase the finders read holds, in the folded text, one of these
// pairs of neighbouring runes (trigger):
//   - a numeral and a rune a deadline reads after a number (三季度,
//     6月底, 五个工作日内): cannotStartDeadline's test of a number, which
//     a deadline starting with a numeral or 第 passes;
//   - an arabic digit and the first rune of what a target reads after
//     its number (80%, 5个以上, 10以内): a target without a comparison
//     before its number ends so;
//   - the first two runes of a deadline head (年底, 即日, 长期), and the
//     whole of a frequency word (每季度, 定期) or of a comparison written
//     before a number (不少于, 提高到): the other phrases.
//
// The fold drops spaces and folds runes one by one, so a pair is two
// runes with only spaces between them, each folded alone (fold1).
func mayHold(s string) bool {
	g := gates()
	for i := 0; i < len(s); {
		i = g.stop.Pass(s, i) // the runes it need not look at
		if i == len(s) {
			break
		}
		r, n := script.Decode3(s[i:]) // inline, the rune is mostly Han
		if n == 0 {
			r, n = script.DecodeRune(s[i:])
		}
		if g.seconds.Has(r) {
			if prev := previous(s[:i]); g.firsts.Has(prev) && g.trigger(prev, r, s[i+n:]) {
				return true
			}
		}
		i += n
	}
	return false
}

// previous returns the last rune of s that is not a space, or -1. A
// three-byte rune of U+1000–U+FFFF at the end (a lead byte E1–EF but ED,
// two continuation bytes: always a valid rune, and where reading forward
// starts one, for no rune before can hold its lead byte) is read from its
// bytes, as nearly every rune before a trigger is.
func previous(s string) rune {
	if n := len(s); n >= 3 {
		if r, w := script.Decode3(s[n-3:]); w == 3 && !isSpace(r) {
			return r
		}
	}
	for s != "" {
		r, n := script.DecodeLastRune(s)
		if !isSpace(r) {
			return r
		}
		s = s[:len(s)-n]
	}
	return -1
}

// gateSets are what mayHold tests runes against.
type gateSets struct {
	// firsts and seconds hold the runes as written that fold to the
	// first and the second rune of a trigger pair: the only pairs
	// mayHold looks at closer.
	firsts, seconds script.BMPSet
	stop            script.BMPSet // what mayHold stops at: seconds and the unread runes
	// words are the words whole (a word head's rest is ""), by the
	// first two runes, folded.
	words map[[2]rune][]string
	// afterAmount are the first runes of what a target reads after its
	// number: %, a unit, a comparison.
	afterAmount *runeSet
}

// trigger reports whether the runes prev and r, as written and next to
// each other in the folded text, make a phrase possible (see mayHold);
// rest is the text after r.
func (g *gateSets) trigger(prev, r rune, rest string) bool {
	a, b := fold1(prev), fold1(r)
	if isDigit(a) && g.afterAmount.has(b) || (isDigit(a) || cnDigits.has(a)) && afterNumber.has(b) {
		return true
	}
	for _, w := range g.words[[2]rune{a, b}] {
		if foldedPrefix(rest, w) {
			return true
		}
	}
	return false
}

// foldedPrefix reports whether s starts with the runes of w once folded,
// spaces skipped.
func foldedPrefix(s, w string) bool {
	for _, want := range w {
		for {
			if s == "" {
				return false
			}
			r, n := script.DecodeRune(s)
			s = s[n:]
			if !isSpace(r) {
				if fold1(r) != want {
					return false
				}
				break
			}
		}
	}
	return true
}

// fold1 is the rune fold gives r.
func fold1(r rune) rune {
	if r < 0xA000 {
		r = segment.SimplifiedRune(r)
	}
	return halfWidth(r)
}

// gates builds the gate's sets once (the character table is read on first
// use).
var gates = sync.OnceValue(func() *gateSets {
	g := &gateSets{words: map[[2]rune][]string{}}
	add := func(w string) {
		a, n := script.DecodeRune(w)
		b, m := script.DecodeRune(w[n:])
		g.words[[2]rune{a, b}] = append(g.words[[2]rune{a, b}], w[n+m:])
	}
	for _, h := range deadlineHeads {
		add(string(h[:]))
	}
	for _, w := range frequencyWords {
		add(w.word)
	}
	for _, w := range targetBefore {
		add(w.word)
	}
	after := []string{"%"}
	after = append(after, targetUnits...)
	for _, w := range targetAfter {
		after = append(after, w.word)
	}
	g.afterAmount = firstRunes(after...)
	firsts, seconds := new(runeSet), new(runeSet) // folded
	for h := range g.words {
		firsts.add(h[0])
		seconds.add(h[1])
	}
	for k := range seconds {
		firsts[k] |= cnDigits[k]
		seconds[k] |= afterNumber[k] | g.afterAmount[k]
	}
	for r := '0'; r <= '9'; r++ {
		firsts.add(r)
	}
	for r := rune(0); r < 0x10000; r++ {
		if firsts.has(fold1(r)) {
			g.firsts.Add(r)
		}
		if seconds.has(fold1(r)) {
			g.seconds.Add(r)
		}
	}
	g.stop = g.seconds
	g.stop.AddUnread()
	return g
})
