package parse

import (
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
	"github.com/zwgk/gongwen/segment/script"
)

// fold returns s in simplified script when folding keeps every byte
// offset (as it does for Han text), else s itself, so that offsets found
// in the folded text hold in s.
func fold(s string) string {
	if f := segment.ToSimplified(s); len(f) == len(s) {
		return f
	}
	return s
}

// foldPrefix folds the first n runes of s.
func foldPrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return fold(s[:i])
		}
		n--
	}
	return fold(s)
}

// isOpenBracket and isCloseBracket are org's bracket sets, under short
// names for the scanners here.
func isOpenBracket(r rune) bool  { return org.IsOpenBracket(r) }
func isCloseBracket(r rune) bool { return org.IsCloseBracket(r) }

// isIdeograph reports a CJK unified ideograph (U+4E00–U+9FFF), nearly
// every rune of a notice: the scanners test it first, in one comparison,
// to pass over the runes that are no bracket or mark.
func isIdeograph(r rune) bool { return r >= cjkStart && r < cjkEnd }

// splitTop splits s at any rune of seps (marks, not ideographs) that
// stands outside brackets. A
// text without any of them (most clause parts) comes back whole without
// being read rune by rune.
func splitTop(s source.Str, seps string) iter.Seq[source.Str] {
	return func(yield func(source.Str) bool) {
		if !source.ContainsAny(s.S, seps) {
			yield(s)
			return
		}
		start := 0
		for i, r := range outside(s.S) {
			if !isIdeograph(r) && source.InSet(seps, r) {
				if !yield(s.Slice(start, i)) {
					return
				}
				start = i + utf8.RuneLen(r)
			}
		}
		yield(s.From(start))
	}
}

// outside yields the runes of s that stand outside any brackets (the
// brackets themselves excluded), with their byte offsets.
func outside(s string) iter.Seq2[int, rune] {
	return func(yield func(int, rune) bool) {
		depth := 0
		for i, n := 0, 0; i < len(s); i += n {
			var r rune
			r, n = script.DecodeRune(s[i:])
			switch {
			case isIdeograph(r): // the usual rune, and no bracket
				if depth == 0 && !yield(i, r) {
					return
				}
			case isOpenBracket(r):
				depth++
			case isCloseBracket(r):
				if depth > 0 {
					depth--
				}
			case depth == 0:
				if !yield(i, r) {
					return
				}
			}
		}
	}
}

// outsideText returns the text of s outside any brackets.
func outsideText(s string) string {
	var b strings.Builder
	for _, r := range outside(s) {
		b.WriteRune(r)
	}
	return b.String()
}
