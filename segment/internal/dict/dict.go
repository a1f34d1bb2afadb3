// Package dict is the layout of the segment package's precompiled word
// table, shared by the generator that writes it and the segmenter that
// reads it, so both hash and probe the same way.
//
// The table is an open-addressing hash table of 8-byte slots (little
// endian): a 32-bit fingerprint of the word's 64-bit FNV-1a hash (never 0;
// 0 marks an empty slot) and a 32-bit value packing the word's path cost,
// IDF and flags. The slot index is the hash's low bits; collisions probe
// linearly. Words are looked up by hash only: a false hit needs a 52-bit
// hash collision, which the generator checks does not happen among the
// table's own keys. Hashes extend byte by byte, so the segmenter walks a
// word's prefixes in one pass over the text.
package dict

import (
	"encoding/binary"
	"slices"
)

// FNV-1a parameters.
const (
	Offset uint64 = 14695981039346656037
	prime  uint64 = 1099511628211
)

// Extend adds the bytes of s to hash h.
func Extend(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime
	}
	return h
}

// Hash is the hash of s.
func Hash(s string) uint64 { return Extend(Offset, s) }

// Value bits.
const (
	CostMask  = 0xFFFF // path cost = -log2(p(word)) × CostScale
	IDFShift  = 16     // bits 16..23: IDF × IDFScale, 0 when unknown
	IDFMask   = 0xFF
	Word      = 1 << 24 // the key is a word
	Prefix    = 1 << 25 // the key is a proper prefix of a longer word
	Stop      = 1 << 26 // a boilerplate or function word: never a keyword
	Domain    = 1 << 27 // a term of the government-domain dictionary
	Unit      = 1 << 28 // a unit name from the alias table: never a keyword
	NoKey     = 1 << 29 // a part of speech that is never a keyword (place, person, numeral, adverb …)
	CostScale = 1024
	IDFScale  = 10
)

// Table is a read-only table, its slots decoded from the bytes.
type Table struct {
	slots []uint64 // fingerprint in the low 32 bits, value in the high
	mask  uint64
}

// New decodes b, whose length must be a power of two times 8.
func New(b []byte) Table {
	slots := make([]uint64, len(b)/8)
	for i := range slots {
		slots[i] = binary.LittleEndian.Uint64(b[i*8:])
	}
	return Table{slots: slots, mask: uint64(len(slots) - 1)}
}

// Slots is the number of slots.
func (t Table) Slots() int { return len(t.slots) }

func fingerprint(h uint64) uint32 {
	f := uint32(h >> 32)
	if f == 0 {
		f = 1
	}
	return f
}

// Lookup returns the value stored for hash h.
func (t Table) Lookup(h uint64) (uint32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	f := fingerprint(h)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		slot := t.slots[i]
		if g := uint32(slot); g == f {
			return uint32(slot >> 32), true
		} else if g == 0 {
			return 0, false
		}
	}
}

// Build lays out keys (by hash) and values in a table of at least
// len/load slots. It reports false if two keys share a slot fingerprint
// and index bits (the caller should then grow the table).
func Build(entries map[uint64]uint32, slots int) ([]byte, bool) {
	b := make([]byte, slots*8)
	mask := uint64(slots - 1)
	seen := make(map[uint64]bool, len(entries))
	keys := make([]uint64, 0, len(entries))
	for h := range entries {
		keys = append(keys, h)
	}
	slices.Sort(keys) // the same input gives the same table
	for _, h := range keys {
		v := entries[h]
		f := fingerprint(h)
		key := uint64(f)<<32 | (h & mask)
		if seen[key] {
			return nil, false
		}
		seen[key] = true
		i := h & mask
		for binary.LittleEndian.Uint32(b[i*8:]) != 0 {
			i = (i + 1) & mask
		}
		binary.LittleEndian.PutUint32(b[i*8:], f)
		binary.LittleEndian.PutUint32(b[i*8+4:], v)
	}
	return b, true
}
