// Package table reads the task tables of work plans in whatever rendering
// survived a web page, a converter or a copy-paste, and types their columns.
//
// Data flows in two steps:
//
//  1. Recognisers (one per rendering family) turn cleaned lines into the
//     same Grid: a header (the column names, when there are any) and rows of
//     cells. Tab and pipe rows arrive as cells already and are gathered by
//     the caller; CellLines reads a table rendered one cell per line (with or
//     without blank lines, bare | lines, cells ending in " |", "||" row
//     separators); Spaced reads rows flattened to one line each with the
//     cells separated by spaces (or run together on one line, rows cut at
//     their 序号); RunTogether cuts a pipe row holding a whole table.
//  2. Type (typing.go) classifies every cell by its content (Classify: an
//     一、 ordinal → goal, （一） → task, a bare number → 序号, a unit list →
//     units, a deadline phrase → deadline, prose → content), gives each
//     column a role from its header word (folded to simplified, spaces
//     removed) or else from its cells, and aligns rows that lost cells
//     (merged cells dropped on continuation rows, empty cells a rendering
//     could not keep) to the columns by type, from the right.
//
// The package knows table words and cell shapes only; what a unit list or a
// deadline phrase is comes from the caller (Vocab), so that knowledge lives
// once, in the parser's clause reader.
package table
