package pdftext

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// radicalSupplement maps CJK Radicals Supplement characters that some
// ToUnicode maps emit for whole characters to the unified ideograph they
// stand for (after Unicode's EquivalentUnifiedIdeograph.txt). Component
// forms with no standalone character are left alone.
var radicalSupplement = map[rune]rune{
	0x2E81: 0x5382, 0x2E87: 0x51E0, 0x2E8C: 0x5C0F, 0x2E8E: 0x5140, 0x2E97: 0x5FC3,
	0x2E9D: 0x6708, 0x2E9F: 0x6BCD, 0x2EA0: 0x6C11, 0x2EA7: 0x725B, 0x2EA9: 0x738B,
	0x2EAB: 0x76EE, 0x2EAC: 0x793A, 0x2EAE: 0x7AF9, 0x2EAF: 0x7CF8, 0x2EB3: 0x7F51,
	0x2EB6: 0x7F8A, 0x2EBC: 0x8089, 0x2EC1: 0x864E, 0x2EC4: 0x897F, 0x2EC5: 0x89C1,
	0x2EC6: 0x89D2, 0x2EC9: 0x8D1D, 0x2ECB: 0x8F66, 0x2ED1: 0x9577, 0x2ED3: 0x957F,
	0x2ED4: 0x95E8, 0x2ED7: 0x96E8, 0x2ED8: 0x9752, 0x2ED9: 0x97E6, 0x2EDA: 0x9875,
	0x2EDB: 0x98CE, 0x2EDC: 0x98DE, 0x2EDD: 0x98DF, 0x2EE2: 0x9A6C, 0x2EE3: 0x9AA8,
	0x2EE4: 0x9B3C, 0x2EE5: 0x9C7C, 0x2EE6: 0x9E1F, 0x2EE7: 0x5364, 0x2EE8: 0x9EA6,
	0x2EE9: 0x9EC4, 0x2EEA: 0x9EFE, 0x2EEB: 0x6589, 0x2EEC: 0x9F50, 0x2EED: 0x6B6F,
	0x2EEE: 0x9F7F, 0x2EEF: 0x9F99, 0x2EF0: 0x7ADC, 0x2EF2: 0x4E80, 0x2EF3: 0x9F9F,
}

// needsNormal reports runes in the ranges normalise rewrites.
func needsNormal(r rune) bool {
	return r >= 0x2E80 && r <= 0x2FDF || r >= 0xF900 && r <= 0xFAFF
}

// normalise maps Kangxi radicals (U+2F00–2FDF) and CJK compatibility
// ideographs (U+F900–FAFF) to unified ideographs by NFKC, and radical
// supplements through radicalSupplement. Only those ranges are touched:
// NFKC on everything would turn full-width ，（）： into ASCII.
func normalise(s string) string {
	if strings.IndexFunc(s, needsNormal) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 0x2E80 && r <= 0x2EFF:
			if u, ok := radicalSupplement[r]; ok {
				r = u
			}
			b.WriteRune(r)
		case needsNormal(r):
			b.WriteString(norm.NFKC.String(string(r)))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isCJK reports Han ideographs, CJK punctuation and full-width forms.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF
}

// minGarbleSample is the fewest runes on which the CJK share is judged.
const minGarbleSample = 20

// garbled reports a text layer that does not read as Chinese: fewer than
// 30 % CJK runes among the non-space ones (digits and number punctuation
// not counted), or more than 5 % replacement and control characters.
func garbled(s string) bool {
	total, cjk, bad := 0, 0, 0
	for _, r := range s {
		if unicode.IsSpace(r) || r >= '0' && r <= '9' || strings.ContainsRune(".,%-+/:()", r) {
			continue // numbers say nothing about the script (statistics tables)
		}
		total++
		switch {
		case isCJK(r):
			cjk++
		case r == 0xFFFD || unicode.IsControl(r) || r >= 0xE000 && r <= 0xF8FF:
			bad++
		}
	}
	if total == 0 {
		return false
	}
	if float64(bad) > 0.05*float64(total) {
		return true
	}
	return total >= minGarbleSample && float64(cjk) < 0.3*float64(total)
}

// scanned reports a page without text whose images cover at least half
// of it.
func scanned(pd *pageData) bool {
	for _, g := range pd.glyphs {
		if strings.TrimSpace(g.s) != "" {
			return false
		}
	}
	page := pd.box.area()
	if page <= 0 {
		return false
	}
	covered := 0.0
	for _, im := range pd.images {
		covered += im.intersect(pd.box).area()
	}
	return covered >= 0.5*page
}
