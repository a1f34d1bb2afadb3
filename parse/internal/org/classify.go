package org

import (
	"strings"
	"unicode/utf8"

	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
	"github.com/zwgk/gongwen/segment/script"
)

// Kind is what a short string standing in a unit list turns out to be.
type Kind int

const (
	// Organisation: the string ends like an organisation's name
	// (市发改委, 各街道（功能区）) or names a collective (各有关部门).
	Organisation Kind = iota
	// Doubtful: a short Han name without an organisation ending and with
	// no mark of a note (区人才工作领导小组办公, 市融媒体): readers keep it
	// as a unit, checks may flag it.
	Doubtful
	// Date: a deadline such as 6月底前 or 2019年底 — a digit before 年, 月,
	// 日 or 季 — even one that ends like an organisation (3月底前各区).
	Date
	// Note: a remark such as 年内持续推进, 长期坚持, 下同.
	Note
	// Fragment: one character, no Han at all, or two characters without
	// an organisation ending (区政, a name cut by the end of an excerpt).
	Fragment
	// Prose: a long text without an organisation ending — a sentence.
	Prose
	// Person: a leader named by post, with or without a name (副市长,
	// 常务副市长王立新, 王立新副市长).
	Person
)

var kindNames = [...]string{"organisation", "doubtful", "date", "note", "fragment", "prose", "person"}

// String names the kind in lower case.
func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return "unknown"
	}
	return kindNames[k]
}

// maxDoubtful is the longest name, in characters, still taken for a unit
// without an organisation ending; anything longer is prose.
const maxDoubtful = 16

// noteWords mark a remark or a deadline inside a unit clause (simplified).
var noteWords = []string{"年底", "月底", "年内", "季度", "持续", "长期", "完成", "下同", "同上", "前", "以来", "推进", "开展", "常态", "每年", "每月", "及时", "按时", "底"}

// notesByFirst indexes noteWords by their first rune.
var notesByFirst = byFirstRune(noteWords)

// hasNoteWord reports whether simple (in simplified script) holds one of
// noteWords. It is read once, and the words are compared only where one
// of their first runes stands.
func hasNoteWord(simple string) bool {
	for i := 0; i < len(simple); {
		r, n := script.Decode3(simple[i:])
		if n == 0 {
			r, n = script.DecodeRune(simple[i:])
		}
		for _, w := range notesByFirst.get(r) {
			if strings.HasPrefix(simple[i:], w) {
				return true
			}
		}
		i += n
	}
	return false
}

// Classify tells what s is when it stands in a list of units.
func Classify(s string) Kind {
	s = trimSpace(s)
	if _, w := script.DecodeRune(s); w == len(s) || !hasHan(s) {
		return Fragment // fewer than two characters, or no Han
	}
	if ending(s) != "" {
		// 6月底前完成 has no ending, but 2019年底 and 三季度 sit next to
		// digits: digits before 年/月 mark a date even with an ending.
		if IsDate(s) {
			return Date
		}
		return Organisation
	}
	if IsDate(s) {
		return Date
	}
	if len(s) <= 2*utf8.UTFMax && utf8.RuneCountInString(s) == 2 {
		if isEachPlace(s) {
			return Organisation // 各村, 各组: every village, every group
		}
		return Fragment // two characters and no ending: 区政, 金力
	}
	if hasNoteWord(segment.ToSimplified(s)) {
		return Note
	}
	if source.MoreRunes(s, maxDoubtful) {
		return Prose
	}
	if IsLeader(s) {
		return Person
	}
	if IsGeneric(s) || isEachPlace(StripTrailingBracket(s)) {
		return Organisation // a collective without an ending: 市直各有关, 相关村
	}
	return Doubtful
}

// IsUnit reports whether s is taken for a unit name: an Organisation or a
// Doubtful name.
func IsUnit(s string) bool {
	k := Classify(s)
	return k == Organisation || k == Doubtful
}

// IsDate reports whether s holds a date part: a digit (arabic, full-width
// or Chinese) directly before 年, 月, 日 or 季. s is read once, and a rune
// is asked whether it is a digit only before one of those four.
func IsDate(s string) bool {
	prev := rune(-1)
	for i := 0; i < len(s); {
		r, n := script.Decode3(s[i:])
		if n == 0 {
			r, n = script.DecodeRune(s[i:])
		}
		i += n
		if (r == '年' || r == '月' || r == '日' || r == '季') && isDigit(prev) {
			return true
		}
		prev = r
	}
	return false
}

// isDigit reports an arabic, full-width or Chinese digit.
func isDigit(r rune) bool {
	return ord.DigitValue(r) >= 0 || ord.IsCnDigit(r)
}

// hasHan reports whether s holds a Han character.
func hasHan(s string) bool {
	for i := 0; i < len(s); {
		r, n := script.Decode3(s[i:])
		if n == 0 {
			r, n = script.DecodeRune(s[i:])
		}
		if source.IsHan(r) {
			return true
		}
		i += n
	}
	return false
}

// eachPlaces are the one-character places and bodies that 各, 相关 or
// 有关 make a collective of without an organisation ending (各村, 各组,
// 各旗, 相关村, 有关社): a unit the corpus conventions list as any other.
const eachPlaces = "村组社旗盟州"

// collectiveWords make a collective of the place after them (eachPlaces),
// in either script.
var collectiveWords = []string{"各", "相关", "相關", "有关", "有關"}

// isEachPlace reports a collective of eachPlaces: 各村, 相关村, 有关组.
func isEachPlace(s string) bool {
	for _, w := range collectiveWords {
		if rest, ok := strings.CutPrefix(s, w); ok {
			r, n := script.DecodeRune(rest)
			return n == len(rest) && source.InSet(eachPlaces, r)
		}
	}
	return false
}
