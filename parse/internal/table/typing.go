package table

import (
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// Decided says how a column's role was decided, so that later stages can
// trust a role read from a header more than one guessed.
type Decided int

// How a column role was decided.
const (
	ByHeader   Decided = iota // its header is a known column name
	ByContent                 // the types of its cells
	ByPosition                // neither: the common column order for its count
)

// String names the decision.
func (d Decided) String() string {
	switch d {
	case ByHeader:
		return "header"
	case ByContent:
		return "content"
	}
	return "position"
}

// Column is a typed table column.
type Column struct {
	Role Role
	// Unit is the role of the units in a Units column (lead for 牵头单位).
	Unit model.Role
	// Then is the role of the units after a slash in a cell of a column
	// named for two (牵头单位/配合单位: X/Y gives X lead, Y cooperate);
	// empty for any other column.
	Then model.Role
	By   Decided
	Name source.Str // the header cell; empty for an unheaded column
	// Marks is set on a unit's column of a responsibility matrix
	// (MatrixNames): Name is the unit, and each cell a mark that gives it
	// its role in the row (Legend.MarkRole).
	Marks bool
}

// Typed is a table whose columns have roles and whose rows have one cell
// per column (empty where the rendering lost a cell or a merged cell
// spans from above).
type Typed struct {
	Columns []Column
	Rows    []Row
}

// HeaderColumns types columns from header cells alone; unknown names are
// left Unknown for Type to settle by content. A goal column right of the
// task column is content already here (settleGoal), so that a reader that
// cuts rows by these columns (CellLines, RunTogether) puts each task's
// target (工作任务 | 工作目标) in the content column, not in the task's.
func HeaderColumns(header []source.Str) []Column {
	cols := make([]Column, len(header))
	for i, h := range header {
		r, u, ok := HeaderRole(h.S)
		cols[i] = Column{Role: r, Unit: u, Name: h, By: ByHeader}
		if !ok {
			cols[i].By = ByContent
		}
		if r == Units {
			_, cols[i].Then, _ = SlashPair(normHeader(h.S))
		}
	}
	settleGoal(cols)
	settleSeq(cols)
	settleProblem(cols)
	return cols
}

// settleSeq: a second 序号 column (序号 | 编号 第0018号) holds an
// identifier, not the row's number: only the first numbers the rows.
func settleSeq(cols []Column) {
	seen := false
	for i, c := range cols {
		if c.Role == Seq {
			if seen {
				cols[i].Role = Ignore
			}
			seen = true
		}
	}
}

// settleProblem: a column of problems (反馈问题, 存在问题) names the tasks
// of a 整改 list, but beside another task column it reports what held a
// task up (序号 | 工作任务 | 完成情况 | 存在问题): progress.
func settleProblem(cols []Column) {
	problem, other := -1, false
	for i, c := range cols {
		if c.Role != Task {
			continue
		}
		if strings.HasSuffix(normHeader(c.Name.S), "问题") {
			problem = i
		} else {
			other = true
		}
	}
	if problem >= 0 && other {
		cols[problem].Role = Ignore
	}
}

// MergeHeaders overlays the names of a second header row on the first (a
// two-row header: 责任分工 over 牵头单位 | 配合单位): a known name of the
// second row takes the place of an empty or unknown name of the first, and
// any known name that of the unit group it stands under (责任单位 over
// 牵头单位 | 配合单位, 责任分工 over 责任领导 | 牵头单位: a group name spans
// columns of its own, a person column among them).
func MergeHeaders(first, second []source.Str) []source.Str {
	out := make([]source.Str, max(len(first), len(second)))
	copy(out, first)
	for i, c := range second {
		if _, _, ok := HeaderRole(c.S); !ok {
			continue
		}
		if top, _, known := HeaderRole(out[i].S); !known || isUnitGroup(out[i].S, top) {
			out[i] = c
		}
	}
	return out
}

// isUnitGroup reports a unit column's name that can stand over unit
// columns of their own (责任单位 over 牵头单位 | 配合单位): one whose units
// take no role of a part (lead, cooperate), the name of the whole duty.
func isUnitGroup(name string, role Role) bool {
	if role != Units {
		return false
	}
	_, unit, _ := HeaderRole(name)
	return unit == model.RoleResponsible || unit == ""
}

// Type gives the grid's columns their roles and aligns its rows to them.
// The width is the header's, widened on the left by an unheaded 序号
// column (most rows one cell wider than the header, starting with a
// number); a table without header is as wide as most of its rows. Columns
// with a known header take its role; the others take the role their
// cells' types point to. The rows are aligned in place: the Typed rows are
// the grid's.
func (v Vocab) Type(g Grid) Typed {
	width := len(g.Header)
	if width == 0 {
		width = commonWidth(g.Rows)
	} else if unheadedSeq(g) {
		width++
	}
	cols := make([]Column, width)
	hcols := HeaderColumns(g.Header)
	off := width - len(hcols)
	for i := range cols {
		cols[i] = Column{By: ByContent}
	}
	copy(cols[off:], hcols)
	if off == 0 {
		v.markColumns(cols, g)
	}
	known := 0
	for _, c := range cols {
		if c.Role != Unknown {
			known++
		}
	}
	if known < width && len(g.Rows) > 0 {
		v.typeByContent(cols, g.Rows)
	}
	settleGoal(cols)
	settleTask(cols)
	v.settleContent(cols, g.Rows)
	settlePartner(cols)
	t := Typed{Columns: cols, Rows: g.Rows}
	ragged := false // some row has more filled cells than the table has columns
	for _, r := range g.Rows {
		ragged = ragged || len(r.Cells) > width && Filled(r.Cells) > width
	}
	var shortBuf [64]bool
	short := shortBuf[:0]
	for i, r := range t.Rows {
		short = append(short, len(r.Cells) < width)
		t.Rows[i].Cells = v.Align(cols, r.Cells, g.Sep, ragged)
	}
	if g.LostEmpty {
		v.doubtUnits(cols, t.Rows, short)
	}
	if g.AtEnd && len(t.Rows) > 0 {
		v.cutLast(cols, &t.Rows[len(t.Rows)-1])
	}
	return t
}

// markColumns makes the unit columns of a responsibility matrix
// (MatrixNames) units columns read by their marks.
func (v Vocab) markColumns(cols []Column, g Grid) {
	names := 0
	for _, h := range g.Header {
		if h.Len() > 0 && !IsColumnName(h.S) {
			names++
		}
	}
	if names < minMarkColumns {
		return // the cheap test: no room for two unit names
	}
	var below [][]source.Str
	for _, r := range g.Rows {
		below = append(below, r.Cells)
	}
	units, ok := v.MatrixNames(g.Header, below)
	if !ok {
		return
	}
	for j, u := range units {
		if u {
			cols[j] = Column{Role: Units, Marks: true, By: ByHeader, Name: g.Header[j]}
		}
	}
}

// Filled counts the cells that are not empty.
func Filled(cells []source.Str) int {
	n := 0
	for _, c := range cells {
		if c.Len() > 0 {
			n++
		}
	}
	return n
}

// cutLast drops a unit cell the end of the text cut in mid-word (发展改革
// for 发展改革委): the last row's last cell, in a units column, that is no
// unit list. The row is then marked cut, so that it inherits nothing.
func (v Vocab) cutLast(cols []Column, r *Row) {
	for j := len(r.Cells) - 1; j >= 0; j-- {
		c := r.Cells[j]
		if c.Len() == 0 {
			continue
		}
		if cols[j].Role == Units && v.IsUnits != nil && !v.IsUnits(c.S) {
			r.Cells[j] = source.Str{}
			r.Cut = true
		}
		return
	}
}

// unheadedSeq reports a 序号 column the header does not name: most rows
// are one cell wider than the header and start with a number.
func unheadedSeq(g Grid) bool {
	if r, _, _ := HeaderRole(g.Header[0].S); r == Seq {
		return false
	}
	n := 0
	for _, r := range g.Rows {
		if len(r.Cells) == len(g.Header)+1 && IsNumber(r.Cells[0].S) {
			n++
		}
	}
	return n*2 > len(g.Rows)
}

// commonWidth is the most frequent cell count among rows of two cells or
// more.
func commonWidth(rows []Row) int {
	count := map[int]int{}
	best, bestN := 0, 0
	for _, r := range rows {
		n := len(r.Cells)
		if n < 2 {
			continue
		}
		count[n]++
		if count[n] > bestN || count[n] == bestN && n > best {
			best, bestN = n, count[n]
		}
	}
	return best
}

// typeByContent types the Unknown columns by the cells of the rows as wide
// as the table; when no row is, the common orders by column count decide.
func (v Vocab) typeByContent(cols []Column, rows []Row) {
	votes := make([]tally, len(cols))
	full := 0
	for _, r := range rows {
		if len(r.Cells) != len(cols) {
			continue
		}
		full++
		for i, c := range r.Cells {
			if cols[i].Role != Unknown {
				continue // its header said
			}
			if t := v.Classify(c.S); t != Empty {
				votes[i][t]++
			}
		}
	}
	guess := positionRoles(len(cols))
	for i := range cols {
		if cols[i].Role != Unknown {
			continue
		}
		n := 0
		for _, c := range votes[i] {
			n += c
		}
		if full == 0 || n == 0 {
			cols[i] = Column{Role: guess[i], Unit: model.RoleResponsible, By: ByPosition, Name: cols[i].Name}
			continue
		}
		cols[i].Role = roleOfVotes(votes[i])
		if cols[i].Role == Units {
			cols[i].Unit = model.RoleResponsible
		}
	}
	// A column of short phrases names the task when content follows it,
	// and is the content otherwise.
	for i := range cols {
		if cols[i].Role != Task || votes[i][ShortCell] == 0 || cols[i].By != ByContent {
			continue
		}
		cols[i].Role = Content
		for _, c := range cols[i+1:] {
			if c.Role == Content {
				cols[i].Role = Task
			}
		}
	}
}

// tally counts a column's cells by type.
type tally [len(cellTypes)]int

// roleOfVotes is the role a column's cell types point to.
func roleOfVotes(votes tally) Role {
	best, bestN := Empty, 0
	for _, t := range []CellType{SeqCell, GoalCell, TaskCell, UnitsCell, DeadlineCell, ProseCell, ShortCell} {
		if votes[t] > bestN {
			best, bestN = t, votes[t]
		}
	}
	switch best {
	case SeqCell:
		return Seq
	case GoalCell:
		if votes[TaskCell] > 0 || votes[ProseCell] > 0 {
			return Task // headings of both levels: the tree tells them apart
		}
		return Goal
	case TaskCell, ShortCell:
		return Task
	case UnitsCell:
		return Units
	case DeadlineCell:
		return Deadline
	case ProseCell:
		return Content
	}
	return Ignore
}

// positionRoles is the common 目标/任务/内容/单位 order of an unheaded table
// of n columns.
func positionRoles(n int) []Role {
	var roles []Role
	switch {
	case n <= 2:
		roles = []Role{Content, Units}
	case n == 3:
		roles = []Role{Task, Content, Units}
	case n == 4:
		roles = []Role{Goal, Task, Content, Units}
	default:
		roles = []Role{Goal, Task, Content, Units, Deadline}
	}
	for len(roles) < n {
		roles = append(roles, Ignore)
	}
	return roles[:n]
}

// settleGoal: a goal column right of the task column (类别 | 序号 | 工作任务 |
// 工作目标) holds each task's target, its requirement: a first-level
// heading never stands right of the task it heads, so the column is content.
func settleGoal(cols []Column) {
	task := false
	for i, c := range cols {
		switch {
		case c.Role == Task:
			task = true
		case c.Role == Goal && task:
			cols[i].Role = Content
		}
	}
}

// settleTask: two content columns and no task column — the first names the
// task (工作任务 | 具体要求 both read as content).
func settleTask(cols []Column) {
	first, count := -1, 0
	for i, c := range cols {
		switch c.Role {
		case Task:
			return
		case Content:
			if first < 0 {
				first = i
			}
			count++
		}
	}
	if count >= 2 {
		cols[first].Role = Task
	}
}

// settleContent: two columns their headers name the task and no content
// column — when the later one's cells are sentences (工作要点 | 主要任务,
// 重点工作 | 工作任务 over what is to be done), the earlier names the task
// and the later holds its content, as settleTask reads 工作任务 | 具体要求.
// Short cells under both (重点工作 | 工作事项 naming tasks by a phrase)
// leave the two as they are.
func (v Vocab) settleContent(cols []Column, rows []Row) {
	first, later := -1, -1
	for i, c := range cols {
		switch {
		case c.Role == Content:
			return
		case c.Role == Task && c.By == ByHeader && first < 0:
			first = i
		case c.Role == Task && c.By == ByHeader:
			later = i
		}
	}
	if later < 0 {
		return
	}
	prose, other := 0, 0
	for _, r := range rows {
		if len(r.Cells) != len(cols) {
			continue
		}
		switch v.Classify(r.Cells[later].S) {
		case ProseCell:
			prose++
		case Empty:
		default:
			other++
		}
	}
	if prose > other {
		cols[later].Role = Content
	}
}

// settlePartner: a units column typed by its cells right after a column
// its header names the lead one (牵头单位 | an unnamed column of units,
// as a text version that names some columns only prints it) holds the
// units that work with the lead: 配合.
func settlePartner(cols []Column) {
	for i := 1; i < len(cols); i++ {
		prev := cols[i-1]
		if cols[i].Role == Units && cols[i].By == ByContent && prev.Role == Units && prev.By == ByHeader && prev.Unit == model.RoleLead {
			cols[i].Unit = model.RoleCooperate
		}
	}
}

// Regular reports rows that make a grid: at least two rows, most of them
// as wide as the most common width, which is two cells or more.
func Regular(rows []Row) bool {
	w := commonWidth(rows)
	if w < 2 || len(rows) < 2 {
		return false
	}
	n := 0
	for _, r := range rows {
		if len(r.Cells) == w {
			n++
		}
	}
	return n*2 > len(rows)
}
