package source

import (
	"strings"
	"testing"
)

// searchPieces are what the texts searched in the tests are made of:
// the runes and words searched for, their bytes cut apart (a lead byte
// alone, a last byte alone), runes sharing their first or last two bytes,
// invalid bytes, U+FFFD, two- and four-byte runes and runes of rare lead
// bytes (searched for by that byte), ASCII, and a stretch of Han text
// long enough to take the vectorised search.
var searchPieces = []string{
	"。", "、", "〔", "（", "牵头", "头", "负责", "单位", "a", "(",
	"\xe3\x80", "\x82", "\xe7\x89", "\xff", "\uFFFD", "é", "𠀀",
	"¦", "“", "\xc2", "\xe2\x80",
	"一二三四五六七八九十",
}

// searchRunes are the runes searched for: three-byte runes (those
// IndexRune reads itself) and every other kind, which it leaves to
// strings.IndexRune.
var searchRunes = []rune{'。', '、', '〔', '（', '牵', '头', '\uFFFD', 'a', '(', 'é', '𠀀', 0x800, 0xFFFF, 0xD800, -1, 0x110000,
	'¦', '“', '│', 0x2FFF, 0x3000, 0x9FFF, 0xA000, 0xEFFF, 0xF000, 0x10FFFF}

// searchWords are the words searched for: words ending in a multi-byte
// rune (those Index reads itself), and ASCII, empty and byte-cut ones.
var searchWords = []string{"。", "牵头", "头单位", "负责", "单位。", "（一）", "é", "𠀀", "a", "(a", "", "\x82", "\xe3\x80", "牵头负责单位负责牵头",
	"¦", "“牵头”", "\xc2", "\xc2a", "\xe2\x80"}

// eachText calls f on every string of up to n pieces.
func eachText(n int, f func(string)) {
	var rec func(prefix string, k int)
	rec = func(prefix string, k int) {
		f(prefix)
		if k == 0 {
			return
		}
		for _, p := range searchPieces {
			rec(prefix+p, k-1)
		}
	}
	rec("", n)
}

// TestSearchMatchesStrings checks IndexRune, ContainsRune, Index, LastIndex and
// Contains against the strings functions on every text of up to four
// pieces, for every rune and word of the lists.
func TestSearchMatchesStrings(t *testing.T) {
	eachText(4, func(s string) {
		for _, r := range searchRunes {
			got := [2]any{IndexRune(s, r), ContainsRune(s, r)}
			if want := [2]any{strings.IndexRune(s, r), strings.ContainsRune(s, r)}; got != want {
				t.Fatalf("IndexRune, ContainsRune(%q, %U) = %v, strings says %v", s, r, got, want)
			}
		}
		for _, w := range searchWords {
			got := [3]any{Index(s, w), Contains(s, w), LastIndex(s, w)}
			if want := [3]any{strings.Index(s, w), strings.Contains(s, w), strings.LastIndex(s, w)}; got != want {
				t.Fatalf("Index, Contains, LastIndex(%q, %q) = %v, strings says %v", s, w, got, want)
			}
		}
	})
}

// benchText is a paragraph of a plan, repeated: the searches' usual text.
var benchText = strings.Repeat("深入贯彻落实党中央、国务院关于优化营商环境的决策部署，持续推进政务公开标准化规范化建设，提升政务服务效能（市政务服务局牵头，各区配合）", 4)

func BenchmarkIndexRune(b *testing.B) {
	for _, r := range []rune{'。', '；', '牵'} {
		b.Run("strings/"+string(r), func(b *testing.B) {
			for b.Loop() {
				strings.IndexRune(benchText, r)
			}
		})
		b.Run("source/"+string(r), func(b *testing.B) {
			for b.Loop() {
				IndexRune(benchText, r)
			}
		})
	}
}

func BenchmarkIndex(b *testing.B) {
	for _, w := range []string{"责任单位", "牵头", "。"} {
		b.Run("strings/"+w, func(b *testing.B) {
			for b.Loop() {
				strings.Index(benchText, w)
			}
		})
		b.Run("source/"+w, func(b *testing.B) {
			for b.Loop() {
				Index(benchText, w)
			}
		})
	}
}
