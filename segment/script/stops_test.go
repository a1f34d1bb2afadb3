package script

import (
	"testing"
	"unicode/utf8"
)

// skipByRune is skip as it was written first, a rune at a time: the
// reference skip's four-byte loads must agree with.
func skipByRune(set *BMPSet, s string, i int) int {
	t := s[i:]
	for len(t) > 0 {
		c := t[0]
		if c < utf8.RuneSelf {
			t = t[1:]
			continue
		}
		if len(t) < 3 || !set.Passes(c, t[1], t[2]) {
			break
		}
		t = t[3:]
	}
	return len(s) - len(t)
}

// skipPieces are what the texts of TestSkipMatchesByRune are made of:
// ASCII, runes that fold and runes that do not (the stops and the rest of
// both sets), runes with lead bytes E0 and ED (always stops), two- and
// four-byte runes, and bytes cut from runes or invalid.
var skipPieces = []string{"a", "。", "政", "務", "国", "\u0800", "\ud7ff", "é", "𠀀", "\xe6", "\x94\xbf", "\xff", "，"}

// passByRune is Pass a rune at a time: the reference its eight-byte
// loads must agree with.
func passByRune(set *BMPSet, s string, i int) int {
	for i+3 <= len(s) && set.Passes(s[i], s[i+1], s[i+2]) {
		i += 3
	}
	return i
}

func TestSkipAndPassMatchByRune(t *testing.T) {
	tab := load()
	var rec func(s string, k int)
	rec = func(s string, k int) {
		for i := 0; i <= len(s); i++ {
			for _, set := range []*BMPSet{&tab.busyStops, &tab.changedStops} {
				if got, want := set.skip(s, i), skipByRune(set, s, i); got != want {
					t.Fatalf("skip(%q, %d) = %d, rune by rune %d", s, i, got, want)
				}
				if got, want := set.Pass(s, i), passByRune(set, s, i); got != want {
					t.Fatalf("Pass(%q, %d) = %d, rune by rune %d", s, i, got, want)
				}
			}
		}
		if k == 0 {
			return
		}
		for _, p := range skipPieces {
			rec(s+p, k-1)
		}
	}
	rec("", 4)
}
