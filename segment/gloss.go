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
	if !strings.ContainsAny(s, "(（") {
		return s
	}
	var b strings.Builder
	prevHan := false
	for i := 0; i < len(s); {
		if prevHan {
			if g := glossAt(s[i:]); g > 0 {
				if b.Len() == 0 {
					b.Grow(len(s))
					b.WriteString(s[:i])
				}
				i += g
				prevHan = false
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if b.Len() > 0 {
			b.WriteString(s[i : i+n])
		}
		prevHan = isHan(r)
		i += n
	}
	if b.Len() == 0 {
		return s
	}
	return b.String()
}

// StripGlosses removes the pinyin glosses mirror sites insert after Han
// characters (發(fā)改委 → 發改委), for readers that match words, such as
// table column names. Text without glosses comes back unchanged.
func StripGlosses(s string) string { return stripGlosses(s) }
