package script

import "unicode/utf8"

// Survey reads s once for what a parser needs of every text: whether s
// is valid UTF-8; when it is, whether its first window bytes are settled
// as simplified: they hold fewer than three characters that folding
// changes, so IsTraditional(s[:window]) is false without a second read
// (when simplified is false the text may still be simplified; ask
// IsTraditional); and whether all of s is settled: it holds no character
// that folding changes, alone or inside a phrase (覆 of 回覆), so that
// ToSimplified returns every piece of s as it is, and every string
// joined from such pieces (no phrase can form across a join).
func Survey(s string, window int) (valid, simplified, settled bool) {
	t := load()
	// The head ends at a rune start, so that it is valid when s is: a
	// character cut by the window decodes, in s[:window], to errors that
	// change nothing and so count for nothing.
	cut := min(len(s), max(window, 0))
	for k := 0; k < utf8.UTFMax-1 && cut > 0 && cut < len(s) && !utf8.RuneStart(s[cut]); k++ {
		cut--
	}
	n, valid, settled := t.survey(s, cut)
	if !valid {
		return false, false, false
	}
	return true, n < 3, settled
}

// survey counts the characters of s[:cut] that change, up to three, and
// tells whether s is valid UTF-8 and settled (Survey). The characters
// that neither change nor shift are skipped (unsettledStops); once the
// count is reached and s is known unsettled, or s is known unsettled past
// the head, the rest is only validated.
func (t *table) survey(s string, cut int) (n int, valid, settled bool) {
	settled = true
	for i := 0; ; {
		if i = t.unsettledStops.skip(s, i); i == len(s) {
			return n, true, settled
		}
		r, size := DecodeRune(s[i:])
		if size == 1 && r == utf8.RuneError {
			return n, false, false
		}
		if e := t.lookup(r); e.to != 0 || e.shifted {
			settled = false
			if e.to != 0 && i < cut {
				n++
			}
			if n == 3 || i >= cut {
				return n, utf8.ValidString(s[i+size:]), false
			}
		}
		i += size
	}
}

// countChanging counts the characters of s that change, up to max: the
// rest are skipped by the changed bits (changedStops), the few others
// looked at in their entries. Invalid bytes are skipped.
func (t *table) countChanging(s string, max int) int {
	n := 0
	for i := 0; ; {
		if i = t.changedStops.skip(s, i); i == len(s) {
			return n
		}
		r, size := DecodeRune(s[i:])
		i += size
		if t.lookup(r).to != 0 {
			if n++; n == max {
				return n
			}
		}
	}
}
