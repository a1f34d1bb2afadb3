package script

import "unicode/utf8"

// BMPSet is a set of the runes of the Basic Multilingual Plane as a
// bitmap. Its main use is a set of stops: the runes a loop over a text
// must look at, the rest it passes over three bytes at a time (skip here,
// and the loops of other packages that test Passes).
type BMPSet [0x10000 / 64]uint64

// Add adds r, a rune below U+10000, to s.
func (s *BMPSet) Add(r rune) { s[r/64] |= 1 << (r % 64) }

// Has reports whether r is in s (never for a rune outside the BMP).
func (s *BMPSet) Has(r rune) bool { return r >= 0 && r < 0x10000 && s[r/64]&(1<<(r%64)) != 0 }

// AddUnread adds the runes a loop reading three bytes at a time must
// leave to DecodeRune because their three bytes are not always a valid
// rune: U+0000–U+0FFF (written with lead byte E0, whose overlong forms
// are invalid) and U+D000–U+DFFF (lead byte ED, whose surrogates are).
func (s *BMPSet) AddUnread() {
	for k := 0; k < 0x1000/64; k++ {
		s[k] = ^uint64(0)
	}
	for k := 0xD000 / 64; k < 0xE000/64; k++ {
		s[k] = ^uint64(0)
	}
}

// Passes reports whether the bytes c, c1, c2 are a three-byte rune (a
// lead byte 0xE0–0xEF, two continuation bytes) that is not in s, without
// decoding it whole: c and c1 name its word, c2 its bit. With AddUnread,
// a rune it passes is valid UTF-8.
func (s *BMPSet) Passes(c, c1, c2 byte) bool {
	return c&0xF0 == 0xE0 && (c1^0x80)|(c2^0x80) <= 0x3F && s[uint(c&0x0F)<<6|uint(c1&0x3F)]&(1<<(c2&0x3F)) == 0
}

// skip returns the offset of the first rune of s from offset i on that is
// neither ASCII nor a three-byte rune outside set (a set with AddUnread:
// every rune skipped is valid UTF-8): the loop the scans over Chinese text
// spend their time in, reading three bytes at a time without decoding the
// rune whole (Passes), and calling nothing.
func (set *BMPSet) skip(s string, i int) int {
	t := s[i:]
	for len(t) > 0 {
		c := t[0]
		if c < utf8.RuneSelf {
			t = t[1:]
			continue
		}
		if len(t) < 3 || !set.Passes(c, t[1], t[2]) {
			break
		}
		t = t[3:]
	}
	return len(s) - len(t)
}
