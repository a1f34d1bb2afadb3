package report

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
)

// norm is the text in the form the recognisers match against: simplified
// script, ASCII punctuation and digits, no white space, no quotes and no
// pinyin annotations such as 規(guī)章. Every byte keeps the source offsets of
// the character it came from.
type norm struct {
	s     string
	start []int32 // start[i]: source offset of the character holding byte i
	end   []int32 // end[i]: source offset just after the character ending at byte i
	n     int     // length of the source text
}

// normalize builds the norm of text.
func normalize(text string) *norm { return normalizeOffsets(text, true) }

// normalizeOffsets builds the norm of text, with the offset tables only
// when offsets is set.
func normalizeOffsets(text string, offsets bool) *norm {
	var b strings.Builder
	b.Grow(len(text))
	nm := &norm{n: len(text)}
	if offsets {
		nm.start, nm.end = make([]int32, 0, len(text)+1), make([]int32, 1, len(text)+1)
	}
	var prev rune
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '(' || r == '（' {
			if k := pinyinNoise(text, i); k > 0 && isHan(prev) {
				i = k
				continue
			}
		}
		a := i
		i += size
		switch {
		case source.IsSpace(r):
			continue
		case r == '“' || r == '”' || r == '‘' || r == '’' || r == '"' || r == '\'' || r == '「' || r == '」' || r == '『' || r == '』':
			continue
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0
		case r == '〔' || r == '［':
			r = '['
		case r == '〕' || r == '］':
			r = ']'
		case r == '—' || r == '－':
			r = '-'
		case r >= 0x3400:
			r = segment.SimplifiedRune(r)
		}
		prev = r
		b.WriteRune(r)
		if !offsets {
			continue
		}
		for range utf8.RuneLen(r) {
			nm.start = append(nm.start, int32(a))
			nm.end = append(nm.end, int32(a))
		}
		nm.end[len(nm.end)-1] = int32(i)
	}
	nm.s = b.String()
	if offsets {
		nm.start = append(nm.start, int32(len(text)))
	}
	return nm
}

// pinyinNoise returns the offset after a pinyin annotation such as (guī)
// starting at i, or 0 when there is none.
func pinyinNoise(text string, i int) int {
	_, size := utf8.DecodeRuneInString(text[i:])
	j := i + size
	letters := 0
	for j < len(text) && letters <= 8 {
		r, sz := utf8.DecodeRuneInString(text[j:])
		switch {
		case r == ')' || r == '）':
			if letters == 0 {
				return 0
			}
			return j + sz
		case r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'),
			r >= 0xC0 && r <= 0x24F:
			letters++
		default:
			return 0
		}
		j += sz
	}
	return 0
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// src returns the source offset of normalized byte i.
func (n *norm) src(i int) int {
	if i >= len(n.s) {
		return n.n
	}
	return int(n.start[i])
}

// srcEnd returns the source offset just after normalized byte j-1.
func (n *norm) srcEnd(j int) int {
	if j <= 0 {
		if len(n.start) > 0 {
			return int(n.start[0])
		}
		return 0
	}
	if j > len(n.s) {
		j = len(n.s)
	}
	return int(n.end[j])
}

// at returns the first normalized byte whose character starts at or after
// source offset off.
func (n *norm) at(off int) int {
	return sort.Search(len(n.s), func(i int) bool { return int(n.start[i]) >= off })
}

// index finds sub in the normalized text at or after from, before to.
func (n *norm) index(sub string, from, to int) int {
	return n.search(strings.Index, sub, from, to)
}

// lastIndex finds the last sub in the normalized text in [from, to).
func (n *norm) lastIndex(sub string, from, to int) int {
	return n.search(strings.LastIndex, sub, from, to)
}

// search runs find on the normalized text clamped to [from, to) and returns
// the offset in the whole text, or -1.
func (n *norm) search(find func(s, sub string) int, sub string, from, to int) int {
	from, to = max(from, 0), min(to, len(n.s))
	if from >= to {
		return -1
	}
	k := find(n.s[from:to], sub)
	if k < 0 {
		return -1
	}
	return from + k
}

// simplify returns s in simplified script with ASCII punctuation, as the
// norm would hold it.
func simplify(s string) string { return normalizeOffsets(s, false).s }
