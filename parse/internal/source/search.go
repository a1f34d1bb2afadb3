package source

import (
	"strings"
	"unicode/utf8"
)

// IndexRune is strings.IndexRune, faster for a three-byte rune (the CJK
// marks and ideographs the recognisers look for) in Chinese text.
// strings.IndexRune encodes the rune anew on every call (intstring) and
// gives up its last-byte search for the substring search after a few
// false hits; here the three bytes are computed in registers and the
// search stays on the last byte, a continuation byte that Chinese text
// spreads evenly over 64 values (the lead bytes, which strings.Index
// searches for, are E4–E9 for nearly every ideograph).
//
// A rune whose lead byte is rare in Chinese text (rare: the Latin-1 signs
// · × ¦ », the general punctuation “” — … •, box drawing) is searched for
// by that byte instead, which the text seldom holds.
func IndexRune(s string, r rune) int {
	if r >= 0x3000 && r < 0xA000 || r >= 0xF000 && r < 0xFFFD { // lead bytes E3–E9, EF: common
		return index3(s, byte(0xE0|r>>12), byte(0x80|r>>6&0x3F), byte(0x80|r&0x3F))
	}
	if uint32(r) < utf8.RuneSelf {
		return strings.IndexByte(s, byte(r))
	}
	return indexRuneRare(s, r)
}

// indexRuneRare is IndexRune for the runes whose lead byte is not common
// in Chinese text, out of line.
func indexRuneRare(s string, r rune) int {
	switch {
	case r < utf8.RuneSelf || r >= 0xD800 && r < 0xE000 || r >= 0xFFFD:
		// negative runes and surrogates, which match nothing; U+FFFD,
		// which also matches invalid bytes; the four-byte runes
		return strings.IndexRune(s, r)
	case r < 0x800:
		return indexLeadRune(s, 2, byte(0xC0|r>>6), byte(0x80|r&0x3F), 0)
	}
	return indexLeadRune(s, 3, byte(0xE0|r>>12), byte(0x80|r>>6&0x3F), byte(0x80|r&0x3F))
}

// rare marks the lead bytes of runes that Chinese text seldom holds, far
// more seldom than any one continuation byte (the last byte Index and
// IndexRune search for otherwise, which Chinese text spreads over 64
// values): C2–DF (two-byte runes), E0–E2 (U+0800–U+2FFF: general
// punctuation, symbols, box drawing), EA–EE (U+A000–U+EFFF) and F0–F4
// (four-byte runes). The ideographs and CJK marks (E3–E9) and the
// full-width forms (EF) are common.
var rare = func() (t [256]bool) {
	for c := 0xC2; c <= 0xF4; c++ {
		t[c] = c <= 0xE2 || c >= 0xEA && c <= 0xEE || c >= 0xF0
	}
	return t
}()

// indexLead returns the offset of the first word in s, searching for
// word's first byte, or -1.
func indexLead(s, word string) int {
	for i := 0; ; i++ {
		k := strings.IndexByte(s[i:], word[0])
		if k < 0 {
			return -1
		}
		i += k
		if len(s)-i < len(word) {
			return -1
		}
		if s[i:i+len(word)] == word {
			return i
		}
	}
}

// indexLeadRune returns the offset of the first rune in s whose UTF-8
// form is b0 b1 b2 (b0 b1 when n is 2), searching for its lead byte b0,
// or -1.
func indexLeadRune(s string, n int, b0, b1, b2 byte) int {
	at := func(i int) bool { return s[i+1] == b1 && (n == 2 || s[i+2] == b2) }
	if len(s) <= shortSearch {
		for i := 0; i+n <= len(s); i++ {
			if s[i] == b0 && at(i) {
				return i
			}
		}
		return -1
	}
	for i := 0; ; i++ {
		k := strings.IndexByte(s[i:], b0)
		if k < 0 {
			return -1
		}
		if i += k; i+n > len(s) {
			return -1
		}
		if at(i) {
			return i
		}
	}
}

// ContainsRune is strings.ContainsRune, with IndexRune.
func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

// shortSearch is the length up to which index3 and indexLeadRune
// compare byte by byte
// rather than calling the vectorised byte search.
const shortSearch = 24

// index3 returns the offset of the first b0 b1 b2 in s, or -1.
func index3(s string, b0, b1, b2 byte) int {
	if len(s) <= shortSearch {
		for i := 2; i < len(s); i++ {
			if s[i] == b2 && s[i-1] == b1 && s[i-2] == b0 {
				return i - 2
			}
		}
		return -1
	}
	for i := 2; i < len(s); i++ {
		if s[i] != b2 {
			o := strings.IndexByte(s[i+1:], b2)
			if o < 0 {
				return -1
			}
			i += o + 1
		}
		if s[i-1] == b1 && s[i-2] == b0 {
			return i - 2
		}
	}
	return -1
}

// Index is strings.Index, faster for a word ending in a multi-byte rune
// (a Chinese word) in Chinese text: it searches for the word's last byte,
// a continuation byte (see IndexRune), and compares the rest where it
// finds one. Any other word is left to strings.Index.
//
// A word opening with a rune whose lead byte is rare (see rare) is
// searched for by that byte.
func Index(s, word string) int {
	n := len(word)
	if n < 2 || n > len(s) {
		return strings.Index(s, word)
	}
	if rare[word[0]] {
		return indexLead(s, word)
	}
	if word[n-1] < 0x80 || word[n-1] >= 0xC0 {
		return strings.Index(s, word)
	}
	if n == 3 {
		return index3(s, word[0], word[1], word[2])
	}
	last := word[n-1]
	for i := n - 1; i < len(s); i++ {
		if s[i] != last {
			o := strings.IndexByte(s[i+1:], last)
			if o < 0 {
				return -1
			}
			i += o + 1
		}
		if s[i-n+1:i+1] == word {
			return i - n + 1
		}
	}
	return -1
}

// Contains is strings.Contains, with Index.
func Contains(s, word string) bool { return Index(s, word) >= 0 }

// LastIndex is strings.LastIndex, faster for a word ending in a
// multi-byte rune in Chinese text, as Index is: it searches backwards for
// the word's last byte and compares the rest where it finds one, where
// strings.LastIndex hashes every byte of s. Any other word is left to
// strings.LastIndex.
func LastIndex(s, word string) int {
	n := len(word)
	if n < 2 || n > len(s) || word[n-1] < 0x80 || word[n-1] >= 0xC0 {
		return strings.LastIndex(s, word)
	}
	last := word[n-1]
	for end := len(s); end >= n; {
		i := strings.LastIndexByte(s[:end], last)
		if i < n-1 {
			return -1
		}
		if s[i-n+1:i+1] == word {
			return i - n + 1
		}
		end = i
	}
	return -1
}
