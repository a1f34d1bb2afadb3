package quality

import "github.com/zwgk/gongwen/model"

// checkGuessedColumns reports tables whose columns were typed by guess —
// by their cells' content or by their count (目标/任务/内容/单位 by
// position) — because no header row named them, and flags the goals, tasks
// and items read from them. A table typed by content alone is docked
// without review (a task column under a name the vocabulary lacks reads
// right); one whose units took a role no header named (GuessedTable.Roles)
// goes to review: the roles are what a user reads.
func checkGuessedColumns(a *assessor) {
	if len(a.ev.GuessedTables) == 0 {
		return
	}
	for _, t := range a.ev.GuessedTables {
		sp := t.Span
		a.document(model.ReasonGuessedColumns, &sp, "a table whose columns were typed by their %s, not by a header row", t.By)
		p := penaltyTypedByContent
		if t.By == ByPosition {
			p = penaltyTypedByPosition
		}
		a.penalise(model.ReasonGuessedColumns, p)
		if t.Odd {
			a.document(model.ReasonGuessedColumns, &sp, "the guessed columns are laid out as no table's are (two task columns, three content columns, content right of the deadline): they were counted or typed wrong")
			a.penalise(model.ReasonGuessedColumns, penaltyOddLayout)
		}
		if t.Roles {
			a.document(model.ReasonGuessedColumns, &sp, "a units column typed by guess gives its units a role no header named (a column name not known, or a second units column read as responsible): the roles the reader sees may be wrong")
			a.penalise(model.ReasonGuessedColumns, penaltyGuessedRoles)
		}
	}
	for _, p := range a.plans() {
		a.flagGuessed(p)
	}
}

// checkHeaderNoRows reports the lines that name a table's columns with no
// table read under them: whatever the tree holds there was read as prose.
func checkHeaderNoRows(a *assessor) {
	for _, sp := range a.ev.UnreadTables {
		a.document(model.ReasonHeaderNoRows, &sp, "a line names a table's columns but no table was read under it")
	}
	if len(a.ev.UnreadTables) > 0 {
		a.penalise(model.ReasonHeaderNoRows, penaltyHeaderNoRows)
	}
}

// flagGuessed flags the plan's elements that stand in a guessed table.
func (a *assessor) flagGuessed(p planAt) {
	const msg = "read from a table whose columns were typed by guess"
	for gi := range p.Goals {
		g := &p.Goals[gi]
		if a.inGuessedTable(g.Span) {
			a.element(model.ReasonGuessedColumns, goalElem(p, gi), msg)
		}
		for ti := range g.Tasks {
			t := &g.Tasks[ti]
			if a.inGuessedTable(t.Span) {
				a.element(model.ReasonGuessedColumns, taskElem(p, gi, ti), msg)
			}
			for ii := range t.Items {
				if a.inGuessedTable(t.Items[ii].Span) {
					a.element(model.ReasonGuessedColumns, itemElem(p, gi, ti, ii), msg)
				}
			}
		}
	}
}

// inGuessedTable reports whether sp starts inside a table typed by guess.
func (a *assessor) inGuessedTable(sp model.Span) bool {
	return startsInAny(a.ev.GuessedTables, func(t *GuessedTable) model.Span { return t.Span }, sp)
}

// startsInAny reports whether sp starts inside the span (spanOf) of one
// of the list's elements: the tables, typed by guess or naming a task and
// a content column apart, that an element was read from.
func startsInAny[T any](list []T, spanOf func(*T) model.Span, sp model.Span) bool {
	for i := range list {
		if s := spanOf(&list[i]); sp.Start >= s.Start && sp.Start < s.End {
			return true
		}
	}
	return false
}

// checkSingleStyle reports a work plan whose headings use one ordinal
// style only (a notice's own headings are no plan's levels): their level (task under an implicit goal) is inferred, not read
// from a hierarchy of styles, and a plan whose first level lies outside the
// text would be read one level too high.
func checkSingleStyle(a *assessor) {
	p := a.doc.Plan
	if !a.ev.SingleStyle || p == nil || a.doc.Kind != model.KindWorkPlan {
		return
	}
	var span *model.Span
	for _, g := range p.Goals {
		if len(g.Tasks) > 0 {
			sp := g.Tasks[0].Span
			span = &sp
			break
		}
	}
	a.document(model.ReasonSingleStyle, span, "heading levels inferred from a single ordinal style")
	a.penalise(model.ReasonSingleStyle, penaltySingleStyle)
}

// checkUnitDoubts reports the table rows whose lone unit cell may stand
// in either of two unit columns (Evidence.UnitDoubts): the units' role,
// lead or cooperating, was guessed, as a units column's with no header
// naming it is (GuessedTable.Roles), and weighs as much.
func checkUnitDoubts(a *assessor) {
	for _, sp := range a.ev.UnitDoubts {
		a.document(model.ReasonGuessedColumns, &sp, "a row that lost a cell has one unit cell: the lead column's (an empty secondary cell vanished) or the secondary column's (under a merged lead cell); its role is a guess")
	}
	if len(a.ev.UnitDoubts) > 0 {
		a.penalise(model.ReasonGuessedColumns, penaltyGuessedRoles)
	}
}
