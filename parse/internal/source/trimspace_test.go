package source

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/internal/strgen"
)

// TestTrimSpaceIsStrings: TrimSpace gives what strings.TrimSpace gives, on
// every string of up to four pieces: ASCII and Unicode white space (the
// ideographic and no-break spaces, U+2028, U+0085), ideographs and
// full-width marks, runes of two and four bytes, runes just below and
// above U+3000, and the broken forms of each (a lead byte alone, a
// continuation byte alone, a rune cut short).
func TestTrimSpaceIsStrings(t *testing.T) {
	pieces := []string{" ", "\t", "\n", "\u3000", "\u00a0", "\u2028", "\u0085", "\ufeff", "\u200b",
		"a", "1", "甲", "（", "。", "\u3001", "\u2fff", "é", "\U0001F600",
		"\xe4\xb8", "\xb8", "\xe3\x80", "\x80\x80", "\xff"}
	n := 0
	strgen.Walk(pieces, 4, func(s string) {
		n++
		if got, want := TrimSpace(s), strings.TrimSpace(s); got != want {
			assert.Equal(t, want, got, "%q", s)
		}
	})
	assert.Greater(t, n, 1000)
}

// TestTrimRightIsStrings: TrimRight gives what strings.TrimRight gives,
// for cutsets of ASCII, of Chinese marks, of both, of one byte, of a rune
// of four bytes and of U+FFFD, on every string of up to four pieces.
func TestTrimRightIsStrings(t *testing.T) {
	pieces := []string{" ", "\u3000", "a", ".", "甲", "。", "；", "\u2fff", "é", "\U0001F600", "\ufffd",
		"\xe4\xb8", "\xb8", "\xff"}
	cutsets := []string{"", " ", ".", " \u3000", "。. ", "；;。", "甲", "\U0001F600", "\ufffd", "\xb8", "é "}
	n := 0
	strgen.Walk(pieces, 4, func(s string) {
		for _, cut := range cutsets {
			n++
			if got, want := TrimRight(s, cut), strings.TrimRight(s, cut); got != want {
				assert.Equal(t, want, got, "%q cut by %q", s, cut)
			}
		}
	})
	assert.Greater(t, n, 1000)
}

// FuzzTrimSpace: TrimSpace is strings.TrimSpace on any bytes (go test
// -fuzz FuzzTrimSpace ./parse/internal/source explores beyond the seeds).
func FuzzTrimSpace(f *testing.F) {
	for _, s := range []string{"", " 甲\u3000", "\u0085甲\u00a0", "\u2028\xe4\xb8", "\xb8\u3000", "\U0001F600 ", "\xed\xa0\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := TrimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("TrimSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzTrimRight: TrimRight is strings.TrimRight on any bytes and cutset.
func FuzzTrimRight(f *testing.F) {
	for _, c := range [][2]string{{"甲。 ", "。 "}, {"甲\u3000", " \u3000"}, {"甲\xb8", "\xb8"}, {"甲\ufffd", "\xff"}, {"\xe4\xb8\xad", "\xe4"}} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, s, cutset string) {
		if got, want := TrimRight(s, cutset), strings.TrimRight(s, cutset); got != want {
			t.Errorf("TrimRight(%q, %q) = %q, want %q", s, cutset, got, want)
		}
	})
}
