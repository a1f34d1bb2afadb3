package quality

import (
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// minNumberedItems is how many items in sequence must open with their own
// number for checkUntitledRows to read them as numbered rows.
const minNumberedItems = 2

// checkUntitledRows flags the first task of a work plan with neither title
// nor number whose items, none numbered, open with ordinals that run in
// sequence (1.… 2.… 3.…): numbered rows of a table whose header was lost,
// read one level too low — each is a task of its own, and nothing read
// their numbers; and the first of a goal's tasks, none numbered, whose
// titles open with such a run: the same rows read as tasks titled by
// their first cell, number and all (marks_in_text).
func checkUntitledRows(a *assessor) {
	for _, p := range a.workPlans() {
		for gi := range p.Goals {
			g := &p.Goals[gi]
			if ti := numberedRun(len(g.Tasks), func(i int) (string, string) { return g.Tasks[i].No, g.Tasks[i].Title }); ti >= 0 {
				a.element(model.ReasonMarksInText, taskElem(p, gi, ti), "unnumbered tasks whose titles open with numbers in sequence, not read: numbered rows titled by their whole first cell")
				a.penalise(model.ReasonMarksInText, penaltyMarksInText)
				return
			}
			for ti := range g.Tasks {
				t := &g.Tasks[ti]
				if source.TrimSpace(t.Title) != "" || t.No != "" || numberedRun(len(t.Items), func(i int) (string, string) { return t.Items[i].No, t.Items[i].Text }) < 0 {
					continue
				}
				a.element(model.ReasonMarksInText, taskElem(p, gi, ti), "an untitled task whose items open with numbers in sequence, not read: numbered rows read one level too low")
				a.penalise(model.ReasonMarksInText, penaltyMarksInText)
				return
			}
		}
	}
}

// numberedRun returns the index of the first of minNumberedItems or more
// of n elements in a row, none given a number, whose texts open with
// arabic ordinals that count up by one, or -1; at gives an element's
// number and text.
func numberedRun(n int, at func(i int) (no, text string)) int {
	run, last := 0, -1
	for i := 0; i < n; i++ {
		no, text := at(i)
		k, ok := leadingOrdinal(text)
		switch {
		case !ok || no != "":
			run, last = 0, -1
			continue
		case last >= 0 && k == last+1:
			run++
		default:
			run = 1
		}
		last = k
		if run >= minNumberedItems {
			return i - run + 1
		}
	}
	return -1
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
