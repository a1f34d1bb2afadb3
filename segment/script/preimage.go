package script

import (
	_ "embed"
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

//go:embed s2t.txt
var s2tData string

// commonForms maps a simplified character whose first preimage is a rare
// form to its common traditional form (s2t.txt, generated from OpenCC's
// simplified → traditional table in Taiwan's variant: 局 stays 局, 干 →
// 幹, 为 → 為, 系 stays 系).
var commonForms = sync.OnceValue(func() map[rune]rune {
	m := map[rune]rune{}
	for _, line := range strings.Split(s2tData, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		s, t, ok := strings.Cut(line, " ")
		r, n := utf8.DecodeRuneInString(s)
		c, k := utf8.DecodeRuneInString(t)
		if ok && n == len(s) && k == len(t) {
			m[r] = c
		}
	}
	return m
})

// ToTraditional writes s in traditional script, the way a test or a
// rendering needs it: each character in its common traditional form (发 →
// 發, 务 → 務, 为 → 為, 干 → 幹; 局, 系 and 具 stay), every other rune as it
// is. The form is the character's first preimage (Preimages) unless that
// is a rare one (局 → 侷, 干 → 乾), where s2t.txt gives OpenCC's first
// candidate instead. It is a character map, not a converter: one form a
// character, whatever the word (干 is 幹 in 干净 too), and ToSimplified of
// it gives s back but where a phrase override reads the pair otherwise.
func ToTraditional(s string) string {
	common := commonForms()
	return strings.Map(func(r rune) rune {
		if c, ok := common[r]; ok {
			return c
		}
		if p := Preimages(r); len(p) > 0 {
			return p[0]
		}
		return r
	}, s)
}
