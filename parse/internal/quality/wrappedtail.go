package quality

import (
	"unicode/utf8"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// endsWrapped reports a text that ends in cell, white space aside: a PDF
// tool printed a cell's wrapped lines one per line and set spaces beside
// its numbers (2018 / 年 12 / 月底 / 前 for the deadline 2018年12月底前).
func endsWrapped(text, cell string) bool {
	if cell == "" {
		return false
	}
	i, j := len(text), len(cell)
	for j > 0 {
		c, m := utf8.DecodeLastRuneInString(cell[:j])
		if source.IsSpace(c) {
			j -= m
			continue
		}
		if i == 0 {
			return false
		}
		t, n := utf8.DecodeLastRuneInString(text[:i])
		i -= n
		if source.IsSpace(t) {
			continue
		}
		if t != c {
			return false
		}
		j -= m
	}
	return true
}
