package source

import "strings"

// IndexRune is strings.IndexRune, faster for a three-byte rune (the CJK
// marks and ideographs the recognisers look for) in Chinese text.
// strings.IndexRune encodes the rune anew on every call (intstring) and
// gives up its last-byte search for the substring search after a few
// false hits; here the three bytes are computed in registers and the
// search stays on the last byte, a continuation byte that Chinese text
// spreads evenly over 64 values (the lead bytes, which strings.Index
// searches for, are E4–E9 for nearly every ideograph).
func IndexRune(s string, r rune) int {
	if r < 0x800 || r >= 0xFFFD || r >= 0xD800 && r < 0xE000 { // U+FFFD also matches invalid bytes
		return strings.IndexRune(s, r)
	}
	b0, b1, b2 := byte(0xE0|r>>12), byte(0x80|r>>6&0x3F), byte(0x80|r&0x3F)
	return index3(s, b0, b1, b2)
}

// ContainsRune is strings.ContainsRune, with IndexRune.
func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

// shortSearch is the length up to which index3 compares byte by byte
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
func Index(s, word string) int {
	n := len(word)
	if n < 2 || n > len(s) || word[n-1] < 0x80 || word[n-1] >= 0xC0 {
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
