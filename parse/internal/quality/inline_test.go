package quality

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/strgen"
	"github.com/zwgk/gongwen/segment/script"
)

func TestMarkInText(t *testing.T) {
	tests := []struct {
		text string
		mark bool
	}{
		{"加强政策解读。", false},
		{"各责任单位要按时报送进展情况。", false},       // a label without its colon
		{"坚持一是加强领导，二是完善制度。", false},      // an enumeration, no heading
		{"数据增长2.5%。二是推进公开。", false},      // 二是 is no heading ordinal
		{"按季度公开。（三）推进教育信息公开", true},      // a task run into the text
		{"按季度公开。 二、加强政策解读", true},        // a goal, a space between
		{"公开低保信息。牵头单位：市民政局", true},       // a unit clause not read off
		{"公開低保信息。責任單位:市民政局", true},       // traditional, half-width colon
		{"公开低保信息。责任单位为市民政局。加强宣传。", true}, // a copula for the colon
		{"公开低保信息。牵头部门是各县（市、区）人民政府。", true},
		{"公開低保信息。責任單位為市民政局、市財政局。", true},
		{"公开低保信息。配合单位为：市财政局。", true},
		{"牵头单位为第一责任人。", false}, // no unit after the copula
		{"各责任单位是落实主体。", false},
		{"以市民政局为责任单位。", false},                 // the label after the unit
		{"注：各牵头单位为第一责任单位，配合单位按职责协同推进。", false}, // no label, and a role after it
		{"公开低保信息。牵头单位为第一责任单位。", false},
		{"完成（一）期工程建设", false}, // （一） not after a sentence end
		{"按季度公开。（〇）", false},  // 〇 opens no ordinal
	}
	for _, tc := range tests {
		assert.Equal(t, tc.mark, markInText(tc.text, asItem) != "", tc.text)
	}
}

func TestMarkInHeadingOrItem(t *testing.T) {
	tests := []struct {
		text string
		as   textKind
		mark bool
	}{
		{"围绕重大决策部署做好公开", asTitle, false},
		{"围绕重大决策部署做好公开（一）建立政策解读机制", asTitle, true},
		{"推动一、二、三产业融合发展", asTitle, false}, // industries, not headings
		{"坚持知行合一、工学结合", asTitle, false},   // a word ending in a numeral
		{"（一）推进决策公开", asTitle, false},
		{"一", asTitle, false}, // shorter than a bracket
		{"", asItem, false},   // its own ordinal, kept in the title
		{"（二）推进教育信息公开", asItem, true},
		{"二、加强政策解读", asItem, true},
		{"（二）推进教育信息公开", asProse, false}, // a goal's prose may open so
		{"（1）按季度公开低保信息", asItem, false}, // an item's own ordinal
	}
	for _, tc := range tests {
		assert.Equal(t, tc.mark, markInText(tc.text, tc.as) != "", tc.text)
	}
}

// TestLostBracketOrdinalItem: an item or a goal's prose opening with a
// task ordinal in Chinese numerals that lost its opening bracket (二）…,
// 十二)…, full- or half-width) is a heading read as an item or as prose
// (a goal read from 一　X over it), in both scripts, with or without a
// leading indent; an arabic 2）, a numeral word (一是) and a bracket later
// in the text are not.
func TestLostBracketOrdinalItem(t *testing.T) {
	for _, n := range []string{"一", "二", "九", "十", "十二", "二十"} {
		for _, closing := range []string{"）", ")"} {
			for _, indent := range []string{"", "　　", " "} {
				for _, body := range []string{"推进教育信息公开。公开招生计划。", "加强組織領導。"} {
					text := indent + n + closing + body
					assert.NotEmpty(t, markInText(text, asItem), text)
					assert.NotEmpty(t, markInText(text, asProse), text)
					assert.Empty(t, markInText(text, asTitle), text)
				}
			}
		}
	}
	for _, text := range []string{"2）推进教育信息公开", "2)推进教育信息公开", "一是推进教育信息公开（第二阶段）", "按季度公开招生计划（二）", "按季度公开(二)", "〇）公开"} {
		assert.Empty(t, markInText(text, asItem), text)
		assert.Empty(t, markInText(text, asProse), text)
	}
}

func TestCheckMarksInText(t *testing.T) {
	d := orderedPlan([]int{1}, [][]int{{1, 2}})
	d.Plan.Goals[0].Tasks[1].Items[0].Text = "公开低保信息。牵头单位：市民政局"
	Assess(d, &Evidence{Text: planText})
	assert.InDelta(t, 1-penaltyMarksInText, d.Quality.Score, 0.001)
	assert.Equal(t, []string{model.ReasonMarksInText}, d.Plan.Goals[0].Tasks[1].Items[0].Flags)

	d.Kind = model.KindNotice // a notice's own headings are not checked
	d.Plan.Goals[0].Tasks[1].Items[0].Flags = nil
	Assess(d, &Evidence{Text: planText})
	assert.Empty(t, d.Quality.Reasons)
}

// TestMarkInTextAnyCut reads every cut of texts full of marks, whole runes
// or not, as each kind: none may panic.
func TestMarkInTextAnyCut(t *testing.T) {
	for _, s := range []string{"做好公开（一）建立机制。二、加强解读；（三）牵头单位：市财政局", "（二）", "一、二、三"} {
		for i := 0; i <= len(s); i++ {
			for _, as := range []textKind{asProse, asTitle, asItem} {
				assert.NotPanics(t, func() { markInText(s[:i], as); markInText(s[i:], as) })
			}
		}
	}
}

// TestMayHoldMark proves markInText's gate turns away no text the check
// would have flagged: over texts built from the check's vocabulary (unit
// labels, simplified and traditional, both colons, the sentence ends,
// heading ordinals in both forms, filler) the gated and the ungated check
// agree, and no traditional form folds into a mark the gate looks for.
func TestMayHoldMark(t *testing.T) {
	for _, r := range []rune{'、', '）', '：', ':', '（', '。', '；', ';', ' ', '\u3000'} {
		require.Empty(t, script.Preimages(r), "%q", r)
	}
	require.Contains(t, foldingDigits(), '兩')
	pieces := []string{"牵头单位", "責任單位", "：", ":", "。", "；", ";", "二、", "（三）", "（貳）", "兩、", "（", "）", "、", "推进", " "}
	n, found := 0, 0
	strgen.Walk(pieces, 4, func(s string) {
		for _, as := range []textKind{asProse, asTitle, asItem} {
			want := marksIn(s, as, true, true)
			require.Equal(t, want, markInText(s, as), "%q as %d", s, as)
			if want != "" {
				found++
			}
		}
		n++
	})
	require.Greater(t, found, 1000, "too few marks to prove anything (%d of %d)", found, n)
	ords, colon := mayHoldMark("推进政策解读。按季度公开")
	assert.False(t, ords || colon)
}

// TestOrdinalAfterSentenceEnd proves the search mark by mark answers as
// the reading of the sentence ends in order (strings.IndexAny) does, over
// strings of the marks, heading ordinals, spaces, the marks' bytes cut
// apart and runes sharing their last bytes.
func TestOrdinalAfterSentenceEnd(t *testing.T) {
	inOrder := func(text string) bool {
		for at := 0; ; {
			k := strings.IndexAny(text[at:], "。；;")
			if k < 0 {
				return false
			}
			_, n := utf8.DecodeRuneInString(text[at+k:])
			at += k + n
			if headingOrdinalAt(strings.TrimLeft(text[at:], " \u3000")) {
				return true
			}
		}
	}
	pieces := []string{"。", "；", ";", "二、", "（三）", " ", "\u3000", "\xe3\x80", "\xbc", "傂", "曛", "、", "a"}
	found := 0
	strgen.Walk(pieces, 5, func(s string) {
		want := inOrder(s)
		require.Equal(t, want, ordinalAfterSentenceEnd(s), "%q", s)
		if want {
			found++
		}
	})
	require.Greater(t, found, 10000)
}
