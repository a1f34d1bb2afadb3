package script

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// refSurvey is what a parser did before Survey, in two reads: validate
// the whole text, then count the changing characters of the byte-cut head
// rune by rune (the first stage of IsTraditional).
func refSurvey(s string, window int) (valid, simplified bool) {
	if !utf8.ValidString(s) {
		return false, false
	}
	n := 0
	for _, r := range s[:min(len(s), max(window, 0))] {
		if SimplifiedRune(r) != r {
			n++
		}
	}
	return true, n < 3
}

func TestSurvey(t *testing.T) {
	pad := strings.Repeat("a", 10)
	tests := []struct {
		name        string
		s           string
		window      int
		valid, simp bool
	}{
		{"empty", "", 64, true, true},
		{"simplified", "关于印发政务公开工作要点的通知", 64, true, true},
		{"two traditional", "關於政务", 64, true, true},
		{"three traditional", "關於政務", 64, true, false},
		{"traditional beyond the window", pad + "關於政務", 10, true, true},
		{"third traditional cut by the window", pad + "關於政務", 10 + 3*3 + 1, true, true},
		{"third traditional inside the window", pad + "關於政務", 10 + 3*3 + 3, true, false},
		{"four-byte rune cut by the window", pad + "𠁞", 12, true, true},
		{"four-byte traditional inside", "𠁞𠁞𠁞", 12, true, false},
		{"invalid byte", "关于\xff", 64, false, false},
		{"invalid after the window", "关于" + pad + "\xff", 3, false, false},
		{"invalid after three changing", "關於政務\xff", 64, false, false},
		{"truncated rune", "关于\xe4\xb8", 64, false, false},
		{"surrogate", "\xed\xa0\x80", 64, false, false},
		{"overlong", "\xc0\x80", 64, false, false},
		{"replacement character", "\uFFFD\uFFFD\uFFFD", 64, true, true},
		{"punctuation and ASCII", "（一）2024年，“政务”。", 64, true, true},
		{"negative window", "關於政務", -1, true, true},
	}
	for _, tt := range tests {
		valid, simp := Survey(tt.s, tt.window)
		assert.Equal(t, tt.valid, valid, tt.name)
		assert.Equal(t, tt.simp, simp, tt.name)
		rv, rs := refSurvey(tt.s, tt.window)
		assert.Equal(t, rv, valid, tt.name)
		assert.Equal(t, rs, simp, tt.name)
	}
}

// TestSurveyMatchesReference compares Survey with the two reads it
// replaces, on random mixtures of simplified, traditional, ASCII,
// characters outside the dense blocks and broken UTF-8, cut by windows
// that fall anywhere, inside characters too; and checks the promise: a
// head settled as simplified is not traditional.
func TestSurveyMatchesReference(t *testing.T) {
	pieces := []string{"发", "發", "号", "號", "政務", "公开", "a", "\n", "㐀", "㑮", "𠁞", "𠀀", "\uFFFD",
		"\xe4\xb8", "\xe3\x80", "\xff", "\x80", "\xed\xa0\x80", "\xf0\x9f", "。", "，", "（", "乾", "国", "國",
		"\xe0\x80\x80", "\xe0\xa0\x80", "\xed\x9f\xbf", "é"} // overlong, U+0800, Hangul
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		s := mixture(rng, pieces, rng.IntN(30))
		window := rng.IntN(len(s)+4) - 1
		valid, simp := Survey(s, window)
		rv, rs := refSurvey(s, window)
		assert.Equal(t, rv, valid, "valid %q %d", s, window)
		assert.Equal(t, rs, simp, "simplified %q %d", s, window)
		if simp {
			assert.False(t, IsTraditional(s[:min(len(s), max(window, 0))]), "%q %d", s, window)
		}
	}
}

// BenchmarkSurvey reads a paragraph once, against the two reads it
// replaces (utf8.ValidString and the count of IsTraditional).
func BenchmarkSurvey(b *testing.B) {
	b.Run("survey", func(b *testing.B) {
		b.SetBytes(int64(len(benchSimple)))
		for b.Loop() {
			Survey(benchSimple, 64<<10)
		}
	})
	b.Run("two-reads", func(b *testing.B) {
		b.SetBytes(int64(len(benchSimple)))
		for b.Loop() {
			_ = utf8.ValidString(benchSimple) && IsTraditional(benchSimple)
		}
	})
}
