package quality

import (
	"strings"

	"github.com/zwgk/gongwen/model"
)

// penaltyUnitColumns is the penalty of a table typed by guess whose rows
// name their units in two cells, all read as responsible: without the
// header, which column leads (牵头) and which cooperates (配合) is lost.
const penaltyUnitColumns = 0.25

// minUnitColumnRows is how many items must name units in two cells before
// the table is taken to have two unit columns.
const minUnitColumnRows = 2

// checkUnitColumns raises guessed_columns for a table typed by guess whose
// rows name units in two separate cells (a tab, a pipe or a box rule
// between them), every unit read as responsible: two unit columns whose
// names — 牵头单位, 配合单位 — went with the header, so every role is a
// guess. One unit cell per row, or roles read from the cells (牵头 marks),
// keeps the minor doubt.
func checkUnitColumns(a *assessor) {
	if len(a.ev.GuessedTables) == 0 {
		return
	}
	text := a.ev.Text
	for _, p := range a.plans() {
		n := 0
		var first *model.Span
		eachItem(p.Plan, func(_, _, _ int, it *model.Item) {
			if a.inGuessedTable(it.Span) && twoUnitCells(it, text) {
				if n++; first == nil {
					sp := it.Span
					first = &sp
				}
			}
		})
		if n >= minUnitColumnRows {
			a.document(model.ReasonGuessedColumns, first, "%d rows name their units in two cells, all read as responsible: the columns' roles (牵头, 配合) went with the header", n)
			a.penalise(model.ReasonGuessedColumns, penaltyUnitColumns)
		}
	}
}

// twoUnitCells reports whether the item's units, all responsible, stand
// in at least two cells of its row: a cell separator lies between two of
// them, or nothing but a blank line (a table copied one cell per line,
// its cells parted by blank lines; a cell's own names go one per line
// without one between).
func twoUnitCells(it *model.Item, text string) bool {
	if len(it.Units) < 2 {
		return false
	}
	for _, u := range it.Units {
		if u.Role != model.RoleResponsible || u.Span.End > len(text) {
			return false
		}
	}
	for k := 1; k < len(it.Units); k++ {
		a, b := it.Units[k-1].Span.End, it.Units[k].Span.Start
		if a < b && (strings.ContainsAny(text[a:b], "\t|│┃") || blankLineOnly(text[a:b])) {
			return true
		}
	}
	return false
}

// blankLineOnly reports whether gap is white space holding a blank line.
func blankLineOnly(gap string) bool {
	return strings.Count(gap, "\n") >= 2 && strings.TrimSpace(gap) == ""
}
