package table

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// singleCell returns the cell of a line that holds one table cell: a text
// line, or a pipe line with at most one cell ("内容 |").
func singleCell(ln Line) (source.Str, bool) {
	switch ln.Kind {
	case Text:
		return ln.S, true
	case PipeRow:
		switch len(ln.Cells) {
		case 0:
			return source.Str{}, true
		case 1:
			return ln.Cells[0], true
		}
	}
	return source.Str{}, false
}

// maxUnknownHeader bounds a column name the word list does not know
// (民生实事): a short phrase without punctuation.
const maxUnknownHeader = 8

// headerish reports a cell that may be a column name.
func headerish(s string) (known, ok bool) {
	if _, _, k := HeaderRole(s); k {
		return true, true
	}
	if utf8.RuneCountInString(s) > maxUnknownHeader || IsNumber(s) || strings.ContainsAny(s, "，。、；：,.;:（）()") {
		return false, false
	}
	return false, true
}

// headerLines reads column names standing one per line from lines[i]: the
// first must be a known column name, unknown names count only between
// known ones. It returns the names and the index of the line after them.
func headerLines(lines []Line, i, to int) ([]source.Str, int) {
	var heads []source.Str
	end, lastKnown, known := i, -1, 0
	for j := i; j < to; j++ {
		ln := lines[j]
		if ln.Used {
			break
		}
		if ln.Kind == Blank || ln.Kind == Noise {
			continue
		}
		c, ok := singleCell(ln)
		if !ok || c.Len() == 0 {
			break
		}
		k, ok := headerish(c.S)
		if !ok || len(heads) == 0 && !k {
			break
		}
		heads = append(heads, c)
		if k {
			known++
			lastKnown, end = len(heads), j+1
		}
	}
	return heads[:max(lastKnown, 0)], end
}

// CellLines recognises a table rendered one cell per line, as a web page
// that lost its table markup gives it: at least three column names each on
// its own line (two of them known), then the cells. Blank lines and bare |
// lines between cells are ignored; cells ending in " |" with "||" lines
// between rows keep their row boundaries and empty cells. Otherwise rows
// are cut where a row number (序号) stands, where a first-level heading
// stands, and where a cell can only belong to a column left of the cell
// before it. It returns ok false when lines[i] starts no such table.
func CellLines(lines []Line, i, to int, v Vocab) (Grid, bool) {
	heads, j := headerLines(lines, i, to)
	known := 0
	for _, h := range heads {
		if _, _, ok := HeaderRole(h.S); ok {
			known++
		}
	}
	if len(heads) < 3 || known < 2 {
		return Grid{}, false
	}
	g := Grid{Header: heads}
	cols := HeaderColumns(heads)
	seqCol := -1
	for c, col := range cols {
		if col.Role == Seq {
			seqCol = c
			break
		}
	}
	if seqCol < 0 && firstCellIsNumber(lines, j, to) {
		// An unheaded 序号 column: Type widens the table by it.
		cols = append([]Column{{Role: Seq, By: ByContent}}, cols...)
		seqCol = 0
	}
	var cur []source.Str
	curLine := j
	pos := -1
	emit := func() {
		if len(cur) > 0 {
			g.Rows = append(g.Rows, Row{Cells: cur, Line: curLine})
		}
		cur, pos = nil, -1
	}
	pipeMode := false
	k := j
	for ; k < to; k++ {
		ln := lines[k]
		if ln.Used {
			break
		}
		if ln.Kind == PipeRow && len(ln.Cells) == 0 { // "||": a row boundary
			pipeMode = true
			emit()
			continue
		}
		if ln.Kind == Blank {
			continue
		}
		if ln.Kind == Noise {
			if ln.S.S == "|" && pipeMode {
				cur = append(cur, source.Str{})
			}
			continue
		}
		c, ok := singleCell(ln)
		if !ok || isFieldLine(c.S) {
			break
		}
		if len(cur) == 0 {
			curLine = k
		}
		if pipeMode {
			cur = append(cur, c)
			continue
		}
		t := v.Classify(c.S)
		switch {
		case t == GoalCell:
			// A first-level heading between rows is a row of its own.
			emit()
			g.Rows = append(g.Rows, Row{Cells: []source.Str{c}, Line: k})
			continue
		case t == SeqCell && seqCol >= 0:
			emit()
			curLine, pos = k, seqCol
			cur = append(cur, c)
			continue
		}
		at := nextColumn(cols, pos, t)
		if at < 0 {
			emit()
			curLine = k
			at = max(nextColumn(cols, -1, t), 0)
		}
		cur = append(cur, c)
		pos = at
	}
	emit()
	g.Lines = k - i
	g.AtEnd = atEnd(lines, k)
	if g.AtEnd && len(g.Rows) > 0 {
		last := &g.Rows[len(g.Rows)-1]
		last.Cut = len(last.Cells) < len(cols)
	}
	return g, true
}

// nextColumn is the column after pos (or pos itself for units, which a
// row may list one per line) where a cell of type t fits best, or -1 when
// it fits none. An empty cell takes the next column.
func nextColumn(cols []Column, pos int, t CellType) int {
	if t == Empty {
		if pos+1 < len(cols) {
			return pos + 1
		}
		return -1
	}
	from := pos + 1
	if pos >= 0 && cols[pos].Role == Units {
		from = pos
	}
	best, at := 0, -1
	for c := from; c < len(cols); c++ {
		if f := fit[cols[c].Role][t]; f > best {
			best, at = f, c
		}
	}
	return at
}

// atEnd reports that nothing but blank lines follows lines[k:].
func atEnd(lines []Line, k int) bool {
	for ; k < len(lines); k++ {
		if lines[k].Kind != Blank && lines[k].Kind != Noise {
			return false
		}
	}
	return true
}

// maxLabel bounds the label of a field line.
const maxLabel = 6

// isFieldLine reports a line that starts with a short label and a colon
// (注：…, 公开方式：主动公开): text after the table, not a cell.
func isFieldLine(s string) bool {
	k := strings.IndexAny(s, "：:")
	if k <= 0 {
		return false
	}
	label := s[:k]
	return utf8.RuneCountInString(label) <= maxLabel && !strings.ContainsAny(label, "，。、；,;（）()")
}

// firstCellIsNumber reports that the first cell from lines[j] is a row
// number.
func firstCellIsNumber(lines []Line, j, to int) bool {
	for ; j < to; j++ {
		if lines[j].Kind == Blank || lines[j].Kind == Noise {
			continue
		}
		c, ok := singleCell(lines[j])
		return ok && isRowNo(c.S, 1)
	}
	return false
}
