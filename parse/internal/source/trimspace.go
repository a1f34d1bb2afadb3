package source

import (
	"strings"

	"github.com/zwgk/gongwen/segment/script"
)

// TrimSpace is strings.TrimSpace — the same result for every string,
// Unicode white space trimmed, the ideographic space U+3000 among it —
// faster on the lines of Chinese text. strings.TrimSpace hands a string
// whose first or last byte is not ASCII to TrimFunc, which decodes the
// rune at each end and calls unicode.IsSpace through a function value
// (about 350 instructions a line); here an end whose rune has three bytes
// and lies above U+3000, where Unicode has no white space (an ideograph,
// full-width punctuation: nearly every line's ends), is told inline, and
// only another rune at an end goes to strings.TrimSpace.
func TrimSpace(s string) string {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			if !aboveIdeographicSpace(s[i:]) {
				return strings.TrimSpace(s)
			}
			break
		}
		if !asciiSpace(c) {
			break
		}
	}
	j := len(s)
	for ; j > i; j-- {
		c := s[j-1]
		if c >= 0x80 {
			if j-3 < i || !aboveIdeographicSpace(s[j-3:j]) {
				return strings.TrimSpace(s)
			}
			break
		}
		if !asciiSpace(c) {
			break
		}
	}
	return s[i:j]
}

// aboveIdeographicSpace reports whether s starts with a three-byte rune
// above U+3000: no white space (nor, at the end of a string, the tail of
// a longer rune, for a lead byte cannot continue one).
func aboveIdeographicSpace(s string) bool {
	r, n := script.Decode3(s)
	return n > 0 && r > '\u3000'
}

// asciiSpace reports the ASCII white space strings.TrimSpace trims.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// TrimRight is strings.TrimRight — the same result for every string and
// cutset — faster where a Chinese string ends on a rune of three bytes
// (nearly always) and the cutset is not all ASCII (" \u3000", "。；"):
// strings.TrimRight then decodes each last rune and searches the cutset
// through strings.IndexRune, which encodes the rune anew; here a last
// rune of three bytes is decoded inline and searched for with IndexRune,
// an ASCII one by its byte, and only another goes to strings.TrimRight.
func TrimRight(s, cutset string) string {
	for len(s) > 0 {
		c := s[len(s)-1]
		if c < 0x80 {
			if strings.IndexByte(cutset, c) < 0 {
				return s
			}
			s = s[:len(s)-1]
			continue
		}
		r, n := script.Decode3(s[max(len(s)-3, 0):])
		if n == 0 {
			return strings.TrimRight(s, cutset)
		}
		if IndexRune(cutset, r) < 0 {
			return s
		}
		s = s[:len(s)-3]
	}
	return s
}
