package segment

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/t2s.txt
var t2sData string

// t2sTable converts traditional Chinese to simplified one character for
// one character, so a converted string has exactly the runes of its source
// at the same rune positions; phrases override the character table where
// the default character would be wrong (回覆 → 回复, 著力 → 着力).
type t2sTable struct {
	chars   map[rune]rune
	phrases map[string]string // keyed by traditional phrase
	first   map[rune]uint8    // first rune of a phrase → longest phrase length in runes
}

var (
	t2sOnce sync.Once
	t2s     *t2sTable
)

// loadT2S parses the embedded table once (about 4 300 lines, well under a
// millisecond).
func loadT2S() *t2sTable {
	t2sOnce.Do(func() {
		t := &t2sTable{chars: make(map[rune]rune, 4200), phrases: map[string]string{}, first: map[rune]uint8{}}
		for line := range strings.Lines(t2sData) {
			line = strings.TrimRight(line, "\n")
			if line == "" || line[0] == '#' {
				continue
			}
			a, b, ok := strings.Cut(line, " ")
			if !ok {
				continue
			}
			if utf8.RuneCountInString(a) == 1 {
				ra, _ := utf8.DecodeRuneInString(a)
				rb, _ := utf8.DecodeRuneInString(b)
				t.chars[ra] = rb
				continue
			}
			t.phrases[a] = b
			r, _ := utf8.DecodeRuneInString(a)
			if n := uint8(utf8.RuneCountInString(a)); n > t.first[r] {
				t.first[r] = n
			}
		}
		t2s = t
	})
	return t2s
}

// ToSimplified converts traditional characters in s to simplified ones,
// character for character: the result has the same number of runes as s
// and each rune stays at its position, so offsets computed on the result
// map back to s. Simplified text comes back unchanged (and unallocated).
func ToSimplified(s string) string {
	t := loadT2S()
	i := 0
	for i < len(s) { // fast path: nothing to convert
		r, n := utf8.DecodeRuneInString(s[i:])
		if _, ok := t.chars[r]; ok || t.first[r] > 0 {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if max := t.first[r]; max > 0 {
			if p, w := t.phrase(s[i:], int(max)); w > 0 {
				b.WriteString(p)
				i += w
				continue
			}
		}
		if c, ok := t.chars[r]; ok {
			b.WriteRune(c)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// phrase returns the simplified form of the longest phrase (up to max
// runes) at the start of s and its byte length in s.
func (t *t2sTable) phrase(s string, max int) (string, int) {
	ends := make([]int, 0, 8)
	for j, k := 0, 0; j < len(s) && k < max; k++ {
		_, n := utf8.DecodeRuneInString(s[j:])
		j += n
		ends = append(ends, j)
	}
	for k := len(ends) - 1; k >= 1; k-- {
		if p, ok := t.phrases[s[:ends[k]]]; ok {
			return p, ends[k]
		}
	}
	return "", 0
}

// IsTraditional reports whether s reads as traditional Chinese: it holds
// characters that only the traditional script uses, at least 1 % of its
// Han characters and at least three of them.
func IsTraditional(s string) bool {
	t := loadT2S()
	han, trad := 0, 0
	for _, r := range s {
		if !isHan(r) {
			continue
		}
		han++
		if _, ok := t.chars[r]; ok {
			trad++
		}
	}
	return trad >= 3 && trad*100 >= han
}

// SimplifiedRune returns the simplified form of one traditional character,
// or r itself. It uses the character table only (no phrases), for callers
// that fold text rune by rune while keeping offsets.
func SimplifiedRune(r rune) rune {
	if s, ok := loadT2S().chars[r]; ok {
		return s
	}
	return r
}
