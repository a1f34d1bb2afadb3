package script

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed t2s.txt
var t2sData string

// entry is what the table knows about one traditional character.
type entry struct {
	to     rune  // its simplified form, 0 when it has none
	phrase uint8 // runes of the longest phrase override starting with it
}

// The dense part of the table covers the CJK blocks, where nearly all
// traditional characters are.
const cjkLo, cjkHi = 0x3400, 0xA000

// table converts traditional Chinese to simplified one character for one
// character; phrases override the character table where the default
// character would be wrong.
type table struct {
	cjk     []entry           // indexed by r - cjkLo
	other   map[rune]entry    // characters outside the CJK blocks
	phrases map[string]string // keyed by traditional phrase
}

func (t *table) lookup(r rune) entry {
	if r >= cjkLo && r < cjkHi {
		return t.cjk[r-cjkLo]
	}
	if r < cjkLo {
		return entry{}
	}
	return t.other[r]
}

func (t *table) set(r rune, f func(*entry)) {
	if r >= cjkLo && r < cjkHi {
		f(&t.cjk[r-cjkLo])
		return
	}
	e := t.other[r]
	f(&e)
	t.other[r] = e
}

var (
	once sync.Once
	t2s  *table
)

// load parses the embedded table once (well under a millisecond).
func load() *table {
	once.Do(func() {
		t := &table{cjk: make([]entry, cjkHi-cjkLo), other: map[rune]entry{}, phrases: map[string]string{}}
		for line := range strings.Lines(t2sData) {
			line = strings.TrimRight(line, "\n")
			if line == "" || line[0] == '#' {
				continue
			}
			a, b, ok := strings.Cut(line, " ")
			if !ok {
				continue
			}
			ra, _ := utf8.DecodeRuneInString(a)
			if n := utf8.RuneCountInString(a); n > 1 {
				t.phrases[a] = b
				t.set(ra, func(e *entry) { e.phrase = max(e.phrase, uint8(n)) })
				continue
			}
			rb, _ := utf8.DecodeRuneInString(b)
			t.set(ra, func(e *entry) { e.to = rb })
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
	t := load()
	i := 0
	for i < len(s) { // fast path: the longest prefix that stays as it is
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		e := t.lookup(r)
		if e.to != 0 {
			break
		}
		// Phrases start with common simplified characters too (一, 上,
		// 不 …): only a phrase that is there ends the fast path.
		if e.phrase > 0 {
			if _, w := t.phrase(s[i:], int(e.phrase)); w > 0 {
				break
			}
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
		e := t.lookup(r)
		if e.phrase > 0 {
			if p, w := t.phrase(s[i:], int(e.phrase)); w > 0 {
				b.WriteString(p)
				i += w
				continue
			}
		}
		if e.to != 0 {
			b.WriteRune(e.to)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// phrase returns the simplified form of the longest phrase (up to max
// runes) at the start of s and its byte length in s.
func (t *table) phrase(s string, max int) (string, int) {
	var buf [16]int
	ends := buf[:0]
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
	t := load()
	han, trad := 0, 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if !IsHan(r) {
			continue
		}
		han++
		if t.lookup(r).to != 0 {
			trad++
		}
	}
	return trad >= 3 && trad*100 >= han
}

// SimplifiedRune returns the simplified form of one traditional character,
// or r itself. It uses the character table only (no phrases), for callers
// that fold text rune by rune while keeping offsets.
func SimplifiedRune(r rune) rune {
	if to := load().lookup(r).to; to != 0 {
		return to
	}
	return r
}

// IsHan reports whether r is a Han character (the CJK unified ideographs
// are tested first, without a table search).
func IsHan(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return true
	}
	return r >= 0x2E80 && unicode.Is(unicode.Han, r)
}
