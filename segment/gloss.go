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
	clean, _ := stripGlossesAt(s, nil, false)
	return clean
}

// glossCut is a gloss stripGlossesAt took out: n bytes, at offset at of
// the text without glosses.
type glossCut struct{ at, n int }

// stripGlossesAt is stripGlosses that also appends to cuts, when record
// is set, where it took the glosses out, in order, so that offsets in the
// result can be mapped back to s.
func stripGlossesAt(s string, cuts []glossCut, record bool) (string, []glossCut) {
	var b strings.Builder
	done := 0 // s[:done] is settled: copied into b, or (while b is empty) unchanged
	// The next ASCII and full-width opening parentheses, each found by a
	// fast search from the last one.
	nextA, nextF := indexFrom(s, "(", 0), indexFrom(s, fullParen, 0)
	for nextA >= 0 || nextF >= 0 {
		i := nextA
		if i < 0 || nextF >= 0 && nextF < i {
			i = nextF
		}
		end := i + 1
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); isHan(r) {
			if g := glossAt(s[i:]); g > 0 {
				if b.Len() == 0 {
					b.Grow(len(s))
				}
				b.WriteString(s[done:i])
				if record {
					cuts = append(cuts, glossCut{b.Len(), g})
				}
				end = i + g
				done = end
			}
		}
		if nextA >= 0 && nextA < end {
			nextA = indexFrom(s, "(", end)
		}
		if nextF >= 0 && nextF < end {
			nextF = indexFrom(s, fullParen, end)
		}
	}
	if done == 0 {
		return s, cuts
	}
	b.WriteString(s[done:])
	return b.String(), cuts
}

// hasGloss reports whether s holds a pinyin gloss after a Han character,
// what stripGlosses takes out, looking only where a fast search finds an
// opening parenthesis.
func hasGloss(s string) bool {
	for _, paren := range []string{"(", fullParen} {
		for i := indexFrom(s, paren, 0); i >= 0; i = indexFrom(s, paren, i+len(paren)) {
			if r, _ := utf8.DecodeLastRuneInString(s[:i]); isHan(r) && glossAt(s[i:]) > 0 {
				return true
			}
		}
	}
	return false
}

// indexFrom is the offset of the first sub in s at or after from, or -1.
func indexFrom(s, sub string, from int) int {
	if k := strings.Index(s[from:], sub); k >= 0 {
		return from + k
	}
	return -1
}

// fullParen is the full-width opening parenthesis.
const fullParen = "（"

// StripGlosses removes the pinyin glosses mirror sites insert after Han
// characters (發(fā)改委 → 發改委), for readers that match words, such as
// table column names. Text without glosses comes back unchanged.
func StripGlosses(s string) string { return stripGlosses(s) }

// GlossAt returns the byte length of a pinyin gloss at the start of s
// ((fā) after 发), or 0: a reader measuring text as laid out skips it.
func GlossAt(s string) int { return glossAt(s) }
