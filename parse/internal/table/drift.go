package table

import (
	"unicode/utf8"

	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// Drifting recognises a table a PDF-to-text converter laid out with its
// columns drifting from line to line and its cells parted by as little as
// one space (narrow columns, cells wrapped and centred vertically): the
// column table reader cannot place its pieces by position, nor the spaced
// reader its wrapped rows. Its header is a line of column names parted by
// spaces, the first 序号, a name a narrow column wrapped completed by the
// next line's fragments in order (序 / 号, 完成时 / 限). Each line is cut
// at every space (spaceParted), and the pieces go to columns by type and
// order, their position only choosing among columns of one kind
// (placeByType: a unit piece in the lead or the partner column, the one
// whose cells stand nearest, or the one whose cell above it finishes),
// pieces one space parted inside a cell joined again. Rows are found by
// their numbers: a line without one goes with the row above, or, where
// the cells were centred vertically, the rows' extents are chosen as
// Columns chooses them (centredRows), a cell running on across a cut told
// by its type (driftRunsOn). The table ends at a lone piece running
// across the columns, at a line whose pieces fit no columns, at a line
// speaking of the table, or at a line of another kind. A table with two
// text columns side by side (a task and its requirement) is not read: no
// type tells which space parts them. Grid.Drifted tells a reading no
// column or spaced reading can match (wrapped, and positions not to be
// trusted).
func Drifting(lines []Line, i, to int, v Vocab) (Grid, bool) {
	if !spacedStart(lines[i]) {
		return Grid{}, false
	}
	heads, n, ok := driftHeader(lines, i, to)
	if !ok {
		return Grid{}, false
	}
	c := &driftCols{kinds: make([]cellKind, len(heads)), anchors: make([]int, len(heads)), widest: make([]int, len(heads)), v: v}
	for j, h := range heads {
		c.kinds[j] = columnKind(h.s.S)
		c.anchors[j] = h.start
		if j > 0 && c.kinds[j] == textKind && c.kinds[j-1] == textKind {
			return Grid{}, false // a single space may part the two: no type tells where
		}
	}
	var read []driftLine
	next := 1
	k := i + n
	for ; k < to && !lines[k].Used; k++ {
		ln := lines[k]
		if ln.Kind == Blank || ln.Kind == Noise {
			continue
		}
		if ln.Kind != Text || SpeaksOfTable(ln.S.S) {
			break
		}
		dl := driftLine{line: k}
		if ps := pieces(ln, displayWidth); len(ps) == 1 && isHeading(ps[0].s.S) {
			dl.ps, dl.at, dl.group = ps, []int{0}, true // a group row over merged cells
			read = append(read, dl)
			continue
		}
		dl.split, dl.joint = spaceParted(ln)
		dl.numbered = isRowNo(dl.split[0].s.S, next)
		if !dl.numbered && len(dl.split) == 1 && runsAcross(dl.split[0], heads) {
			break
		}
		if !dl.place(c, prevLine(read)) {
			break
		}
		if dl.numbered {
			next++
		}
		read = append(read, dl)
	}
	if next < 3 {
		return Grid{}, false // fewer than two numbered rows
	}
	// The columns' cells stand where the fullest lines put them, not under
	// the names centred over them: place the lines again against those.
	c.learnAnchors(read)
	unreliable := false // one space parts cells, or type overrules position
	for x := range read {
		if dl := &read[x]; !dl.group {
			dl.place(c, prevLine(read[:x]))
			unreliable = unreliable || dl.parted || dl.overruled
		}
	}
	rows, widest := driftRows(read, len(heads))
	rows = centredRows(rows, driftRunsOn(c.kinds, widest))
	g := Grid{Header: pieceTexts(heads), Lines: k - i, Sep: "\n", AtEnd: atEnd(lines, k), Drifted: unreliable && wrapped(rows, c.kinds, widest)}
	for _, r := range rows {
		cells := make([]source.Str, len(heads))
		for j, ps := range r.parts {
			if c.kinds[j] == unitsKind {
				cells[j] = joinUnitPieces(ps, widest[j])
			} else {
				cells[j] = joinWrapped(ps, widest[j], false, displayWidth)
			}
		}
		g.Rows = append(g.Rows, Row{Cells: cells, Line: r.line, AfterBreak: r.afterBreak})
	}
	return g, true
}

// minWrapped is how many rows must have a text cell wrapped at its
// column's width for a table to be taken for one of narrow columns: one
// may be a long row of a table flattened one row a line, its next line
// another row.
const minWrapped = 2

// wrapped reports minWrapped rows or more with a text cell on several
// lines, the first filling its column: the cell wrapped at the column's
// width.
func wrapped(rows []colRow, kinds []cellKind, widest []int) bool {
	n := 0
	for _, r := range rows {
		for j, ps := range r.parts {
			if kinds[j] == textKind && len(ps) > 1 && ps[0].fills(widest[j]) {
				n++
				break
			}
		}
	}
	return n >= minWrapped
}

// driftLine is a line of a drifting table: the pieces its spaces part
// (split; joint where one space parted a piece from the one before), its
// cells (ps: the pieces, those placed in one column joined again) and the
// column of each, whether it opens with its row number, whether it is a
// group row (一、…), whether one space parted two of its cells, and
// whether a piece's type put it in a column of another kind than the one
// it stands nearest (its type overruled its position); tails holds, by column, the text of
// the cell its piece there goes on (the pieces above it finished
// included).
type driftLine struct {
	line                               int
	split, ps                          []piece
	joint                              []bool
	at                                 []int
	tails                              []string
	numbered, group, parted, overruled bool
}

// nearest returns the column whose anchor stands nearest col.
func nearest(anchors []int, col int) int {
	best := 0
	for j, a := range anchors {
		if abs(col-a) < abs(col-anchors[best]) {
			best = j
		}
	}
	return best
}

// place places the line's pieces (placeByType) and joins again those that
// one space parted inside a cell. It reports whether the line fits.
func (dl *driftLine) place(c *driftCols, above *driftLine) bool {
	at := c.placeByType(dl.split, dl.joint, dl.numbered, above)
	if at == nil {
		return false
	}
	dl.ps, dl.at, dl.parted, dl.overruled = dl.ps[:0], dl.at[:0], false, false
	for x, p := range dl.split {
		// A unit, a date or a fragment put in a column of another kind than
		// the one it stands nearest (not the 序号's, where a group row's
		// name wraps; prose is left out, a unit cell's labels make it so).
		if near := c.kinds[nearest(c.anchors, p.start)]; near != seqKind && near != c.kinds[at[x]] && pieceKind(p.s.S, c.v) != textKind {
			dl.overruled = true
		}
		if n := len(dl.ps); n > 0 && dl.joint[x] && at[x] == dl.at[n-1] {
			dl.ps[n-1] = piece{s: source.Join([]source.Str{dl.ps[n-1].s, p.s}, " "), start: dl.ps[n-1].start, end: p.end}
			continue
		}
		dl.parted = dl.parted || dl.joint[x]
		dl.ps, dl.at = append(dl.ps, p), append(dl.at, at[x])
	}
	dl.tails = make([]string, len(c.kinds))
	for x, j := range dl.at {
		dl.tails[j] = dl.ps[x].s.S
		if above != nil && c.finishes(above, j, dl.ps[x].s.S) {
			dl.tails[j] = above.tails[j] + dl.tails[j]
		}
		c.widest[j] = max(c.widest[j], dl.ps[x].end-dl.ps[x].start)
	}
	return true
}

// prevLine returns the last line read, nil when none is.
func prevLine(read []driftLine) *driftLine {
	if len(read) == 0 {
		return nil
	}
	return &read[len(read)-1]
}

// driftHeader reads the header of a drifting table at lines[i]: column
// names parted by spaces, at least three, the first 序号; the fragments of
// the next line complete, in order, the names the line left unfinished (序
// / 号, 完成时 / 限: a narrow column wrapped its name). It returns the
// names and the lines they take.
func driftHeader(lines []Line, i, to int) ([]piece, int, bool) {
	names, _ := spaceParted(lines[i])
	var open []int
	for j, p := range names {
		if _, _, ok := HeaderRole(p.s.S); !ok {
			open = append(open, j)
		}
	}
	n := 1
	if len(open) > 0 {
		if i+1 >= to || lines[i+1].Kind != Text || lines[i+1].Used {
			return nil, 0, false
		}
		rest, _ := spaceParted(lines[i+1])
		if len(rest) != len(open) {
			return nil, 0, false
		}
		for x, j := range open {
			names[j].s = source.Concat(names[j].s, rest[x].s)
			if _, _, ok := HeaderRole(names[j].s.S); !ok {
				return nil, 0, false
			}
		}
		n = 2
	}
	if len(names) < 3 {
		return nil, 0, false
	}
	if r, _, _ := HeaderRole(names[0].s.S); r != Seq {
		return nil, 0, false
	}
	return names, n, true
}

// spaceParted splits a line at every run of white space, one space
// included, each piece placed by display column; joint tells the pieces
// one space parted from the piece before.
func spaceParted(ln Line) ([]piece, []bool) {
	var out []piece
	var joint []bool
	for _, p := range pieces(ln, displayWidth) {
		for y, sub := range singles(p) {
			out, joint = append(out, sub), append(joint, y > 0)
		}
	}
	return out, joint
}

// singles splits a piece at its single spaces.
func singles(p piece) []piece {
	var out []piece
	from, col, startCol := 0, p.start, p.start
	for i, r := range p.s.S {
		if source.IsSpace(r) {
			out = append(out, piece{s: p.s.Slice(from, i), start: startCol, end: col})
			from = i + utf8.RuneLen(r)
			col += RuneWidth(r)
			startCol = col
			continue
		}
		col += RuneWidth(r)
	}
	return append(out, piece{s: p.s.From(from), start: startCol, end: col})
}

// runsAcross reports a lone piece that runs from the first text column
// past the start of the last column's name: prose across the table.
func runsAcross(p piece, heads []piece) bool {
	return len(heads) > 2 && p.start < heads[2].start && p.end > heads[len(heads)-1].start
}

// minAnchorLines is the fewest lines whose pieces fill the columns that
// move the anchors off the names.
const minAnchorLines = 2

// learnAnchors moves each column's anchor to the mean start of its pieces
// on the lines that have a piece in all columns but one at most: where a
// line placed each cell for sure.
func (c *driftCols) learnAnchors(read []driftLine) {
	n := len(c.anchors)
	sum, count := make([]int, n), make([]int, n)
	for _, dl := range read {
		if len(dl.at) < n-1 {
			continue
		}
		for x, j := range dl.at {
			sum[j] += dl.ps[x].start
			count[j]++
		}
	}
	for j := range c.anchors {
		if count[j] >= minAnchorLines {
			c.anchors[j] = sum[j] / count[j]
		}
	}
}

// driftRows turns the lines read into rows as a top-aligned table has
// them: a numbered line or a group row starts a row, and so does a line
// right under a group row or the header; any other goes with the row
// above. It returns the rows and the widest piece of each column.
func driftRows(read []driftLine, n int) ([]colRow, []int) {
	var rows []colRow
	widest := make([]int, n)
	open := false // a row is being read that a line may go on
	for _, dl := range read {
		if dl.group || dl.numbered || !open {
			rows = append(rows, colRow{parts: make([][]piece, n), line: dl.line})
		}
		open = !dl.group
		r := &rows[len(rows)-1]
		for x, p := range dl.ps {
			p.line = dl.line
			j := dl.at[x]
			r.parts[j] = append(r.parts[j], p)
			widest[j] = max(widest[j], p.end-p.start)
		}
	}
	return rows, widest
}

// driftRunsOn is the runsOnFunc of a drifting table: a text cell that
// fills its column and did not end its sentence, or a unit or date cell
// that goes on by type (driftGoesOn).
func driftRunsOn(kinds []cellKind, widest []int) runsOnFunc {
	full := runsOnFull(widest)
	return func(u, l placed) bool {
		switch kinds[u.col] {
		case textKind:
			return full(u, l)
		case seqKind:
			return false
		}
		return driftGoesOn(u.p.s.S, l.p.s.S, kinds[u.col], u.p.fills(widest[u.col]))
	}
}

// joinUnitPieces joins the lines of a unit cell of a drifting table: run
// on where a line goes on the one above by type (driftGoesOn: a name or a
// list the converter wrapped, 市住房城乡建 / 设局, 各县 / （市、区）政府,
// 各街道办 / 事处 under a full line), else a line break (names stood on
// lines of their own). full is the widest piece of the column.
func joinUnitPieces(ps []piece, full int) source.Str {
	if len(ps) == 0 {
		return source.Str{}
	}
	out := ps[0].s
	for x, p := range ps[1:] {
		// In its column, a full line's name cut unfinished goes on even
		// where the next line opens like a name (县直 / 各执法部门).
		filled := ps[x].fills(full)
		if driftGoesOn(out.S, p.s.S, unitsKind, filled) || filled && !org.HasEnding(lastName(out.S)) {
			out = source.Concat(out, p.s)
		} else {
			out = source.Join([]source.Str{out, p.s}, "\n")
		}
	}
	return out
}
