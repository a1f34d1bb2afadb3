package org

import (
	"math/bits"
	"slices"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// hanIndex indexes words by one edge rune (the first or the last). A bit
// per CJK unified ideograph tells whether any word has that rune there,
// so that the runes that start or end no word (nearly all) are answered
// by one bit test, and the others find their words without a map lookup:
// the lists of the ideographs are stored in rune order, and a rune's list
// is the one after those of the set bits before its own (rank).
type hanIndex struct {
	bits  [(hanEnd - hanStart) / 64]uint64
	rank  [(hanEnd - hanStart) / 64]uint16 // set bits in bits[:i]
	lists [][]string                       // the ideographs' lists, in rune order
	other map[rune][]string                // the lists of the other runes
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
	x := &hanIndex{other: map[rune][]string{}}
	var han []rune
	for r, ws := range m {
		if r >= hanStart && r < hanEnd {
			han = append(han, r)
		} else {
			x.other[r] = ws
		}
	}
	slices.Sort(han)
	for _, r := range han {
		k := r - hanStart
		x.bits[k/64] |= 1 << (k % 64)
		x.lists = append(x.lists, m[r])
	}
	n := 0
	for i, w := range x.bits {
		x.rank[i] = uint16(n)
		n += bits.OnesCount64(w)
	}
	return x
}

// get returns the words with r at the indexed edge, nil when there are
// none.
func (x *hanIndex) get(r rune) []string {
	if r < hanStart || r >= hanEnd {
		if len(x.other) == 0 {
			return nil
		}
		return x.other[r]
	}
	k := r - hanStart
	w, bit := x.bits[k/64], uint64(1)<<(k%64)
	if w&bit == 0 {
		return nil
	}
	return x.lists[int(x.rank[k/64])+bits.OnesCount64(w&(bit-1))]
}
