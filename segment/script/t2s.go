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
	to     rune   // its simplified form, 0 when it has none
	phrase uint8  // runes of the longest phrase override starting with it
	second uint32 // bit r%32 set for the second rune r of each such phrase
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
			ra, na := utf8.DecodeRuneInString(a)
			if n := utf8.RuneCountInString(a); n > 1 {
				t.phrases[a] = b
				r2, _ := utf8.DecodeRuneInString(a[na:])
				t.set(ra, func(e *entry) {
					e.phrase = max(e.phrase, uint8(n))
					e.second |= 1 << (uint32(r2) % 32)
				})
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
		r, n := decodeRune(s[i:])
		e := t.lookup(r)
		if e.to != 0 {
			break
		}
		// Phrases start with common simplified characters too (一, 上,
		// 不 …): only a phrase that is there ends the fast path.
		if e.phrase > 0 {
			if _, w := t.phrase(s[i:], e); w > 0 {
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
		r, n := decodeRune(s[i:])
		e := t.lookup(r)
		if e.phrase > 0 {
			if p, w := t.phrase(s[i:], e); w > 0 {
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

// decodeRune is utf8.DecodeRuneInString with the three-byte runes of the
// CJK blocks (U+3000–U+9FFF, lead bytes E3–E9) decoded inline.
func decodeRune(s string) (rune, int) {
	if len(s) >= 3 && s[0] >= 0xE3 && s[0] <= 0xE9 && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// phrase returns the simplified form of the longest phrase (up to max
// runes) at the start of s and its byte length in s.
func (t *table) phrase(s string, e entry) (string, int) {
	// Every phrase is at least two runes long: when no phrase starting
	// here has the next rune second, there is nothing to look up.
	_, n0 := decodeRune(s)
	if r2, _ := decodeRune(s[n0:]); e.second&(1<<(uint32(r2)%32)) == 0 {
		return "", 0
	}
	max := int(e.phrase)
	var buf [16]int
	ends := buf[:0]
	for j, k := 0, 0; j < len(s) && k < max; k++ {
		_, n := decodeRune(s[j:])
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
		r, n := decodeRune(s[i:])
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
