package table

import (
	"slices"
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// doubtUnits settles the aligned short rows of a table whose rendering
// lost its empty cells (Grid.LostEmpty) that hold units in a secondary
// unit column (配合单位, 协办单位, 参与单位) and none in the lead one
// before it (牵头单位, 责任单位). Placement by type, ties going right, puts
// the lone unit cell in the secondary column, which is right under a lead
// cell merged over the rows and wrong where the row's empty secondary
// cell vanished. The row alone cannot tell the two apart; the rows
// around it can (unitReading): read as a vanished secondary cell, the
// units move to the lead column; with no evidence either way they stay
// and the row is marked (Row.UnitDoubt). short tells the rows that had
// fewer cells than columns. Nothing is settled or marked in a table with
// a row of cells that does not start at its first column (a heading row
// of one cell aside): that table drops merged cells, so the lead is
// carried down; nor where the unit cell names a secondary role itself
// (协助：某局).
func (v Vocab) doubtUnits(cols []Column, rows []Row, short []bool) {
	for _, r := range rows {
		if len(r.Cells) > 0 && r.Cells[0].Len() == 0 && Filled(r.Cells) > 1 {
			return
		}
	}
	for i := range rows {
		if !short[i] {
			continue
		}
		cells := rows[i].Cells
		for j := range cells {
			k := leadBefore(cols, cells, j)
			if k < 0 || !v.lone(cells[j].S) {
				continue
			}
			switch v.unitReading(rows, i, j, k) {
			case vanishedSecondary:
				cells[k], cells[j] = cells[j], source.Str{}
			case unknownReading:
				rows[i].UnitDoubt = true
			}
		}
	}
}

// reading is how a lone unit cell in a secondary column came to stand
// alone.
type reading int

const (
	unknownReading    reading = iota
	vanishedSecondary         // the row's empty secondary cell vanished: the units lead
	mergedLead                // a lead cell merged over the rows stands above: the units are secondary
)

// unitReading weighs the evidence the table's rows give about row i's lone
// unit cell j, in a secondary column right of the empty lead column k:
//
//   - no lead to carry down: no row above it in its group (under the
//     table's header or a group row, 一、…) has a lead cell, so no merged
//     cell can stand over it — the secondary cell vanished;
//   - the lead that would be carried down names one of its units: a unit
//     does not assist itself — the secondary cell vanished;
//   - its units stand elsewhere in the table, on rows that fill both
//     columns, in one of the two columns only: a table keeps a unit in
//     its column — the lead one (the secondary cell vanished) or the
//     secondary one (a merged lead cell stands above);
//   - two rows next to each other anywhere in the table, neither a group
//     row, print the same lead each (repeatsLead): the table's author does
//     not merge lead cells — the secondary cell vanished.
//
// Anything else leaves the reading unknown.
func (v Vocab) unitReading(rows []Row, i, j, k int) reading {
	names := unitNames(rows[i].Cells[j].S)
	lead := v.leadAbove(rows, i, k)
	if lead == "" || sharesName(names, unitNames(lead)) {
		return vanishedSecondary
	}
	var inLead, inSecond bool
	for n, r := range rows {
		if n == i || len(r.Cells) <= j || r.Cells[k].Len() == 0 {
			continue
		}
		inLead = inLead || sharesName(names, unitNames(r.Cells[k].S))
		inSecond = inSecond || r.Cells[j].Len() > 0 && sharesName(names, unitNames(r.Cells[j].S))
	}
	switch {
	case inLead && !inSecond:
		return vanishedSecondary
	case inSecond && !inLead:
		return mergedLead
	case v.repeatsLead(rows, k):
		return vanishedSecondary
	}
	return unknownReading
}

// repeatsLead reports two rows next to each other, under no group row
// between them, that print the same lead cell (column k) each: a table
// that merges its lead cells prints such a lead once.
func (v Vocab) repeatsLead(rows []Row, k int) bool {
	for n := 1; n < len(rows); n++ {
		a, b := rows[n-1].Cells, rows[n].Cells
		if len(a) > k && len(b) > k && a[k].Len() > 0 && a[k].S == b[k].S && !v.groupRow(a) && !v.groupRow(b) {
			return true
		}
	}
	return false
}

// leadAbove is the lead cell (column k) a cell merged over the rows would
// carry down to row i: that of the nearest row above with one, up to the
// group row or the header that starts row i's group; "" when there is
// none.
func (v Vocab) leadAbove(rows []Row, i, k int) string {
	for n := i - 1; n >= 0; n-- {
		r := rows[n]
		if len(r.Cells) > k && r.Cells[k].Len() > 0 {
			return r.Cells[k].S
		}
		if v.groupRow(r.Cells) {
			return ""
		}
	}
	return ""
}

// groupRow reports a row heading a group of rows, which no merged cell
// crosses: a lone 一、… cell, or a Chinese numeral and a title (一 |
// 提升政务服务效能).
func (v Vocab) groupRow(cells []source.Str) bool {
	var first source.Str
	for _, c := range cells {
		if c.Len() > 0 {
			first = c
			break
		}
	}
	switch Filled(cells) {
	case 1:
		return v.Classify(first.S) == GoalCell
	case 2:
		return groupOrdinal(first.S)
	}
	return false
}

// nameSeps separate the unit names of a unit cell.
const nameSeps = "、，,；;/ \n\u3000"

// nameList reports a cell listing names (、，): a cell that reads as unit
// names stays units when it is a list, where one name alone may be a
// task's or a text's words cut like a unit's.
func nameList(s string) bool {
	return strings.ContainsAny(s, "、，,")
}

// unitNames splits a unit cell into its names.
func unitNames(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(nameSeps, r) })
}

// sharesName reports a name found in both lists.
func sharesName(a, b []string) bool {
	return slices.ContainsFunc(a, func(x string) bool { return slices.Contains(b, x) })
}

// leadBefore is the lead unit column an empty stretch of cells ends at
// before cells[j], when j is a filled secondary unit column; else -1.
func leadBefore(cols []Column, cells []source.Str, j int) int {
	if cols[j].Role != Units || !secondaryUnits(cols[j].Unit) || cells[j].Len() == 0 {
		return -1
	}
	for k := j - 1; k >= 0 && cells[k].Len() == 0; k-- {
		if cols[k].Role == Units {
			if leadUnits(cols[k].Unit) {
				return k
			}
			return -1
		}
	}
	return -1
}

// lone reports a cell of unit names that names no secondary role.
func (v Vocab) lone(s string) bool {
	has, _ := scanKeys(s)
	return v.Classify(s) == UnitsCell && has&(cooperate|participate) == 0
}

// secondaryUnits reports a unit role a column often leaves empty.
func secondaryUnits(r model.Role) bool {
	return r == model.RoleCooperate || r == model.RoleParticipate
}

// leadUnits reports a unit role a column rarely leaves empty.
func leadUnits(r model.Role) bool {
	return r == model.RoleLead || r == model.RoleResponsible
}
