package segment

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/units.txt
var unitsData string

// unitTable is the parsed alias table: normalised alias → canonical name,
// prefix patterns (人民银行* → 人民银行), and the collective unit names.
type unitTable struct {
	alias   map[string]string
	prefix  [][2]string // pattern prefix, canonical
	generic map[string]bool
}

var (
	unitsOnce sync.Once
	units     *unitTable
)

func loadUnits() *unitTable {
	unitsOnce.Do(func() {
		t := &unitTable{alias: map[string]string{}, generic: map[string]bool{}}
		for line := range strings.Lines(unitsData) {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			head, rest, _ := strings.Cut(line, ":")
			head = strings.TrimSpace(head)
			names := strings.Fields(rest)
			if head == "generic" {
				for _, n := range names {
					t.generic[normUnit(n)] = true
				}
				continue
			}
			t.alias[normUnit(head)] = head
			for _, n := range names {
				if p, ok := strings.CutSuffix(n, "*"); ok {
					t.prefix = append(t.prefix, [2]string{normUnit(p), head})
					continue
				}
				t.alias[normUnit(n)] = head
			}
		}
		units = t
	})
	return units
}

// normUnit puts a unit name in the form the alias table is keyed by:
// simplified script, no spaces, ASCII brackets turned full-width.
func normUnit(s string) string {
	s = ToSimplified(stripGlosses(strings.TrimSpace(s)))
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return -1
		case r == '(':
			return '（'
		case r == ')':
			return '）'
		}
		return r
	}, s)
}

// Canonical returns the canonical name of a responsible unit from the
// embedded alias table (市人社局, 人社局, 人力资源社会保障局 →
// 人力资源和社会保障局; 衛計委 → 卫生和计划生育委员会; 財政局 → 财政局), or
// "" when the table does not know it. The canonical name is in simplified
// script and without the level prefix (市, 区, 县, a city's name), since a
// plan's units all belong to its own level. Collective units (IsGeneric)
// have no canonical name. It loads no dictionary.
func Canonical(name string) string {
	c, _ := UnitName(name)
	return c
}

// UnitName returns Canonical(name) and IsGeneric(name), the name
// normalised once for both.
func UnitName(name string) (canonical string, generic bool) {
	t := loadUnits()
	n := normUnit(name)
	if t.isGeneric(n) {
		return "", true
	}
	return t.canonical(n), false
}

// canonical is Canonical of the normalised name n, which is not generic.
func (t *unitTable) canonical(n string) string {
	if n == "" {
		return ""
	}
	if c, ok := t.alias[n]; ok {
		return c
	}
	// 社会事业局（民政局）: the unit before its parenthesis.
	if i := strings.Index(n, "（"); i > 0 {
		return Canonical(n[:i])
	}
	for _, p := range t.prefix {
		if strings.HasPrefix(n, p[0]) {
			return p[1]
		}
	}
	// Drop a level or place prefix: 市政府国资委, 苏州市财政局, 苏州地税局.
	// (Unit names are short; a long string is not one.)
	if len(n) > maxUnitBytes {
		return ""
	}
	for i := range n {
		if i == 0 {
			continue
		}
		if c, ok := t.alias[n[i:]]; ok && isPlacePrefix(n[:i]) {
			return c
		}
	}
	return ""
}

// maxUnitBytes bounds the names Canonical searches for a known suffix
// (40 characters).
const maxUnitBytes = 120

// isPlacePrefix reports whether p, cut from the front of a unit name, is a
// level or place qualifier: 市, 区, 市政府, 市委, 省, 苏州市, 苏州 (at most
// four characters ending in a level word, or a bare two-character place).
func isPlacePrefix(p string) bool {
	switch p {
	case "市", "区", "县", "省", "镇", "市级", "区级", "县级", "市政府", "区政府", "县政府", "市委", "区委", "县委", "园区":
		return true
	}
	n := utf8.RuneCountInString(p)
	last, _ := utf8.DecodeLastRuneInString(p)
	for _, r := range p {
		if !isHan(r) {
			return false
		}
	}
	if n <= 5 && strings.ContainsRune("市区县省州", last) {
		return true
	}
	if strings.HasSuffix(p, "市政府") || strings.HasSuffix(p, "区政府") || strings.HasSuffix(p, "县政府") {
		return n <= 6
	}
	return n == 2 // 苏州地税局, 苏州银监分局
}

// IsGeneric reports whether name is a collective unit rather than a
// particular one: 各有关部门, 各板块各部门, 市各有关部门, 各地各部门,
// 有关部门, 市级各部门, 各市（区）, 区直各部门, 州直相关单位 — a name with 各,
// one ending in 有关部门 or 相关单位 and the like, or one the alias table
// lists as collective. It loads no dictionary.
func IsGeneric(name string) bool {
	return loadUnits().isGeneric(normUnit(name))
}

func (t *unitTable) isGeneric(n string) bool {
	if n == "" {
		return false
	}
	if t.generic[n] || strings.Contains(n, "各") {
		return true // 各有关部门, 区直各部门, 国务院各部门
	}
	for _, g := range []string{"有关部门", "相关部门", "有关单位", "相关单位", "有关方面"} {
		if strings.HasSuffix(n, g) {
			return true // 州直相关单位, 区政府有关部门, 区司法局等有关部门
		}
	}
	for _, p := range []string{"市", "区", "县", "市级", "区级", "县级", "市政府", "区政府"} {
		if rest, ok := strings.CutPrefix(n, p); ok && (strings.HasPrefix(rest, "各") || t.generic[rest]) {
			return true
		}
	}
	return false
}
