package parse

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

func TestReadCitations(t *testing.T) {
	type cite struct{ title, number, text string }
	tests := []struct {
		name string
		in   string
		want []cite
	}{
		{"title and number", "认真落实《县政府关于做好信息公开的通知》（某政发〔2019〕8号），切实",
			[]cite{{"县政府关于做好信息公开的通知", "某政发〔2019〕8号", "《县政府关于做好信息公开的通知》（某政发〔2019〕8号）"}}},
		{"half-width bracket and square year", "按照《实施办法》(某办发[2018]12号)执行",
			[]cite{{"实施办法", "某办发〔2018〕12号", "《实施办法》(某办发[2018]12号)"}}},
		{"no number", "贯彻《政府信息公开条例》，做好", []cite{{"政府信息公开条例", "", "《政府信息公开条例》"}}},
		{"a bracket that is no number", "依据《某条例》（2019年修订）", []cite{{"某条例", "", "《某条例》"}}},
		{"nested title", "《〈关于推进公开的意见〉实施细则》的精神", []cite{{"〈关于推进公开的意见〉实施细则", "", "《〈关于推进公开的意见〉实施细则》"}}},
		{"title broken over lines", "深入贯彻《关于全面推进\n\n公开工作的意见》", []cite{{"关于全面推进公开工作的意见", "", "《关于全面推进\n\n公开工作的意见》"}}},
		{"short name", "《中华人民共和国某条例》（以下简称《条例》）。《条例》规定",
			[]cite{{"中华人民共和国某条例", "", "《中华人民共和国某条例》"}}},
		{"short name, traditional", "《中華人民共和國某條例》（以下簡稱《條例》）。《條例》規定",
			[]cite{{"中華人民共和國某條例", "", "《中華人民共和國某條例》"}}},
		{"cited twice, numbered second", "《某通知》要求。按照《某通知》（某发〔2020〕3号）",
			[]cite{{"某通知", "某发〔2020〕3号", "《某通知》（某发〔2020〕3号）"}}},
		{"own plan", "现将《某县2020年工作要点》印发给你们", nil},
		{"own number", "《本通知》（某发〔2021〕1号）", nil},
		{"stray bracket", "《未闭合的书名号。下一句》", nil},
		{"on later lines", "第一行\n\n按照《甲办法》执行\r\n并依据\n《乙条例》（某发〔2018〕2号）\n《甲办法》",
			[]cite{{"甲办法", "", "《甲办法》"}, {"乙条例", "某发〔2018〕2号", "《乙条例》（某发〔2018〕2号）"}}},
	}
	own := []string{"某县2020年工作要点"}
	number := &model.Field{Value: "某发〔2021〕1号"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readCitations(tt.in, 0, own, number)
			require.Len(t, got, len(tt.want), "%+v", got)
			for i, w := range tt.want {
				assert.Equal(t, w.title, got[i].Title)
				assert.Equal(t, w.number, got[i].DocNumber)
				assert.Equal(t, w.text, tt.in[got[i].Span.Start:got[i].Span.End])
				assert.Equal(t, source.New(tt.in).LineOf(got[i].Span.Start), got[i].Span.Line, "line of %q", w.title)
			}
		})
	}
}

func TestQuotedTitles(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"关于印发《某市2024年政务公开工作要点》的通知", []string{"某市2024年政务公开工作要点"}},
		{"关于转发《甲方案》和〈乙实施细则〉的通知", []string{"乙实施细则"}}, // 甲方案: three runes, too short
		{"关于印发《某县工作方案〉的通知", []string{"某县工作方案"}},     // mixed pair
		{"关于《《某区工作要点》的通知", []string{"某区工作要点"}},      // opened again: starts over
		{"《" + strings.Repeat("长", 81) + "》", nil},
		{"《" + strings.Repeat("长", 80) + "》", []string{strings.Repeat("长", 80)}},
		{"某市工作要点》的通知", nil},
		{"", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, quotedTitles(tt.in), tt.in)
	}
}

// TestQuotedTitlesMatchesPattern compares the scanner with the pattern it
// replaced on random mixtures of brackets and text.
func TestQuotedTitlesMatchesPattern(t *testing.T) {
	pattern := regexp.MustCompile(`[《〈]([^《》〈〉]{4,80})[》〉]`)
	pieces := []string{"《", "》", "〈", "〉", "甲", "乙丙丁", "a", "\xff", strings.Repeat("长", 40), "、", "ぁ", "\xe3\x80", "\u3000"}
	for _, s := range mixtures(5, 3000, 12, pieces) {
		var want []string
		for _, m := range pattern.FindAllStringSubmatch(s, -1) {
			want = append(want, m[1])
		}
		assert.Equal(t, want, quotedTitles(s), "%q", s)
	}
}

func TestIsShortName(t *testing.T) {
	tests := []struct {
		before string
		want   bool
	}{
		{"根据《某市条例》（以下简称", true},
		{"某市人民政府办公室发布的文件（以下稱", true},
		{"（下称“", false},
		{"根据 ", false},
		{"某省关于推进政务公开的实施意见简称 “", true}, // a quote and a space before the 《
		{"", false},
		{"以下简稱", true}, // the last rune traditional
		{"以下簡稱", true},
		{"简称了", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isShortName(tt.before), tt.before)
	}
}

func TestCloseTitle(t *testing.T) {
	tests := []struct {
		in     string
		end    int // -1: not closed
		spaced bool
	}{
		{"《条例》后文", len("《条例》"), false},
		{"《某 条例》", len("《某 条例》"), true},
		{"《关于\n推进》", len("《关于\n推进》"), true},
		{"《《甲》乙》丙", len("《《甲》乙》"), false},
		{"《未闭合。》", -1, false},
		{"《" + strings.Repeat("长", maxCitedTitle+1) + "》", -1, false},
	}
	for _, tt := range tests {
		end, spaced := closeTitle(tt.in, 0)
		assert.Equal(t, tt.end, end, tt.in)
		assert.Equal(t, tt.spaced, spaced, tt.in)
	}
}

// closeTitleRunes is closeTitle as it was written first, decoding every
// rune: the definition the byte reading keeps.
func closeTitleRunes(text string, open int) (end int, spaced bool) {
	depth, n := 0, 0
	for j := open; j < len(text) && n <= maxCitedTitle; n++ {
		r, w := utf8.DecodeRuneInString(text[j:])
		switch r {
		case '《':
			depth++
		case '》':
			depth--
			if depth == 0 {
				return j + w, spaced
			}
		case '。':
			return -1, false
		default:
			spaced = spaced || source.IsSpace(r)
		}
		j += w
	}
	return -1, false
}

// TestCloseTitleMatchesRunes compares closeTitle with closeTitleRunes on
// random mixtures of the marks, spaces of every width, Han text and
// broken UTF-8, long enough to reach the bound.
func TestCloseTitleMatchesRunes(t *testing.T) {
	pieces := []string{"《", "》", "。", "、", "〈", "\u3000", " ", "\u00a0", "\u200b", "\ufeff", "甲", "乙丙", "ぁ", "㐀",
		"\xe3\x80", "\xe4\xb8", "\xff", "\xe3\x80\x8a", strings.Repeat("长", 50), "a"}
	for _, s := range mixtures(7, 5000, 14, pieces) {
		s = "《" + s
		end, spaced := closeTitle(s, 0)
		wantEnd, wantSpaced := closeTitleRunes(s, 0)
		require.Equal(t, wantEnd, end, "%q", s)
		require.Equal(t, wantSpaced, spaced, "%q", s)
	}
}

// indexOpen finds what strings.Index finds, in texts of every mark and
// byte it looks at.
func TestIndexOpen(t *testing.T) {
	pieces := []string{"《", "》", "、", "。", "甲", "\x8a", "\xe3\x80", "\x80\x8a", "a", "ꀊ"}
	for _, s := range mixtures(9, 3000, 10, pieces) {
		require.Equal(t, strings.Index(s, "《"), indexOpen(s), "%q", s)
	}
}

func TestTitleIndex(t *testing.T) {
	var x titleIndex
	var titles []string
	for k := range 40 { // past the list, into the map
		titles = append(titles, fmt.Sprintf("第%d号文件", k))
	}
	for k, title := range titles {
		_, ok := x.find(title)
		assert.False(t, ok, title)
		x.add(title)
		for j, seen := range titles[:k+1] {
			got, ok := x.find(seen)
			assert.True(t, ok, seen)
			assert.Equal(t, j, got, seen)
		}
	}
}

// A text citing more documents than titleIndex lists: each is listed
// once, and a later mention with a number gives the first its number.
func TestReadCitationsMany(t *testing.T) {
	var b strings.Builder
	for k := range 30 {
		fmt.Fprintf(&b, "依据《第%d号办法》执行。", k)
	}
	b.WriteString("按照《第3号办法》（某发〔2020〕3号）和《第25号办法》（某发〔2021〕25号）")
	got := readCitations(b.String(), 0, nil, nil)
	require.Len(t, got, 30)
	for k, c := range got {
		assert.Equal(t, fmt.Sprintf("第%d号办法", k), c.Title)
	}
	assert.Equal(t, "某发〔2020〕3号", got[3].DocNumber)
	assert.Equal(t, "某发〔2021〕25号", got[25].DocNumber)
	assert.Empty(t, got[4].DocNumber)
}
