package segment

// wordIDs maps the dictionary slot of a word of two or more characters
// (dict.Trie.Find, never 0) to its term id in a docCache, or to -1 for a
// word that is no keyword candidate: the slot names the word, so a word
// met again is numbered by one probe of a small table of integers,
// without hashing its text or testing it again. Open addressing, at most
// half full, each slot beside its id so that a probe reads one cache
// line; a zero value is an empty table.
type wordIDs struct {
	e []wordID
	n int // entries in use
}

// wordID is an entry of wordIDs: slot 0 marks an empty one.
type wordID struct {
	slot uint32
	id   int32
}

// find returns the index of slot in the table, or of the empty entry where
// it goes (the table must not be empty).
func (t *wordIDs) find(slot uint32) int {
	mask := uint32(len(t.e) - 1)
	h := slot * 0x9E3779B1 & mask
	for t.e[h].slot != slot && t.e[h].slot != 0 {
		h = (h + 1) & mask
	}
	return int(h)
}

// get returns the id of slot and whether the table has it.
func (t *wordIDs) get(slot uint32) (int32, bool) {
	if len(t.e) == 0 {
		return 0, false
	}
	e := t.e[t.find(slot)]
	return e.id, e.slot != 0
}

// put gives slot the id id (slot not in the table yet).
func (t *wordIDs) put(slot uint32, id int32) {
	if 2*(t.n+1) > len(t.e) {
		old := t.e
		t.e = make([]wordID, max(256, 2*len(old)))
		for _, e := range old {
			if e.slot != 0 {
				t.e[t.find(e.slot)] = e
			}
		}
	}
	t.e[t.find(slot)] = wordID{slot, id}
	t.n++
}

// reset empties the table, keeping its array.
func (t *wordIDs) reset() {
	clear(t.e)
	t.n = 0
}
