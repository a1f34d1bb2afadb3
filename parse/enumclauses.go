package parse

import (
	"slices"
	"strings"
	"unicode/utf8"

	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// enumClauses appends to out the unit clauses that close each piece of an
// inline enumeration after a comma, without brackets:
// 一是…，由X负责；二是…，X牵头，Y配合；三是…，Z负责。 The pieces are the
// parts between ；, each opening with the next 一是, 二是 …; every piece
// must end in units and their verbs (or in a clause already found), else
// none is read: one clause closing 一是…；二是… together speaks for the
// whole, as the closing sentence's search finds it.
func enumClauses(out []clauseRef, p source.Str) []clauseRef {
	s := p.S
	if !strings.Contains(s, "；") || !roleStarts.HasAny(s) {
		return out
	}
	start := enumStart(s)
	if start < 0 {
		return out
	}
	// The pieces end at each ；outside brackets, the last at the first 。
	// after the last ；, or at the end of the text.
	var ends []int
	closed := false
	for i, r := range outside(s[start:]) {
		if r == '；' {
			ends = append(ends, start+i)
		} else if r == '。' && len(ends) > 0 {
			ends, closed = append(ends, start+i), true
			break
		}
	}
	if !closed && len(ends) > 0 {
		ends = append(ends, len(strings.TrimRight(s, "；; \u3000")))
	}
	if len(ends) < 2 {
		return out
	}
	var found []clauseRef
	from := start
	for n, end := range ends {
		o, ok := ord.Inline(s[from:])
		if !ok || o.Index != n+1 || strings.Contains(s[from:end], "。") {
			return out
		}
		if !clauseOverlaps(out, from, end) {
			c, ok := commaTail(p, from, end)
			if !ok {
				return out
			}
			c.end = end
			found = append(found, c)
		}
		from = end + len("；")
		if from >= len(s) {
			break
		}
		from = len(s) - len(strings.TrimLeft(s[from:], " \u3000"))
	}
	if len(found) == 0 {
		return out
	}
	out = append(out, found...)
	slices.SortFunc(out, func(a, b clauseRef) int { return a.start - b.start })
	return out
}

// enumStart returns where an inline enumeration starts in s: a 一是 at the
// start of s or of a sentence (after 。 or ：), -1 for none.
func enumStart(s string) int {
	for at := 0; at >= 0 && at < len(s); {
		if o, ok := ord.Inline(s[at:]); ok && o.Index == 1 {
			return at
		}
		k := source.IndexAny(s[at:], "。：")
		if k < 0 {
			return -1
		}
		at += k
		_, n := utf8.DecodeRuneInString(s[at:])
		at = len(s) - len(strings.TrimLeft(s[at+n:], " \u3000"))
	}
	return -1
}
