package table

import (
	"strings"

	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
)

// fit scores a cell of type t in a column of role r: positive where the
// cell belongs, negative where it cannot stand.
var fit = [...][len(cellTypes)]int{
	//          Empty Header Goal Task Seq Units Deadline Prose Short
	Unknown:  {0, 0, 0, 0, 0, 0, 0, 1, 1},
	Goal:     {0, -2, 4, -1, -3, -3, -3, 0, 1},
	Task:     {0, -2, 3, 4, -3, -2, -3, 2, 3},
	Content:  {0, -2, 1, 1, -3, -1, -2, 4, 2},
	Units:    {0, -4, -4, -4, -4, 4, -3, -2, 1},
	Deadline: {0, -4, -4, -4, -4, -3, 4, -1, 1},
	Seq:      {0, -4, -4, -4, 5, -4, -4, -4, -4},
	Ignore:   {0, -2, -2, -2, -2, -1, 1, 1, 1},
}

// cellTypes lists the cell types in the order of fit's columns.
var cellTypes = [...]CellType{Empty, HeaderCell, GoalCell, TaskCell, SeqCell, UnitsCell, DeadlineCell, ProseCell, ShortCell}

// multi reports that column j may take cell i+1 after cell i: unit names
// each on a line of their own; in the text column (textColumn), prose or
// short text after a cell that stopped in mid-sentence — a requirement the
// source broke over lines; in a table whose cells were separated by
// spaces, any content or task (they have spaces in them).
func multi(cols []Column, j int, sep string, types []CellType, open []bool, i int) bool {
	switch r := cols[j].Role; {
	case r == Units:
		return true
	case sep == " " && (r == Content || r == Task):
		return true
	}
	next := types[i+1]
	return textColumn(cols, j) && open[i] && (next == ProseCell || next == ShortCell)
}

// textColumn reports the column that holds a row's requirement: a content
// column, or the task column of a table that has no content column.
func textColumn(cols []Column, j int) bool {
	switch cols[j].Role {
	case Content:
		return true
	case Task:
		for _, c := range cols {
			if c.Role == Content {
				return false
			}
		}
		return true
	}
	return false
}

// extraCell is the cost of a second cell in one column: a row's cells go
// one per column when they can.
const extraCell = 1

// joiner is what joins several cells that fell into one column: units
// are listed with commas, content keeps the grid's separator.
func joiner(r Role, sep string) string {
	switch {
	case r == Units:
		return "，"
	case sep != "":
		return sep
	}
	return "\n"
}

// Align returns the row's cells one per column. A row as wide as the table
// keeps its order, unless the table is ragged (some rows have more filled
// cells than it has columns: cells the source broke over lines, units on
// lines of their own) and its last cell cannot stand in the last column
// (misfit: a requirement in two cells pushed the units under the
// deadline); a narrower row that kept its empty cells (a positional
// rendering) is padded on the right; any other row — cells lost with the
// markup, merged cells dropped on continuation rows, several unit cells —
// is aligned by type: each cell goes to the column its type fits best,
// in order, ties going to the rightmost column.
func (v Vocab) Align(cols []Column, cells []source.Str, sep string, ragged bool) []source.Str {
	n := len(cols)
	if n == 0 {
		return cells
	}
	if len(cells) < n && hasEmpty(cells) {
		out := make([]source.Str, n)
		copy(out, cells)
		return out
	}
	if len(cells) == n && !(ragged && misfit(cols[n-1].Role, v.Classify(cells[n-1].S))) {
		// A cell pushed out of place pushes the last one with it.
		return cells
	}
	var typeBuf [16]CellType
	var openBuf [16]bool
	types, open := typeBuf[:0], openBuf[:0]
	for _, c := range cells {
		types = append(types, v.Classify(c.S))
		open = append(open, !endsSentence(c.S))
	}
	at := place(cols, types, open, sep)
	if len(cells) == n && misplaced(cols, types, at) {
		return cells // typing does no better
	}
	// at goes left to right: the cells of a column are a run of cells.
	out := make([]source.Str, n)
	var buf [8]source.Str
	for i, j := 0, 0; j < n; j++ {
		k := i
		for k < len(at) && at[k] == j {
			k++
		}
		if cols[j].Role == Units {
			out[j] = joinUnitLines(filled(cells[i:k], buf[:0]))
		} else {
			out[j] = source.Join(filled(cells[i:k], buf[:0]), joiner(cols[j].Role, sep))
		}
		i = k
	}
	return out
}

// filled returns the cells that are not empty: cells itself when none is,
// else those appended to buf.
func filled(cells, buf []source.Str) []source.Str {
	if !hasEmpty(cells) {
		return cells
	}
	for _, c := range cells {
		if c.Len() > 0 {
			buf = append(buf, c)
		}
	}
	return buf
}

// misplaced reports a typed cell that cell placement at puts where it
// cannot stand (misfit).
func misplaced(cols []Column, types []CellType, at []int) bool {
	for i, t := range types {
		if misfit(cols[at[i]].Role, t) {
			return true
		}
	}
	return false
}

// misfit reports a cell whose type says what it is (units, a deadline, a
// number, a heading) in a column of role r where it cannot stand.
func misfit(r Role, t CellType) bool {
	switch t {
	case UnitsCell, DeadlineCell, SeqCell, GoalCell, TaskCell:
		return fit[r][t] <= strongMisfit
	}
	return false
}

// strongMisfit is the fit from which a typed cell cannot stand in a column.
const strongMisfit = -3

func hasEmpty(cells []source.Str) bool {
	for _, c := range cells {
		if c.Len() == 0 {
			return true
		}
	}
	return false
}

// place assigns each cell a column, in order (non-decreasing; a column
// takes several cells only where multi allows), maximising the total fit.
// open tells which cells stop in mid-sentence.
func place(cols []Column, types []CellType, open []bool, sep string) []int {
	m, n := len(types), len(cols)
	const none = -1 << 30
	// g[i*n+j]: best score of cells i.. with cell i in column j;
	// next[i*n+j]: the column of cell i+1 then.
	var buf [2 * 128]int
	var g, next []int
	if size := (m + 1) * n; 2*size <= len(buf) {
		g, next = buf[:size], buf[size:2*size]
	} else {
		g, next = make([]int, size), make([]int, size)
	}
	for i := m - 1; i >= 0; i-- {
		for j := 0; j < n; j++ {
			s := fit[cols[j].Role][types[i]]
			if i == m-1 {
				g[i*n+j] = s
				continue
			}
			after := g[(i+1)*n : (i+2)*n] // the scores of cell i+1
			best, bk := none, -1
			if multi(cols, j, sep, types, open, i) && after[j] > none/2 {
				best, bk = after[j]-extraCell, j
			}
			for k := j + 1; k < n; k++ {
				if after[k] > none/2 && after[k] >= best {
					best, bk = after[k], k
				}
			}
			if bk < 0 {
				g[i*n+j] = none
				continue
			}
			g[i*n+j] = s + best
			next[i*n+j] = bk
		}
	}
	at := make([]int, m)
	best, j := none, 0
	for k := 0; k < n; k++ {
		if g[k] > none/2 && g[k] >= best {
			best, j = g[k], k
		}
	}
	if best == none { // more cells than columns can hold: keep the order
		for i := range at {
			at[i] = min(i, n-1)
		}
		return at
	}
	for i := 0; i < m; i++ {
		at[i] = j
		j = next[i*n+j]
	}
	return at
}

// Fits reports whether a cell of type t can stand in a column of role r.
func Fits(r Role, t CellType) bool { return fit[r][t] > 0 }

// joinUnitLines joins the cells that fell into a unit column: listed with
// commas (one unit or phrase a line), but a line cut in mid-name by a
// converter that wrapped the cell (县发改委、县自然资 / 源局, 各乡镇人 /
// 民政府) runs on into the next without a break: its last name, without a
// role word, is one the next line finishes (org.RunsOn).
func joinUnitLines(cells []source.Str) source.Str {
	if len(cells) == 0 {
		return source.Str{}
	}
	out := cells[0]
	for _, c := range cells[1:] {
		if cutMidName(out.S, c.S) {
			out = source.Concat(out, c)
		} else {
			out = source.Join([]source.Str{out, c}, joiner(Units, ""))
		}
	}
	return out
}

// cutMidName reports a unit line whose last name the next line finishes.
func cutMidName(prev, next string) bool {
	last := prev[strings.LastIndexAny(prev, nameSeps)+1:]
	if last == "" || endsName(last) || endsClause(prev) || hasRoleMark(segment.ToSimplified(last)) {
		return false
	}
	return org.RunsOn(last, next)
}
