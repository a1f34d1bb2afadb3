package org

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/segment"
	"github.com/zwgk/gongwen/segment/script"
)

// endings close the names of government bodies and other organisations,
// in simplified script. Longer endings that share a last character with a
// shorter one (人民政府, 管委会) are listed so that Ending can name them.
// 行 alone is no ending (运行, 执行, 推行 close tasks): banks are named by
// 银行/分行/支行 or by their short forms (人行, 农行, 农发行).
var endings = sortLongestFirst([]string{
	"局", "委", "办", "厅", "部", "院", "会", "室", "处", "科", "股", "中心", "所", "站", "队",
	"公司", "集团", "政府", "人民政府", "街道", "镇", "乡", "区", "县", "市", "部门", "单位",
	"机构", "组", "社", "馆", "台", "署", "司", "团", "联", "校", "专班", "办事处",
	"园", "行政村", "各村", "监狱", "法院", "检察院", "银行", "总行", "分行", "支行", "分局", "总队", "支队", "大队", "管委会", "工委", "机关", "总支",
	"各地", "企业", "协会", "商会", "公安", "海关", "税务", "人行", "央行", "农行", "工行", "建行", "中行", "交行", "农发行", "国开行", "报", "电视台", "中央",
})

// sortLongestFirst orders endings so that the longest match is found first.
func sortLongestFirst(ws []string) []string {
	sort.SliceStable(ws, func(i, j int) bool {
		return utf8.RuneCountInString(ws[i]) > utf8.RuneCountInString(ws[j])
	})
	return ws
}

// notBodies are words that end like a body but name a thing: 网站 ends
// in 站 (关停不合格网站 is a task, not a unit), and 股 closes a county
// bureau's section (人事股) but also shares (推进员工持股, 国有控股).
var notBodies = []string{"网站", "持股", "控股", "参股", "入股", "折股", "配股", "募股", "新股", "送股", "炒股"}

// classNouns are endings that alone name a class of bodies, not a body:
// 有关部门和单位 ends in 单位 but 单位 is no unit of its own, and 中央 alone
// names the central level (中央和国家机关工委, 中央和地方) where 共青团中央
// names a body.
var classNouns = []string{"部门", "单位", "机构", "机关", "企业", "政府", "公司", "集团", "中心", "协会", "商会", "组织", "中央"}

// longestClassNoun is the length in bytes of the longest of classNouns.
var longestClassNoun = func() int {
	n := 0
	for _, c := range classNouns {
		n = max(n, len(c))
	}
	return n
}()

// endingsByLast indexes the endings by their last rune, longest first
// within each rune, so that Ending compares a name with the few endings
// that can close it.
var endingsByLast = byLastRune(endings)

// Ending returns the organisation ending of s in simplified script (局,
// 人民政府, 管委会 …), or "" when s has none. A trailing bracketed part
// (各街道（功能区）, 區(qū)) and a final 等 are set aside first; s must hold
// at least two characters and be more than a class noun (单位, 部门).
func Ending(s string) string { return ending(trimSpace(s)) }

// ending is Ending of a string without white space at its edges.
func ending(s string) string {
	s = strings.TrimSuffix(StripTrailingBracket(s), "等")
	if _, n := script.DecodeRune(s); n == len(s) {
		return "" // fewer than two characters
	}
	if endingsByLast.get(segment.SimplifiedRune(lastRune(s))) == nil {
		return ""
	}
	s = segment.ToSimplified(s)
	if len(s) <= longestClassNoun { // a longer name is none of them
		for _, c := range classNouns {
			if s == c {
				return ""
			}
		}
	}
	for _, w := range notBodies {
		if strings.HasSuffix(s, w) {
			return ""
		}
	}
	for _, e := range endingsByLast.get(lastRune(s)) {
		if strings.HasSuffix(s, e) {
			return e
		}
	}
	return ""
}

// EndsName reports whether r, as written in either script, is the last
// rune of an organisation ending: a string in which no rune is one holds
// no name that Ending accepts, however it is cut.
func EndsName(r rune) bool { return endingsByLast.get(segment.SimplifiedRune(r)) != nil }

// HasEnding reports whether s ends like the name of an organisation
// (市发改委, 區政府, 各街道(功能区)).
func HasEnding(s string) bool { return Ending(s) != "" }

// IsGeneric reports whether s names a collective rather than one body:
// 各有关部门, 区直各部门, 市级各单位, 州直相关单位.
func IsGeneric(s string) bool { return segment.IsGeneric(s) }

// StripTrailingBracket removes a final bracketed part and the space before
// it: 各街道（功能区） → 各街道. Brackets of any width pair up, as pages mix
// them freely. s comes back unchanged when it does not end in a bracket or
// the bracket is not opened.
func StripTrailingBracket(s string) string {
	if !IsCloseBracket(lastRune(s)) {
		return s
	}
	_, n := script.DecodeLastRune(s)
	depth := 0
	for i := len(s) - n; i > 0; {
		r, m := script.DecodeLastRune(s[:i])
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

// IsOpenBracket reports an opening bracket or quotation mark that can
// enclose part of a unit name or a note after it.
func IsOpenBracket(r rune) bool {
	return r == '（' || r == '(' || r == '〔' || r == '[' || r == '［' || r == '【' || r == '﹙' || r == '《' || r == '“'
}

// IsCloseBracket is IsOpenBracket's counterpart.
func IsCloseBracket(r rune) bool {
	return r == '）' || r == ')' || r == '〕' || r == ']' || r == '］' || r == '】' || r == '﹚' || r == '》' || r == '”'
}

// PlaceRanks are the administrative levels (省, 市, 县 …) a unit's name
// opens with and a collective lists one by one (各县（市、区）).
const PlaceRanks = "省市县区乡镇旗州盟"

// RunsOn reports that next finishes a unit name prev was cut in by a
// converter that wrapped a table cell (县自然资 / 源局, 各乡镇人 / 民政府):
// prev has no organisation ending, and next does not open with a place
// rank or 各 as a name of its own would.
func RunsOn(prev, next string) bool {
	if HasEnding(prev) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return !strings.ContainsRune(PlaceRanks+"各", r)
}
