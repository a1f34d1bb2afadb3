package quality

import (
	"strings"

	"github.com/zwgk/gongwen/model"
)

// minNumberedItems is how many items in sequence must open with their own
// number for checkUntitledRows to read them as numbered rows.
const minNumberedItems = 2

// checkUntitledRows flags the first task of a work plan with neither title
// nor number whose items, none numbered, open with ordinals that run in
// sequence (1.… 2.… 3.…): numbered rows of a table whose header was lost,
// read one level too low — each is a task of its own, and nothing read
// their numbers (marks_in_text).
func checkUntitledRows(a *assessor) {
	for _, p := range a.workPlans() {
		for gi := range p.Goals {
			for ti := range p.Goals[gi].Tasks {
				t := &p.Goals[gi].Tasks[ti]
				if strings.TrimSpace(t.Title) != "" || t.No != "" || !numberedRun(t.Items) {
					continue
				}
				a.element(model.ReasonMarksInText, taskElem(p, gi, ti), "an untitled task whose items open with numbers in sequence, not read: numbered rows read one level too low")
				a.penalise(model.ReasonMarksInText, penaltyMarksInText)
				return
			}
		}
	}
}

// numberedRun tells whether minNumberedItems or more items in a row, none
// given a number, open with arabic ordinals that count up by one.
func numberedRun(items []model.Item) bool {
	run, last := 0, -1
	for i := range items {
		n, ok := leadingOrdinal(items[i].Text)
		switch {
		case !ok || items[i].No != "":
			run, last = 0, -1
			continue
		case last >= 0 && n == last+1:
			run++
		default:
			run = 1
		}
		last = n
		if run >= minNumberedItems {
			return true
		}
	}
	return false
}

// leadingOrdinal reads the arabic ordinal s opens with — digits and a
// mark (1. 2． 3、 4）) — past spaces.
func leadingOrdinal(s string) (int, bool) {
	s = strings.TrimLeft(s, " \u3000")
	n, k := 0, 0
	for k < len(s) && k < 3 && s[k] >= '0' && s[k] <= '9' {
		n = n*10 + int(s[k]-'0')
		k++
	}
	if k == 0 {
		return 0, false
	}
	for _, m := range []string{".", "．", "、", ")", "）"} {
		if strings.HasPrefix(s[k:], m) && len(s) > k+len(m) && !(m == "." && s[k+1] >= '0' && s[k+1] <= '9') {
			return n, true
		}
	}
	return 0, false
}
