package org

import "github.com/zwgk/gongwen/parse/internal/source"

// hanIndex indexes words by one edge rune (the first or the last). A bit
// per CJK unified ideograph tells whether any word has that rune there, so
// that the runes that start or end no word (nearly all) are answered
// without a map lookup.
type hanIndex struct {
	bits  [(hanEnd - hanStart) / 64]uint64
	other bool // some word's edge rune lies outside the bits: ask the map
	words map[rune][]string
}

// hanStart and hanEnd bound the CJK unified ideographs, U+4E00–U+9FFF.
const hanStart, hanEnd = 0x4E00, 0xA000

// byFirstRune indexes words by their first rune, keeping their order.
func byFirstRune(words []string) *hanIndex {
	return newHanIndex(source.ByFirstRune(words, func(w string) string { return w }))
}

// byLastRune indexes words by their last rune, keeping their order.
func byLastRune(words []string) *hanIndex {
	return newHanIndex(source.ByLastRune(words, func(w string) string { return w }))
}

func newHanIndex(m map[rune][]string) *hanIndex {
	x := &hanIndex{words: m}
	for r := range m {
		if r >= hanStart && r < hanEnd {
			k := r - hanStart
			x.bits[k/64] |= 1 << (k % 64)
		} else {
			x.other = true
		}
	}
	return x
}

// get returns the words with r at the indexed edge, nil when there are
// none.
func (x *hanIndex) get(r rune) []string {
	if r >= hanStart && r < hanEnd {
		if k := r - hanStart; x.bits[k/64]&(1<<(k%64)) == 0 {
			return nil
		}
	} else if !x.other {
		return nil
	}
	return x.words[r]
}
