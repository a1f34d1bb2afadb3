package timex

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// fold gives the runes the scanners read and the offset each came from.
func TestFold(t *testing.T) {
	for _, c := range []struct {
		in    string
		runes string
		off   []int
	}{
		{"", "", []int{0}},
		{"年底", "年底", []int{0, 3, 6}},
		{"2017 2018", "2017 2018", []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},      // a space between digits stays
		{"2017  \t2018", "2017 2018", []int{0, 1, 2, 3, 4, 7, 8, 9, 10, 11}}, // one, at the first space
		{"6 月 底", "6月底", []int{0, 2, 6, 9}},                                  // others go
		{"１２ 月", "12月", []int{0, 3, 7, 10}},                                  // full-width digits fold
		{"12　３", "12 3", []int{0, 1, 2, 5, 8}},                               // ideographic space, then a full-width digit
		{"年內 ", "年内", []int{0, 3, 7}},                                        // traditional folds; a trailing space goes
		{" 5", "5", []int{1, 2}},                                             // a leading one too
		{"3—6月", "3-6月", []int{0, 1, 4, 5, 8}},
		{"a\xffb", "a\uFFFDb", []int{0, 1, 2, 3}}, // a broken byte is one rune
	} {
		got := fold(c.in, nil)
		assert.Equal(t, c.runes, string(got.r), c.in)
		assert.Equal(t, c.off, got.off, c.in)
		var f Folder
		f.buf = fold("一段较长的文字，让下一次折叠重用它的内存", &f.buf)
		assert.Equal(t, got, fold(c.in, &f.buf), "reused: %s", c.in)
	}
}

// A Folder's buffers grow as texts get longer, and a text folded into
// them reads as one folded afresh.
func TestFoldGrows(t *testing.T) {
	var f Folder
	for _, s := range []string{"年底", "2017 2018年底前", strings.Repeat("全面推进 2023 年 6 月底前，", 40), "年", strings.Repeat("１ ２", 30)} {
		f.buf = fold(s, &f.buf)
		assert.Equal(t, fold(s, nil), f.buf, s)
	}
}
