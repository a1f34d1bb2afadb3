package org

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// TestTrimSpace holds trimSpace and lastRune to strings.TrimSpace and
// utf8.DecodeLastRuneInString at every kind of edge: Han, ASCII, each
// white space unicode.IsSpace knows, marks and broken UTF-8.
func TestTrimSpace(t *testing.T) {
	edges := []string{
		"", "市", "A", "。", "）", " ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0",
		"\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000",
		"\u200b", "\ufeff", "\u3001", "\u4dc0", "\U00020000", "\xe4\xb8", "\xff", "\xc2", "\xe3\x80",
	}
	for _, a := range edges {
		for _, b := range edges {
			s := a + "市财政局" + b
			assert.Equal(t, strings.TrimSpace(s), trimSpace(s), "%q", s)
			s = a + b
			assert.Equal(t, strings.TrimSpace(s), trimSpace(s), "%q", s)
			if s != "" {
				want, _ := utf8.DecodeLastRuneInString(s)
				assert.Equal(t, want, lastRune(s), "%q", s)
			}
		}
	}
}

func TestHanIndex(t *testing.T) {
	x := byLastRune([]string{"局", "分局", "人民政府", "x", "A。"})
	tests := []struct {
		r    rune
		want []string
	}{
		{'局', []string{"分局", "局"}},
		{'府', []string{"人民政府"}},
		{'x', []string{"x"}},
		{'。', []string{"A。"}},
		{'委', nil},
		{'y', nil},
	}
	for _, tt := range tests {
		assert.ElementsMatch(t, tt.want, x.get(tt.r), string(tt.r))
	}
	assert.Nil(t, byFirstRune([]string{"年底"}).get('y'), "no word outside the ideographs: no map lookup")

	// Every rune finds the list the map gives, in its order.
	want := source.ByLastRune(endings, func(e string) string { return e })
	for r := rune(0); r < 0x10000; r++ {
		if !assert.Equal(t, want[r], endingsByLast.get(r), string(r)) {
			break
		}
	}
}
