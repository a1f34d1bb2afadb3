package pdftext

import (
	"strings"
	"unicode/utf8"
)

// Line breaking in Chinese text may wrap between any two Han characters,
// but a few runes may not start a line (，。）》 …) and a few may not end
// one (（《“ …), and a run of Latin letters or digits wraps whole; so the
// text a wrap moves onto the next line is its first unbreakable piece:
// opening punctuation, one Han character or a Latin run with the Han
// character after it (Writer keeps 6月 together), and the closing
// punctuation after it. A line that left room for that piece inside its
// cell was not wrapped but broken on purpose.

// noLineStart are the runes a line break may not put at a line's start.
const noLineStart = "，。、；：？！）)》」』】〕]”’…—·%,.;:?!"

// noLineEnd are the runes a line break may not leave at a line's end.
const noLineEnd = "（(《「『【〔[“‘"

// headWidth is the width of the first unbreakable piece of a line whose
// glyphs are ordered left to right.
func headWidth(gs []glyph) float64 {
	const (
		before  = iota // nothing read yet
		opened         // opening punctuation read
		inLatin        // in a run of Latin letters or digits
		closing        // after the Han rune or the run: closing punctuation only
	)
	state := before
	var start, end float64
	for i := range gs {
		g := &gs[i]
		if strings.TrimSpace(g.s) == "" {
			if state == before {
				continue
			}
			break
		}
		r, _ := utf8.DecodeRuneInString(g.s)
		if state == before {
			start = g.x
		}
		switch {
		case state <= opened && strings.ContainsRune(noLineEnd, r):
			state = opened
		case state <= opened && isLatin(r):
			state = inLatin
		case state <= opened:
			state = closing
		case state == inLatin && isLatin(r):
		case state == inLatin && isCJK(r) && !strings.ContainsRune(noLineEnd, r):
			state = closing // a number keeps the word it counts (6月)
		case strings.ContainsRune(noLineStart, r):
			state = closing
		default:
			return end - start
		}
		end = g.x + g.w
	}
	return end - start
}

// punctTrim is the width a browser took off full-width punctuation in a
// line, where two marks meet (），) or one ends the line, set in half an
// em there: the line was laid out, and wrapped, with whole ems. Glyphs
// are ordered left to right.
func punctTrim(gs []glyph) float64 {
	trim := 0.0
	var prev *glyph
	for i := range gs {
		g := &gs[i]
		if strings.TrimSpace(g.s) == "" {
			continue
		}
		if prev != nil && fullWidthPunct(prev.s) {
			trim += max(0, prev.w-(g.x-prev.x))
		}
		prev = g
	}
	if prev != nil && fullWidthPunct(prev.s) {
		trim += max(0, prev.size-prev.w)
	}
	return trim
}

// fullWidthPunct reports a full-width mark that may not start or end a
// line (，（。）).
func fullWidthPunct(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isCJK(r) && (strings.ContainsRune(noLineStart, r) || strings.ContainsRune(noLineEnd, r))
}
