package docmeta

import (
	"strings"

	"github.com/zwgk/gongwen/segment/script"
)

// sealNotes are the notes a text version prints where the seal stands
// (某局（印章）), in simplified script.
var sealNotes = []string{"印章", "盖章", "公章", "签章", "章"}

// WithoutSeal returns the length of s without a trailing seal note in
// round brackets of either width (某县人民政府办公室（印章） → the office),
// and the spaces before it; len(s) when there is none.
func WithoutSeal(s string) int {
	if !strings.HasSuffix(s, "）") && !strings.HasSuffix(s, ")") {
		return len(s)
	}
	open := max(strings.LastIndex(s, "（"), strings.LastIndex(s, "("))
	if open <= 0 {
		return len(s)
	}
	_, csz := script.DecodeLastRune(s)
	_, osz := script.DecodeRune(s[open:])
	inner := script.ToSimplified(strings.TrimSpace(s[open+osz : len(s)-csz]))
	for _, n := range sealNotes {
		if inner == n {
			return len(strings.TrimRight(s[:open], " \u3000"))
		}
	}
	return len(s)
}
