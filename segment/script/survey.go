package script

import "unicode/utf8"

// Survey reads s once for two answers that a parser needs of every text:
// whether s is valid UTF-8, and — when it is — whether its first window
// bytes are settled as simplified: they hold fewer than three characters
// that folding changes, so IsTraditional(s[:window]) is false without a
// second read. When simplified is false the text may still be simplified;
// ask IsTraditional.
func Survey(s string, window int) (valid, simplified bool) {
	t := load()
	// The head ends at a rune start, so that it is valid when s is: a
	// character cut by the window decodes, in s[:window], to errors that
	// change nothing and so count for nothing.
	cut := min(len(s), max(window, 0))
	for k := 0; k < utf8.UTFMax-1 && cut > 0 && cut < len(s) && !utf8.RuneStart(s[cut]); k++ {
		cut--
	}
	n, ok := t.countChanging(s[:cut], 3, true)
	if !ok || !utf8.ValidString(s[cut:]) {
		return false, false
	}
	return true, n < 3
}

// countChanging counts the characters of s that change, up to max: the
// rest are skipped by the changed bits (changedStops), the few others
// looked at in their entries. With validate it also reports whether s is
// valid UTF-8 (the rest after max is validated without counting);
// without, invalid bytes are skipped and valid is true.
func (t *table) countChanging(s string, max int, validate bool) (n int, valid bool) {
	for i := 0; ; {
		if i = t.changedStops.skip(s, i); i == len(s) {
			return n, true
		}
		r, size := DecodeRune(s[i:])
		if validate && size == 1 && r == utf8.RuneError {
			return n, false
		}
		i += size
		if t.lookup(r).to != 0 {
			if n++; n == max {
				return n, !validate || utf8.ValidString(s[i:])
			}
		}
	}
}
