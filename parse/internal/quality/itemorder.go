package quality

import (
	"fmt"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/ordinal"
)

// checkItemOrder reports a task whose items' own ordinals (1. 2. 3.,
// ① ② ③, 一是 二是) do not run in sequence: they start again at 1, say a
// number twice, skip or go back, or the task's first numbered item is not
// 1 and does not carry on from the task before. Lines moved within the
// plan, or a block of another task read into this one, break an item
// list this way while the headings above still run in order. Each kind of
// ordinal (digits, circled, Chinese numerals) is its own sequence.
func checkItemOrder(a *assessor) {
	for _, p := range a.workPlans() {
		var before itemRun // the numbered items of the task before
		for gi := range p.Goals {
			for ti := range p.Goals[gi].Tasks {
				before = a.taskItemOrder(p, gi, ti, before)
			}
		}
	}
}

// itemRun is the last value of each kind of item ordinal in a task, 0
// where it numbers none.
type itemRun [numItemKinds]int

// taskItemOrder checks the items of one task, before being the run of
// the task before, and returns this task's run. The first break is
// flagged.
func (a *assessor) taskItemOrder(p planAt, gi, ti int, before itemRun) itemRun {
	var run itemRun
	flagged := false
	items := p.Goals[gi].Tasks[ti].Items
	for ii := range items {
		k, v := itemOrdinal(items[ii].No)
		if v == 0 {
			continue
		}
		prev := run[k]
		run[k] = v
		if flagged {
			continue
		}
		var msg string
		switch {
		case prev == 0 && (v == 1 || v == before[k]+1):
			continue
		case prev == 0:
			msg = fmt.Sprintf("the task's first numbered item is %s", items[ii].No)
		case v == prev+1:
			continue
		case v == prev:
			msg = fmt.Sprintf("item %s is numbered as the item before it", items[ii].No)
		case v == 1:
			msg = fmt.Sprintf("item %s starts the numbering again in the same task (after %d): a block moved in", items[ii].No, prev)
		default:
			msg = fmt.Sprintf("item %s follows %d: the numbering skips or goes back", items[ii].No, prev)
		}
		a.element(model.ReasonOrdinalOrder, itemElem(p, gi, ti, ii), msg)
		a.penalise(model.ReasonOrdinalOrder, penaltyOrdinalStep)
		flagged = true
	}
	return run
}

// The kinds of item ordinal, each numbering its own sequence.
const (
	itemDigits  = iota // 1 ２
	itemCircled        // ①
	itemCn             // 一 of 一是
	numItemKinds
)

// itemOrdinal reads an item's ordinal as the tree holds it: its kind and
// value, or a value of 0 (no ordinal, a bullet).
func itemOrdinal(no string) (kind, value int) {
	if no == "" {
		return 0, 0
	}
	r := []rune(no)[0]
	switch {
	case r >= '①' && r <= '⑳':
		return itemCircled, int(r-'①') + 1
	case ordinal.IsCnDigit(r):
		return itemCn, ordinal.Value(no)
	}
	return itemDigits, ordinal.Value(no)
}
