package model

import "iter"

// The accessors below are nil-safe: a program can walk any Document (an
// annual report has no Plan, a notice may lack a 发文字号) without checking
// each pointer first.

// Text returns the field's value, or "" when the field is nil (absent).
func (f *Field) Text() string {
	if f == nil {
		return ""
	}
	return f.Value
}

// Goals yields the goals of every plan (AllPlans) in order; nothing when
// d has no plan.
func (d *Document) Goals() iter.Seq[*Goal] {
	return func(yield func(*Goal) bool) {
		for _, p := range d.AllPlans() {
			for i := range p.Goals {
				if !yield(&p.Goals[i]) {
					return
				}
			}
		}
	}
}

// Tasks yields every task of the plan in order, with the goal it is under;
// nothing when d or its plan is nil.
func (d *Document) Tasks() iter.Seq2[*Goal, *Task] {
	return func(yield func(*Goal, *Task) bool) {
		for g := range d.Goals() {
			for i := range g.Tasks {
				if !yield(g, &g.Tasks[i]) {
					return
				}
			}
		}
	}
}

// Items yields every item of the plan in order, with the task it belongs
// to; nothing when d or its plan is nil.
func (d *Document) Items() iter.Seq2[*Task, *Item] {
	return func(yield func(*Task, *Item) bool) {
		for _, t := range d.Tasks() {
			for i := range t.Items {
				if !yield(t, &t.Items[i]) {
					return
				}
			}
		}
	}
}

// UnitsWith yields the item's units that have role r, in the order written;
// nothing when it is nil.
func (it *Item) UnitsWith(r Role) iter.Seq[*Unit] {
	return func(yield func(*Unit) bool) {
		if it == nil {
			return
		}
		for i := range it.Units {
			if it.Units[i].Role == r && !yield(&it.Units[i]) {
				return
			}
		}
	}
}
