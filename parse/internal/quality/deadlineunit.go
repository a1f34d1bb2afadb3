package quality

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/org"
)

// maxDeadlineUnitBytes bounds the deadlines deadlineUnit reads: a unit
// cell of a few names and a time limit glued to it; a longer field is
// prose another check reads.
const maxDeadlineUnitBytes = 240

// checkDeadlineUnits reports the first item of a work plan whose deadline
// opens with unit names and goes on with a time limit (市住房城乡建设局
// 2020年9月底前, 市财政局、市税务局持续推进): the unit cell glued to the
// deadline cell (a column gap a reader lost), its units given to another
// item or to none. A deadline names a time, never who keeps it. The item
// is flagged (marks_in_text: another column's cell inside a field).
func checkDeadlineUnits(a *assessor) {
	a.marksFirstItem(func(it *model.Item) bool { return deadlineUnit(it.Deadline) }, "the deadline opens with unit names: the unit cell glued to the deadline cell, its units read elsewhere or lost")
}

// deadlineUnit reports whether s, a deadline as written, is unit names
// parted by 、 or ， (each an organisation's, org.Classify) followed by a
// time limit: a date (2020年9月底前, 2025年第三季度) or a note of time
// (持续推进, 每月, 长期坚持). Only the places after a rune that may close
// an organisation's name (org.EndsName) are tried as the cut, and none
// where the time is counted from the body's act (countedFromAct).
func deadlineUnit(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > maxDeadlineUnitBytes {
		return false
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if i == len(s) || !org.EndsName(r) {
			continue
		}
		if countedFromAct(s[i:]) {
			continue // 省财政厅下达资金后30日内: the body's act, not its cell
		}
		if unitNames(s[:i]) && timeNote(strings.TrimLeft(s[i:], " \u3000，,")) {
			return true
		}
	}
	return false
}

// unitNames reports whether s is one or more organisation names parted by
// 、 or ， (appendOrgNames), not opened by a word of a unit clause
// (clauseWords: 与县审计局共同推进 is a remark naming who helps,
// 由县财政局负责 a clause).
func unitNames(s string) bool {
	for _, w := range clauseWords {
		if strings.HasPrefix(s, w) {
			return false
		}
	}
	var names [4]string
	return len(appendOrgNames(names[:0], s, 0, nil)) > 0
}

// timeNote reports whether s reads as a time limit alone: a date part
// (org.IsDate) or a note of time (org.Note: 持续推进, 每月).
func timeNote(s string) bool {
	if s == "" {
		return false
	}
	k := org.Classify(s)
	return k == org.Date || k == org.Note
}

// countedFromAct reports whether rest, what follows a body's name in a
// deadline, goes on at once, with no gap, into a time counted from an
// act with 后 (国务院部署后持续推进, 市政府常务会议审定后2021年底前,
// 省财政厅下达资金后30日内): the body is the act's subject in one cell,
// where a glued cell leaves its time limit standing alone (市财政局持续推进,
// 县水利局 2024年9月底前).
func countedFromAct(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return r != ' ' && r != '\u3000' && r != '，' && r != ',' && strings.Contains(rest, "后")
}
