package org

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/segment/script"
)

// trimSpace is strings.TrimSpace, answered without decoding when neither
// edge of s can be white space: nearly every candidate starts and ends
// with a Han character or an ASCII letter.
func trimSpace(s string) string {
	if s == "" || mayStartSpace(s[0]) || mayEndInSpace(s) {
		return strings.TrimSpace(s)
	}
	return s
}

// mayStartSpace reports whether a rune whose first byte is b can be white
// space (unicode.IsSpace): an ASCII space, or the first byte of U+0085
// and U+00A0 (C2), U+1680 (E1), U+2000–U+205F (E2) or U+3000 (E3).
func mayStartSpace(b byte) bool {
	if b < utf8.RuneSelf {
		return isASCIISpace(b)
	}
	return b == 0xC2 || b >= 0xE1 && b <= 0xE3
}

// mayEndInSpace reports whether the last rune of s can be white space: an
// ASCII space, or anything but a three-byte rune from U+1000 on whose
// first byte mayStartSpace clears (the Han characters and full-width
// marks that end nearly every name).
func mayEndInSpace(s string) bool {
	if b := s[len(s)-1]; b < utf8.RuneSelf {
		return isASCIISpace(b)
	}
	if len(s) >= 3 {
		if _, n := script.Decode3(s[len(s)-3:]); n > 0 {
			return mayStartSpace(s[len(s)-3])
		}
	}
	return true
}

// isASCIISpace is unicode.IsSpace for an ASCII byte.
func isASCIISpace(b byte) bool {
	return b == ' ' || b >= '\t' && b <= '\r'
}

// lastRune is the rune utf8.DecodeLastRuneInString gives, with the
// three-byte runes of Chinese text decoded inline.
func lastRune(s string) rune {
	if len(s) >= 3 {
		if r, n := script.Decode3(s[len(s)-3:]); n > 0 {
			return r
		}
	}
	r, _ := script.DecodeLastRune(s)
	return r
}
