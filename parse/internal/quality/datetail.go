package quality

import (
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// minDateTails is how many items without a deadline, ending in one glued
// to their sentence, make a deadline column run into the content: one
// may close its sentence so by chance.
const minDateTails = 2

// timeWords may stand before a time limit that ends a sentence (在2023年
// 底前, 力争2023年6月底前, 截至2023年6月): the limit is the sentence's own.
const timeWords = "在于至到止从自前截争保"

// checkDateTails reports a work plan two or more of whose items have no
// deadline and end in one glued to their last word without a mark
// between (…分类展示2019年6月底前): the deadline cell glued to the
// content cell (a column gap a reader lost), read as text. The first such
// item is flagged (marks_in_text).
func checkDateTails(a *assessor) {
	a.flagRepeated(minDateTails, model.ReasonMarksInText, penaltyMarksInText, "the text ends in a deadline glued to its last word, and the item has none: the deadline cell glued to the content cell", func(p planAt, see func(elem)) {
		eachItem(p.Plan, func(gi, ti, ii int, it *model.Item) {
			if it.Deadline == "" && dateTail(it.Text) {
				see(itemElem(p, gi, ti, ii))
			}
		})
	})
}

// dateTail reports whether s ends in a time limit (deadlineLine: 2019年6月
// 底前, 2025年第三季度) whose first digit follows a Han character that no
// time word (timeWords) is: a limit the sentence does not introduce, after
// no mark (…科目。2023年9月底前 is a cell on its own). Only the last
// maxDeadlineRunes runes are read.
func dateTail(s string) bool {
	_, end := source.SpaceBounds(s)
	s = s[:end]
	if strings.HasSuffix(s, "。") || !digitNearEnd(s) {
		return false // most texts: a closed sentence, or no digit to date it
	}
	start := len(s)
	for n := 0; n < maxDeadlineRunes && start > 0; n++ {
		_, w := script.DecodeLastRune(s[:start])
		start -= w
	}
	prev := rune(-1)
	for i := start; i < len(s); {
		r, w := script.DecodeRune(s[i:])
		if ordinal.DigitValue(r) >= 0 && ordinal.DigitValue(prev) < 0 && deadlineLine(s[i:]) {
			// the limit's first digit: what stands before it decides
			return source.IsHan(prev) && !strings.ContainsRune(timeWords, prev)
		}
		prev = r
		i += w
	}
	return false
}

// digitNearEnd reports whether one of the last maxDeadlineRunes runes of
// s, at most, is a digit, ASCII or full-width (EF BC 90..99 in UTF-8),
// reading bytes.
func digitNearEnd(s string) bool {
	for i := len(s) - 1; i >= 0 && i >= len(s)-3*maxDeadlineRunes; i-- {
		if b := s[i]; (b >= '0' && b <= '9') || (b >= 0x90 && b <= 0x99 && i >= 2 && s[i-1] == 0xBC && s[i-2] == 0xEF) {
			return true
		}
	}
	return false
}
