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

// maxUnitTailBytes bounds the tail unitTail reads after an item's last
// sentence: a unit cell of a few names with their role marks.
const maxUnitTailBytes = 300

// checkUnitTails reports the first item of a work plan whose text goes on,
// after its last sentence end, with unit names alone — no role verb
// needed (…违规收费行为。市发展改革委、市财政局; …。牵头：安监办 配合：党政办)
// — one of which the item was not given: the unit cell glued to the
// content cell (a column gap a reader lost), read as text while the
// units went to the next column's place or were lost. The item is
// flagged (marks_in_text).
func checkUnitTails(a *assessor) {
	a.marksFirstItem(unreadUnitTail, "the text ends, after its last sentence, in unit names the item was not given: the unit cell glued to the content cell")
}

// unreadUnitTail reports whether the item's text ends, after its last
// 。, in unit names (unitTailNames) one of which is none of its units.
func unreadUnitTail(it *model.Item) bool {
	_, end := source.SpaceBounds(it.Text)
	s := it.Text[:end]
	if strings.HasSuffix(s, "。") || !mayEndInName(s) {
		return false // most texts: a closed sentence, or one no name closes
	}
	s = s[max(0, len(s)-maxUnitTailBytes-len("。")):] // the tail is no longer
	k := strings.LastIndex(s, "。")
	if k < 0 {
		return false
	}
	for _, name := range unitTailNames(s[k+len("。"):]) {
		if !hasUnit(it, name) {
			return true
		}
	}
	return false
}

// mayEndInName reports whether s may end in a unit cell: its last rune
// may close an organisation's name (org.EndsName) or a bracket, or it
// ends in a role verb (市财政局牵头).
func mayEndInName(s string) bool {
	r, _ := script.DecodeLastRune(s)
	if org.EndsName(r) || org.IsCloseBracket(r) {
		return true
	}
	for _, w := range roleWords {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// unitTailNames reads s as a unit cell: names parted by 、，, white space
// or a label's colon (appendOrgNames), each an organisation's once its
// role marks are set aside (tailName).
// It gives the names folded to simplified script, none when a piece is
// no name or s names none.
func unitTailNames(s string) []string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxUnitTailBytes {
		return nil
	}
	return appendOrgNames(nil, segment.ToSimplified(s), partColon, tailName)
}

// tailName is the name a piece of a unit cell holds once its role marks
// are set aside — a role verb after it (市司法局牵头), a bracketed one
// (县司法局（牵头）) — or "" for a label or a verb standing alone (牵头：,
// 配合单位); a label that names something else as often (notLabels: a
// portal footer's 主办单位：, a title's 责任分工) makes the text no cell.
func tailName(piece string) (string, bool) {
	piece = strings.TrimSpace(piece)
	if slices.Contains(notLabels, piece) {
		return "", false
	}
	if roleMark(piece) {
		return "", true
	}
	return withoutRoleMarks(piece), true
}

// tailLabels are the words a unit cell's role marks are made of: the role
// verbs (牵头, 配合) and the labels (牵头单位, 配合部门).
var tailLabels = append(role.Words(role.Verbs), role.Words(role.UnitLabels)...)

// roleMark reports whether piece is a role verb or a unit label alone.
func roleMark(piece string) bool {
	for _, w := range tailLabels {
		if piece == w {
			return true
		}
	}
	return false
}

// withoutRoleMarks sets aside a bracketed role verb (（牵头）) and a role
// verb closing the name (市财政局牵头).
func withoutRoleMarks(name string) string {
	if stripped := org.StripTrailingBracket(name); stripped != name && roleMark(bracketInside(name[len(stripped):])) {
		name = stripped
	}
	return cutRoleVerb(name)
}

// bracketInside is the text inside a bracketed part (（牵头） → 牵头), the
// white space around it set aside.
func bracketInside(s string) string {
	s = strings.TrimSpace(s)
	_, open := utf8.DecodeRuneInString(s)
	_, close := utf8.DecodeLastRuneInString(s)
	if open+close > len(s) {
		return ""
	}
	return strings.TrimSpace(s[open : len(s)-close])
}
