package script

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestDecodeRuneMatchesUTF8: the inline path agrees with the standard
// decoder on every rune and on the malformed sequences around its range.
func TestDecodeRuneMatchesUTF8(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		s := string(utf8.AppendRune(nil, r)) + "x"
		wantR, wantN := utf8.DecodeRuneInString(s)
		gotR, gotN := DecodeRune(s)
		if gotR != wantR || gotN != wantN {
			t.Fatalf("%U: got %U/%d, want %U/%d", r, gotR, gotN, wantR, wantN)
		}
	}
	for _, s := range []string{"", "\xe4", "\xe4\xb8", "\xe4\xb8x", "\xe4x\xad", "\xe3\x80", "\xe9\xbf\xbf", "\xea\xb0\x80", "\xed\xa0\x80", "\xe0\x80\x80", "\xe4\xb8\xad", "a", "\u3000", "\ua000", "\xe3\x80a", "\xe0\xa0\x80", "𠀀", "\xe9\xbf\xbfx"} {
		wantR, wantN := utf8.DecodeRuneInString(s)
		gotR, gotN := DecodeRune(s)
		assert.Equal(t, [2]int{int(wantR), wantN}, [2]int{int(gotR), gotN}, "%q", s)
	}
}

// TestDecodeLastRuneMatchesUTF8: the inline paths agree with the
// standard decoder on every rune (after ASCII, a continuation byte, a
// lead byte and a whole rune) and on the malformed endings around them.
func TestDecodeLastRuneMatchesUTF8(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		for _, before := range []string{"", "x", "\x80", "\xe4", "中"} {
			s := before + string(utf8.AppendRune(nil, r))
			wantR, wantN := utf8.DecodeLastRuneInString(s)
			if gotR, gotN := DecodeLastRune(s); gotR != wantR || gotN != wantN {
				t.Fatalf("%q: got %U/%d, want %U/%d", s, gotR, gotN, wantR, wantN)
			}
		}
	}
	for _, s := range []string{"", "\xe4", "\xb8\xad", "x\xb8\xad", "\xe4\xb8", "\xe4\xe4\xb8\xad", "\xf0\xe4\xb8\xad", "\xed\xa0\x80", "\xe0\x80\x80", "\xf0\xa0\x80\x80", "\xa0\x80\x80", "\xef\xbf\xbd", "a\x80"} {
		wantR, wantN := utf8.DecodeLastRuneInString(s)
		gotR, gotN := DecodeLastRune(s)
		assert.Equal(t, [2]int{int(wantR), wantN}, [2]int{int(gotR), gotN}, "%q", s)
	}
}

// TestIsHanMatchesUnicode: IsHan is unicode.Han, for every rune.
func TestIsHanMatchesUnicode(t *testing.T) {
	for r := rune(-1); r <= utf8.MaxRune+1; r++ {
		if IsHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("%U: IsHan %v", r, IsHan(r))
		}
	}
}
