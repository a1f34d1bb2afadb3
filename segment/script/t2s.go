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
	// shifted is set for a character that stays alone but changes inside
	// a phrase (覆 of 回覆 → 回复): with the characters that change, the
	// runes that keep a text from being settled (Survey).
	shifted bool
	second  uint64 // secondBit(r) set for the second rune r of each such phrase
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
	// busy has bit r - cjkLo set for a CJK character that changes or
	// starts a phrase: 3.4 KB that stay in cache while a scan skips the
	// rest (the entries take 330 KB).
	busy []uint64
	// changed has bit r - cjkLo set for a CJK character that changes.
	changed []uint64
	// busyStops and changedStops are busy and changed over the BMP, for
	// the loops that skip what they need not look at (skip); unsettledStops
	// are changedStops and the shifted characters (Survey's).
	busyStops, changedStops, unsettledStops BMPSet
	// otherLo is the lowest character of other: the full-width
	// punctuation and symbols of the text lie between the CJK blocks and
	// it, and need no map look-up.
	otherLo rune
}

// quiet reports whether folding leaves the CJK character r (cjkLo ≤ r <
// cjkHi) as it is and no phrase starts with it.
func (t *table) quiet(r rune) bool {
	k := uint32(r - cjkLo)
	return t.busy[k/64]&(1<<(k%64)) == 0
}

// stays reports whether folding leaves r as it is and no phrase starts
// with it, without a look at the entries: nearly every character.
func (t *table) stays(r rune) bool {
	if r < cjkHi {
		return r < cjkLo || t.quiet(r)
	}
	return r < t.otherLo
}

func (t *table) lookup(r rune) entry {
	if r >= cjkLo && r < cjkHi {
		return t.cjk[r-cjkLo]
	}
	if r < cjkLo || r < t.otherLo {
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
		var shifts []string // each phrase and its simplified form
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
					e.second |= secondBit(r2)
				})
				shifts = append(shifts, a, b)
				continue
			}
			rb, _ := utf8.DecodeRuneInString(b)
			t.set(ra, func(e *entry) { e.to = rb })
		}
		// A character a phrase changes that does not change alone is
		// shifted, once every character is read.
		for k := 0; k < len(shifts); k += 2 {
			to := []rune(shifts[k+1])
			for i, r := range []rune(shifts[k]) {
				if i < len(to) && to[i] != r && t.lookup(r).to == 0 {
					t.set(r, func(e *entry) { e.shifted = true })
				}
			}
		}
		t.otherLo = utf8.MaxRune + 1
		for r := range t.other {
			t.otherLo = min(t.otherLo, r)
		}
		t.busy = make([]uint64, (cjkHi-cjkLo+63)/64)
		t.changed = make([]uint64, len(t.busy))
		for k, e := range t.cjk {
			if e != (entry{}) {
				t.busy[k/64] |= 1 << (k % 64)
				t.busyStops.Add(rune(cjkLo + k))
			}
			if e.to != 0 {
				t.changed[k/64] |= 1 << (k % 64)
				t.changedStops.Add(rune(cjkLo + k))
			}
			if e.to != 0 || e.shifted {
				t.unsettledStops.Add(rune(cjkLo + k))
			}
		}
		for r, e := range t.other {
			if r < 0x10000 {
				t.busyStops.Add(r)
				if e.to != 0 {
					t.changedStops.Add(r)
				}
				if e.to != 0 || e.shifted {
					t.unsettledStops.Add(r)
				}
			}
		}
		t.busyStops.AddUnread()
		t.changedStops.AddUnread()
		t.unsettledStops.AddUnread()
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
	if t.settled(s) {
		return s
	}
	i := t.unchanged(s)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for {
		b.WriteString(s[:i])
		if s = s[i:]; s == "" {
			return b.String()
		}
		// s starts with a phrase or a character that changes.
		r, n := DecodeRune(s)
		e := t.lookup(r)
		if p, w := t.phrase(s, e); w > 0 {
			b.WriteString(p)
			s = s[w:]
		} else {
			b.WriteRune(e.to)
			s = s[n:]
		}
		i = t.unchanged(s)
	}
}

// settled reports whether no rune of s folds, alone or in a phrase (as
// Survey's settled): the characters that neither change nor shift are
// skipped (unsettledStops), so that the phrase starters of simplified text
// (一, 上, 不 …), where unchanged must look for a phrase, are passed over
// too.
func (t *table) settled(s string) bool {
	for i := 0; ; {
		if i = t.unsettledStops.skip(s, i); i == len(s) {
			return true
		}
		r, n := DecodeRune(s[i:])
		if e := t.lookup(r); e.to != 0 || e.shifted {
			return false
		}
		i += n
	}
}

// unchanged returns the length of the longest prefix of s that folding
// leaves as it is. ASCII and the three-byte characters are skipped by
// the busy bits (busyStops); only the few that change or start a phrase
// (一, 上, 不 … start phrases too) look at their entry.
func (t *table) unchanged(s string) int {
	i := 0
	for {
		if i = t.busyStops.skip(s, i); i == len(s) {
			return i
		}
		r, n := DecodeRune(s[i:])
		if t.stays(r) {
			i += n
			continue
		}
		e := t.lookup(r)
		if e.to != 0 {
			return i
		}
		// Phrases start with common simplified characters: only a
		// phrase that is there stops the scan.
		if _, w := t.phrase(s[i:], e); w > 0 {
			return i
		}
		i += n
	}
}

// DecodeRune is utf8.DecodeRuneInString with ASCII and the three-byte
// runes (the CJK blocks, and the full-width punctuation and quotes of
// Chinese text) decoded inline: the readers of Chinese text decode every
// character, and nearly all are there.
func DecodeRune(s string) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	if r, n := Decode3(s); n > 0 {
		return r, n
	}
	return utf8.DecodeRuneInString(s)
}

// DecodeLastRune is utf8.DecodeLastRuneInString with ASCII and the
// three-byte runes of Decode3 read inline: the readers of Chinese text
// look at the last character of nearly every line and clause.
func DecodeLastRune(s string) (rune, int) {
	n := len(s)
	if n > 0 && s[n-1] < utf8.RuneSelf {
		return rune(s[n-1]), 1
	}
	if n >= 3 {
		if r, w := Decode3(s[n-3:]); w > 0 {
			return r, w
		}
	}
	return utf8.DecodeLastRuneInString(s)
}

// Decode3 decodes a three-byte rune at the start of s whose lead byte
// allows every continuation (E1–EC, EE, EF: U+1000–U+CFFF and
// U+E000–U+FFFF, no overlong or surrogate forms), else it returns n = 0:
// DecodeRune's three-byte case alone, small enough to be inlined into a
// caller's loop over Chinese text, which calls DecodeRune only when it
// gives 0.
func Decode3(s string) (r rune, n int) {
	if len(s) < 3 || s[0] < 0xE1 || s[0] == 0xED || s[0] > 0xEF || s[1]&0xC0 != 0x80 || s[2]&0xC0 != 0x80 {
		return 0, 0
	}
	return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
}

// secondBit hashes a rune to one of 64 bits (Fibonacci hashing: runes
// that differ in their high bits, as 半 and 鍊 do, land apart).
func secondBit(r rune) uint64 { return 1 << (uint32(r) * 0x9E3779B1 >> 26) }

// phrase returns the simplified form of the longest phrase (up to max
// runes) at the start of s and its byte length in s.
func (t *table) phrase(s string, e entry) (string, int) {
	if e.phrase == 0 {
		return "", 0
	}
	// Every phrase is at least two runes long: when no phrase starting
	// here has the next rune second, there is nothing to look up.
	_, n0 := DecodeRune(s)
	if r2, _ := DecodeRune(s[n0:]); e.second&secondBit(r2) == 0 {
		return "", 0
	}
	max := int(e.phrase)
	var buf [16]int
	ends := buf[:0]
	for j, k := 0, 0; j < len(s) && k < max; k++ {
		_, n := DecodeRune(s[j:])
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
	// Fewer than three characters that change decide it (nearly every
	// text): they are counted first, without the Han test.
	if t.countChanging(s, 3) < 3 {
		return false
	}
	han, trad := 0, 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= 0xE4 && c <= 0xE9 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			// decodeRune's case of U+4000–U+9FFF, inline: nearly every
			// rune of Chinese text
			r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			i += 3
			if r >= 0x4E00 { // a unified ideograph (IsHan's first test)
				han++
				if !t.quiet(r) && t.cjk[r-cjkLo].to != 0 {
					trad++
					// Decided when even a rest of Han characters only
					// (three bytes or more each) keeps 1 %.
					if trad >= 3 && trad*100 >= han+(len(s)-i)/3 {
						return true
					}
				}
				continue
			}
			i -= 3
		}
		r, n := DecodeRune(s[i:])
		i += n
		if !IsHan(r) {
			continue
		}
		han++
		if !t.stays(r) && t.lookup(r).to != 0 {
			trad++
		}
	}
	return trad >= 3 && trad*100 >= han
}

// SimplifiedRune returns the simplified form of one traditional character,
// or r itself. It uses the character table only (no phrases), for callers
// that fold text rune by rune while keeping offsets.
func SimplifiedRune(r rune) rune {
	t := load()
	if r < cjkLo || r < cjkHi && t.quiet(r) {
		return r // nearly every character: no look at the entries
	}
	if to := t.lookup(r).to; to != 0 {
		return to
	}
	return r
}

// IsHan reports whether r is a Han character (unicode.Han): the unified
// ideographs by their range, the rest of the BMP by a bit set made from
// unicode.Han, so the punctuation of Chinese text needs no table search.
//
// The unified ideographs and the runes below the first Han character
// (ASCII, Latin, most punctuation) are told inline in the caller.
func IsHan(r rune) bool {
	return uint32(r-0x4E00) <= 0x9FFF-0x4E00 || r >= hanLo && isHanOther(r)
}

// isHanOther is IsHan for a rune from hanLo on outside the unified
// ideographs.
func isHanOther(r rune) bool {
	if r < 0x10000 {
		return hanBMP[(r-hanLo)/64]&(1<<((r-hanLo)%64)) != 0
	}
	return unicode.Is(unicode.Han, r)
}

// hanLo is the first Han character (the CJK radicals).
const hanLo = 0x2E80

// hanBMP has bit r - hanLo set for each Han character r of the BMP.
// Whole words are set at once: the blocks of ideographs are long.
var hanBMP = func() (bits [(0x10000 - hanLo + 63) / 64]uint64) {
	for _, rg := range unicode.Han.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); {
			k := r - hanLo
			if k%64 == 0 && rg.Stride == 1 && r+63 <= rune(rg.Hi) {
				bits[k/64] = ^uint64(0)
				r += 64
				continue
			}
			bits[k/64] |= 1 << (k % 64)
			r += rune(rg.Stride)
		}
	}
	return bits
}()
