package quality

import "github.com/zwgk/gongwen/model"

// penaltyShiftedColumns sends a table read a column off to review: its
// units, deadlines and contents are all in the wrong fields.
const penaltyShiftedColumns = 0.35

// checkShiftedColumns reports the tables whose column named for units
// holds deadlines in most rows (Evidence.ShiftedTables): the header's
// names were placed off their columns, so every row was read a column
// off, its units glued into its content and its deadline taken for its
// units. Nothing else need show: the contents still read as sentences.
func checkShiftedColumns(a *assessor) {
	for _, sp := range a.ev.ShiftedTables {
		a.document(model.ReasonGuessedColumns, &sp, "the column named for units holds deadlines in most rows: the names stood off their columns and the cells were read a column off")
	}
	if len(a.ev.ShiftedTables) > 0 {
		a.penalise(model.ReasonGuessedColumns, penaltyShiftedColumns)
	}
}
