package segment

// wordIDs maps the dictionary slot of a word of two or more characters
// (dict.Trie.Find, never 0) to its term id in a docCache, or to -1 for a
// word that is no keyword candidate: the slot names the word, so a word
// met again is numbered by one probe of a small table of integers,
// without hashing its text or testing it again. Open addressing, at most
// half full; a zero value is an empty table.
type wordIDs struct {
	slots []uint32 // 0: empty
	ids   []int32
	n     int // slots in use
}

// find returns the index of slot in the table, or of the empty place where
// it goes (the table must not be empty).
func (t *wordIDs) find(slot uint32) int {
	mask := uint32(len(t.slots) - 1)
	for h := slot * 0x9E3779B1 & mask; ; h = (h + 1) & mask {
		if s := t.slots[h]; s == slot || s == 0 {
			return int(h)
		}
	}
}

// get returns the id of slot and whether the table has it.
func (t *wordIDs) get(slot uint32) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	h := t.find(slot)
	return t.ids[h], t.slots[h] != 0
}

// put gives slot the id id (slot not in the table yet).
func (t *wordIDs) put(slot uint32, id int32) {
	if 2*(t.n+1) > len(t.slots) {
		old, oldIDs := t.slots, t.ids
		size := max(256, 2*len(old))
		t.slots, t.ids = make([]uint32, size), make([]int32, size)
		for i, s := range old {
			if s != 0 {
				h := t.find(s)
				t.slots[h], t.ids[h] = s, oldIDs[i]
			}
		}
	}
	h := t.find(slot)
	t.slots[h], t.ids[h] = slot, id
	t.n++
}

// reset empties the table, keeping its arrays.
func (t *wordIDs) reset() {
	clear(t.slots)
	t.n = 0
}
