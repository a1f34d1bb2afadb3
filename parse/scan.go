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
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, w := script.Decode3(s[i:]) // inline: nearly every rune
		if w == 0 {
			_, w = script.DecodeRune(s[i:])
		}
		i += w
	}
	return fold(s[:i])
}

// isOpenBracket and isCloseBracket are org's bracket sets, under short
// names for the scanners here.
func isOpenBracket(r rune) bool  { return org.IsOpenBracket(r) }
func isCloseBracket(r rune) bool { return org.IsCloseBracket(r) }

// trimSpace is strings.TrimSpace answering at once for a text whose first
// and last runes are plainly no space, as nearly every paragraph and name
// is: a printable ASCII character, or a three-byte rune with lead byte
// E3–E9 or EF (CJK marks and ideographs, full-width forms) other than the
// ideographic space U+3000, the only white space among them.
func trimSpace(s string) string {
	n := len(s)
	if n > 0 && plainStart(s) && plainEnd(s) {
		return s
	}
	return strings.TrimSpace(s)
}

// trimStr is s.TrimSpace() answering at once, as trimSpace does, for a
// text whose first and last runes are plainly no space: the clause
// reader trims every part, list and name it cuts, and nearly none has a
// space at its edges. U+FEFF, which source.IsSpace counts as a space and
// plainWide passes, goes to TrimSpace too.
func trimStr(s source.Str) source.Str {
	t := s.S
	if len(t) > 0 && plainStart(t) && plainEnd(t) && !strings.HasPrefix(t, "\ufeff") && !strings.HasSuffix(t, "\ufeff") {
		return s
	}
	return s.TrimSpace()
}

// plainStart reports whether s starts with a rune trimSpace knows to be
// no space; plainEnd, whether it ends with one.
func plainStart(s string) bool {
	if c := s[0]; c < utf8.RuneSelf {
		return c > ' '
	}
	return plainWide(s)
}

func plainEnd(s string) bool {
	n := len(s)
	if c := s[n-1]; c < utf8.RuneSelf {
		return c > ' '
	}
	return n >= 3 && plainWide(s[n-3:])
}

// plainWide reports whether s starts with a three-byte rune of lead byte
// E3–E9 or EF other than U+3000.
func plainWide(s string) bool {
	c := s[0]
	return len(s) >= 3 && (c-0xE3 <= 0xE9-0xE3 || c == 0xEF) && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 && s[:3] != "\u3000"
}

// isIdeograph reports a CJK unified ideograph (U+4E00–U+9FFF), nearly
// every rune of a notice: the scanners test it first, in one comparison,
// to pass over the runes that are no bracket or mark.
func isIdeograph(r rune) bool { return r >= 0x4E00 && r < 0xA000 }

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
			if r, n = script.Decode3(s[i:]); n == 0 { // inline: nearly every rune
				r, n = script.DecodeRune(s[i:])
			}
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
