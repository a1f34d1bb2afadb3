package script

import "unicode/utf8"

// stops is a set of the runes of the Basic Multilingual Plane as a
// bitmap, for skip: the runes a loop over a text must look at, the rest
// it passes over.
type stops [0x10000 / 64]uint64

func (s *stops) add(r rune) { s[r/64] |= 1 << (r % 64) }

// addUnread adds the runes skip must leave to DecodeRune because their
// three bytes are not always a valid rune: U+0000–U+0FFF (written with
// lead byte E0, whose overlong forms are invalid) and U+D000–U+DFFF (lead
// byte ED, whose surrogates are).
func (s *stops) addUnread() {
	for k := 0; k < 0x1000/64; k++ {
		s[k] = ^uint64(0)
	}
	for k := 0xD000 / 64; k < 0xE000/64; k++ {
		s[k] = ^uint64(0)
	}
}

// skip returns the offset of the first rune of s from offset i on that is
// neither ASCII nor a three-byte rune outside s (every rune skipped is
// valid UTF-8): the loop the scans over Chinese text spend their time in,
// reading three bytes at a time without decoding the rune whole (its lead
// and second byte name its word, the third its bit), and calling nothing.
func (set *stops) skip(s string, i int) int {
	t := s[i:]
	for len(t) > 0 {
		c := t[0]
		if c < utf8.RuneSelf {
			t = t[1:]
			continue
		}
		if len(t) < 3 || c&0xF0 != 0xE0 || (t[1]^0x80)|(t[2]^0x80) > 0x3F || set[uint(c&0x0F)<<6|uint(t[1]&0x3F)]&(1<<(t[2]&0x3F)) != 0 {
			break
		}
		t = t[3:]
	}
	return len(s) - len(t)
}
