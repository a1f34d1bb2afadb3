package parse

import (
	"unicode/utf8"

	"github.com/zwgk/gongwen/segment/script"
)

// runeSet is a set of runes tested at every rune of a text: a bit per
// rune of the CJK unified ideographs, where nearly all the runes tested
// lie, and a map for the others.
type runeSet struct {
	cjk   [(cjkEnd - cjkStart + 63) / 64]uint64
	other map[rune]bool
}

// cjkStart and cjkEnd bound the CJK unified ideographs, U+4E00–U+9FFF.
const cjkStart, cjkEnd = 0x4E00, 0xA000

// startsOf returns the runes that may start one of words once a text is
// folded to simplified script (the words are in it): each word's first
// rune and the runes that folding turns into it. A position of a text
// holding none of them starts none of the words, which a recogniser can
// tell without folding the text.
func startsOf(words []string) *runeSet { return edgesOf(words, utf8.DecodeRuneInString) }

// endsOf is startsOf for the last runes of words: a text whose last rune
// is none of them ends in none of the words once folded.
func endsOf(words []string) *runeSet { return edgesOf(words, utf8.DecodeLastRuneInString) }

// edgesOf returns the set foldingTo gives for the rune edge reads from
// each word.
func edgesOf(words []string, edge func(string) (rune, int)) *runeSet {
	var rs []rune
	for _, w := range words {
		r, _ := edge(w)
		rs = append(rs, r)
	}
	return foldingTo(rs)
}

// foldingTo returns the set of the runes rs and of the runes that folding
// to simplified script turns into one of them (script.Preimages).
func foldingTo(rs []rune) *runeSet {
	set := &runeSet{other: map[rune]bool{}}
	for _, r := range rs {
		set.add(r)
		for _, p := range script.Preimages(r) {
			set.add(p)
		}
	}
	return set
}

// hasAny reports whether a rune of s is in the set.
func (s *runeSet) hasAny(text string) bool {
	for i, n := 0, 0; i < len(text); i += n {
		var r rune
		r, n = script.DecodeRune(text[i:])
		if s.has(r) {
			return true
		}
	}
	return false
}

func (s *runeSet) add(r rune) {
	if r >= cjkStart && r < cjkEnd {
		k := r - cjkStart
		s.cjk[k/64] |= 1 << (k % 64)
		return
	}
	s.other[r] = true
}

// has reports whether r is in the set.
func (s *runeSet) has(r rune) bool {
	if r >= cjkStart && r < cjkEnd {
		k := r - cjkStart
		return s.cjk[k/64]&(1<<(k%64)) != 0
	}
	return s.other[r]
}
