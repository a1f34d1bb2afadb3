package quality

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/strgen"
)

// TestMarksInRow tells a matrix row's marks from bullets and symbols
// inside prose.
func TestMarksInRow(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"修订公开目录 ● ○ ○ 2024年6月底前", true},
		{"建设文件库\u3000○\u3000★\u30002024年12月底前", true},
		{"完成培训 √ √ 全年", true},
		{"整治出入口环境 牵头 配合 配合 2011年7月底", true},
		{"整治出入口环境 指导 承办 2011年7月底", true}, // role words beyond a hand list of heads
		{"整治出入口環境 牽頭 協助 2011年7月底", true},
		{"牵头单位 配合单位 完成时限", false},
		{"由县住建局 牵头，县财政局 配合", false},
		{"●全面推进政务公开标准化建设。", false},
		{"● 全面推进政务公开标准化建设。\n● 深化政策解读。", false},
		{"评选“★级”服务窗口 ○ 号", false},
		{"完成培训两次以上。", false},
	} {
		assert.Equal(t, tc.want, marksInRow(tc.s), tc.s)
	}
}

// marksInRowByFields is marksInRow as strings.Fields reads a line: the
// reference the one-pass scan must agree with.
func marksInRowByFields(s string) bool {
	for line := range strings.SplitSeq(s, "\n") {
		n := 0
		for w := range strings.FieldsSeq(line) {
			if !rowMark(w) {
				n = 0
			} else if n++; n >= minMatrixMarks {
				return true
			}
		}
	}
	return false
}

// TestMarksInRowReadsFieldsByBytes: marksInRow, which decodes only the
// bytes that may open white space, finds the rows strings.Fields finds, on
// strings of marks, role words, white space of every kind, line breaks,
// the marks sharing white space's lead bytes (。“ — ●) and their bytes
// cut apart (broken UTF-8).
func TestMarksInRowReadsFieldsByBytes(t *testing.T) {
	pieces := []string{"●", "○", "牵头", "承办", "协助单位", "市局", " ", "\t", "\u3000", "\u00a0", "\u2003", "\u0085", "\n", "。", "“", "—", "\xe3\x80", "\xe2", "\x80"}
	strgen.Walk(pieces, 4, func(s string) {
		require.Equal(t, marksInRowByFields(s), marksInRow(s), "%q", s)
	})
}

// TestIndexSpace: indexSpace finds the white space strings.IndexFunc
// finds with unicode.IsSpace, for every rune alone and after the marks
// that share a lead byte with one, and spaceLeads holds the lead byte of
// every white space rune.
func TestIndexSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := "。“" + string(r) + "x"
		want, wantSize := strings.IndexFunc(s, unicode.IsSpace), utf8.RuneLen(r)
		if want < 0 {
			want, wantSize = len(s), 0
		}
		if i, size := indexSpace(s); i != want || size != wantSize {
			t.Fatalf("%U: indexSpace gives %d, %d; want %d, %d", r, i, size, want, wantSize)
		}
	}
}
