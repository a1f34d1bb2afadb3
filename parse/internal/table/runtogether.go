package table

import (
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// RunTogether cuts a row that holds a whole table run together on one line
// (序号|工作任务|责任单位|1|…|市局|2|…) into rows. Its leading column names
// give the header; width is the width of a header seen before, for rows run
// together below it (then the grid has no header). Rows are cut before
// each row number when the first column is 序号, else every width cells;
// a cell with a first-level heading (一、…) stands as a row of its own.
// ok is false when the cells are no run-together table.
func RunTogether(cells []source.Str, width int) (Grid, bool) {
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
		g.Header = cells[:k]
		width = k
	case k == 0 && width >= 2 && len(cells) >= 2*width:
	default:
		return Grid{}, false
	}
	rest := cells[k:]
	bySeq := false
	if len(g.Header) > 0 {
		r, _, _ := HeaderRole(g.Header[0].S)
		bySeq = r == Seq || len(rest) > 0 && isRowNo(rest[0].S, 1)
		if r != Seq && bySeq {
			width++ // an unheaded 序号 column
		}
	}
	next := 1
	for len(rest) > 0 {
		if o, ok := ord.Read(rest[0].S); ok && o.Style == ord.CnDun {
			g.Rows = append(g.Rows, Row{Cells: rest[:1]})
			rest = rest[1:]
			continue
		}
		n := min(width, len(rest))
		if bySeq && isRowNo(rest[0].S, next) {
			n = 1
			for n < len(rest) && !isRowNo(rest[n].S, next+1) && !isGoal(rest[n].S) {
				n++
			}
			next++
		}
		g.Rows = append(g.Rows, Row{Cells: rest[:n], Cut: n < width && n == len(rest)})
		rest = rest[n:]
	}
	return g, true
}

func isGoal(s string) bool {
	o, ok := ord.Read(s)
	return ok && o.Style == ord.CnDun
}
