// Package dict is the layout of the segment package's precompiled word
// table, shared by the generator that writes it and the segmenter that
// reads it, so both build and walk it the same way.
//
// The table is a trie over runes. Every key — a word, or a proper prefix
// of one — is a node holding a 32-bit value (path cost, IDF, flags; see
// the Value bits). The first rune of a key indexes an array directly
// (Root); the children of a node are an open-addressing hash table of its
// own (Child): a run of slots, a power of two long, that holds each
// child's rune and value. A node's children thus lie together, a few
// cache lines for the commonest characters, so cutting text touches a
// small, hot part of the table instead of one random line of a large hash
// per lookup, and a lookup of the next character of a candidate word is
// one probe or two in that run, without hashing the word. A bit set of all
// (table, child) pairs, built when the table is decoded, answers most
// lookups of characters that continue no key (half of all lookups) from
// 512 KB that stays in cache.
package dict

import (
	"encoding/binary"
	"errors"
	"slices"
	"sort"
	"unicode/utf8"
)

// Value bits.
const (
	CostMask  = 0xFFFF // path cost = -log2(p(word)) × CostScale
	IDFShift  = 16     // bits 16..23: IDF × IDFScale, 0 when unknown
	IDFMask   = 0xFF
	Word      = 1 << 24 // the key is a word
	Prefix    = 1 << 25 // the key is a proper prefix of a longer word: it has children
	Stop      = 1 << 26 // a boilerplate or function word: never a keyword
	Domain    = 1 << 27 // a term of the government-domain dictionary
	Unit      = 1 << 28 // a unit name from the alias table: never a keyword
	NoKey     = 1 << 29 // a part of speech that is never a keyword (place, person, numeral, adverb …)
	CostScale = 1024
	IDFScale  = 10
)

// Node is a key's children table: the offset of its first slot shifted
// left by sizeBits, or'ed with the log2 of its slot count; 0 for a key
// without children (slot 0 is never used).
type Node uint32

const sizeBits = 5

// rootRunes is the number of first runes the direct array covers (the
// Basic Multilingual Plane); keys that start above it are in Trie.wide.
const rootRunes = 1 << 16

// Trie is the decoded, read-only table.
type Trie struct {
	root  []uint64        // by first rune: its value (low 32 bits) and Node (high 32)
	wide  map[rune]uint64 // the same, for first runes from U+10000 up
	slots []slot
	// edges has the bit edgeBit(n, r) set for every child r of every
	// table n: 512 KB that a text's lookups keep in cache, so that a
	// character that continues no key (half of all lookups) is told
	// without reading the table's slots, which are spread over 8 MB.
	edges []uint64
}

// edgeBits is the log2 of the number of bits in Trie.edges: about eight
// per child, so that one in nine missing children passes the filter.
const edgeBits = 22

// edgeBit is the bit of the child r of table n in Trie.edges.
func edgeBit(n Node, r rune) uint32 {
	return (uint32(n)*0x9E3779B1 ^ uint32(r)*0x85EBCA6B) * 0xC2B2AE35 >> (32 - edgeBits)
}

// slot is a child in its parent's table: 12 bytes, read in one go.
type slot struct {
	r    rune // 0 for an empty slot
	v    uint32
	next Node // the child's own children
}

// Root returns the value of the one-rune key r and its children table (0,
// 0 when r is no key).
func (t *Trie) Root(r rune) (uint32, Node) {
	var e uint64
	if uint32(r) < rootRunes {
		if len(t.root) == 0 {
			return 0, 0
		}
		e = t.root[r]
	} else {
		e = t.wide[r]
	}
	return uint32(e), Node(e >> 32)
}

// Child returns the value of the key n's key followed by r, and that
// key's children table (0, 0 when it is no key).
func (t *Trie) Child(n Node, r rune) (uint32, Node) {
	if n == 0 || !t.Maybe(n, r) {
		return 0, 0
	}
	return t.Probe(n, r)
}

// Maybe reports whether the table n (not 0) may have the child r: false
// tells from the filter alone that it has not, as for half of all
// lookups. Small enough to be inlined into a caller's loop, which calls
// Probe only when it passes.
func (t *Trie) Maybe(n Node, r rune) bool {
	e := edgeBit(n, r)
	return t.edges[e/64]&(1<<(e%64)) != 0
}

// Probe is Child without the filter, for a table n (not 0) that Maybe
// passed.
func (t *Trie) Probe(n Node, r rune) (uint32, Node) { return t.At(t.Find(n, r)) }

// Find returns the slot of the child r of the table n (not 0), or 0 when
// it has none: a number that names the key among all keys of two or more
// runes, for callers that keep something per word, and from which At
// reads the key's value and children.
func (t *Trie) Find(n Node, r rune) uint32 {
	off, bits := uint32(n>>sizeBits), uint32(n&(1<<sizeBits-1))
	mask := uint32(1)<<bits - 1
	h := slotHash(r, bits)
	for probe := uint32(0); probe <= mask; probe++ {
		k := off + (h+probe)&mask
		s := &t.slots[k]
		if s.r == r {
			return k
		}
		if s.r == 0 {
			break
		}
	}
	return 0
}

// At returns the value and children table of the key in slot k (0, 0 for
// slot 0, which is never used).
func (t *Trie) At(k uint32) (uint32, Node) {
	s := &t.slots[k]
	return s.v, s.next
}

// Lookup returns the value of key (0 when it is no key), walking the trie
// rune by rune.
func (t *Trie) Lookup(key string) uint32 {
	r, n := utf8.DecodeRuneInString(key)
	if n == 0 {
		return 0
	}
	v, node := t.Root(r)
	for _, r := range key[n:] {
		if v, node = t.Child(node, r); v == 0 {
			return 0
		}
	}
	return v
}

// slotHash is the home slot of r in a table of 1<<bits slots (Fibonacci
// hashing; 0 for a one-slot table, as Go's shift of a uint32 by 32 gives).
func slotHash(r rune, bits uint32) uint32 { return uint32(r) * 0x9E3779B1 >> (32 - bits) }

// tableBits is the log2 of the slot count of a table of k children: a
// small table is full (a miss reads all of it, in one cache line), a
// larger one at most three quarters full.
func tableBits(k int) uint32 {
	size := k
	if k > 8 {
		size = (k*4 + 2) / 3
	}
	bits := uint32(0)
	for 1<<bits < size {
		bits++
	}
	return bits
}

// Build lays out keys (words and every proper prefix of each, as runes)
// and their values in the binary form Decode reads. Every proper prefix
// of a key must be a key too (with the Prefix bit): the generator adds
// them.
func Build(keys map[string]uint32) ([]byte, error) {
	// Children of each key, by parent (the key less its last rune).
	children := map[string][]rune{}
	var roots []rune
	for k := range keys {
		r, size := utf8.DecodeLastRuneInString(k)
		if size == len(k) {
			roots = append(roots, r)
			continue
		}
		parent := k[:len(k)-size]
		if _, ok := keys[parent]; !ok {
			return nil, errors.New("dict: prefix " + parent + " of " + k + " is no key")
		}
		children[parent] = append(children[parent], r)
	}
	t := &Trie{root: make([]uint64, rootRunes), wide: map[rune]uint64{}, slots: make([]slot, 1)}
	// Tables are laid out breadth first, each parent's children in rune
	// order, so the same keys always give the same bytes.
	type pending struct {
		key  string
		slot int // where the key's Node goes: its slot, or -1 - its root rune
	}
	slices.Sort(roots)
	queue := make([]pending, 0, len(keys))
	for _, r := range roots {
		queue = append(queue, pending{string(r), -1 - int(r)})
	}
	for q := 0; q < len(queue); q++ {
		p := queue[q]
		var node Node
		if kids := children[p.key]; len(kids) > 0 {
			sort.Slice(kids, func(i, j int) bool { return kids[i] < kids[j] })
			bits := tableBits(len(kids))
			off := len(t.slots)
			if off >= 1<<(32-sizeBits) {
				return nil, errors.New("dict: too many slots")
			}
			t.slots = append(t.slots, make([]slot, 1<<bits)...)
			mask := uint32(1)<<bits - 1
			for _, r := range kids {
				h := slotHash(r, bits)
				i := off + int(h&mask)
				for probe := uint32(1); t.slots[i].r != 0; probe++ {
					i = off + int((h+probe)&mask)
				}
				key := p.key + string(r)
				t.slots[i] = slot{r: r, v: keys[key]}
				queue = append(queue, pending{key, i})
			}
			node = Node(uint32(off)<<sizeBits | bits)
		}
		if p.slot >= 0 {
			t.slots[p.slot].next = node
			continue
		}
		r := rune(-1 - p.slot)
		e := uint64(keys[p.key]) | uint64(node)<<32
		if r < rootRunes {
			t.root[r] = e
		} else {
			t.wide[r] = e
		}
	}
	return t.encode(), nil
}

// The binary form, little endian: the number of wide roots and of slots
// (uint32 each), the root array (rootRunes uint64s), the wide roots (rune
// uint32, entry uint64 each, in rune order) and the slots (rune, value and
// Node, uint32 each).
func (t *Trie) encode() []byte {
	wide := make([]rune, 0, len(t.wide))
	for r := range t.wide {
		wide = append(wide, r)
	}
	slices.Sort(wide)
	b := make([]byte, 0, 8+8*rootRunes+12*len(wide)+12*len(t.slots))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(wide)))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(t.slots)))
	for _, e := range t.root {
		b = binary.LittleEndian.AppendUint64(b, e)
	}
	for _, r := range wide {
		b = binary.LittleEndian.AppendUint32(b, uint32(r))
		b = binary.LittleEndian.AppendUint64(b, t.wide[r])
	}
	for _, s := range t.slots {
		b = binary.LittleEndian.AppendUint32(b, uint32(s.r))
		b = binary.LittleEndian.AppendUint32(b, s.v)
		b = binary.LittleEndian.AppendUint32(b, uint32(s.next))
	}
	return b
}

// ErrCorrupt is returned by Decode for bytes that are not a table.
var ErrCorrupt = errors.New("dict: corrupt table")

// Decode reads the binary form Build writes.
func Decode(b []byte) (*Trie, error) {
	if len(b) < 8 {
		return nil, ErrCorrupt
	}
	nWide, nSlots := int(binary.LittleEndian.Uint32(b)), int(binary.LittleEndian.Uint32(b[4:]))
	if len(b) != 8+8*rootRunes+12*nWide+12*nSlots {
		return nil, ErrCorrupt
	}
	b = b[8:]
	t := &Trie{root: make([]uint64, rootRunes), wide: make(map[rune]uint64, nWide), slots: make([]slot, nSlots)}
	for i := range t.root {
		t.root[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	b = b[8*rootRunes:]
	for i := range nWide {
		t.wide[rune(binary.LittleEndian.Uint32(b[12*i:]))] = binary.LittleEndian.Uint64(b[12*i+4:])
	}
	b = b[12*nWide:]
	valid := true // every Node stays inside the slots
	inside := func(n Node) { valid = valid && int(n>>sizeBits)+1<<(n&(1<<sizeBits-1)) <= nSlots }
	for i := range t.slots {
		x := b[12*i:]
		s := slot{rune(binary.LittleEndian.Uint32(x)), binary.LittleEndian.Uint32(x[4:]), Node(binary.LittleEndian.Uint32(x[8:]))}
		inside(s.next)
		t.slots[i] = s
	}
	for _, e := range t.root {
		inside(Node(e >> 32))
	}
	for _, e := range t.wide {
		inside(Node(e >> 32))
	}
	if !valid {
		return nil, ErrCorrupt
	}
	t.edges = make([]uint64, 1<<edgeBits/64)
	mark := func(n Node) {
		if n == 0 {
			return
		}
		off, size := int(n>>sizeBits), 1<<(n&(1<<sizeBits-1))
		for _, s := range t.slots[off : off+size] {
			if s.r != 0 {
				e := edgeBit(n, s.r)
				t.edges[e/64] |= 1 << (e % 64)
			}
		}
	}
	for _, e := range t.root {
		mark(Node(e >> 32))
	}
	for _, e := range t.wide {
		mark(Node(e >> 32))
	}
	for _, s := range t.slots {
		mark(s.next)
	}
	return t, nil
}

// Slots is the number of child slots (a size for the generator's report).
func (t *Trie) Slots() int { return len(t.slots) }

// Walk calls fn with every key of the table and its value, each key's
// children after it in rune order: a second way to read the table, for
// tests that check Root and Child against it.
func (t *Trie) Walk(fn func(key string, v uint32)) {
	var walk func(key string, n Node)
	walk = func(key string, n Node) {
		if n == 0 {
			return
		}
		off, size := int(n>>sizeBits), 1<<(n&(1<<sizeBits-1))
		kids := slices.Clone(t.slots[off : off+size])
		slices.SortFunc(kids, func(a, b slot) int { return int(a.r - b.r) })
		for _, s := range kids {
			if s.r != 0 {
				fn(key+string(s.r), s.v)
				walk(key+string(s.r), s.next)
			}
		}
	}
	each := func(r rune, e uint64) {
		if e != 0 {
			fn(string(r), uint32(e))
			walk(string(r), Node(e>>32))
		}
	}
	for r, e := range t.root {
		each(rune(r), e)
	}
	wide := make([]rune, 0, len(t.wide))
	for r := range t.wide {
		wide = append(wide, r)
	}
	slices.Sort(wide)
	for _, r := range wide {
		each(r, t.wide[r])
	}
}
