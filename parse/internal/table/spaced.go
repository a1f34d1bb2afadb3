package table

import (
	"strings"

	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// fields splits s at runs of white space (ASCII, no-break and ideographic
// spaces), keeping each field's mapping to the source.
func fields(s source.Str) []source.Str {
	var out []source.Str
	start := -1
	for i, r := range s.S {
		if source.IsSpace(r) {
			if start >= 0 {
				out = append(out, s.Slice(start, i))
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s.From(start))
	}
	return out
}

// maxNameFields bounds the fields one spaced-out column name may take
// (工 作 任 务).
const maxNameFields = 6

// spacedHeader reads a line of column names separated by spaces, a name
// itself perhaps spaced out letter by letter. Every field must belong to a
// known name (the shortest that reads as one), the first name must be 序号 (rows are found by their numbers)
// and there must be at least two more.
func spacedHeader(fs []source.Str) ([]source.Str, bool) {
	var heads []source.Str
	for i := 0; i < len(fs); {
		n := 0
		for k := i + 1; k <= min(len(fs), i+maxNameFields); k++ {
			if _, _, ok := HeaderRole(source.Concat(fs[i:k]...).S); ok {
				n = k - i
				break
			}
		}
		if n == 0 {
			return nil, false
		}
		heads = append(heads, source.Join(fs[i:i+n], " "))
		i += n
	}
	if len(heads) < 3 {
		return nil, false
	}
	if r, _, _ := HeaderRole(heads[0].S); r != Seq {
		return nil, false
	}
	return heads, true
}

// Spaced recognises a table whose rows were flattened to text with the
// cells separated by spaces: a line of column names starting with 序号,
// then rows each starting with the next row number, one per line or run
// together on one line, heading rows (一、…, or a Chinese numeral and a
// title: 一 提升政务服务效能), and continuation rows under a
// merged 序号 (ending like a row, or followed by the next row). A row's fields are its cells, except that a column
// of content or units may take several (a requirement with spaces in it).
func Spaced(lines []Line, i, to int) (Grid, bool) {
	if !spacedStart(lines[i]) {
		return Grid{}, false
	}
	heads, ok := spacedHeader(fields(lines[i].S))
	if !ok {
		return Grid{}, false
	}
	// Spaces part the cells, so an empty cell leaves no trace.
	g := Grid{Header: heads, Sep: " ", LostEmpty: true}
	next := 1
	afterBreak := false
	k := i + 1
	for ; k < to; k++ {
		ln := lines[k]
		if ln.Used {
			break
		}
		if ln.Kind == Blank || ln.Kind == Noise {
			continue
		}
		if ln.Kind != Text {
			break
		}
		fs := fields(ln.S)
		if headerRepeated(fs, heads) {
			afterBreak = true // the header repeated after a page break
			continue
		}
		if !isRowNo(fs[0].S, next) {
			if isGoal(ln.S.S) || len(fs) > 1 && isGroupNumber(fs[0].S) || len(g.Rows) > 0 && continuation(lines, k, to, next) {
				// A heading row (一、…, or 一 and a title), or a
				// continuation row under a merged 序号.
				g.Rows = append(g.Rows, Row{Cells: fs, Line: k, AfterBreak: afterBreak})
				afterBreak = false
				continue
			}
			break
		}
		start := 0
		for f := 1; f <= len(fs); f++ {
			if f < len(fs) && !isRowNo(fs[f].S, next+1) {
				continue
			}
			g.Rows = append(g.Rows, Row{Cells: fs[start:f], Line: k, AfterBreak: afterBreak})
			afterBreak = false
			next++
			start = f
		}
	}
	if len(g.Rows) == 0 {
		return Grid{}, false
	}
	g.Lines = k - i
	g.AtEnd = atEnd(lines, k)
	if g.AtEnd {
		last := &g.Rows[len(g.Rows)-1]
		last.Cut = len(last.Cells) < len(heads)
	}
	return g, true
}

// headerRepeated reports that the fields fs of a line are the names heads
// again (the header repeated after a page break). Most lines are told by
// their first field: the first name starts with it.
func headerRepeated(fs, heads []source.Str) bool {
	if first, _, _ := strings.Cut(heads[0].S, " "); len(fs) == 0 || fs[0].S != first {
		return false
	}
	again, ok := spacedHeader(fs)
	return ok && SameCells(again, heads)
}

// spacedStart reports a line that may be a spaced table's header: a
// short text line starting with 序 or 编 (序号, 编号).
func spacedStart(ln Line) bool {
	return ln.Kind == Text && !ln.Used && source.ContainsRune("序编", script.SimplifiedRune(ln.S.FirstRune())) && !source.MoreRunes(ln.S.S, 80)
}

// isRowNo reports whether s is the row number n.
func isRowNo(s string, n int) bool {
	if !IsNumber(s) {
		return false
	}
	v := 0
	for _, r := range s {
		if d := ord.DigitValue(r); d >= 0 {
			v = v*10 + d
		}
	}
	return v == n
}

// maxRowEnd bounds the last cell of a row (a unit list or a deadline).
const maxRowEnd = 40

// rowEnd reports a field that may end a row: not a sentence (rows end in
// their units or deadline, prose after a table ends in 。).
func rowEnd(s string) bool {
	return !strings.HasSuffix(s, "。") && !source.MoreRunes(s, maxRowEnd)
}

// maxContinuation bounds the continuation rows under one merged 序号.
const maxContinuation = 4

// continuation reports that lines[k], which starts with no row number, is
// a continuation row: it or one of the few lines after it ends like a row
// (its units or deadline), or they lead to row number n or a heading row.
func continuation(lines []Line, k, to, n int) bool {
	for seen := 0; k < to && seen < maxContinuation; k++ {
		if lines[k].Kind == Blank || lines[k].Kind == Noise {
			continue
		}
		if lines[k].Kind != Text || lines[k].Used {
			return false
		}
		fs := fields(lines[k].S)
		if seen > 0 && (isRowNo(fs[0].S, n) || isGoal(lines[k].S.S)) {
			return true
		}
		if len(fs) >= 2 && rowEnd(fs[len(fs)-1].S) {
			return true
		}
		seen++
	}
	return false
}

// SameCells reports two lists of cells with the same texts (a header
// repeated after a page break).
func SameCells(a, b []source.Str) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].S != b[i].S {
			return false
		}
	}
	return true
}
