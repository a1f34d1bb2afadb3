package table

import (
	"slices"

	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// RunTogether cuts a row that holds a whole table run together on one line
// (序号|工作任务|责任单位|1|…|市局|2|…) into rows. Its leading column names
// give the header (namesRun: unknown ones between known ones included);
// width is the width of a header seen before, for rows run together below
// it (then the grid has no header). The empty joint cells
// between rows of a pipe line (| 序号 | … | | 1 | … |) are dropped
// (dropJoints). When the cells kept their empty ones and every row cut by
// position fits its columns, rows are cut every width cells (when the
// first column is 序号, an unheaded one included, before each row number
// instead, and a first-level heading with its empty cells is a row of its
// own). Otherwise — no empty cells, or ragged rows (cells a page break
// split, rows wider or narrower than the header) — the cells are cut into
// rows by type as CellLines cuts them (typedRows). A repeat of the header
// (a page break) is no row: the row after it is marked. ok is false when
// the cells are no run-together table.
func RunTogether(cells []source.Str, width int, v Vocab) (Grid, bool) {
	k := namesRun(cells)
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
	if len(cols) > 0 && hasEmpty(rest) {
		g.Rows = positionalRows(rest, g.Header, width, seqCol)
		if v.fitColumns(cols, g.Rows) {
			markCut(&g, width)
			return g, true
		}
	}
	if len(cols) > 0 {
		if seqCol < 0 {
			// A 序号 column right of a merged 类别 column: the cutter opens
			// a row at its number, the 类别 cell before it included.
			seqCol = slices.IndexFunc(cols, func(c Column) bool { return c.Role == Seq })
		}
		g.Rows = typedRows(rest, g.Header, cols, seqCol, v)
		return g, true
	}
	g.Rows = positionalRows(rest, nil, width, seqCol)
	markCut(&g, width)
	return g, true
}

// maxUnknownRun bounds the unknown names a header run together on one
// line holds between two known ones (序号|存在问题|整改措施|责任单位).
const maxUnknownRun = 2

// namesRun returns how many leading cells are the header's names: known
// column names, and unknown short names (headerish) standing between two
// known ones, at most maxUnknownRun of them together, up to an empty cell
// (the joint of a header over two rows, twoRowHeader). A cell after the
// last known name (a 类别 cell opening the first row) is data.
func namesRun(cells []source.Str) int {
	k, unknown := 0, 0
	for j, c := range cells {
		known, ok := headerish(c.S)
		if !ok || c.Len() == 0 || !known && (j == 0 || unknown == maxUnknownRun) {
			break
		}
		if known {
			k, unknown = j+1, 0
		} else {
			unknown++
		}
	}
	return k
}

// headerAt returns the length of a repeat of the header at cells[i:] (a
// page break inside the table), or 0.
func headerAt(cells []source.Str, i int, header []source.Str) int {
	n := len(header)
	if n == 0 || i+n > len(cells) || !SameCells(cells[i:i+n], header) {
		return 0
	}
	return n
}

// typedRows cuts run-together cells into rows by type (rowCutter). Empty
// cells are dropped: where rows are ragged their count is no guide, and a
// row's cells are aligned by type later anyway.
func typedRows(rest, header []source.Str, cols []Column, seqCol int, v Vocab) []Row {
	rc := rowCutter{cols: cols, seqCol: seqCol, v: v}
	for i := 0; i < len(rest); i++ {
		if n := headerAt(rest, i, header); n > 0 {
			rc.flush()
			rc.afterBreak = true
			i += n - 1
			continue
		}
		if rest[i].Len() > 0 {
			rc.add(rest[i], 0)
		}
	}
	rc.flush()
	return rc.rows
}

// positionalRows cuts cells that kept their empty ones by position: every
// width cells, or, when the table has a 序号 column, before each row number
// (continuation rows under one number as rows of the table's width), a
// first-level heading with its empty cells being a row of its own.
func positionalRows(rest, header []source.Str, width, seqCol int) []Row {
	var rows []Row
	next := 1
	afterBreak := false
	for len(rest) > 0 {
		if h := headerAt(rest, 0, header); h > 0 {
			rest, afterBreak = rest[h:], true
			continue
		}
		n := min(width, len(rest))
		switch {
		case seqCol < 0:
		case isGoal(rest[0].S):
			n = 1
			for n < min(width, len(rest)) && rest[n].Len() == 0 {
				n++
			}
		case isRowNo(rest[0].S, next):
			n = 1
			for n < len(rest) && !isRowNo(rest[n].S, next+1) && !isGoal(rest[n].S) && headerAt(rest, n, header) == 0 {
				n++
			}
			next++
			for n > width && len(rest) >= width {
				rows = append(rows, Row{Cells: rest[:width], AfterBreak: afterBreak})
				rest, n, afterBreak = rest[width:], n-width, false
			}
		}
		rows = append(rows, Row{Cells: rest[:n], AfterBreak: afterBreak})
		rest, afterBreak = rest[n:], false
	}
	return rows
}

// fitColumns reports rows cut by position whose cells all stand in
// columns they may stand in: no row wider than the table, no unit list
// under a content column, no prose under a units column.
func (v Vocab) fitColumns(cols []Column, rows []Row) bool {
	for _, r := range rows {
		if len(r.Cells) > len(cols) {
			return false
		}
		if isGoal(r.Cells[0].S) {
			continue // a first-level heading is a row of its own
		}
		for j, c := range r.Cells {
			if c.Len() > 0 && fit[cols[j].Role][v.Classify(c.S)] < 0 && !taskNamedLikeUnit(cols, j, c) {
				return false
			}
		}
	}
	return true
}

// taskNamedLikeUnit reports a cell read as a unit name (新建改扩建中小学校
// ends like 某学校) that stands by position in a task column right after
// the 序号 column: a task's name, as nameAfterSeq reads it in a stream of
// cells. A list of names (、，) stays units.
func taskNamedLikeUnit(cols []Column, j int, c source.Str) bool {
	return j > 0 && cols[j].Role == Task && cols[j-1].Role == Seq && !nameList(c.S)
}

// dropJoints removes the joints of rows run together on one pipe line
// (| 序号 | 任务 | 单位 | | 1 | … | | 2 | … |): when every row of width
// cells, to the end of the cells, follows one empty cell (the two rows'
// outer pipes), those empty cells are no cells of the table. Cells off
// that rhythm come back as they are.
func dropJoints(rest []source.Str, width int) []source.Str {
	for joint := 1; joint <= maxJoint; joint++ {
		if out, ok := dropJointsOf(rest, width, joint); ok {
			return out
		}
	}
	return rest
}

// maxJoint bounds the empty cells joining two rows run together: one
// where rows share their outer pipe (| 1 | … | | 2 | … |), two where each
// row kept an empty first and last column of an export (|| 1 | … ||| 2 |
// … ||).
const maxJoint = 2

// dropJointsOf is dropJoints for joints of joint empty cells; ok is false
// when the cells do not follow that rhythm.
func dropJointsOf(rest []source.Str, width, joint int) ([]source.Str, bool) {
	stride := width + joint
	if width < 1 || len(rest) == 0 || len(rest)%stride != 0 {
		return nil, false
	}
	for k := 0; k < len(rest); k += stride {
		for j := k; j < k+joint; j++ {
			if rest[j].Len() != 0 {
				return nil, false
			}
		}
	}
	out := make([]source.Str, 0, len(rest)/stride*width)
	for k := 0; k < len(rest); k += stride {
		out = append(out, rest[k+joint:k+stride]...)
	}
	return out, true
}

// markCut marks a last row narrower than the table as cut by the end of
// the line.
func markCut(g *Grid, width int) {
	if n := len(g.Rows); n > 0 && len(g.Rows[n-1].Cells) < width && !isGoal(g.Rows[n-1].Cells[0].S) {
		g.Rows[n-1].Cut = true
	}
}

// isGoal reports text that opens with a first-level heading (一、): alone
// on its row or line, a goal row spanning the table, whatever column it
// starts in.
func isGoal(s string) bool {
	_, ok := goalIndex(s)
	return ok
}

// goalIndex returns the number of the first-level heading (三、) s opens
// with (isGoal).
func goalIndex(s string) (int, bool) {
	o, ok := ord.Read(s)
	return o.Index, ok && o.Style == ord.CnDun
}

// twoRowHeader reads the header at the start of run-together cells whose
// first k are known column names. When the names go on with empty cells
// and names the list does not know (责任分工||完成时限|||牵头单位|配合单位|),
// the header may be two rows: the narrowest width at which the rows,
// merged, name every column, the rows below the first naming one at
// least, is taken. It returns the header and the
// number of cells it took.
func twoRowHeader(cells []source.Str, k int) ([]source.Str, int) {
	n := k
	for n < len(cells) && !isRowNo(cells[n].S, 1) && !isGoal(cells[n].S) {
		if _, ok := headerish(cells[n].S); !ok && cells[n].Len() > 0 {
			break
		}
		n++
	}
	if end := gappedHeader(cells, k, n); end > k && n > end && n-end <= maxJoint {
		if _, ok := dropJointsOf(cells[end:], end, n-end); ok {
			// The rows that follow have the gapped header's width: it is
			// one row, not two merged.
			return cells[:end], end
		}
	}
	for w := k; w <= n/2; w++ {
		if n%w != 0 || n/w > maxHeaderRows {
			continue
		}
		merged := cells[:w]
		for r := w; r < n; r += w {
			merged = MergeHeaders(merged, cells[r:r+w])
		}
		if allNamed(merged) && slices.ContainsFunc(cells[w:n], isName) {
			return merged, n
		}
	}
	return cells[:k], k
}

// isName reports a known column name: a row under the header holding
// none (一|提升政务服务效能||||: a group row) is no row of the header.
func isName(c source.Str) bool {
	_, _, ok := HeaderRole(c.S)
	return ok
}

// gappedHeader returns the end of a one-row header whose known names go on
// past empty cells (序号|项目名称|主要内容||牵头单位|责任单位|完成时间||: an
// export's empty column kept between names): cells[k:n] are empty cells and
// known names only, the last known one ending it. It returns k when they
// are not. Such a header is taken when the rows after it, joined by the
// empty cells after its last name, have its width.
func gappedHeader(cells []source.Str, k, n int) int {
	end := k
	for j := k; j < n; j++ {
		if cells[j].Len() == 0 {
			continue
		}
		if _, _, ok := HeaderRole(cells[j].S); !ok {
			return k
		}
		end = j + 1
	}
	return end
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
