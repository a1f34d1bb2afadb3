package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/role"
	"github.com/zwgk/gongwen/segment/script"
)

// copulaLen returns the length of the copula rest opens with when it
// stands for a unit label's colon (责任单位为县财政局、县审计局, 牵头单位是
// 县发改委, 配合单位为：各乡镇): 为 or 是 (為 in traditional script),
// then an optional colon and spaces, then a list whose first name is an
// organisation's and names no role (role.HoldsLabelHead). Anything else
// after the copula (牵头单位为第一责任人, 责任单位是落实主体, 牵头单位为第一
// 责任单位) is prose, and 0 is returned.
func copulaLen(rest string) int {
	_, n := script.DecodeRune(rest)
	if !role.IsCopula(rest[:n]) {
		return 0
	}
	value := strings.TrimLeft(rest[n:], " \u3000")
	if r, w := script.DecodeRune(value); r == '：' || r == ':' {
		value = strings.TrimLeft(value[w:], " \u3000")
	}
	if name := firstListName(value); org.Classify(name) != org.Organisation || role.HoldsLabelHead(fold(name)) {
		return 0 // 牵头单位为第一责任单位: a role, not a unit
	}
	return len(rest) - len(value)
}

// firstListName returns the first name of the unit list s opens with: up
// to the first separator or space outside brackets (各县（市、区）人民政府
// is one name).
func firstListName(s string) string {
	depth := 0
	for i, r := range s {
		switch {
		case isOpenBracket(r):
			depth++
		case isCloseBracket(r):
			if depth == 0 {
				return s[:i] // the bracket the list stands in closes
			}
			depth--
		case depth == 0 && (r == '、' || r == '，' || r == ',' || r == '；' || r == ';' || r == '。' || r == ' ' || r == '\u3000' || r == '\t' || r == '\n'):
			return s[:i]
		}
		if i > maxCopulaName {
			break
		}
	}
	if len(s) > maxCopulaName {
		k := maxCopulaName
		for !utf8.RuneStart(s[k]) {
			k--
		}
		return s[:k] // too long for a name: Classify reads it as prose
	}
	return s
}

// maxCopulaName bounds the bytes firstListName reads: a unit name is
// shorter than 40 Han characters.
const maxCopulaName = 40 * 3
