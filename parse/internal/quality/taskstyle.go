package quality

import (
	"fmt"
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/ordinal"
)

// checkTaskStyle reports a goal of a work plan whose tasks are not all
// numbered alike: an unnumbered task between numbered ones (the second
// line of a wrapped cell, 制度 after 3 健全考核评价, read as a row of
// its own), or tasks numbered 1 beside 二 (a block of another goal moved
// in under this one's heading). A plan's tasks under one goal share one
// way of numbering; a task numbered 1-1 under goal 二 belongs to goal 一.
// The first task that breaks the goal's way is flagged.
func checkTaskStyle(a *assessor) {
	for _, p := range a.workPlans() {
		for gi := range p.Goals {
			if ti, msg, ok := taskStyleBreak(&p.Goals[gi]); ok {
				a.element(model.ReasonOrdinalOrder, taskElem(p, gi, ti), msg)
				a.penalise(model.ReasonOrdinalOrder, penaltyOrdinalStep)
			}
		}
	}
}

// taskStyleBreak finds the first task of g numbered unlike the task
// before it, or numbered as a sub-task (1-1, 1.2) of another goal.
func taskStyleBreak(g *model.Goal) (int, string, bool) {
	for ti := range g.Tasks {
		no := g.Tasks[ti].No
		if top, ok := compoundTop(no); ok && g.Index > 0 && top != g.Index {
			return ti, fmt.Sprintf("task %s is numbered under goal %d, not under this goal %s", no, top, g.No), true
		}
		if ti == 0 {
			continue
		}
		prev := g.Tasks[ti-1].No
		if k, pk := taskNoKind(no), taskNoKind(prev); k != pk {
			if no == "" {
				return ti, fmt.Sprintf("an unnumbered task after task %s: a wrapped line or a cell read as a row", prev), true
			}
			return ti, fmt.Sprintf("task %s is numbered unlike task %s before it: a block of another list moved in", no, prev), true
		}
	}
	return 0, "", false
}

// The ways a task's ordinal is written, as the tree holds it.
const (
	taskNoNone     = iota // unnumbered
	taskNoDigits          // 1, ２
	taskNoCompound        // 1-1, 2.3: a sub-task numbered under its goal
	taskNoCircled         // ①
	taskNoCn              // 一, 十二
	taskNoOther           // letters, text
)

// taskNoKind is the way the ordinal no is written.
func taskNoKind(no string) int {
	if no == "" {
		return taskNoNone
	}
	if _, ok := compoundTop(no); ok {
		return taskNoCompound
	}
	r := []rune(no)[0]
	switch {
	case r >= '①' && r <= '⑳':
		return taskNoCircled
	case ordinal.DigitValue(r) >= 0:
		return taskNoDigits
	case ordinal.IsCnDigit(r):
		return taskNoCn
	}
	return taskNoOther
}

// compoundTop reads the first number of a compound ordinal (2 of 2-1,
// 2.3, ２．１).
func compoundTop(no string) (int, bool) {
	v, n := ordinal.ArabicPrefix(no)
	if n == 0 || n == len(no) {
		return 0, false
	}
	rest := no[n:]
	for _, sep := range []string{"-", ".", "．", "－", "—"} {
		if after, ok := strings.CutPrefix(rest, sep); ok {
			if w, m := ordinal.ArabicPrefix(after); m > 0 && m == len(after) && w > 0 {
				return v, true
			}
		}
	}
	return 0, false
}
