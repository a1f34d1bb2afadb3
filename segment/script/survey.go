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
// CJK characters by the changed bits in a tight loop, the rest by their
// entries. With validate it also reports whether s is valid UTF-8 (the
// rest after max is validated without counting); without, invalid bytes
// are skipped and valid is true.
func (t *table) countChanging(s string, max int, validate bool) (n int, valid bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		// A lead byte E3–E9 with two continuation bytes is always a valid
		// three-byte rune (U+3000–U+9FFF): nearly all of Chinese text.
		if i+2 < len(s) && c-0xE3 <= 0xE9-0xE3 {
			if c1, c2 := s[i+1], s[i+2]; c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
				i += 3
				k := uint32(rune(c&0x0F)<<12|rune(c1&0x3F)<<6|rune(c2&0x3F)) - cjkLo
				if k < cjkHi-cjkLo && t.changed[k/64]&(1<<(k%64)) != 0 {
					if n++; n == max {
						return n, !validate || utf8.ValidString(s[i:])
					}
				}
				continue
			}
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
	return n, true
}
