package parse

import (
	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/quality"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
)

// minShiftedCells is how many deadlines a column named for units must
// hold before its table is taken to be read a column off.
const minShiftedCells = 2

// shiftedUnits watches the columns a header names for units: where most
// of their cells are deadlines (2024 年6 月底前, 持续推进), the names
// stood off their columns — pdftotext -layout set a name wrapped around
// the names line (完成时 above, 限 below) where the reader lost it — and
// every row was read a column off, its units glued into its content. The
// table goes to the quality assessment (Evidence.ShiftedTables). Columns
// past the 64th are not watched.
type shiftedUnits struct {
	cols      uint64     // the columns named for units
	cells     int        // their filled cells read so far
	deadlines int        // of which deadlines
	first     model.Span // the table's first row
	rows      bool       // a row was read under the header
	noted     bool       // the table is in Evidence.ShiftedTables
}

// header starts watching the table under a header typed as cols.
func (s *shiftedUnits) header(cols []table.Column) {
	*s = shiftedUnits{}
	for i, c := range cols {
		if i < 64 && c.Role == table.Units && c.By == table.ByHeader && !c.Marks {
			s.cols |= 1 << i
		}
	}
}

// row counts a row's cells in the watched columns, its span sp, and notes
// the table while its units column has held deadlines in most rows so
// far, taking the note back when units in the rows below make them few.
func (s *shiftedUnits) row(ev *quality.Evidence, cells []source.Str, sp model.Span) {
	if s.cols == 0 {
		return
	}
	if !s.rows {
		s.first, s.rows = sp, true
	}
	for i, c := range cells {
		if i >= 64 || s.cols&(1<<i) == 0 || c.Len() == 0 {
			continue
		}
		s.cells++
		if isDeadlinePhrase(c.S) {
			s.deadlines++
		}
	}
	shifted := s.deadlines >= minShiftedCells && s.deadlines*2 > s.cells
	switch {
	case s.noted && !shifted:
		// Units again in the rows below: most rows read right after all.
		ev.ShiftedTables = ev.ShiftedTables[:len(ev.ShiftedTables)-1]
		s.noted = false
	case s.noted:
		last := &ev.ShiftedTables[len(ev.ShiftedTables)-1]
		last.End = max(last.End, sp.End)
	case shifted:
		span := s.first
		span.End = max(span.End, sp.End)
		ev.ShiftedTables = append(ev.ShiftedTables, span)
		s.noted = true
	}
}
