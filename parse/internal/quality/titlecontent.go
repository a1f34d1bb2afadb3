package quality

import (
	"strings"

	"github.com/zwgk/gongwen/model"
)

// checkTitleIsContent reports a work plan whose tasks read from tables
// whose header names a task column and a content column apart (工作任务 |
// 具体内容: Evidence.TwoTextTables) have, most of them and two or more,
// a first item whose text is, or opens with, the task's title: each row
// gave one cell for the two — its title and content cells glued (a column
// gap a reader lost) or one of them lost — so that the title holds the
// content (or its first sentence, 推进审批服务标准化1.编制…), or the
// content is the title. The rows under a task's row (its further items)
// do not hide it. The first such task is flagged (marks_in_text: a boundary
// the tree did not read).
func checkTitleIsContent(a *assessor) {
	if len(a.ev.TwoTextTables) == 0 {
		return
	}
	for _, p := range a.workPlans() {
		n, same, first := 0, 0, elem{}
		for gi := range p.Goals {
			for ti := range p.Goals[gi].Tasks {
				t := &p.Goals[gi].Tasks[ti]
				if !startsInAny(a.ev.TwoTextTables, func(s *model.Span) model.Span { return *s }, t.Span) {
					continue
				}
				n++
				if len(t.Items) > 0 && titleOpensText(t.Title, t.Items[0].Text) {
					if same++; same == 1 {
						first = taskElem(p, gi, ti)
					}
				}
			}
		}
		if same >= 2 && 2*same > n {
			a.element(model.ReasonMarksInText, first, "the task's first item's text is, or opens with, its title, in a table whose header names a task and a content column: the row gave one cell for both (two cells glued, or one lost)")
			a.penalise(model.ReasonMarksInText, penaltyMarksInText)
			return
		}
	}
}

// titleIsText reports whether an item's text is the title of its task,
// but for its closing punctuation.
func titleIsText(title, text string) bool {
	title = strings.TrimSpace(title)
	return title != "" && strings.TrimRight(strings.TrimSpace(text), "。；;.") == title
}

// titleOpensText reports whether an item's text is the title of its task
// or opens with it: the content cell repeats the title cell, or the two
// are one cell whose first sentence the title was cut from.
func titleOpensText(title, text string) bool {
	title = strings.TrimSpace(title)
	return title != "" && strings.HasPrefix(strings.TrimSpace(text), title)
}
