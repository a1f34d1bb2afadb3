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

// Skip returns the offset of the first rune of s from offset i on that is
// neither ASCII nor a three-byte rune outside set (see skip): give set
// AddUnread, so that every rune it passes over is valid UTF-8, and never
// use it for a set that holds an ASCII rune.
func (set *BMPSet) Skip(s string, i int) int { return set.skip(s, i) }

// skip returns the offset of the first rune of s from offset i on that is
// neither ASCII nor a three-byte rune outside set (a set with AddUnread:
// every rune skipped is valid UTF-8): the loop the scans over Chinese text
// spend their time in, reading three bytes at a time without decoding the
// rune whole (Passes), and calling nothing.
//
// Where four bytes remain it reads them in one load (word) and tests the
// rune's three bytes at once: about 24 instructions a rune instead of 36
// (an index rather than a shrinking slice, whose t = t[3:] costs six to
// keep the pointer from passing the end).
func (set *BMPSet) skip(s string, i int) int {
	t := s[i:]
	j := 0
	for ; j+4 <= len(t); j += 3 {
		x := word(t[j : j+4])
		if x&0x80 == 0 {
			j -= 2 // ASCII: one byte on
			continue
		}
		if !set.passes(x) {
			return i + j
		}
	}
	for j < len(t) {
		c := t[j]
		if c < utf8.RuneSelf {
			j++
			continue
		}
		if len(t)-j < 3 {
			break
		}
		if u := t[j : j+3]; !set.Passes(c, u[1], u[2]) {
			break
		}
		j += 3
	}
	return i + j
}

// Pass returns the offset of the first byte of s from offset i on that
// does not start a three-byte rune outside set: ASCII stops it, as do the
// two- and four-byte runes, invalid bytes and the runes of set (give set
// AddUnread, so that every rune it passes over is valid UTF-8). It is
// Skip for the loops that must look at ASCII themselves, and reads eight
// bytes at a time, testing two runes of them, where eight remain.
func (set *BMPSet) Pass(s string, i int) int {
	t := s[i:]
	j := 0
	for j+8 <= len(t) {
		x := word8(t[j : j+8])
		if !set.passes(uint32(x)) {
			return i + j
		}
		if !set.passes(uint32(x >> 24)) {
			return i + j + 3
		}
		j += 6
	}
	for j+3 <= len(t) && set.Passes(t[j], t[j+1], t[j+2]) {
		j += 3
	}
	return i + j
}

// passes is Passes for the three bytes in the low bytes of x, the first
// lowest: a lead byte E0–EF, two continuation bytes, and the rune's bit
// clear (its word is (lead&0x0F)<<6 | c1&0x3F, its bit c2&0x3F).
func (set *BMPSet) passes(x uint32) bool {
	return x&0xC0C0F0 == 0x8080E0 && set[(x&0x0F)<<6|(x>>8)&0x3F]&(1<<((x>>16)&0x3F)) == 0
}

// word8 returns the first eight bytes of s, s[0] lowest (one load).
func word8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// word returns the first four bytes of s, s[0] lowest (one load).
func word(s string) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
