package table

import "github.com/zwgk/gongwen/parse/internal/source"

// Grid is a table as a recogniser read it: the header cells (empty when the
// table has none) and the rows, each with the cells that survived, in order.
type Grid struct {
	Header []source.Str
	Rows   []Row
	// Lines is the number of lines the recogniser consumed.
	Lines int
	// Sep joins cells that fall into one content column: a line break,
	// or a space for a table whose cells were separated by spaces.
	Sep string
	// AtEnd is set when the table runs to the end of the text, so that its
	// last row may have been cut.
	AtEnd bool
	// LostEmpty is set when the rendering left no trace of an empty cell
	// (a table copied one cell per line, or rows whose cells spaces
	// part, Spaced): a short row lost its empty
	// cells, not only the merged ones.
	LostEmpty bool
	// Drifted is set on a grid Drifting read where text cells wrapped
	// at their column's width and the positions of the pieces cannot be
	// trusted (one space parted two cells of a line, or a piece's type
	// put it in a column of another kind than the one it stands
	// nearest): no reading by position
	// (Columns) or of a row a line (Spaced) can be right.
	Drifted bool
	// CutFits is set on a grid Columns read whose lines all kept to the
	// columns once the pieces one space parted were cut at the next
	// column's start (cutAtNames): a cell that filled its column parted
	// from the next by one space (a text browser's dump) was the only
	// drift, so the reading by position stands.
	CutFits bool
	// Blocks is set on a grid Columns read whose numbered rows were all
	// read as cell blocks (blockcells.go): each cell's lines kept one
	// start column, so the reading by position stands over Drifting's.
	Blocks bool
}

// Row is one table row.
type Row struct {
	Cells []source.Str
	Line  int // index of its first line
	// AfterBreak is set on the first row after the header repeated (a page
	// break): it may continue the cell the break split.
	AfterBreak bool
	// Cut is set on a last row the end of the text cut short: it has fewer
	// cells than the table has columns and inherits nothing from above.
	Cut bool
	// UnitDoubt is set on a short row of a grid that lost its empty cells
	// whose lone units stand in a secondary unit column (配合单位) after an
	// empty lead one (牵头单位, 责任单位): they may be the lead column's,
	// the secondary cell the empty one that vanished, as well as the
	// secondary column's under a lead cell merged over the rows, and no
	// other row of the table tells which.
	UnitDoubt bool
}
