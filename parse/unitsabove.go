package parse

import (
	"strings"

	"github.com/zwgk/gongwen/model"
)

// unitLinesAbove moves the units of task t down by one item when its unit
// lines stand above the items they speak for: a unit line under the
// task's title before any content (t.clauses), then items each closed by
// a unit line of its own, and a last item that no line follows —
// （一）… / 责任单位：X / 1.… / 牵头单位：Y / 2.…. Read as closing the item
// above it, every line would be one item late and the last item would
// take the first line's units. The first item then takes the lines under
// the title (closeTask gives them), each later item the line above it.
func (b *treeBuilder) unitLinesAbove(t *bTask) {
	n := len(t.items)
	if len(t.clauses) == 0 || n < 2 {
		return
	}
	if last := t.items[n-1]; len(last.Units) > 0 || last.UnitsSpan != nil {
		return
	}
	for _, it := range t.items[:n-1] {
		if !b.closedByLineBelow(it) {
			return
		}
	}
	for i := n - 1; i > 0; i-- {
		to, from := t.items[i], t.items[i-1]
		to.Units, to.UnitsText, to.UnitsSpan, to.Deadline = from.Units, from.UnitsText, from.UnitsSpan, from.Deadline
		if r, ok := b.itemRules[from]; ok {
			b.itemRules[to] = r
		} else {
			delete(b.itemRules, to)
		}
	}
	first := t.items[0]
	first.Units, first.UnitsText, first.UnitsSpan, first.Deadline = []model.Unit{}, "", nil, ""
	delete(b.itemRules, first)
}

// closedByLineBelow reports whether it took its units from a unit line of
// its own below its text, not from a clause on its own line nor inherited.
func (b *treeBuilder) closedByLineBelow(it *model.Item) bool {
	if len(it.Units) == 0 || it.UnitsSpan == nil || it.UnitsInherited || it.UnitsSpan.Start < it.Span.End {
		return false
	}
	return strings.Contains(b.src.Text[it.Span.End:it.UnitsSpan.Start], "\n")
}
