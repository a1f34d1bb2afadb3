package segment

// runeSet is a set of runes below U+10000, one bit each: a membership
// test without a map lookup or a string search. Runes above are never in
// it.
type runeSet [1 << 16 / 64]uint64

// newRuneSet returns the set of the runes of s.
func newRuneSet(s string) *runeSet {
	set := new(runeSet)
	for _, r := range s {
		set.add(r)
	}
	return set
}

// add puts r in the set (a no-op above U+FFFF).
func (set *runeSet) add(r rune) {
	if r >= 0 && r < 1<<16 {
		set[r/64] |= 1 << (r % 64)
	}
}

// has reports whether r is in the set.
func (set *runeSet) has(r rune) bool { return r >= 0 && r < 1<<16 && set[r/64]&(1<<(r%64)) != 0 }
