package table

import "github.com/zwgk/gongwen/parse/internal/source"

// Kind is what a cleaned line is, as the parser's cleaner classified it.
type Kind int

// Line kinds.
const (
	Blank   Kind = iota // empty or white space only
	Noise               // a page number, a rule, a lone "|"
	Text                // a line of text
	TabRow              // cells separated by tabs
	PipeRow             // cells separated by |
)

// Line is one cleaned line: its text, its kind and, for tab and pipe rows,
// its cells. Used lines (taken by an earlier stage) end a table.
type Line struct {
	S     source.Str
	Kind  Kind
	Cells []source.Str
	Used  bool
	// Indent is the display width of the white space before S in the
	// source line (Width): the columns of a table laid out with spaces.
	Indent int
	// Page is set on a line whose text a form feed stood before: the
	// first line of a page, where a PDF-to-text tool broke a table row.
	Page bool
}
