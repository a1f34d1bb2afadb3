package segment

import (
	"slices"
	"unicode/utf8"
	"unsafe"
)

// The words of a document, kept for its pieces. A plan's task titles and
// item texts are mostly slices of the document's text (the parser cuts
// them out without copying): the words of such a piece are the document's
// words between the same two offsets, provided that no unit of the cut —
// a run of Han characters, or a domain term with other characters — runs
// across either end of the piece. DocumentKeywords counts the tasks'
// words that way instead of segmenting their texts again.

// cutUnit is a stretch the document was cut in: a run of Han characters or a
// mixed domain term, its byte offsets in the text as written and its
// words, docCache.toks[from:to].
type cutUnit struct{ start, end, from, to int32 }

// word is a word of the document as collect counts it.
type word struct {
	written string // Token.Text
	term    int32  // its term id, -1 for no keyword candidate
}

// docText is a text of the document whose cut is recorded: its units are
// docCache.units[from:to].
type docText struct {
	text     string
	from, to int
}

// record keeps the word t (its term id term) of the text being recorded;
// a new unit starts with it when first is set.
func (c *docCache) record(t *Token, term int32, first bool) {
	if first {
		c.units = append(c.units, cutUnit{int32(t.Start), int32(t.End), int32(len(c.toks)), int32(len(c.toks))})
	}
	u := &c.units[len(c.units)-1]
	u.end, u.to = int32(t.End), u.to+1
	c.toks = append(c.toks, word{t.Text, term})
}

// piece returns the recorded words of part, when part is a slice of a
// recorded text whose ends cut no unit, and ok.
func (c *docCache) piece(part string) (words []word, ok bool) {
	if c.recording || len(c.texts) == 0 {
		return nil, false
	}
	if part == "" {
		return nil, true
	}
	if !c.sorted {
		slices.SortFunc(c.texts, func(a, b docText) int { return compareAddr(a.text, b.text) })
		c.sorted = true
	}
	p := addr(part)
	k, _ := slices.BinarySearchFunc(c.texts, p, func(d docText, p uintptr) int {
		if addr(d.text) > p {
			return 1
		}
		return -1
	})
	if k == 0 {
		return nil, false
	}
	d := c.texts[k-1]
	a := int(p - addr(d.text))
	b := a + len(part)
	if b > len(d.text) || joined(d.text, a) || joined(d.text, b) {
		return nil, false
	}
	units := c.units[d.from:d.to]
	// u0: the first unit at or after a; u1: the first at or after b.
	u0, _ := slices.BinarySearchFunc(units, int32(a), func(u cutUnit, at int32) int { return int(u.start - at) })
	u1, _ := slices.BinarySearchFunc(units[u0:], int32(b), func(u cutUnit, at int32) int { return int(u.start - at) })
	u1 += u0
	if u0 > 0 && units[u0-1].end > int32(a) || u1 > 0 && units[u1-1].end > int32(b) {
		return nil, false // a unit runs across an end of the piece
	}
	if u0 == u1 {
		return nil, true
	}
	return c.toks[units[u0].from:units[u1-1].to], true
}

// joined reports whether the offset i of s falls between two Han
// characters, where the piece's own folding to simplified script could
// read a phrase differently from the whole text's.
func joined(s string, i int) bool {
	if i == 0 || i == len(s) {
		return false
	}
	r1, _ := utf8.DecodeLastRuneInString(s[:i])
	r2, _ := utf8.DecodeRuneInString(s[i:])
	return isHan(r1) && isHan(r2)
}

// addr is the address of the bytes of s: two strings share memory when one
// was sliced from the other.
func addr(s string) uintptr { return uintptr(unsafe.Pointer(unsafe.StringData(s))) }

func compareAddr(a, b string) int {
	switch x, y := addr(a), addr(b); {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}
