package segment

import (
	"slices"
	"unicode/utf8"
)

// Piece is a text of a part of a document (a task's title or one of its
// items) for DocumentKeywords, with where it lies in the document.
type Piece struct {
	// Text is the piece's text.
	Text string
	// At is the byte offset at which Text starts in the document's texts
	// read as one (the first text at 0, the next at the length of the
	// first, …), or -1 when it is not known. A wrong offset costs only
	// speed: the piece is then segmented on its own.
	At int
}

// unplaced returns texts as pieces whose place is unknown.
func unplaced(texts []string) []Piece {
	ps := make([]Piece, len(texts))
	for i, t := range texts {
		ps[i] = Piece{t, -1}
	}
	return ps
}

// The words of a document, kept for its pieces. A plan's task titles and
// item texts mostly lie in the document's text, and the parser knows
// where: the words of such a piece are the document's words between the
// same two offsets, provided that the document's bytes there are the
// piece's and no unit of the cut — a run of Han characters, or a domain
// term with other characters — runs across either end of the piece.
// DocumentKeywords counts the tasks' words that way instead of segmenting
// their texts again.

// cutUnit is a stretch the document was cut in: a run of Han characters or a
// mixed domain term, its byte offsets in the text as written and its
// words, docCache.toks[from:to].
type cutUnit struct{ start, end, from, to int32 }

// word is a word of the document as collect counts it.
type word struct {
	written string // Token.Text
	term    int32  // its term id, -1 for no keyword candidate
}

// docText is a text of the document whose cut is recorded, starting at
// the offset at of the document's texts read as one: its units are
// docCache.units[from:to].
type docText struct {
	text     string
	at       int
	from, to int
}

// recorded is the length of the texts recorded so far: the offset of the
// next.
func (c *docCache) recorded() int {
	if len(c.texts) == 0 {
		return 0
	}
	d := c.texts[len(c.texts)-1]
	return d.at + len(d.text)
}

// record keeps the word written at text[start:end] (its term id term)
// of the text being recorded; a new unit starts with it when first is
// set.
func (c *docCache) record(written string, start, end int, term int32, first bool) {
	if first {
		c.units = append(c.units, cutUnit{int32(start), int32(end), int32(len(c.toks)), int32(len(c.toks))})
	}
	u := &c.units[len(c.units)-1]
	u.end, u.to = int32(end), u.to+1
	c.toks = append(c.toks, word{written, term})
}

// piece returns the recorded words of p, when p.At places it in a
// recorded text whose bytes there are p.Text and whose cut no end of p
// splits, and ok.
func (c *docCache) piece(p Piece) (words []word, ok bool) {
	if c.recording || len(c.texts) == 0 || p.At < 0 {
		return nil, false
	}
	if p.Text == "" {
		return nil, true
	}
	// The text holding p.At: the last starting at or before it.
	k, _ := slices.BinarySearchFunc(c.texts, p.At, func(d docText, at int) int {
		if d.at > at {
			return 1
		}
		return -1
	})
	if k == 0 {
		return nil, false
	}
	d := c.texts[k-1]
	a := p.At - d.at
	b := a + len(p.Text)
	// The comparison returns at once when p.Text was sliced from d.text.
	if b > len(d.text) || d.text[a:b] != p.Text || joined(d.text, a) || joined(d.text, b) {
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
