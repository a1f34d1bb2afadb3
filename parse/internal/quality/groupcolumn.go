package quality

import (
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/segment"
)

// penaltyGroupColumn is the penalty of a merged first column whose groups
// no goal was read from: the plan's top level is lost.
const penaltyGroupColumn = 0.25

// minGroupRows is how many rows of a guessed table must open with a group
// name, and how many with a blank first cell under one, for its first
// column to be read as merged groups.
const minGroupRows = 2

// checkGroupColumn reports a table typed by guess whose first column is a
// merged one — some rows open with a name that is neither a number nor a
// unit (稳增长, 优化政策服务), the rows under them with a blank cell — in a
// work plan none of whose goals is titled with those names: the header
// that named the column (类别, 重点领域) was lost, and its groups were read
// as tasks or dropped instead of heading goals (marks_in_text).
func checkGroupColumn(a *assessor) {
	plans := a.workPlans()
	if len(plans) == 0 {
		return
	}
	for _, t := range a.ev.GuessedTables {
		names := groupNames(a.ev.Text, t.Span)
		if len(names) < minGroupRows || titlesAnyGoal(plans, names) {
			continue
		}
		sp := t.Span
		a.document(model.ReasonMarksInText, &sp, "the table's first column names groups of rows (%s …) that head no goal: a merged column read without its header", names[0])
		a.penalise(model.ReasonMarksInText, penaltyGroupColumn)
		return
	}
}

// groupNames returns the names opening the rows of the table at sp, in
// simplified script, when its first column is merged groups: minGroupRows
// or more rows open with a name that is no number, unit or date, and as
// many with a blank cell. Rows are tab rows.
func groupNames(text string, sp model.Span) []string {
	if !spanIn(text, sp) {
		return nil
	}
	var names []string
	blank := 0
	for _, line := range strings.Split(text[sp.Start:sp.End], "\n") {
		first, rest, ok := strings.Cut(line, "\t")
		if !ok || strings.TrimSpace(rest) == "" {
			continue
		}
		first = strings.Trim(first, " \u3000\r")
		switch {
		case first == "":
			blank++
		case opensNumber(first) || org.HasEnding(first) || org.IsGeneric(first) || org.IsDate(first):
			return nil // a numbered, unit-first or dated table
		default:
			names = append(names, segment.ToSimplified(first))
		}
	}
	if blank < minGroupRows {
		return nil
	}
	return names
}

// opensNumber tells whether s opens with an ASCII digit (1., 1-1, 2023年).
func opensNumber(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// titlesAnyGoal tells whether a goal of the plans is titled with one of
// names.
func titlesAnyGoal(plans []planAt, names []string) bool {
	for _, p := range plans {
		for gi := range p.Goals {
			title := segment.ToSimplified(strings.TrimSpace(p.Goals[gi].Title))
			for _, n := range names {
				if title != "" && (strings.Contains(title, n) || strings.Contains(n, title)) {
					return true
				}
			}
		}
	}
	return false
}
