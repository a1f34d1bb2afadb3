package table

import (
	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// doubtUnits marks the aligned short rows (Row.UnitDoubt) of a table whose
// rendering lost its empty cells (Grid.LostEmpty) that hold units in a
// secondary unit column (配合单位, 协办单位, 参与单位) and none in the lead
// one before it (牵头单位, 责任单位). Placement by type, ties going right,
// puts the lone unit cell in the secondary column, which is right under a
// lead cell merged over the rows and wrong where the row's empty
// secondary cell vanished; the rendering cannot tell the two apart.
// short tells the rows that had fewer cells than columns. Nothing is
// marked in a table with a row of cells that does not start at its first
// column (a heading row of one cell aside): that table drops merged
// cells, so the lead is carried down; nor where the unit cell names a
// secondary role itself (协助：某局).
func (v Vocab) doubtUnits(cols []Column, rows []Row, short []bool) {
	for _, r := range rows {
		if len(r.Cells) > 0 && r.Cells[0].Len() == 0 && Filled(r.Cells) > 1 {
			return
		}
	}
	for i := range rows {
		r := &rows[i]
		if !short[i] {
			continue
		}
		for j := range r.Cells {
			if leadBefore(cols, r.Cells, j) >= 0 && v.lone(r.Cells[j].S) {
				r.UnitDoubt = true
			}
		}
	}
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
