package docmeta

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/internal/strgen"
	"github.com/zwgk/gongwen/segment/script"
)

func TestFoldingTo(t *testing.T) {
	tests := []struct {
		simplified string
		in, out    []rune
	}{
		{"发", []rune{'发', '發', '髮'}, []rune{'友', 'a'}},
		{"复", []rune{'复', '復', '複', '覆'}, nil}, // 覆 through 答覆 → 答复
		{"于", []rune{'于', '於'}, []rune{'干'}},
		{"次", []rune{'次'}, []rune{'欠'}},
	}
	for _, tt := range tests {
		set := foldingTo(tt.simplified)
		for _, r := range tt.in {
			assert.True(t, set.has(r), "%c folds to %s", r, tt.simplified)
		}
		for _, r := range tt.out {
			assert.False(t, set.has(r), "%c does not fold to %s", r, tt.simplified)
		}
	}
}

func TestMayHoldFolded(t *testing.T) {
	first := NewWord("发").first
	tests := []struct {
		s    string
		want bool
	}{
		{"某市印发通知", true},
		{"某市印發通知", true},
		{"某市印刷通知", false},
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, mayHoldFolded(tt.s, first), tt.s)
	}
}

func TestFirstAndLastRunes(t *testing.T) {
	assert.Equal(t, "通函a", FirstRunes([]string{"通知", "函", "ab"}))
	assert.Equal(t, "知函b", LastRunes([]string{"通知", "函", "ab"}))
	assert.Equal(t, "", FirstRunes(nil))
}

func TestWordIn(t *testing.T) {
	tests := []struct {
		word, s string
		want    bool
	}{
		{"印发", "某市人民政府办公室 2020年1月2日印发", true},
		{"印发", "某市人民政府辦公室 2020年1月2日印發", true},
		{"印发", "某市印刷厂发行", false},
		{"关于", "某市關於某事的通知", true},
		{"复函", "某局覆盖函数", false}, // 覆 folds to 复 only in phrases such as 答覆
		{"答复", "某局的答覆", true},   // 覆 folds to 复 only inside 答覆
		{"信息公开", "", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, NewWord(tt.word).In(tt.s), tt.s)
	}
}

func TestWordMayBeIn(t *testing.T) {
	w := NewWord("信息公开")
	for s, want := range map[string]bool{
		"某市政府信息 公开工作年度报告": true, // In is false: a space stands inside
		"某市政府資訊公開":        false,
		"某市政府信息公開":        true,
		"":                false,
	} {
		assert.Equal(t, want, w.MayBeIn(s), s)
	}
	assert.False(t, w.In("某市政府信息 公开工作年度报告"))
}

func TestRuneSet(t *testing.T) {
	var s runeSet
	for _, r := range []rune{'a', '知', '𠁞', 0xFFFF, 0x10000, 'a'} {
		s.add(r)
	}
	for _, r := range []rune{'a', '知', '𠁞', 0xFFFF, 0x10000} {
		assert.True(t, s.has(r), "%U", r)
	}
	for _, r := range []rune{'b', '通', '𠀾', 0xFFFE, 0x10001, -1} {
		assert.False(t, s.has(r), "%U", r)
	}
	assert.Equal(t, []rune{'a', '知', '𠁞', 0xFFFF, 0x10000}, s.runes, "members once, in order")
}

func TestWordMayEnd(t *testing.T) {
	w := NewWord("印发")
	for s, want := range map[string]bool{
		"某市人民政府办公室 2020年1月2日印发":  true,
		"某市人民政府辦公室 2020年1月2日印發 ": true,
		"某市人民政府办公室 2020年1月2日印发。": false,
		"某市印发通知": false,
		"":       false,
	} {
		assert.Equal(t, want, w.MayEnd(s), s)
	}
}

func TestWordEndMayBeIn(t *testing.T) {
	w := NewWord("印发")
	for s, want := range map[string]bool{
		"印发之日":   true,
		"某市印發通知": true,
		"发布":     true,
		"某市印刷":   false,
		"":       false,
	} {
		assert.Equal(t, want, w.EndMayBeIn(s), s)
	}
}

func TestStartsOf(t *testing.T) {
	set := StartsOf([]string{"牵头", "配合", "落实", "ab"})
	tests := []struct {
		r    rune
		want bool
	}{
		{'牵', true},
		{'牽', true}, // folds to 牵
		{'配', true},
		{'落', true},
		{'头', false}, // second runes start nothing
		{'市', false},
		{'a', true},
		{'b', false},
		{'（', false},
		{0x20000, false},
	}
	for _, tt := range tests {
		t.Run(string(tt.r), func(t *testing.T) {
			assert.Equal(t, tt.want, set.Has(tt.r))
		})
	}
}

// TestHasAnyReadsEveryRune compares HasAny, which skips three-byte runes
// outside the set, with decoding every rune of the text, on every string
// of up to four pieces: the set's runes and a traditional form of one,
// other Han, cut encodings, invalid bytes, the overlong and surrogate
// three-byte forms, ASCII and a four-byte rune; for sets with and without
// an ASCII rune (which turns the skip off).
func TestHasAnyReadsEveryRune(t *testing.T) {
	pieces := []string{"发", "發", "甲", "\xe5\x8f", "\xe5", "\xff", "\xe0\x80\x80", "\xed\xa0\x80", "a", "𠀀", "ࠀ"}
	for _, words := range [][]string{{"发展", "𠀀字"}, {"发展", "a"}, {"ࠀ"}} {
		set := StartsOf(words)
		strgen.Walk(pieces, 4, func(s string) {
			want := false
			for i, n := 0, 0; i < len(s); i += n {
				var r rune
				r, n = script.DecodeRune(s[i:])
				want = want || set.Has(r)
			}
			if got := set.HasAny(s); got != want {
				t.Fatalf("%q HasAny(%q) = %v, want %v", words, s, got, want)
			}
		})
	}
}
