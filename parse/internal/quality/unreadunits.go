package quality

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/role"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
	"github.com/zwgk/gongwen/segment/script"
)

// penaltyUnreadUnit is the penalty of a unit clause naming a unit the
// item was not given: the item's units are wrong, and nothing else shows.
const penaltyUnreadUnit = 0.25

// minUnreadRunes is the shortest piece of a unit clause taken for a
// unit's name (县编办).
const minUnreadRunes = 3

// checkUnreadUnits reports the first item of a plan whose unit clause, as
// written, names a unit beyond those read from it: a piece of the clause
// no read unit covers that ends like an organisation's name once its role
// words are cut (县教育局牵头、县住房城乡建设局 read as 县教育局 alone — the
// brackets of （牵头） lost; 配合单位：县法制办■ 推进… — the next item run
// into the clause). The item is flagged (no_units: a unit is missing).
func checkUnreadUnits(a *assessor) {
	var name string
	el, ok := firstItem(a.plans(), func(it *model.Item) bool {
		if it.UnitsInherited || len(it.Units) == 0 {
			return false
		}
		name = unreadUnit(it.UnitsText, it.Units)
		return name != ""
	})
	if ok {
		a.element(model.ReasonNoUnits, el, "the unit clause names "+name+", which was not read as a unit")
		a.penalise(model.ReasonNoUnits, penaltyUnreadUnit)
	}
}

// unreadUnit returns the first name in clause that none of units covers,
// or "": the gaps between the read names' occurrences are cut into runs
// of Han characters, and each run, its role words and labels cut off
// (unitPiece), is asked whether it ends like an organisation.
func unreadUnit(clause string, units []model.Unit) string {
	clause = unitsPart(clause)
	wrapped := strings.IndexByte(clause, '\n') >= 0
	if wrapped {
		// A clause wrapped in its cell (…牵头，市 / 直各有关单位配合): the
		// names were read across the breaks, and may hold them.
		clause = unwrap(clause)
	}
	var buf [16][2]int // the read names' occurrences, [start, end)
	read := buf[:0]
	for _, u := range units {
		name := u.Name
		if name == "" {
			continue
		}
		if wrapped {
			name = unwrap(name)
		}
		for at := 0; ; {
			k := strings.Index(clause[at:], name)
			if k < 0 {
				break
			}
			at += k + len(name)
			read = append(read, [2]int{at - len(name), at})
		}
	}
	slices.SortFunc(read, func(x, y [2]int) int { return x[0] - y[0] })
	at := 0
	for _, r := range read {
		if r[0] > at {
			if name := gapUnit(clause[at:r[0]]); name != "" {
				return name
			}
		}
		at = max(at, r[1])
	}
	return gapUnit(clause[at:])
}

// unwrap drops the line breaks of s.
func unwrap(s string) string {
	if strings.IndexByte(s, '\n') < 0 {
		return s
	}
	return lineBreaks.Replace(s)
}

// lineBreaks drops line breaks (unwrap).
var lineBreaks = strings.NewReplacer("\r\n", "", "\n", "")

// gapUnit returns the first run of Han characters in gap, a part of a
// unit clause no read name covers, that unitPiece takes for a unit's
// name, or "". A gap too short to hold minUnreadRunes Han characters
// (、, 牵头，) holds none and is not read.
func gapUnit(gap string) string {
	if len(gap) < minUnreadRunes*3 {
		return ""
	}
	start := -1
	for i := 0; i < len(gap); {
		r, n := script.DecodeRune(gap[i:])
		if source.IsHan(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			if name := unitPiece(gap[start:i]); name != "" {
				return name
			}
			start = -1
		}
		i += n
	}
	if start >= 0 {
		return unitPiece(gap[start:])
	}
	return ""
}

// supervisorLabel tells whether s, opening with 督, opens a label of who
// oversees the work (督办单位：区政府督查室, 督导领导：某某), whom a plan's
// units leave out: 督办 or 督导, in either script (script.SimplifiedRune).
func supervisorLabel(s string) bool {
	r, _ := utf8.DecodeRuneInString(s[len("督"):])
	r = script.SimplifiedRune(r)
	return r == '办' || r == '导'
}

// unitsPart is the part of a unit clause that names the units: up to its
// first supervisor's label (supervisorLabel), and up to its first label
// that names no units (完成时限：, 适用范围：) — what follows such a label
// is no unit's name, though it may end like one (所有自贸试验区).
func unitsPart(clause string) string {
	for at := 0; ; {
		k := strings.Index(clause[at:], "督") // the same in either script
		if k < 0 {
			break
		}
		k += at
		if supervisorLabel(clause[k:]) {
			clause = clause[:k]
			break
		}
		at = k + len("督")
	}
	for at := 0; at < len(clause); {
		k := colonIndex(clause[at:])
		if k < 0 {
			break
		}
		k += at
		if !isUnitLabel(segment.ToSimplified(lastHanRun(clause[:k]))) {
			return clause[:k]
		}
		_, n := utf8.DecodeRuneInString(clause[k:])
		at = k + n
	}
	return clause
}

// lastHanRun is the run of Han characters s ends with.
func lastHanRun(s string) string {
	k := len(s)
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if !source.IsHan(r) {
			break
		}
		k -= n
	}
	return s[k:]
}

// unitPiece returns piece, a run of Han characters in a unit clause that
// no read name covers, when it is a unit's name once its clause words are
// cut off its ends — an organisation's ending, no verb, no label — or "".
func unitPiece(piece string) string {
	if !mayNameUnit(piece) {
		return ""
	}
	return unitPieceIn(piece)
}

// unitPieceIn is unitPiece past its gate.
func unitPieceIn(piece string) string {
	s := trimWords(segment.ToSimplified(piece), clauseWords, true)
	if !source.MoreRunes(s, minUnreadRunes-1) || isUnitLabel(s) || org.Classify(s) != org.Organisation || !org.HasEnding(s) || verbIn(s) != "" {
		return ""
	}
	return piece
}

// mayNameUnit is unitPiece's gate: a piece of fewer than minUnreadRunes
// runes (牵头, 配合), or one no rune of which ends an organisation's name
// (按职责分工负责, 负责落实), holds no name however its words are cut, and
// is neither folded nor cut.
func mayNameUnit(piece string) bool {
	if !source.MoreRunes(piece, minUnreadRunes-1) {
		return false
	}
	for i := 0; i < len(piece); {
		r, n := script.DecodeRune(piece[i:])
		if org.EndsName(r) {
			return true
		}
		i += n
	}
	return false
}

// clauseWords are the words of a unit clause around its names (in
// simplified script): the role words and the words leading them that
// clauseintext.go knows (roleWords, clauseLeads, whose 按职责分工 comes
// before 按职责), the words leading a name (由, 会同), joining names
// (和, 及, 与) and closing a list (等).
var clauseWords = slices.Concat(roleWords, clauseLeads, []string{"由", "会同", "和", "及", "与", "等"})

// isUnitLabel tells whether s is the label of a unit column or clause: a
// role (责任, 牵头, 协同 …) and a word of two runes (单位, 站所), or a
// word of units (单位, 部门, 处室, 科室) after at most two runes (负责部门).
func isUnitLabel(s string) bool {
	for _, head := range labelRoles {
		if rest, ok := strings.CutPrefix(s, head); ok && !source.MoreRunes(rest, 2) {
			return true
		}
	}
	for _, w := range []string{"单位", "部门", "处室", "科室"} {
		if head, ok := strings.CutSuffix(s, w); ok && !source.MoreRunes(head, 2) {
			return true
		}
	}
	return false
}

// labelRoles open the labels of unit columns and clauses.
var labelRoles = role.Words(role.LabelHeads)

// colonIndex is the offset of the first colon in s, full-width or ASCII,
// or -1: two byte searches, cheaper than strings.IndexAny's rune search.
func colonIndex(s string) int {
	k := strings.Index(s, "：")
	if c := strings.IndexByte(s, ':'); c >= 0 && (k < 0 || c < k) {
		k = c
	}
	return k
}
