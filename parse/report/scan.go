package report

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/segment/script"
)

// hit is a template label found in the text.
type hit struct {
	t      *term
	ns, ne int // the matched form in the norm
	a, b   int // the label in the source, ordinal prefix and remarks included
}

// termSet is a list of template terms with its forms indexed by their
// first rune, so that a region is read once for all of them.
type termSet struct {
	terms     []*term
	first     map[rune][]formRef // the forms starting with a rune, in order
	firstByte [256]bool          // the first bytes of the forms
	firstBits [1024 / 64]uint64  // runeBit of the first runes of the forms
}

// runeBit hashes a rune to one of 1024 bits (Fibonacci hashing), so that
// a scan asks the map only for the few runes whose bit is set.
func runeBit(r rune) uint32 { return uint32(r) * 0x9E3779B1 >> 22 }

// formRef names form k of term t.
type formRef struct {
	t *term
	k int
}

func newTermSet(terms []*term) *termSet {
	ts := &termSet{terms: terms, first: map[rune][]formRef{}}
	for _, x := range terms {
		for k, f := range x.forms {
			r, _ := script.DecodeRune(f)
			ts.first[r] = append(ts.first[r], formRef{t: x, k: k})
			ts.firstByte[f[0]] = true
			ts.firstBits[runeBit(r)/64] |= 1 << (runeBit(r) % 64)
		}
	}
	return ts
}

// scanner finds the template labels of one table region in order.
type scanner struct {
	src   string
	n     *norm
	found []match // every match of a form in the region, in order
	at    int     // the first of found at or after the last find's from
	from  int     // the last find's from
}

// match is a form of term t found at norm offset ns, n bytes long.
type match struct {
	t     *term
	ns, n int
}

// newScanner reads the norm range [from, to) once and notes every match
// of a form of ts in it, by offset and then in the order of the terms and
// their forms; a cut form (a header cell cut short) only where a cell ends.
// It appends them to buf[:0], whose array it then owns.
func newScanner(src string, n *norm, ts *termSet, from, to int, buf []match) *scanner {
	s := &scanner{src: src, n: n, found: buf[:0]}
	from, to = max(from, 0), min(to, len(n.s))
	for i := from; i < to; {
		if !ts.firstByte[n.s[i]] {
			i++
			continue
		}
		r, size := script.DecodeRune(n.s[i:to])
		if ts.firstBits[runeBit(r)/64]&(1<<(runeBit(r)%64)) == 0 {
			i += size // no form starts with r
			continue
		}
		for _, ref := range ts.first[r] {
			x, f := ref.t, ref.t.forms[ref.k]
			if strings.HasPrefix(n.s[i:to], f) && (ref.k < len(x.forms)-x.cut || s.cellEnds(i+len(f))) {
				s.found = append(s.found, match{t: x, ns: i, n: len(f)})
			}
		}
		if r == utf8.RuneError {
			size = 1
		}
		i += size
	}
	return s
}

// find returns the earliest match at or after from of a term that active
// accepts, the longest one when several start at the same place (the
// first term's when they are as long).
func (s *scanner) find(from int, active func(*term) bool) (hit, bool) {
	if from < s.from {
		s.at = 0
	}
	s.from = from
	for s.at < len(s.found) && s.found[s.at].ns < from {
		s.at++
	}
	best := -1
	for k := s.at; k < len(s.found); k++ {
		m := s.found[k]
		if best >= 0 && m.ns > s.found[best].ns {
			break
		}
		if active(m.t) && (best < 0 || m.n > s.found[best].n) {
			best = k
		}
	}
	if best < 0 {
		return hit{ns: -1}, false
	}
	m := s.found[best]
	return hit{t: m.t, ns: m.ns, ne: m.ns + m.n}, true
}

// cellEnds is true when norm offset i ends a cell: the source has a cell
// separator, a tab, a line break or the end of the text there.
func (s *scanner) cellEnds(i int) bool {
	at := s.n.src(i)
	if i >= len(s.n.s) || at >= len(s.src) {
		return true
	}
	r, _ := script.DecodeRune(s.src[at:])
	return r == '|' || r == '｜' || r == '\t' || r == '\n' || r == '\r' || r == ' ' || r == '\u3000'
}

// extend widens h to its ordinal prefix (一、 （三） 2.) and to the remarks
// and pinyin annotations that follow it in brackets.
func extend(src string, n *norm, h *hit) {
	h.a, h.b = n.src(h.ns), n.srcEnd(h.ne)
	h.a = ordinalBefore(src, h.a, h.t.ord)
	h.b = remarksAfter(src, h.b)
}

// ordinalDigitsBefore returns where the digits o, ASCII or full-width,
// start when they are written just before offset j, or a when they are not.
func ordinalDigitsBefore(src string, j int, o string, a int) int {
	for x := len(o) - 1; x >= 0; x-- {
		c, s := script.DecodeLastRune(src[:j])
		if d, ok := asciiDigit(c); !ok || d != o[x] {
			return a
		}
		j -= s
	}
	return j
}

// ordinalBefore returns where the ordinal written just before offset a
// starts, or a when there is none. ord, when not 0, is the arabic ordinal
// expected there: digits glued to it (0000002.) are not part of it.
func ordinalBefore(src string, a, ord int) int {
	i := a
	for i > 0 {
		r, sz := script.DecodeLastRune(src[:i])
		if r != ' ' && r != '\u3000' {
			break
		}
		i -= sz
	}
	r, sz := script.DecodeLastRune(src[:i])
	switch r {
	case '、', '.', '．':
		j := i - sz
		k := j
		for k > 0 {
			c, s := script.DecodeLastRune(src[:k])
			if !ordinal.IsCnDigit(c) {
				break
			}
			k -= s
		}
		if k < j && j-k <= 9 {
			return k
		}
		// arabic digits, ASCII or full-width (２.其他…), read backwards
		n := 0
		for k = j; k > 0; n++ {
			c, s := script.DecodeLastRune(src[:k])
			if _, ok := asciiDigit(c); !ok {
				break
			}
			k -= s
		}
		if n == 0 {
			return a
		}
		if ord > 0 {
			return ordinalDigitsBefore(src, j, strconv.Itoa(ord), a)
		}
		if n <= 2 {
			return k
		}
	case ')', '）':
		j := i - sz
		k := j
		for k > 0 {
			c, s := script.DecodeLastRune(src[:k])
			if !ordinal.IsCnDigit(c) && !(c < 0x80 && ordinal.IsASCIIDigit(byte(c))) {
				break
			}
			k -= s
		}
		if k < j && j-k <= 9 {
			c, s := script.DecodeLastRune(src[:k])
			if c == '(' || c == '（' {
				return k - s
			}
		}
	}
	return a
}

// remarksAfter returns the end of the bracketed remarks and pinyin
// annotations that directly follow offset b on the same line: 部分公开（区分处
// 理的，只计这一情形，不计其他情形）, 件數(shù). An ordinal in brackets, which
// starts the next label, is not a remark.
func remarksAfter(src string, b int) int {
	for round := 0; round < 3; round++ {
		i := b
		for i < len(src) && (src[i] == ' ' || strings.HasPrefix(src[i:], "\u3000")) {
			if src[i] == ' ' {
				i++
			} else {
				i += 3
			}
		}
		r, sz := script.DecodeRune(src[i:])
		if r != '(' && r != '（' {
			return b
		}
		j := i + sz
		depth := 1
		onlyOrdinal := true
		for j < len(src) && j-i < 300 && depth > 0 {
			c, s := script.DecodeRune(src[j:])
			switch {
			case c == '\n' || c == '\r':
				return b
			case c == '(' || c == '（':
				depth++
			case c == ')' || c == '）':
				depth--
			case !ordinal.IsCnDigit(c) && !(c < 0x80 && ordinal.IsASCIIDigit(byte(c))):
				onlyOrdinal = false
			}
			j += s
		}
		if depth > 0 || onlyOrdinal {
			return b
		}
		b = j
	}
	return b
}

// cleanLabel returns the source text of a label without line breaks, tabs,
// cell separators and surrounding space.
func cleanLabel(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\n', '\r', '\t', '|':
			return -1
		}
		return r
	}, s)
	return strings.TrimFunc(s, func(r rune) bool { return r == ' ' || r == '\u3000' || r == '\u00a0' || isCellSep(r) })
}
