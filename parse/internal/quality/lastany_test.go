package quality

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLastAny(t *testing.T) {
	f := newLastAny("\n\t|｜│。；;")
	tests := []struct {
		name, s string
		want    int
	}{
		{"empty", "", -1},
		{"none", "牵头单位：市财政局", -1},
		{"ascii", "甲\t乙", 3},
		{"the last of several", "甲。乙；丙", len("甲。乙")},
		{"a rule", "│市财政局", 0},
		{"a rune ending like one is none", "甲あ", -1},
		{"a cut rune", "甲\xe3\x80", -1},
		{"a stray continuation byte after", "。\x82", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, f.in(tt.s))
			assert.Equal(t, strings.LastIndexAny(tt.s, "\n\t|｜│。；;"), f.in(tt.s))
		})
	}
}

// TestLastAnyAsLastIndexAny compares lastAny with strings.LastIndexAny on
// random strings of the characters' bytes, whole, cut and shuffled, and
// others: the same index on each, valid UTF-8 or not.
func TestLastAnyAsLastIndexAny(t *testing.T) {
	const chars = "\n\t|｜│。；;：:"
	f := newLastAny(chars)
	pieces := []string{"\n", "\t", "|", ";", ":", "｜", "│", "。", "；", "：", "甲", "a", " ", "\u3000", "\xe3", "\x80", "\x82", "\xbc", "\xef", "\xe2", "\x94", "\x9a", "\x9b", "\x9c", "\xf0"}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(12) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		assert.Equal(t, strings.LastIndexAny(s, chars), f.in(s), "%q", s)
	}
}
