package parse

import (
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// maxCopulaLabelRunes bounds the runes of the label after a copula: a
// generic label has at most eight (genericLabel).
const maxCopulaLabelRunes = 8

// copulaRole reads a part of a unit clause that names its units before a
// copula and the label of their role (市发改委为牵头单位, 县财政局是第一
// 责任单位, 市审计局作为配合单位): the label a list usually follows
// (牵头单位为市发改委), written after it, and read as it would be before
// it (第一责任单位, like 主要责任单位：, is responsible). It returns where
// the list ends (before the copula, and before the 作 of 作为) and the
// label's role; false when the part does not end so, or when what stands
// before the copula is a label itself (牵头单位为第一责任单位: a role said
// of a role).
func copulaRole(part string) (listEnd int, r model.Role, ok bool) {
	s := source.TrimRight(part, " \u3000。")
	from := len(s) // where the last maxCopulaLabelRunes+1 runes start
	for k := 0; k <= maxCopulaLabelRunes && from > 0; k++ {
		_, n := script.DecodeLastRune(s[:from])
		from -= n
	}
	// A copula is asked for literally first: most parts hold none, and
	// are not folded.
	w := s[from:]
	if !source.Contains(w, "为") && !source.Contains(w, "為") && !source.Contains(w, "是") {
		return 0, "", false
	}
	f := fold(w)
	for i, c := range f {
		if c != '为' && c != '是' { // role.IsCopula, folded
			continue
		}
		r, ok := unitLabelRole(f[i+len("为"):])
		if !ok {
			continue
		}
		end := from + i
		if strings.HasSuffix(fold(s[:end]), "作") {
			end -= len("作") // 作为
		}
		list := strings.TrimSpace(s[:end])
		if list == "" {
			return 0, "", false
		}
		if _, _, isLabel := matchLabel(list); isLabel {
			return 0, "", false
		}
		return end, r, true
	}
	return 0, "", false
}

// unitLabelRole gives the role of word, in simplified script, when it is
// the whole of a unit label: a listed one longer than two runes (牵头单位,
// 责任主体; 牵头 or 责任 alone after a copula is no label) or a generic one
// of Han runes (第一责任单位, 协同单位).
func unitLabelRole(word string) (model.Role, bool) {
	r0, _ := script.DecodeRune(word)
	for _, l := range labelsByRune[r0] {
		if l.kind == labelUnits && l.word == word && len(word) > 2*len("为") {
			return l.role, true
		}
	}
	n := 0
	for _, r := range word {
		if n++; n > maxCopulaLabelRunes || !source.IsHan(r) {
			return "", false
		}
	}
	return genericUnitRole(word)
}

// hasCopulaRole reports whether a comma or semicolon part of s ends in a
// copula and a unit label (copulaRole): a clause of units that names no
// role verb (市发改委为责任单位).
func hasCopulaRole(s source.Str) bool {
	for part := range splitTop(s, "，,；;") {
		if _, _, ok := copulaRole(part.S); ok {
			return true
		}
	}
	return false
}
