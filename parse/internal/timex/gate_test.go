package timex

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mayHold passes a text with a digit or a trigger pair, folded and with
// spaces between, and nothing else.
func TestMayHold(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"", false},
		{"加强组织领导，统一思想，进一步压实责任", false}, // 一 before neither a unit nor 月
		{"建立健全工作机制", false},
		{"年度工作要点", false},                              // 年度 heads nothing
		{"第一批", false},                                 // 第 and a numeral, not before 季
		{"2", false}, {"〔2023〕", false}, {"第3", false}, // a digit before nothing a phrase reads after it
		{"2023年", true}, {"２０２３ 年", true}, {"80%", true}, {"３０％", true}, {"5个", true}, {"10以内", true},
		{"提高", false}, {"提高到", true}, {"提 高 到", true}, {"每季", true}, {"每", false},
		{"三季度", true},                             // a numeral before a rune a deadline reads after one
		{"三 季度", true},                            // spaces between
		{"三\u3000月", true},                        // an ideographic space
		{"三—六月", true},                            // — folds to -
		{"年底", true}, {"年 底", true}, {"年內", true}, // 內 folds to 内
		{"长期", true}, {"長期", true}, {"即日起", true}, {"自即日起", true},
		{"每季度", true}, {"定期", true}, {"不少于", true}, {"控制在", true}, {"至少一次", true},
		{"底", false}, {"年", false}, // one rune of a pair
		{"年，底", false},                      // a sign between
		{"\xff年底", true}, {"年\xff底", false}, // a broken byte is a rune
	} {
		assert.Equal(t, c.want, mayHold(c.in), c.in)
	}
}

// No finder finds anything in a text mayHold passes over: every text of
// two runes from the finders' vocabulary (and a few others), between
// heads and tails, in cell and prose.
func TestMayHoldExhaustive(t *testing.T) {
	var runes []rune
	seen := map[rune]bool{}
	for _, w := range []string{"今本当明次年底末内中全上下半第即日起开始自从至到长期常态化持续推进坚有效展每按逐分定",
		"季度月份前以止之初旬一二三四五六七八九十两零〇0123456789-—个工作小时天周星不少低小超高多大于达提升控制在过",
		"的统面级地 　內長續", "%％"} {
		for _, r := range w {
			if !seen[r] {
				seen[r] = true
				runes = append(runes, r)
			}
		}
	}
	heads := []string{"", "到"}
	tails := []string{"", "年", "月", "季度", "日起", "年底", "个工作日内", "天内", "化推进", "坚持", "以上", "%"}
	ref := Ref{Year: 2023, Date: "2023-05-01"}
	for _, a := range runes {
		for _, b := range runes {
			for _, head := range heads {
				for _, tail := range tails {
					s := head + string([]rune{a, b}) + tail
					if mayHold(s) {
						continue
					}
					f := Folded{t: fold(s, nil)}
					for _, cell := range []bool{false, true} {
						require.Empty(t, f.Deadlines(ref, cell), "%s (cell %v) passed over but has a deadline", s, cell)
					}
					require.Empty(t, f.Frequencies(), "%s passed over but has a frequency", s)
					require.Empty(t, f.Targets(), "%s passed over but has a target", s)
				}
			}
		}
	}
}
