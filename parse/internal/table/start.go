package table

// MayStart reports whether a table that CellLines, Columns, Spaced,
// Numbered or LabelBlocks reads may start at ln, by the facts of that line
// alone: a column name standing alone (CellLines), a text line with a gap
// of two columns (Columns), a short line starting with 序 or 编 (Spaced),
// the row number 1 alone (Numbered), or a field line naming the row number
// or the task (LabelBlocks). Blank and noise lines may precede a
// table's first name. Each recogniser turns such a line away itself; a
// caller tests MayStart first to spare building the lines they read for
// the prose lines that can start none.
func MayStart(ln Line) bool {
	return cellLinesStart(ln) || columnsStart(ln) || spacedStart(ln) || numberedStart(ln) || labelBlocksStart(ln)
}

// cellLinesStart reports a line that may start a table of one cell per
// line: a column name the word list knows standing alone, or a blank or
// noise line before one (headerLines).
func cellLinesStart(ln Line) bool {
	if ln.Used {
		return false
	}
	if ln.Kind == Blank || ln.Kind == Noise {
		return true
	}
	c, ok := singleCell(ln)
	if !ok || c.Len() == 0 {
		return false
	}
	_, _, known := HeaderRole(c.S)
	return known
}
