package quality

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/role"
	"github.com/zwgk/gongwen/segment"
)

// copulaLabelIn says, for marks_in_text, where text holds a unit label
// that a copula joins to a unit (完善机制。责任单位为县司法局。加强解读: 为,
// 是, 為 standing for the label's colon) — a unit clause the parser reads
// where it closes a paragraph, stands in a bracket or on a line of its
// own, left in the text anywhere else — or "". 为 and 為 end in byte BA,
// 是 in AF: each byte is searched for once, and the label and the unit are
// asked about only where a copula stands.
func copulaLabelIn(text string) string {
	for _, b := range [...]byte{0xBA, 0xAF} {
		for k := 0; ; {
			i := strings.IndexByte(text[k:], b)
			if i < 0 {
				break
			}
			i += k
			k = i + 1
			at := i - 2
			if at < 0 || !role.IsCopula(text[at:i+1]) {
				continue
			}
			l := labelEnding(text[:at])
			if l == "" || !opensClause(text[:at-len(l)]) {
				continue // 各牵头单位为…: the units so labelled, no label
			}
			if name := firstName(text[i+1:]); org.Classify(name) == org.Organisation && !role.HoldsLabelHead(segment.ToSimplified(name)) {
				return "a unit label (" + l + text[at:i+1] + ") inside the text: its units were not read off"
			}
		}
	}
	return ""
}

// labelEnding returns the unit label (unitLabels) s ends with, in
// simplified script, or "". Most copulas follow no label: the last rune
// is asked first, and s folded only after one that ends a label (位, 门,
// 室 …).
func labelEnding(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	if !labelLast[segment.SimplifiedRune(r)] {
		return ""
	}
	tail := s[max(0, len(s)-maxLabelBytes):]
	for len(tail) > 0 && !utf8.RuneStart(tail[0]) {
		tail = tail[1:]
	}
	tail = segment.ToSimplified(tail)
	for _, l := range unitLabels {
		if strings.HasSuffix(tail, l) {
			return l
		}
	}
	return ""
}

// labelLast holds the last runes of unitLabels, and maxLabelBytes the
// bytes of the longest.
var labelLast, maxLabelBytes = func() (map[rune]bool, int) {
	m, most := map[rune]bool{}, 0
	for _, l := range unitLabels {
		r, _ := utf8.DecodeLastRuneInString(l)
		m[r] = true
		most = max(most, len(l))
	}
	return m, most
}()

// firstName returns the first name of the list s opens with, after an
// optional colon: up to a separator or space outside brackets, at most
// forty runes.
func firstName(s string) string {
	s = strings.TrimLeft(s, " \u3000：:")
	depth, n := 0, 0
	for i, r := range s {
		switch {
		case r == '（' || r == '(':
			depth++
		case r == '）' || r == ')':
			if depth == 0 {
				return s[:i]
			}
			depth--
		case depth == 0 && strings.ContainsRune("、，,；;。 \u3000\t\n", r):
			return s[:i]
		}
		if n++; n > 40 {
			return s[:i]
		}
	}
	return s
}

// opensClause tells whether a label ending before ends may open a
// clause: at the text's start or after a sentence or clause end, a
// colon, a bracket or a space.
func opensClause(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || strings.ContainsRune("。；;，,：:（(【[ \u3000\t\n", r)
}
