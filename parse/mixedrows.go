package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
)

// splitMixedRows re-splits the tab rows of a table whose cells a paste
// separated by a tab in some places and by a run of spaces in others (a
// WPS or Word table pasted into a web editor, each row a paragraph: 序号⇥
// 工作任务␣␣具体措施⇥牵头单位…). Such a table is known by its header: a tab
// row whose cells, cut at their runs of two spaces or more too, are each
// a column name (a name spaced out letter by letter, 序  号, is cut into
// no names). Its rows, down to a line of text that no tab row follows,
// are cut so too, unless that gives more
// cells than the header names (one more where a row number stands left
// of a header without 序号): a cell of a plain tab table keeps the spaces
// inside it (a name padded 李  明). A line of text between two rows (a
// heading 二、…, a row left with one cell) does not end the table.
func splitMixedRows(lines []line) {
	width := 0       // the header's cells, while inside such a table
	seqless := false // the header names no 序号 column
	for i := range lines {
		ln := &lines[i]
		switch ln.kind {
		case lineBlank, lineNoise:
			continue
		case lineTabRow:
		default:
			if width > 0 && !nextIsTabRow(lines, i+1) {
				width = 0
			}
			continue
		}
		cells, ok := spaceRunCells(ln.cells)
		switch {
		case !ok:
		case width == 0:
			if allNames(cells) && isHeaderRow(cells) {
				ln.cells, width = cells, len(cells)
				role, _, _ := table.HeaderRole(cells[0].S)
				seqless = role != table.Seq
			}
		case len(cells) <= width || seqless && len(cells) == width+1 && isBareNumber(cells[0].S):
			ln.cells = cells
		}
	}
}

// nextIsTabRow reports that the first line from lines[i] on that is not
// blank or noise is a tab row.
func nextIsTabRow(lines []line, i int) bool {
	for ; i < len(lines); i++ {
		switch lines[i].kind {
		case lineBlank, lineNoise:
			continue
		case lineTabRow:
			return true
		}
		return false
	}
	return false
}

// allNames reports cells that are each a known column name or empty (a
// sheet's empty column).
func allNames(cells []source.Str) bool {
	for _, c := range cells {
		if _, _, ok := table.HeaderRole(c.S); !ok && c.Len() > 0 {
			return false
		}
	}
	return true
}

// spaceRunCells cuts cells further at their runs of two white-space
// characters or more (ASCII, ideographic or no-break spaces), each piece
// trimmed; ok is false when no cell holds such a run.
func spaceRunCells(cells []source.Str) ([]source.Str, bool) {
	if !anySpaceRun(cells) {
		return nil, false
	}
	var out []source.Str
	for _, c := range cells {
		start, run := 0, 0 // the piece's start, the spaces before i
		for i, r := range c.S {
			if source.IsSpace(r) {
				run++
				continue
			}
			if run >= 2 && i-runBytes(c.S, i) > start {
				out = append(out, c.Slice(start, i).TrimSpace())
				start = i
			}
			run = 0
		}
		out = append(out, c.From(start).TrimSpace())
	}
	return out, true
}

// runBytes is the length in bytes of the white space that ends before i.
func runBytes(s string, i int) int {
	return i - len(strings.TrimRightFunc(s[:i], source.IsSpace))
}

// anySpaceRun reports a cell holding two white-space characters in a row
// (source.IsSpace, as spaceRunCells cuts at) inside its text.
func anySpaceRun(cells []source.Str) bool {
	for _, c := range cells {
		if hasSpaceRun(c.S) {
			return true
		}
	}
	return false
}

// hasSpaceRun reports two white-space runes in a row in s. A rune whose
// UTF-8 form opens with a byte from 0xE4 to 0xE9 (U+4000 to U+9FFF, the
// common Han runes) is no white space (isSpace knows none above U+3000
// but U+FEFF) and is stepped over undecoded: cells are mostly Han text.
func hasSpaceRun(s string) bool {
	run := 0
	for i := 0; i < len(s); {
		if b := s[i]; b >= 0xE4 && b <= 0xE9 {
			run, i = 0, i+3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if !source.IsSpace(r) {
			run = 0
		} else if run++; run == 2 {
			return true
		}
	}
	return false
}
