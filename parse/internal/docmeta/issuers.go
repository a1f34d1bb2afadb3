package docmeta

import (
	"unicode"

	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/segment/script"
)

// Span is a byte range [Start, End) in the string a recogniser was given.
type Span struct{ Start, End int }

// Issuers splits the issuing authorities of a joint notice: 国务院办公厅、
// 中央军委办公厅 (a list), or 国务院办公厅　中央军委办公厅 as a signature
// prints them side by side. A list separator (、，,；;) always splits;
// white space splits only when every part ends like a body of its own, so
// a name typeset with a space (苏州市 人民政府) stays whole. Parts are
// trimmed; empty parts are dropped.
func Issuers(s string) []Span {
	var partBuf, wordBuf [8]Span // room for most lists: only out is allocated
	parts := splitOn(partBuf[:0], s, 0, len(s), isListSep)
	var out []Span
	for _, p := range parts {
		words := splitOn(wordBuf[:0], s, p.Start, p.End, unicode.IsSpace)
		if len(words) > 1 && allOrgs(s, words) {
			out = append(out, words...)
		} else if p.Start < p.End {
			out = append(out, p)
		}
	}
	return out
}

// isListSep reports whether r separates the organs of a list (、，,；;):
// a switch, not a search of the set, since every rune of the names is asked.
func isListSep(r rune) bool {
	switch r {
	case '、', '，', ',', '；', ';':
		return true
	}
	return false
}

// allOrgs reports whether every word names a body on its own. A place
// name (某市, 某县) has an organisation ending too, but before a space it
// is the first half of one name (某市 人民政府), so it does not count.
func allOrgs(s string, words []Span) bool {
	for _, w := range words {
		switch org.Ending(s[w.Start:w.End]) {
		case "", "市", "县", "区", "镇", "乡", "街道":
			return false
		}
	}
	return true
}

// splitOn cuts s[start:end] at the runes sep accepts and appends the
// trimmed, non-empty parts to out.
func splitOn(out []Span, s string, start, end int, sep func(rune) bool) []Span {
	from := start
	for i := start; i <= end; {
		r, size := rune(0), 1
		if i < end {
			r, size = script.DecodeRune(s[i:end])
		}
		if i == end || sep(r) {
			if sp := trim(s, from, i); sp.Start < sp.End {
				out = append(out, sp)
			}
			from = i + size
		}
		i += size
	}
	return out
}

// trim narrows s[start:end] to its non-space part.
func trim(s string, start, end int) Span {
	for start < end {
		r, size := script.DecodeRune(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := script.DecodeLastRune(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return Span{start, end}
}
