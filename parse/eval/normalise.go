package eval

import (
	"strings"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// squeeze drops white space of every kind: layout, not content.
func squeeze(s string) string { return source.Squeeze(s) }

// docNumberBrackets maps the bracket variants a 发文字号 is printed with to
// the 〔〕 of GB/T 9704-2012.
var docNumberBrackets = strings.NewReplacer(
	"[", "〔", "]", "〕",
	"［", "〔", "］", "〕",
	"【", "〔", "】", "〕",
	"﹝", "〔", "﹞", "〕",
	"〖", "〔", "〗", "〕",
)

// normDocNumber normalises a 发文字号 for comparison: bracket variants to
// 〔〕 and full-width digits to ASCII, the canonical form the parser
// reports, and white space dropped.
func normDocNumber(s string) string {
	return squeeze(strings.Map(asciiDigit, docNumberBrackets.Replace(s)))
}

// sameNo compares two heading ordinals; a full-width digit equals its ASCII
// twin (１ and 1 are the same ordinal, written in two widths).
func sameNo(gold, got string) bool {
	return gold == got || strings.Map(asciiDigit, gold) == strings.Map(asciiDigit, got)
}

// asciiDigit maps a full-width digit (０–９) to its ASCII twin.
func asciiDigit(r rune) rune {
	if r >= '０' && r <= '９' {
		return r - '０' + '0'
	}
	return r
}

// sameDocNumber compares a gold 发文字号 (verbatim) with a parsed one
// (normalised to 〔〕). A gold number printed without year brackets
// (黑政办发201835号) matches a parsed one that added them.
func sameDocNumber(gold, got string) bool {
	g, p := normDocNumber(gold), normDocNumber(got)
	if g == p {
		return true
	}
	if !strings.ContainsAny(g, "〔〕") {
		return g == strings.NewReplacer("〔", "", "〕", "").Replace(p)
	}
	return false
}

// headMatches reports whether text starts with head, ignoring white space:
// the gold head is compared with the prefix of text that has as many runes.
func headMatches(head, text string) bool {
	h := []rune(squeeze(head))
	t := []rune(squeeze(text))
	if len(t) < len(h) {
		return false
	}
	return string(t[:len(h)]) == string(h)
}

// sameKind compares kinds; the gold's "other" accepts notice and unknown.
func sameKind(gold, got string) bool {
	if gold == got {
		return true
	}
	return gold == "other" && (got == "notice" || got == "unknown")
}

// short cuts s to n runes for display, marking the cut with "…".
func short(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n]) + "…"
}
