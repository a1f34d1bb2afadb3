package script

import (
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// refSurvey is what a parser did before Survey, in two reads: validate
// the whole text, then count the changing characters of the byte-cut head
// rune by rune (the first stage of IsTraditional); and, for settled, a
// third: no rune of the text changes alone or in a phrase (refShifted).
func refSurvey(s string, window int) (valid, simplified, settled bool) {
	if !utf8.ValidString(s) {
		return false, false, false
	}
	n := 0
	for _, r := range s[:min(len(s), max(window, 0))] {
		if SimplifiedRune(r) != r {
			n++
		}
	}
	settled = true
	for _, r := range s {
		if SimplifiedRune(r) != r || refShifted()[r] {
			settled = false
		}
	}
	return true, n < 3, settled
}

// refShifted are the runes some phrase of the table changes, read from
// the phrases themselves.
var refShifted = sync.OnceValue(func() map[rune]bool {
	shifted := map[rune]bool{}
	for from, to := range load().phrases {
		want := []rune(to)
		for i, r := range []rune(from) {
			if want[i] != r {
				shifted[r] = true
			}
		}
	}
	return shifted
})

func TestSurvey(t *testing.T) {
	pad := strings.Repeat("a", 10)
	tests := []struct {
		name                 string
		s                    string
		window               int
		valid, simp, settled bool
	}{
		{"empty", "", 64, true, true, true},
		{"simplified", "关于印发政务公开工作要点的通知", 64, true, true, true},
		{"phrase starters that change nothing", "一上不回复", 64, true, true, true},
		{"a character only a phrase changes", "回覆", 64, true, true, false},
		{"shifted beyond the window", pad + "覆盖", 10, true, true, false},
		{"two traditional", "關於政务", 64, true, true, false},
		{"three traditional", "關於政務", 64, true, false, false},
		{"traditional beyond the window", pad + "關於政務", 10, true, true, false},
		{"third traditional cut by the window", pad + "關於政務", 10 + 3*3 + 1, true, true, false},
		{"third traditional inside the window", pad + "關於政務", 10 + 3*3 + 3, true, false, false},
		{"four-byte rune cut by the window", pad + "𠁞", 12, true, true, false},
		{"four-byte traditional inside", "𠁞𠁞𠁞", 12, true, false, false},
		{"four-byte rune that stays", "𠀀", 64, true, true, true},
		{"invalid byte", "关于\xff", 64, false, false, false},
		{"invalid after the window", "关于" + pad + "\xff", 3, false, false, false},
		{"invalid after three changing", "關於政務\xff", 64, false, false, false},
		{"invalid after a shifted character", "覆\xff", 64, false, false, false},
		{"truncated rune", "关于\xe4\xb8", 64, false, false, false},
		{"surrogate", "\xed\xa0\x80", 64, false, false, false},
		{"overlong", "\xc0\x80", 64, false, false, false},
		{"replacement character", "\uFFFD\uFFFD\uFFFD", 64, true, true, true},
		{"punctuation and ASCII", "（一）2024年，“政务”。", 64, true, true, true},
		{"negative window", "關於政務", -1, true, true, false},
	}
	for _, tt := range tests {
		valid, simp, settled := Survey(tt.s, tt.window)
		assert.Equal(t, tt.valid, valid, tt.name)
		assert.Equal(t, tt.simp, simp, tt.name)
		assert.Equal(t, tt.settled, settled, tt.name)
		rv, rs, rset := refSurvey(tt.s, tt.window)
		assert.Equal(t, rv, valid, tt.name)
		assert.Equal(t, rs, simp, tt.name)
		assert.Equal(t, rset, settled, tt.name)
	}
}

// TestSurveyMatchesReference compares Survey with the reads it
// replaces, on random mixtures of simplified, traditional, ASCII,
// characters outside the dense blocks, characters only a phrase changes
// and broken UTF-8, cut by windows that fall anywhere, inside characters
// too; and checks the promises: a head settled as simplified is not
// traditional, and a settled text folds to itself.
func TestSurveyMatchesReference(t *testing.T) {
	pieces := []string{"发", "發", "号", "號", "政務", "公开", "a", "\n", "㐀", "㑮", "𠁞", "𠀀", "\uFFFD",
		"\xe4\xb8", "\xe3\x80", "\xff", "\x80", "\xed\xa0\x80", "\xf0\x9f", "。", "，", "（", "乾", "国", "國",
		"\xe0\x80\x80", "\xe0\xa0\x80", "\xed\x9f\xbf", "é", // overlong, U+0800, Hangul
		"回", "覆", "著", "一"} // a phrase's start, characters only phrases change
	rng := rand.New(rand.NewPCG(5, 6))
	settledSeen := 0
	for range 20000 {
		s := mixture(rng, pieces, rng.IntN(30))
		window := rng.IntN(len(s)+4) - 1
		valid, simp, settled := Survey(s, window)
		rv, rs, rset := refSurvey(s, window)
		assert.Equal(t, rv, valid, "valid %q %d", s, window)
		assert.Equal(t, rs, simp, "simplified %q %d", s, window)
		assert.Equal(t, rset, settled, "settled %q %d", s, window)
		if simp {
			assert.False(t, IsTraditional(s[:min(len(s), max(window, 0))]), "%q %d", s, window)
		}
		if settled {
			settledSeen++
			assert.Equal(t, s, ToSimplified(s), "%q", s)
		}
	}
	assert.Greater(t, settledSeen, 100)
}

// TestSettledPhrases checks what a settled text's promise rests on for
// every phrase of the table: a phrase that folding changes holds a
// character that is not settled, so no piece of a settled text, nor a
// string joined from such pieces, holds it; and a character settled
// alone stays as it is.
func TestSettledPhrases(t *testing.T) {
	t2s := load()
	require.NotEmpty(t, t2s.phrases)
	for from, to := range t2s.phrases {
		if _, _, settled := Survey(from, len(from)); settled {
			assert.Equal(t, from, to, "a settled phrase changes")
		}
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		if _, _, settled := Survey(string(r), 4); settled {
			require.Equal(t, r, SimplifiedRune(r), "%U", r)
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
