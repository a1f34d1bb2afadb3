package org

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
)

// The functions below are the lexicon as it stood before its fast paths
// (cheap space test, inline decoding, no second trim): the reference
// that TestSameAnswers holds the current code to.

func refClassify(s string) Kind {
	s = strings.TrimSpace(s)
	n := utf8.RuneCountInString(s)
	if n < 2 || !refHasHan(s) {
		return Fragment
	}
	if refEnding(s) != "" {
		if refIsDate(s) {
			return Date
		}
		return Organisation
	}
	if refIsDate(s) {
		return Date
	}
	if n == 2 {
		if isEachPlace(s) {
			return Organisation
		}
		return Fragment
	}
	simple := segment.ToSimplified(s)
	for _, w := range noteWords {
		if strings.Contains(simple, w) {
			return Note
		}
	}
	if n > maxDoubtful {
		return Prose
	}
	if IsGeneric(s) || isEachPlace(StripTrailingBracket(s)) {
		return Organisation
	}
	return Doubtful
}

func refIsDate(s string) bool {
	prev := rune(-1)
	for _, r := range s {
		if (r == '年' || r == '月' || r == '日' || r == '季') && isDigit(prev) {
			return true
		}
		prev = r
	}
	return false
}

func refHasHan(s string) bool {
	for _, r := range s {
		if source.IsHan(r) {
			return true
		}
	}
	return false
}

var refEndingsByLast = source.ByLastRune(endings, func(e string) string { return e })

func refEnding(s string) string {
	s = strings.TrimSuffix(refStripTrailingBracket(strings.TrimSpace(s)), "等")
	if _, n := utf8.DecodeRuneInString(s); n == len(s) {
		return ""
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if refEndingsByLast[segment.SimplifiedRune(last)] == nil {
		return ""
	}
	s = segment.ToSimplified(s)
	for _, c := range classNouns {
		if s == c {
			return ""
		}
	}
	last, _ = utf8.DecodeLastRuneInString(s)
	for _, e := range refEndingsByLast[last] {
		if strings.HasSuffix(s, e) {
			return e
		}
	}
	return ""
}

func refStripTrailingBracket(s string) string {
	r, n := utf8.DecodeLastRuneInString(s)
	if !IsCloseBracket(r) {
		return s
	}
	depth := 0
	for i := len(s) - n; i > 0; {
		r, m := utf8.DecodeLastRuneInString(s[:i])
		i -= m
		switch {
		case IsCloseBracket(r):
			depth++
		case IsOpenBracket(r):
			if depth == 0 {
				return strings.TrimSpace(s[:i])
			}
			depth--
		}
	}
	return s
}

// candidatePieces are the parts generated candidates are made of: level
// prefixes, name stems, endings and class nouns in both scripts, dates,
// note words, brackets, spaces of every kind the trims know, digits,
// Latin letters, punctuation and broken UTF-8.
var candidatePieces = []string{
	"市", "区", "县", "各", "縣", "州", "省", "市直", "区级", "有关", "相关", "國務院",
	"发展改革", "發展改革", "财政", "財政", "教育", "人民", "卫生健康", "衛生", "公安", "司法", "农业", "金融",
	"局", "委", "办", "辦", "厅", "廳", "部", "院", "会", "會", "中心", "组", "組", "村", "社", "旗",
	"人民政府", "政府", "管委会", "管委會", "部门", "部門", "单位", "單位", "银行", "銀行", "分行", "农发行", "中央",
	"2024", "年", "6", "月", "日", "季", "三", "十", "二", "０", "９", "季度", "年底", "月底", "底", "前",
	"年内", "持续", "持續", "推进", "推進", "开展", "開展", "长期", "長期", "下同", "同上", "以来", "及时",
	"牵头", "负责", "配合", "等", "（", "）", "(", ")", "〔", "〕", "【", "】", "“", "”",
	" ", "\t", "\n", "\u3000", "\u00a0", "\u0085", "\u2003", "\u202f", "\ufeff", "\u200b",
	"、", "，", "。", "；", "A", "ABC", "x", "\xe4\xb8", "\xff", "\xe4", "\xc2", "覆", "答覆", "發", "乾", "干",
}

// TestSameAnswers compares every exported answer of the lexicon with the
// reference implementation on generated candidates: any answer that
// moved fails the test.
func TestSameAnswers(t *testing.T) {
	rng := rand.New(rand.NewSource(14))
	var b strings.Builder
	check := func(s string) {
		if !assert.Equal(t, refClassify(s), Classify(s), "Classify(%q)", s) ||
			!assert.Equal(t, refEnding(s), Ending(s), "Ending(%q)", s) ||
			!assert.Equal(t, refIsDate(s), IsDate(s), "IsDate(%q)", s) ||
			!assert.Equal(t, refStripTrailingBracket(s), StripTrailingBracket(s), "StripTrailingBracket(%q)", s) {
			t.FailNow()
		}
		assert.Equal(t, refClassify(s) == Organisation || refClassify(s) == Doubtful, IsUnit(s), "IsUnit(%q)", s)
		assert.Equal(t, refEnding(s) != "", HasEnding(s), "HasEnding(%q)", s)
	}
	for _, s := range benchCandidates {
		check(s)
	}
	for _, p := range candidatePieces {
		check(p)
	}
	for i := 0; i < 60000; i++ {
		b.Reset()
		for k := rng.Intn(9); k >= 0; k-- {
			b.WriteString(candidatePieces[rng.Intn(len(candidatePieces))])
		}
		check(b.String())
	}
}
