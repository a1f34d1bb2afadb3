package script

import (
	"strings"
	"sync"
	"unicode/utf8"
)

var (
	preOnce sync.Once
	pre     map[rune][]rune // simplified rune → the other runes that fold to it
)

// Preimages returns the runes other than r that ToSimplified can turn
// into r: the traditional characters whose simplified form is r (發 for
// 发) and the characters a phrase override turns into r at their position
// (覆 for 复, from 答覆 → 答复). A recogniser that looks for r in folded
// text can first look for r and its preimages in the raw text, and skip
// the fold when none is there. The slice is shared: do not modify it.
func Preimages(r rune) []rune {
	preOnce.Do(func() {
		t := load()
		m := map[rune][]rune{}
		add := func(from, to rune) {
			if from == to {
				return
			}
			for _, x := range m[to] {
				if x == from {
					return
				}
			}
			m[to] = append(m[to], from)
		}
		for i, e := range t.cjk {
			if e.to != 0 {
				add(rune(cjkLo+i), e.to)
			}
		}
		for r, e := range t.other {
			if e.to != 0 {
				add(r, e.to)
			}
		}
		for a, b := range t.phrases {
			for a != "" && b != "" {
				ra, na := utf8.DecodeRuneInString(a)
				rb, nb := utf8.DecodeRuneInString(b)
				add(ra, rb)
				a, b = a[na:], b[nb:]
			}
		}
		pre = m
	})
	return pre[r]
}

// ToTraditional writes s in traditional script, the way a test or a
// rendering needs it: each rune that has preimages takes the first (发 →
// 發, 务 → 務), every other rune stays. It is a character map, not a
// converter: the first preimage is the table's first, not the common form
// (局 → 侷, 干 → 乾), so its text is traditional script a reader would
// find odd but the parser must still fold, and ToSimplified of it need not
// give s back (具 → 俱 stays 俱, 了 → 瞭 stays 瞭).
func ToTraditional(s string) string {
	return strings.Map(func(r rune) rune {
		if p := Preimages(r); len(p) > 0 {
			return p[0]
		}
		return r
	}, s)
}
