package table

import (
	"strings"

	"github.com/zwgk/gongwen/segment"
	"golang.org/x/text/width"
)

// RuneWidth is the number of display columns a rune takes in a text laid
// out in columns: two for East Asian wide, full-width and ambiguous runes
// (Han, CJK punctuation, full-width brackets, U+3000), none for a form
// feed (a PDF-to-text tool opens each page's first line with one), one
// for the others.
func RuneWidth(r rune) int {
	if r <= 0xa0 {
		if r == '\f' {
			return 0
		}
		return 1
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth, width.EastAsianAmbiguous:
		return 2
	}
	return 1
}

// Width is the display width of s as a fixed-pitch rendering (a
// PDF-to-text tool) lays it out: the sum of its runes' RuneWidth.
func Width(s string) int {
	n := 0
	for _, r := range s {
		n += RuneWidth(r)
	}
	return n
}

// LaidWidth is the display width s took where it was laid out: Width
// without the pinyin glosses (务(wù)) a mirror site inserted afterwards.
func LaidWidth(s string) int {
	if !strings.ContainsAny(s, "(（") {
		return Width(s)
	}
	return Width(segment.StripGlosses(s))
}
