package quality

import (
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// minDeadlineLines is how many lines holding a deadline alone make a
// goal's prose a table's cells.
const minDeadlineLines = 2

// maxDeadlineRunes bounds a deadline cell (2022年12月底前, 每季度末).
const maxDeadlineRunes = 12

// checkDeadlineLines reports a goal of a work plan whose prose holds
// lines that are a deadline alone (2022年12月底前): a table copied one cell
// per line (序号 / 任务 / 内容 / 单位 / 时限 …) whose header was lost, its
// rows read as the goal's paragraph instead of as tasks, or run into one
// task or item. Prose states a time limit in its sentence, never on a
// line of its own, and never twice. The first such goal, else task or
// item, is flagged (marks_in_text).
func checkDeadlineLines(a *assessor) {
	if el, ok := a.firstGoalProse(func(s string) bool { return deadlineLines(s) >= minDeadlineLines }); ok {
		a.element(model.ReasonMarksInText, el, "the goal's prose holds deadlines on lines of their own: a table's cells, one per line, read as prose")
		a.penalise(model.ReasonMarksInText, penaltyMarksInText)
		return
	}
	if el, ok := a.firstWorkText(false, func(s string) bool { return source.Contains(s, "\n") && deadlineLines(s) >= minDeadlineLines }); ok {
		a.element(model.ReasonMarksInText, el, "holds deadlines on lines of their own: several rows of a table, one cell per line, run into one element")
		a.penalise(model.ReasonMarksInText, penaltyMarksInText)
	}
}

// deadlineLines counts the lines of s that are a deadline alone
// (deadlineLine).
func deadlineLines(s string) int {
	n := 0
	for line := range strings.SplitSeq(s, "\n") {
		if deadlineLine(strings.TrimSpace(line)) {
			n++
		}
	}
	return n
}

// deadlineLine tells whether a trimmed line is a deadline alone: short,
// without a sentence's punctuation, a time limit (timeLimit).
func deadlineLine(line string) bool {
	return line != "" && !source.MoreRunes(line, maxDeadlineRunes) && !strings.ContainsAny(line, "。，；、：:,;") && timeLimit(line)
}

// timeLimit tells whether a short line reads as a time limit: a date part
// (a digit before 年, 月, 日 or 季) naming a month, a quarter or a year's
// end (2022年12月底前, 第三季度, 2023年底前) — a year alone (2023年完成, a
// column name) is none.
func timeLimit(line string) bool {
	return org.IsDate(line) && (strings.ContainsAny(line, "月季") || strings.HasSuffix(line, "年底") || strings.HasSuffix(line, "底前"))
}
