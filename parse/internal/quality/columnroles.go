package quality

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/role"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
)

// minColumnUnits is how many units of one table column, in one place of
// their cells, must agree on a role for a unit there read otherwise to be
// in doubt: two and the one in doubt.
const minColumnUnits = 3

// minRowCells is how many cells a line needs to be read as a table row.
const minRowCells = 3

// cellPlace is where a unit stands in a table row written on one line:
// the row's count of cells, the unit's cell, and whether it opens it.
type cellPlace struct {
	cells, cell int
	opens       bool
}

// placedUnit is a unit of a plan — where its name starts, and its
// indices in the plan, from which unitElem makes the element of the one
// flagged —, its place in a row, the column its cell starts at in a row
// laid out with spaces alone (-1 in any other) — by display width (col)
// and by character count (chars) —, and its role.
type placedUnit struct {
	start          int
	gi, ti, ii, ui int32
	place          cellPlace
	col            int
	chars          int
	role           model.Role
}

// maxColumnDrift is how far, in display columns, the cells of one column
// of a table laid out with spaces may start from one another: further,
// the columns drift from line to line (a PDF's narrow columns), and a
// cell's place among the line's cells does not tell its column.
const maxColumnDrift = 4

// sameColumn tells whether two units in one place of their rows stand in
// one column: where both rows were laid out with spaces, their cells
// start within maxColumnDrift of each other.
func sameColumn(u, v placedUnit) bool {
	return u.place == v.place && (u.col < 0 || v.col < 0 || abs(u.col-v.col) <= maxColumnDrift)
}

// abs is |x|.
func abs(x int) int { return max(x, -x) }

// checkColumnRoles flags the first unit of a plan read with another role
// than every other unit standing in the same place of the same column —
// the same cell of rows with as many cells, opening it or not — where two
// or more others agree: a column's header gives all its units one role
// (the first of a cell may differ, where a document-wide rule makes it
// the lead), so the one read otherwise was typed from another column; in
// rows laid out with spaces, the cells must start near one another too
// (sameColumn: a PDF's columns may drift, and lines hold more or fewer
// cells). A
// unit the text gives a role beside its name (roleSaid: checkRoleWords
// reads it) and a cell holding a role word (甲（牵头）、乙) are left out.
func checkColumnRoles(a *assessor) {
	rows := newRowReader(textOf(a.ev))
	for pi, p := range a.plans() {
		saids := a.rolesSaid(pi)
		var units []placedUnit
		n := 0
		eachItem(p.Plan, func(gi, ti, ii int, it *model.Item) {
			for ui := range it.Units {
				said := saids[n]
				n++
				if said.ok {
					continue
				}
				if pl, col, chars, ok := rows.place(it.Units[ui].Span); ok {
					if units == nil {
						// room for the units left: grown by append, a large
						// table's list was copied again and again
						units = make([]placedUnit, 0, len(saids)-n+1)
					}
					u := &it.Units[ui]
					units = append(units, placedUnit{u.Span.Start, int32(gi), int32(ti), int32(ii), int32(ui), pl, col, chars, u.Role})
				}
			}
		})
		byChars(units)
		if u, other, ok := oddColumnRole(markedOut(units)); ok {
			el := unitElem(p, int(u.gi), int(u.ti), int(u.ii), int(u.ui))
			a.element(model.ReasonUnitRole, el, "read as "+string(u.role)+" where the other units of its table column are "+string(other))
			a.penalise(model.ReasonUnitRole, penaltyRoleWord)
		}
	}
}

// byChars measures the units' columns by character count where their
// cells keep to their columns better so (more pairs of units in one place
// of their rows start at the very same column): a PDF-to-text tool that
// sets each glyph in one character cell (pdftotext -layout) starts a
// column's cells at one character count, whatever the Han characters
// before them, which puts them as many display columns apart as the
// cells before them hold digits and Latin letters.
func byChars(units []placedUnit) {
	type at struct {
		place cellPlace
		col   int
	}
	// aligned counts the pairs of units standing at one place and column,
	// counting each unit against those before it at its own (one pass: a
	// long text's table holds many rows).
	aligned := func(col func(placedUnit) int) int {
		seen := map[at]int{}
		n := 0
		for _, u := range units {
			if c := col(u); c >= 0 {
				k := at{u.place, c}
				n += seen[k]
				seen[k]++
			}
		}
		return n
	}
	if aligned(func(u placedUnit) int { return u.chars }) <= aligned(func(u placedUnit) int { return u.col }) {
		return
	}
	for i := range units {
		units[i].col = units[i].chars
	}
}

// markedOut drops the units read from one text in two roles or more: a
// responsibility matrix names each unit once, in its column's header, and
// marks in every row the role the unit takes there (● lead, ○ cooperate),
// so its column tells no role.
func markedOut(units []placedUnit) []placedUnit {
	roles := map[int]model.Role{}
	mixed := map[int]bool{}
	for _, u := range units {
		at := u.start
		if r, ok := roles[at]; ok && r != u.role {
			mixed[at] = true
		}
		roles[at] = u.role
	}
	if len(mixed) == 0 {
		return units
	}
	return slices.DeleteFunc(slices.Clone(units), func(u placedUnit) bool { return mixed[u.start] })
}

// oddColumnRole returns the first unit whose role differs from that of
// every other unit in its place, where minColumnUnits or more stand
// there, and the role of the others. The units are grouped by place and
// each group read by oddInPlace, so that a long text's many table rows
// cost n log n, not a comparison of every unit with every other.
func oddColumnRole(units []placedUnit) (placedUnit, model.Role, bool) {
	byPlace := map[cellPlace][]int{}
	for i, u := range units {
		byPlace[u.place] = append(byPlace[u.place], i)
	}
	first, other := -1, model.Role("")
	for _, group := range byPlace {
		if len(group) < minColumnUnits {
			continue
		}
		if i, r, ok := oddInPlace(units, group); ok && (first < 0 || i < first) {
			first, other = i, r
		}
	}
	if first < 0 {
		return placedUnit{}, "", false
	}
	return units[first], other, true
}

// oddInPlace returns the index of the first of the units at group (all
// in one place) whose column's other units agree on another role, and
// that role. A unit without a column (col < 0) stands in every unit's
// column; the others are swept in column order with the tally of those
// within maxColumnDrift of the one read.
func oddInPlace(units []placedUnit, group []int) (int, model.Role, bool) {
	all, window := newRoleTally(), newRoleTally()
	var placed []int
	for _, i := range group {
		all.add(units[i].role, 1)
		if units[i].col < 0 {
			window.add(units[i].role, 1) // in the column of each placed unit
		} else {
			placed = append(placed, i)
		}
	}
	first, other := -1, model.Role("")
	found := func(i int, r model.Role, ok bool) {
		if ok && (first < 0 || i < first) {
			first, other = i, r
		}
	}
	for _, i := range group {
		if units[i].col < 0 {
			r, ok := all.oddOut(units[i].role)
			found(i, r, ok)
		}
	}
	slices.SortStableFunc(placed, func(a, b int) int { return units[a].col - units[b].col })
	lo, hi := 0, 0
	for _, i := range placed {
		col := units[i].col
		for ; hi < len(placed) && units[placed[hi]].col <= col+maxColumnDrift; hi++ {
			window.add(units[placed[hi]].role, 1)
		}
		for ; units[placed[lo]].col < col-maxColumnDrift; lo++ {
			window.add(units[placed[lo]].role, -1)
		}
		r, ok := window.oddOut(units[i].role)
		found(i, r, ok)
	}
	return first, other, first >= 0
}

// roleTally counts the units of each role among a set.
type roleTally struct {
	n     map[model.Role]int // by role; a role counted 0 times is absent
	total int
}

// newRoleTally returns an empty tally.
func newRoleTally() *roleTally { return &roleTally{n: map[model.Role]int{}} }

// add counts k more units (fewer when k < 0) of role r.
func (t *roleTally) add(r model.Role, k int) {
	t.total += k
	if t.n[r] += k; t.n[r] == 0 {
		delete(t.n, r)
	}
}

// oddOut tells, of a unit of role r counted in t, whether the others
// number minColumnUnits−1 or more and agree on one role other than r,
// and returns that role.
func (t *roleTally) oddOut(r model.Role) (model.Role, bool) {
	t.add(r, -1)
	defer t.add(r, 1)
	if t.total+1 < minColumnUnits || len(t.n) != 1 {
		return "", false
	}
	for other := range t.n {
		return other, other != r
	}
	return "", false
}

// placeInRow returns the place of the unit at sp in its line, when the
// line is a table row: minRowCells or more cells parted by tabs, rules
// (| ｜ │) or runs of two spaces or more, and the unit's cell holds no role
// word — read with the same cell of the next line when that line has as
// many cells and its first two blank, as a wrapped cell's next line does
// (甲牵 / 头，乙配合).
func placeInRow(text string, sp model.Span) (cellPlace, bool) {
	pl, _, _, ok := newRowReader(docText{s: text}).place(sp)
	return pl, ok
}

// rowReader places units in the rows of a text (placeInRow), reading each
// line's cells, and whether a cell holds a role word, once for all the
// units on it: a table's row holds several, a prose line many.
type rowReader struct {
	t      docText
	lines  map[int]*cellRow // by the byte the line starts at
	starts []int            // where every line of the text starts, once asked (lineStart)
}

// cellRow is a line of text read as a row: its cells (rowCells), where
// the next line starts or -1, and for each cell whether it holds a role
// word with its wrapped next line (0 unread, 1 no, 2 yes).
type cellRow struct {
	line  string
	next  int
	cells [][2]int
	words []int8
}

// newRowReader returns a rowReader of t.
func newRowReader(t docText) *rowReader {
	return &rowReader{t: t, lines: map[int]*cellRow{}}
}

// lineStart returns where the line holding the byte at starts. The
// starts of the text's lines are found once, forwards (a vectorised
// search), and each unit's line by bisection: a backward search from
// each unit cost a scan of the text before it, most of a long text's
// bytes per unit when its lines are long.
func (r *rowReader) lineStart(at int) int {
	if r.starts == nil {
		r.starts = make([]int, 1, strings.Count(r.t.s, "\n")+1)
		for k := 0; ; {
			i := strings.IndexByte(r.t.s[k:], '\n')
			if i < 0 {
				break
			}
			k += i + 1
			r.starts = append(r.starts, k)
		}
	}
	i, _ := slices.BinarySearch(r.starts, at+1) // the first start past at
	return r.starts[i-1]
}

// lineAt returns the row line starting at the byte start of the text.
func (r *rowReader) lineAt(start int) *cellRow {
	if l, ok := r.lines[start]; ok {
		return l
	}
	line, next := lineAt(r.t.s, start)
	l := &cellRow{line: line, next: next, cells: rowCells(line)}
	r.lines[start] = l
	return l
}

// place is placeInRow for a unit of r's text, with the display column
// (table.Width) and the character count its cell starts at when the line
// is laid out with spaces alone (no tab, no rule), else -1 for both.
func (r *rowReader) place(sp model.Span) (cellPlace, int, int, bool) {
	text := r.t.s
	if !spanIn(text, sp) {
		return cellPlace{}, -1, -1, false
	}
	start := r.lineStart(sp.Start)
	row := r.lineAt(start)
	line, cells := row.line, row.cells
	at := sp.Start - start
	if len(cells) < minRowCells || at > len(line) {
		return cellPlace{}, -1, -1, false
	}
	pl := cellPlace{cells: len(cells)}
	for pl.cell+1 < len(cells) && cells[pl.cell+1][0] <= at {
		pl.cell++
	}
	c := cells[pl.cell]
	pl.opens = strings.Trim(line[c[0]:at], " \u3000") == ""
	if r.holdsRoleWord(row, pl.cell) {
		return cellPlace{}, -1, -1, false
	}
	col, chars := -1, -1
	if !source.ContainsAny(line, "\t|｜│") && !evenGaps(cells) {
		col, chars = table.Width(line[:c[0]]), utf8.RuneCountInString(line[:c[0]])
	}
	return pl, col, chars, true
}

// evenGaps tells whether every cell of a row is parted from the next by
// as many bytes of spaces: a row whose cells are parted by a fixed run
// (cell    cell    cell) rather than set at columns, so that where its
// cells start says nothing of their column; an indent is no part.
func evenGaps(cells [][2]int) bool {
	if cells[0][1] == 0 {
		cells = cells[1:] // the line's indent parts no cells
	}
	if len(cells) < 3 {
		return false
	}
	gap := cells[1][0] - cells[0][1]
	for i := 2; i < len(cells); i++ {
		if cells[i][0]-cells[i-1][1] != gap {
			return false
		}
	}
	return true
}

// holdsRoleWord tells whether cell k of row, read with the same cell of
// the next line when that line continues it, holds a role word.
func (r *rowReader) holdsRoleWord(row *cellRow, k int) bool {
	if row.words == nil {
		row.words = make([]int8, len(row.cells))
	}
	if row.words[k] == 0 {
		c := row.cells[k]
		cell := row.line[c[0]:c[1]]
		if row.next >= 0 {
			nr := r.lineAt(row.next)
			if len(nr.cells) == len(row.cells) && continues(nr.line, nr.cells) {
				cell += nr.line[nr.cells[k][0]:nr.cells[k][1]]
			}
		}
		row.words[k] = 1
		if role.HoldsVerb(r.t.fold(cell)) {
			row.words[k] = 2
		}
	}
	return row.words[k] == 2
}

// continues tells whether a row line of cells may continue the row above
// it: its first two cells are blank, where a new row has its number.
func continues(line string, cells [][2]int) bool {
	for _, c := range cells[:2] {
		if strings.Trim(line[c[0]:c[1]], " \u3000") != "" {
			return false
		}
	}
	return true
}

// lineAt returns the line of text starting at the byte start, without its
// line break, and where the next line starts, or -1.
func lineAt(text string, start int) (string, int) {
	end := strings.IndexByte(text[start:], '\n')
	if end < 0 {
		return strings.TrimRight(text[start:], "\r"), -1
	}
	return strings.TrimRight(text[start:start+end], "\r"), start + end + 1
}

// rowCells returns the byte ranges of the cells of a line parted by
// cellSep. Only a space, a tab or a rule's first byte may open a
// separator; none of them is inside another rune.
func rowCells(line string) [][2]int {
	var cells [][2]int
	from := 0
	for i := 0; i < len(line); {
		if !sepFirst[line[i]] {
			i++
			continue
		}
		n := cellSep(line[i:])
		if n == 0 {
			i++
			continue
		}
		cells = append(cells, [2]int{from, i})
		i += n
		from = i
	}
	return append(cells, [2]int{from, len(line)})
}

// sepFirst holds the first bytes of what may open a cell separator: a
// space, a tab, | and the first byte of \u3000, ｜ and │.
var sepFirst = func() (b [256]bool) {
	for _, s := range []string{" ", "\t", "|", "\u3000", "｜", "│"} {
		b[s[0]] = true
	}
	return b
}()

// cellSep returns the length of the cell separator s opens with — a tab
// or a rule (| ｜ │) with the spaces around it, or a run of two spaces or
// more, ASCII or ideographic — or 0.
func cellSep(s string) int {
	n, k := spacesAt(s)
	switch {
	case n < len(s) && (s[n] == '\t' || s[n] == '|'):
		n++
	case strings.HasPrefix(s[n:], "｜") || strings.HasPrefix(s[n:], "│"):
		n += len("｜")
	case k >= 2 && n < len(s):
		return n
	default:
		return 0
	}
	m, _ := spacesAt(s[n:])
	return n + m
}

// spacesAt returns the length in bytes of the run of spaces, ASCII or
// ideographic, s opens with, and their count.
func spacesAt(s string) (n, k int) {
	for n < len(s) {
		switch {
		case s[n] == ' ':
			n++
		case strings.HasPrefix(s[n:], "\u3000"):
			n += len("\u3000")
		default:
			return n, k
		}
		k++
	}
	return n, k
}
