package timex

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/segment"
	"github.com/zwgk/gongwen/segment/script"
)

// Match is a phrase found in a string: its value and its byte range.
type Match[T any] struct {
	Value      T
	Start, End int
}

// scan runs the recogniser read at every rune of s that may start a
// phrase (the set first), left to right, and collects what it recognises; named
// returns the value with the phrase as written stored in it (a value, not
// a pointer, so that a value read and dropped stays off the heap). Only
// the runes fold listed as starts (those of any finder's first set) are
// looked at: most runes of a plan start no phrase, and the three finders
// of a text no longer each test every rune.
//
// A number is read whole: when read fails at a digit, the digits after it
// in the same number are tried only if inner says a phrase can start
// inside a number followed by the rune after it (12 in 202312月底); nil
// inner means never. That is asked once per number, not once per digit.
//
// The matches are appended to out.
func scan[T any](out []Match[T], t text, first *runeSet, read func(t text, i int) (T, int, bool), named func(T, string) T, inner func(after rune) bool) []Match[T] {
	s := t.s
	next := 0 // the first rune a phrase may start at: read ones are passed
	for _, i := range t.starts {
		if i < next || !first.has(t.r[i]) {
			continue
		}
		v, j, ok := read(t, i)
		if !ok {
			next = t.nextStart(i, inner)
			continue
		}
		a, b := t.span(i, j)
		out = append(out, Match[T]{Value: named(v, s[a:b]), Start: a, End: b})
		next = j
	}
	return out
}

// nextStart is where scan tries next after read failed at rune i: the
// next rune, or the end of the number i stands in when no phrase can start
// inside it (see scan).
func (t text) nextStart(i int, inner func(after rune) bool) int {
	if !isDigit(t.r[i]) {
		return i + 1
	}
	end := t.numberEnd(i)
	if inner != nil && inner(t.rune(end)) {
		return i + 1
	}
	return end
}

// Folded is a string folded once for all the finders (Deadlines,
// Frequencies, Targets), for a caller that runs several on one text.
type Folded struct {
	t       text
	scratch *scratch // the Folder's, nil for Fold
}

// Fold folds s for the finders. A text that cannot hold a phrase
// (mayHold) is not folded: the finders find nothing in it.
func Fold(s string) Folded {
	if !mayHold(s) {
		return Folded{t: text{s: s}}
	}
	return Folded{t: fold(s, nil)}
}

// Folder folds strings one after another into the same memory, for a
// caller that reads many short texts (the items of a plan): a Folded it
// returns is valid until its next Fold, and the matches a finder of it
// returns until that finder's next call.
type Folder struct {
	buf     text
	scratch scratch
}

// scratch holds the matches the finders of a Folder's texts return, one
// list per finder, reused from one text to the next.
type scratch struct {
	deadlines   []Match[model.Deadline]
	frequencies []Match[model.Frequency]
	targets     []Match[model.Target]
}

// Fold folds s for the finders, reusing the folder's memory; as Fold, it
// leaves a text that cannot hold a phrase unfolded.
func (f *Folder) Fold(s string) Folded {
	if !mayHold(s) {
		return Folded{t: text{s: s}, scratch: &f.scratch}
	}
	f.buf = fold(s, &f.buf)
	return Folded{t: f.buf, scratch: &f.scratch}
}

// text is a string as the scanners read it: runes folded to simplified
// script and half-width digits and signs, spaces dropped except between two
// digits, each rune keeping the byte offset it came from.
type text struct {
	s      string
	r      []rune
	off    []int // off[i] is the offset of r[i]; off[len(r)] is len(s)
	starts []int // the indices of the runes in anyFirst, in order
}

// anyFirst is the set of the runes any finder's phrase starts with: the
// union of their first sets, which fold notes the runes of (text.starts).
var anyFirst = func() *runeSet {
	s := new(runeSet)
	for _, set := range []*runeSet{deadlineFirstSet, frequencyFirst, targetFirst} {
		for k := range s {
			s[k] |= set[k]
		}
	}
	return s
}()

// halfWidth folds the full-width forms of digits and signs.
func halfWidth(r rune) rune {
	switch {
	case r >= '０' && r <= '９':
		return r - '０' + '0'
	case r == '％':
		return '%'
	case r == '．':
		return '.'
	case r == '－', r == '—', r == '–', r == '～', r == '~':
		return '-'
	}
	return r
}

// fold folds s, into the memory of reuse when it is not nil.
func fold(s string, reuse *text) text {
	// The lists are written in place, never past the runes of s (a kept
	// space stands for the spaces dropped), with len(off) == len(rs)+1: a
	// fresh text is sized for them; a reused one keeps the buffers of the
	// longest text folded, which grow (twofold) when the rune to write
	// finds no room (keep stops there).
	var rs []rune
	var off, starts []int
	if reuse == nil || cap(reuse.r) == 0 || cap(reuse.off) != cap(reuse.r)+1 {
		n := utf8.RuneCountInString(s)
		rs, off, starts = make([]rune, n), make([]int, n+1), make([]int, 0, n/8+1)
	} else {
		rs, off, starts = reuse.r[:cap(reuse.r)], reuse.off[:cap(reuse.off)], reuse.starts[:0]
	}
	sets := foldSets()
	k := 0       // the runes written
	spaces := -1 // the offset of the spaces before r, when some were dropped
	for i := 0; i < len(s); {
		// Most of a plan is ideographs and punctuation that fold keeps
		// as they are: a loop of its own takes them.
		if j, kj := keep(s, i, rs, off, k, &sets.stop); j > i {
			i, k, spaces = j, kj, -1
			continue
		}
		r, n := script.DecodeRune(s[i:])
		if isSpace(r) {
			if spaces < 0 {
				spaces = i
			}
			i += n
			continue
		}
		if spaces >= 0 {
			// Keep one space between two digits, so 2017 2018 stays two numbers.
			if k > 0 && isDigit(rs[k-1]) && isDigit(halfWidth(r)) {
				if k == len(rs) {
					rs, off = grow(rs, off, k)
				}
				rs[k], off[k] = ' ', spaces
				k++
			}
			spaces = -1
		}
		if sets.trad.Has(r) {
			r = segment.SimplifiedRune(r)
		}
		if r = halfWidth(r); anyFirst.has(r) {
			starts = append(starts, k)
		}
		if k == len(rs) {
			rs, off = grow(rs, off, k)
		}
		rs[k], off[k] = r, i
		k++
		i += n
	}
	off[k] = len(s)
	return text{s: s, r: rs[:k], off: off[:k+1], starts: starts}
}

// grow returns rs and off with their first k elements and room for twice
// as many runes, len(off) == len(rs)+1.
func grow(rs []rune, off []int, k int) ([]rune, []int) {
	n := max(2*len(rs), 8)
	rs2, off2 := make([]rune, n), make([]int, n+1)
	copy(rs2, rs[:k])
	copy(off2, off[:k])
	return rs2, off2
}

// keep writes to rs and off, from rune k on, the runes of s from offset i
// on that fold keeps as they are and notes nothing of (three-byte runes
// outside stop: Chinese text but for its spaces, digits, traditional
// characters and the starts of phrases) and returns the offset and rune
// index after them. It is the loop fold spends most of its time in, apart
// from the rest of fold and calling nothing, so that what it keeps in
// registers stays there.
func keep(s string, i int, rs []rune, off []int, k int, stop *script.BMPSet) (int, int) {
	for i+2 < len(s) && k < len(rs) && k < len(off) {
		c, c1, c2 := s[i], s[i+1], s[i+2]
		if !stop.Passes(c, c1, c2) {
			break
		}
		rs[k] = rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
		off[k] = i
		k++
		i += 3
	}
	return i, k
}

// isSpace is the space fold drops: Unicode white space, which includes
// the ideographic space U+3000 and the no-break space U+00A0. No white
// space lies above U+3000, so the Han text that makes up most of a plan
// skips the table.
func isSpace(r rune) bool { return r <= '\u3000' && unicode.IsSpace(r) }

// span converts the rune range [i, j) to a byte range of the string.
func (t text) span(i, j int) (int, int) {
	end := t.off[j]
	if j > i {
		// End right after rune j-1, not before the spaces that follow it.
		_, n := script.DecodeRune(t.s[t.off[j-1]:])
		end = t.off[j-1] + n
	}
	return t.off[i], end
}

// raw returns the string as written for the rune range [i, j).
func (t text) raw(i, j int) string {
	a, b := t.span(i, j)
	return t.s[a:b]
}

// at reports whether word starts at rune i; it returns the rune after it.
// The word's runes are decoded as they are compared (script.DecodeRune,
// inline for the three-byte runes nearly every word is made of).
func (t text) at(i int, word string) (int, bool) {
	for j := 0; j < len(word); i++ {
		w, n := script.Decode3(word[j:])
		if n == 0 {
			w, n = script.DecodeRune(word[j:])
		}
		if i >= len(t.r) || t.r[i] != w {
			return 0, false
		}
		j += n
	}
	return i, true
}

// any tries words in order at rune i and returns the first that matches.
// The rune at i is encoded once and compared with the bytes each word
// starts with, so that a word that cannot match is not decoded.
func (t text) any(i int, words ...string) (string, int, bool) {
	if i >= len(t.r) {
		return "", i, false
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], t.r[i])
	first := b[:n]
	for _, w := range words {
		// The last byte of a rune's encoding tells most runes apart.
		if len(w) < n || w[n-1] != first[n-1] || w[:n] != string(first) {
			continue
		}
		if j, ok := t.at(i, w); ok {
			return w, j, true
		}
	}
	return "", i, false
}

func (t text) rune(i int) rune {
	if i < 0 || i >= len(t.r) {
		return 0
	}
	return t.r[i]
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// digits reads an arabic integer at rune i: its value and the rune after it.
func (t text) digits(i int) (v, j int, ok bool) {
	for j = i; j < len(t.r) && isDigit(t.r[j]) && j-i < 9; j++ {
		v = v*10 + int(t.r[j]-'0')
	}
	return v, j, j > i
}

// numeral is true when rune i is an arabic digit or a Chinese numeral.
func (t text) numeral(i int) bool { return isDigit(t.r[i]) || cnDigits.has(t.r[i]) }

// numberEnd is the end of the numerals of rune i's kind (arabic digits or
// Chinese numerals) from rune i on: count, which reads one kind, stops
// there or before.
func (t text) numberEnd(i int) int {
	same := cnDigits.has
	if isDigit(t.r[i]) {
		same = isDigit
	}
	j := i
	for j < len(t.r) && same(t.r[j]) {
		j++
	}
	return j
}

// count reads a small count at rune i, in arabic digits or Chinese
// numerals (三, 十五, 两): its value and the rune after it.
func (t text) count(i int) (v, j int, ok bool) {
	if v, j, ok := t.digits(i); ok {
		return v, j, true
	}
	for j = i; j < len(t.r) && cnDigits.has(t.r[j]) && j-i < 4; j++ {
	}
	if j == i {
		return 0, i, false
	}
	v = ord.CnValue(string(t.r[i:j]))
	return v, j, v > 0
}

// cnDigits is the set of the Chinese numerals (ord.IsCnDigit), which
// count asks about every rune it reads.
var cnDigits = func() *runeSet {
	s := new(runeSet)
	for r := rune(0); r < 0xA000; r++ {
		if ord.IsCnDigit(r) {
			s.add(r)
		}
	}
	return s
}()

// foldSets are the sets fold tests runes against, computed once (the
// character table is read on first use): trad, the runes segment folds to
// another (a bitmap test is cheaper than the table lookup for the
// simplified runes that make up most texts), and stop, those keep leaves
// to fold: spaces, runes halfWidth or trad changes, those of anyFirst
// (and the runes whose three bytes may not be a valid rune, AddUnread).
var foldSets = sync.OnceValue(func() *struct{ trad, stop script.BMPSet } {
	sets := new(struct{ trad, stop script.BMPSet })
	for r := rune(0); r < 0x10000; r++ {
		switch {
		case r < 0xA000 && segment.SimplifiedRune(r) != r:
			sets.trad.Add(r) // none above: fold leaves them
			sets.stop.Add(r)
		case isSpace(r) || halfWidth(r) != r || anyFirst.has(r):
			sets.stop.Add(r)
		}
	}
	sets.stop.AddUnread()
	return sets
})

// runeSet is a set of runes below U+A000 (ASCII to the CJK unified
// ideographs) as a bitmap: the scanners ask it of every rune.
type runeSet [0xA000 / 64]uint64

func (s *runeSet) add(r rune) {
	if r >= 0 && r < 0xA000 {
		s[r/64] |= 1 << (r % 64)
	}
}

func (s *runeSet) has(r rune) bool { return r >= 0 && r < 0xA000 && s[r/64]&(1<<(r%64)) != 0 }

// firstRunes is the set of the first runes of words, for the test of
// scan.
func firstRunes(words ...string) *runeSet {
	s := new(runeSet)
	for _, w := range words {
		r, _ := script.DecodeRune(w)
		s.add(r)
	}
	return s
}
