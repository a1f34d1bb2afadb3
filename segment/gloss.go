package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxGlossLetters bounds a pinyin syllable (zhuang, shuang: 6 letters).
const maxGlossLetters = 6

// glossAt returns the byte length of a pinyin gloss at the start of s — a
// parenthesis (ASCII or full-width) holding one to six lower-case letters,
// tone marks included, as web copies insert after characters: 環(huán) —
// or 0. Upper-case acronyms such as (PPP) are not glosses.
func glossAt(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	if r != '(' && r != '（' {
		return 0
	}
	letters := 0
	for i := n; i < len(s); {
		r, m := utf8.DecodeRuneInString(s[i:])
		i += m
		switch {
		case r == ')' || r == '）':
			if letters == 0 {
				return 0
			}
			return i
		case unicode.IsLower(r) && !isHan(r) && letters < maxGlossLetters:
			letters++
		default:
			return 0
		}
	}
	return 0
}

// stripGlosses removes the pinyin glosses that follow Han characters:
// 發(fā)改委 → 發改委. Text without glosses comes back unchanged.
func stripGlosses(s string) string {
	var b strings.Builder
	done := 0 // s[:done] is settled: copied into b, or (while b is empty) unchanged
	for i := nextParen(s, 0); i >= 0; i = nextParen(s, i) {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		g := 0
		if isHan(r) {
			g = glossAt(s[i:])
		}
		if g == 0 {
			i++
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[done:i])
		i += g
		done = i
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// nextParen returns the offset of the first parenthesis, ASCII or
// full-width, in s at or after from, or -1.
func nextParen(s string, from int) int {
	for i := from; i < len(s); i++ {
		if s[i] == '(' || s[i] == fullParen[0] && strings.HasPrefix(s[i:], fullParen) {
			return i
		}
	}
	return -1
}

// fullParen is the full-width opening parenthesis.
const fullParen = "（"

// StripGlosses removes the pinyin glosses mirror sites insert after Han
// characters (發(fā)改委 → 發改委), for readers that match words, such as
// table column names. Text without glosses comes back unchanged.
func StripGlosses(s string) string { return stripGlosses(s) }
