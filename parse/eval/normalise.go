package eval

import (
	"strings"

	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
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
	return roundYearBrackets(squeeze(strings.Map(asciiDigit, docNumberBrackets.Replace(s))))
}

// roundYearBrackets rewrites a year printed in round brackets, (2022) or
// （2022）, to 〔2022〕. Round brackets are not mapped everywhere because
// they also hold pinyin noise inside the organ code (州政發(fā)).
func roundYearBrackets(s string) string {
	var b strings.Builder
	for s != "" {
		open := strings.IndexAny(s, "(（")
		if open < 0 {
			break
		}
		_, w := script.DecodeRune(s[open:])
		rest := s[open+w:]
		if len(rest) > 4 && isDigits(rest[:4]) && strings.IndexAny(rest[4:], ")）") == 0 {
			_, cw := script.DecodeRune(rest[4:])
			b.WriteString(s[:open] + "〔" + rest[:4] + "〕")
			s = rest[4+cw:]
			continue
		}
		b.WriteString(s[:open+w])
		s = rest
	}
	return b.String() + s
}

// isDigits reports whether s is made of ASCII digits only.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
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
