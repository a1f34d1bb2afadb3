package table

import (
	"strings"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// SheetCaption reports a row of a spreadsheet saved as text that holds a
// line of the sheet rather than a table row: three cells or more, all but
// one or two of them empty (the sheet's title, a 填报单位：… line with its
// date), as the rows above a sheet's header are padded to its width. The
// caller skips such rows only where a header follows them.
func SheetCaption(cells []source.Str) bool {
	if len(cells) < 3 {
		return false
	}
	n := Filled(cells)
	return n >= 1 && n <= 2 && n*2 < len(cells)
}

// NoteRow reports a row holding a field line (注：…) in its first cell and
// nothing else: a note under a sheet's table, padded to its width, that
// ends the table.
func NoteRow(cells []source.Str) bool {
	return len(cells) >= 2 && Filled(cells) == 1 && isFieldLine(strings.TrimSpace(cells[0].S))
}
