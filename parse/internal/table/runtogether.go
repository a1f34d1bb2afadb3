package table

import (
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// RunTogether cuts a row that holds a whole table run together on one line
// (序号|工作任务|责任单位|1|…|市局|2|…) into rows. Its leading column names
// give the header; width is the width of a header seen before, for rows run
// together below it (then the grid has no header). The empty joint cells
// between rows of a pipe line (| 序号 | … | | 1 | … |) are dropped
// (dropJoints). When the cells kept their empty ones, rows are cut every
// width cells; when the first column
// is 序号 (an unheaded one included), before each row number instead, and
// a first-level heading (一、…) with its empty cells is a row of its own;
// when
// they did not, the cells are cut into rows by type as CellLines cuts them.
// ok is false when the cells are no run-together table.
func RunTogether(cells []source.Str, width int, v Vocab) (Grid, bool) {
	k := 0
	for k < len(cells) {
		if _, _, ok := HeaderRole(cells[k].S); !ok {
			break
		}
		k++
	}
	var g Grid
	switch {
	case k >= 2 && len(cells)-k >= k && !IsHeaderRow(cells):
		g.Header, k = twoRowHeader(cells, k)
		width = len(g.Header)
	case k == 0 && width >= 2 && len(cells) >= 2*width:
	default:
		return Grid{}, false
	}
	rest := dropJoints(cells[k:], width)
	cols := HeaderColumns(g.Header)
	seqCol := -1
	if len(cols) > 0 {
		if cols[0].Role == Seq {
			seqCol = 0
		} else if len(rest) > 0 && isRowNo(rest[0].S, 1) {
			cols = append([]Column{{Role: Seq, By: ByContent}}, cols...)
			seqCol, width = 0, width+1 // an unheaded 序号 column
		}
	}
	if len(cols) > 0 && !hasEmpty(rest) {
		rc := rowCutter{cols: cols, seqCol: seqCol, v: v}
		for _, c := range rest {
			rc.add(c, 0)
		}
		rc.flush()
		g.Rows = rc.rows
		return g, true
	}
	next := 1
	for len(rest) > 0 {
		n := min(width, len(rest))
		switch {
		case seqCol < 0:
		case isGoal(rest[0].S):
			// A heading row spanning the table, with its empty cells.
			n = 1
			for n < min(width, len(rest)) && rest[n].Len() == 0 {
				n++
			}
		case isRowNo(rest[0].S, next):
			n = 1
			for n < len(rest) && !isRowNo(rest[n].S, next+1) && !isGoal(rest[n].S) {
				n++
			}
			next++
			// Continuation rows under the row number: rows of the
			// table's width.
			for n > width && len(rest) >= width {
				g.Rows = append(g.Rows, Row{Cells: rest[:width]})
				rest, n = rest[width:], n-width
			}
		}
		g.Rows = append(g.Rows, Row{Cells: rest[:n]})
		rest = rest[n:]
	}
	markCut(&g, width)
	return g, true
}

// dropJoints removes the joints of rows run together on one pipe line
// (| 序号 | 任务 | 单位 | | 1 | … | | 2 | … |): when every row of width
// cells, to the end of the cells, follows one empty cell (the two rows'
// outer pipes), those empty cells are no cells of the table. Cells off
// that rhythm come back as they are.
func dropJoints(rest []source.Str, width int) []source.Str {
	if width < 1 || len(rest) == 0 || len(rest)%(width+1) != 0 {
		return rest
	}
	for k := 0; k < len(rest); k += width + 1 {
		if rest[k].Len() != 0 {
			return rest
		}
	}
	out := make([]source.Str, 0, len(rest)/(width+1)*width)
	for k := 0; k < len(rest); k += width + 1 {
		out = append(out, rest[k+1:k+1+width]...)
	}
	return out
}

// markCut marks a last row narrower than the table as cut by the end of
// the line.
func markCut(g *Grid, width int) {
	if n := len(g.Rows); n > 0 && len(g.Rows[n-1].Cells) < width && !isGoal(g.Rows[n-1].Cells[0].S) {
		g.Rows[n-1].Cut = true
	}
}

func isGoal(s string) bool {
	o, ok := ord.Read(s)
	return ok && o.Style == ord.CnDun
}

// twoRowHeader reads the header at the start of run-together cells whose
// first k are known column names. When the names go on with empty cells
// and names the list does not know (责任分工||完成时限|||牵头单位|配合单位|),
// the header may be two rows: the narrowest width at which the rows,
// merged, name every column is taken. It returns the header and the
// number of cells it took.
func twoRowHeader(cells []source.Str, k int) ([]source.Str, int) {
	n := k
	for n < len(cells) && !isRowNo(cells[n].S, 1) && !isGoal(cells[n].S) {
		if _, ok := headerish(cells[n].S); !ok && cells[n].Len() > 0 {
			break
		}
		n++
	}
	for w := k; w <= n/2; w++ {
		if n%w != 0 || n/w > maxHeaderRows {
			continue
		}
		merged := cells[:w]
		for r := w; r < n; r += w {
			merged = MergeHeaders(merged, cells[r:r+w])
		}
		if allNamed(merged) {
			return merged, n
		}
	}
	return cells[:k], k
}

// maxHeaderRows bounds the rows of a header.
const maxHeaderRows = 3

// allNamed reports header cells that are all known column names.
func allNamed(cells []source.Str) bool {
	for _, c := range cells {
		if _, _, ok := HeaderRole(c.S); !ok {
			return false
		}
	}
	return true
}
