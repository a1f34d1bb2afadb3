package table

import (
	"slices"
	"strings"

	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
	"github.com/zwgk/gongwen/segment/script"
)

// piece is a run of text on a line of a column table, with the display
// columns it spans.
type piece struct {
	s          source.Str
	start, end int // display columns [start, end)
	line       int // the index of its line, once placed in a row
}

// minGap is the white space, in display columns, that separates two
// cells of a column table: one space is a space inside a cell.
const minGap = 2

// pieces splits a line at runs of white space at least minGap display
// columns wide, placing each piece by display column from the line's
// indent. A pinyin gloss after a character (务(wù)) takes no column: a
// mirror site inserted it after the text was laid out.
func pieces(ln Line, m measure) []piece {
	s := ln.S.S
	var out []piece
	col := ln.Indent
	start, startCol := -1, 0
	gap, gapCols, prevHan := 0, 0, false
	for i := 0; i < len(s); {
		r, n := script.DecodeRune(s[i:])
		if source.IsSpace(r) {
			gap += RuneWidth(r)
			gapCols += m.width(r)
			prevHan = false
			i += n
			col += m.width(r)
			continue
		}
		if start >= 0 && gap >= minGap {
			out = append(out, piece{s: ln.S.Slice(start, end(s, start, i)), start: startCol, end: col - gapCols})
			start = -1
		}
		if start < 0 {
			start, startCol = i, col
		}
		gap, gapCols = 0, 0
		if prevHan && (r == '(' || r == '（') {
			if g := segment.GlossAt(s[i:]); g > 0 {
				i += g
				prevHan = false
				continue
			}
		}
		prevHan = source.IsHan(r)
		col += m.width(r)
		i += n
	}
	if start >= 0 {
		out = append(out, piece{s: ln.S.Slice(start, end(s, start, len(s))), start: startCol, end: col - gapCols})
	}
	return out
}

// end returns the end of s[start:to] without its trailing white space.
func end(s string, start, to int) int {
	return start + len(strings.TrimRightFunc(s[start:to], source.IsSpace))
}

// pieceTexts returns the pieces' texts.
func pieceTexts(ps []piece) []source.Str {
	out := make([]source.Str, len(ps))
	for i, p := range ps {
		out[i] = p.s
	}
	return out
}

// spread reports a line that may be a column table's row or header: a gap
// of minGap columns somewhere in it (a cheap test before pieces).
func spread(s string) bool {
	return source.Contains(s, "  ") || source.ContainsRune(s, '\u3000') || source.Contains(s, "\u00a0 ") || source.Contains(s, " \u00a0")
}

// columnsStart reports a line that may be a column table's header: a
// text line with a gap in it.
func columnsStart(ln Line) bool {
	return ln.Kind == Text && !ln.Used && spread(ln.S.S)
}

// MaxHeaderLines bounds the lines a column table's header names may be
// wrapped over (a long name wrapped at a narrow column: 建设 / 内容 / 及目 /
// 标, or a name and its qualifier, 责任 / 单位 / （责 / 任人 / ）):
// HeaderAt reads no further.
const MaxHeaderLines = 6

// looseHeaderLines are the lines of a header stacked even when one of
// them alone does not read as names (工作 over 任务): past them, a line is
// stacked only when the lines not taken since added no column (工作目标 /
// 及措 / 施 goes on; 牵头 配合 under 责任 分工 is a second header row).
const looseHeaderLines = 3

// columnHeader reads the header of a column table at lines[i]: up to
// MaxHeaderLines lines whose pieces, joined where they overlap (工作 over
// 任务, a name centred between the lines of its neighbours), are mostly
// column names (columnNames: at least three, or a task and a unit
// column). It returns the header's pieces and the lines it takes.
func columnHeader(lines []Line, i, to int, m measure) ([]piece, int, bool) {
	if !columnsStart(lines[i]) {
		return nil, 0, false
	}
	return stacked(lines, i, to, 2, columnNames, m)
}

// columnNames accepts the names of a column table's header: three or
// more mostly known, or a task column and a unit column.
func columnNames(names []source.Str) bool {
	return IsHeaderRow(names) && (len(names) >= 3 || taskAndUnits(names, Named(names)))
}

// IsNamesLine reports a line of column names parted by wide gaps
// (工作任务      责任单位): a column table's header, never the second line
// of a title above it.
func IsNamesLine(s string) bool {
	_, _, ok := columnHeader([]Line{{S: source.New(s).At(0, len(s)), Kind: Text}}, 0, 1, displayWidth)
	return ok
}

// HeaderAt reports a column table's header at lines[i]: names parted by
// wide gaps on one line, or wrapped over up to MaxHeaderLines lines (工作
// over 任务).
func HeaderAt(lines []Line, i, to int) bool {
	_, _, ok := columnHeader(lines, i, to, displayWidth)
	return ok
}

// stacked reads column names wrapped over up to MaxHeaderLines lines from
// lines[k]: the pieces of the lines stacked (stack), at least least of
// them and accepted as names, for the most lines that neither lose a name
// nor add a piece that is none (the next line may be the first row), up
// to a line of two or more names of its own (a second header row); past
// looseHeaderLines, only while the lines not taken since add no column
// (a second header row of part names, 牵头 / 单位, adds them). It returns
// them and the lines taken.
func stacked(lines []Line, k, to, least int, accept func([]source.Str) bool, m measure) ([]piece, int, bool) {
	var ps, heads []piece
	n, known, unknown := 0, 0, 0
	for j := k; j < min(to, k+MaxHeaderLines); j++ {
		if lines[j].Kind != Text || lines[j].Used || j-k >= looseHeaderLines && n < j-k && len(ps) > len(heads) {
			break
		}
		line := splitEach(pieces(lines[j], m), func(p piece) []piece { return splitNames(p, m) })
		if n > 0 && len(line) >= 2 && allNamed(pieceTexts(line)) {
			break // a header row of its own: names under a group name
		}
		ps = stack(ps, line)
		names := pieceTexts(ps)
		kn := Named(names)
		if len(ps) >= least && accept(names) && (n == 0 || kn >= known && len(ps)-kn <= unknown) {
			heads, n, known, unknown = ps, j+1-k, kn, len(ps)-kn
		}
	}
	return heads, n, n > 0
}

// splitNames cuts a header piece at its single spaces when every part is
// a column name (序号 工作任务: names pdftotext set one space apart over
// narrow columns), else leaves it whole (nil).
func splitNames(p piece, m measure) []piece {
	if !strings.Contains(p.s.S, " ") {
		return nil
	}
	var cuts []space
	for _, sp := range spacesOf(p, m) {
		if sp.at > 0 && p.s.S[sp.at-1] != ' ' {
			cuts = append(cuts, sp)
		}
	}
	parts := cutAt(p, cuts)
	for _, q := range parts {
		if !IsColumnName(q.s.TrimSpace().S) {
			return nil
		}
	}
	return parts
}

// wrappedAround reports the line right below a header (end) as the rest
// of a header cell a PDF-to-text tool centred vertically around the names
// line (分管领 above it, 导 below, the other names on it): the lines above
// (i-1) and below hold only pieces that stand between the header's names,
// each below one under one above, and each pair joined is a column name.
// The line below is then the header's, not the top of a first row centred
// on its number line. It returns the names so joined (序号: 序 / 号), with
// the columns of their halves.
func wrappedAround(lines []Line, i, end, to int, heads []piece, m measure) ([]piece, bool) {
	if i == 0 || end >= to || lines[i-1].Kind != Text || lines[end].Kind != Text || lines[i-1].Used || lines[end].Used {
		return nil, false
	}
	above, below := pieces(lines[i-1], m), pieces(lines[end], m)
	if len(above) == 0 || len(above) != len(below) {
		return nil, false
	}
	names := make([]piece, len(above))
	for x, a := range above {
		b := below[x]
		if min(a.end, b.end) <= max(a.start, b.start) || overlapsAny(heads, a) || overlapsAny(heads, b) {
			return nil, false
		}
		name := source.Concat(a.s, b.s)
		if _, _, ok := HeaderRole(name.S); !ok {
			return nil, false
		}
		names[x] = piece{s: name, start: min(a.start, b.start), end: max(a.end, b.end)}
	}
	return names, true
}

// overlapsAny reports whether p shares a display column with a piece of ps.
func overlapsAny(ps []piece, p piece) bool {
	for _, q := range ps {
		if min(p.end, q.end) > max(p.start, q.start) {
			return true
		}
	}
	return false
}

// IsColumnName reports a known column name or card field (HeaderRole:
// 工作任务, 牵头单位, 配合科室（单位）).
func IsColumnName(s string) bool {
	_, _, ok := HeaderRole(s)
	return ok
}

// Named counts the cells that are column names (IsColumnName).
func Named(cells []source.Str) int {
	n := 0
	for _, c := range cells {
		if IsColumnName(c.S) {
			n++
		}
	}
	return n
}

// stack joins the pieces of a line to those of the line above: a piece
// under one it overlaps continues it, any other is a column of its own.
func stack(top, bottom []piece) []piece {
	out := make([]piece, 0, len(top)+len(bottom))
	x, y := 0, 0
	for x < len(top) || y < len(bottom) {
		switch {
		case x < len(top) && y < len(bottom) && min(top[x].end, bottom[y].end) > max(top[x].start, bottom[y].start):
			t, b := top[x], bottom[y]
			out = append(out, piece{s: source.Concat(t.s, b.s), start: min(t.start, b.start), end: max(t.end, b.end)})
			x++
			y++
		case y == len(bottom) || x < len(top) && top[x].start < bottom[y].start:
			out = append(out, top[x])
			x++
		default:
			out = append(out, bottom[y])
			y++
		}
	}
	return out
}

// columnOf returns the column a piece falls in: the one whose header it
// overlaps most, else the nearest; -1 when there are no columns.
func columnOf(cols []piece, p piece) int {
	best, bestOver, bestDist := -1, 0, 0
	for j, c := range cols {
		over := min(p.end, c.end) - max(p.start, c.start)
		dist := max(c.start-p.end, p.start-c.end, 0)
		switch {
		case over > 0 && over > bestOver:
			best, bestOver = j, over
		case bestOver == 0 && over <= 0 && (best < 0 || dist < bestDist):
			best, bestDist = j, dist
		}
	}
	return best
}

// subColumns reads a second header row (牵头单位 配合单位 under 责任分工):
// a name of the first row with several names under it gives way to them
// as columns. It returns the columns and the header, the two rows merged
// as a tab rendering's two header rows are (MergeHeaders), the name of
// the first row standing over the first of its columns.
func subColumns(heads, sub []piece) ([]piece, []source.Str) {
	under := make([][]piece, len(heads))
	for _, p := range sub {
		j := columnOf(heads, p)
		under[j] = append(under[j], p)
	}
	var cols []piece
	var top, bottom []source.Str
	for j, h := range heads {
		switch len(under[j]) {
		case 0:
			cols = append(cols, h)
			top, bottom = append(top, h.s), append(bottom, source.Str{})
		case 1:
			u := under[j][0]
			cols = append(cols, piece{s: h.s, start: min(h.start, u.start), end: max(h.end, u.end)})
			top, bottom = append(top, h.s), append(bottom, u.s)
		default:
			for x, u := range under[j] {
				cols = append(cols, u)
				if x == 0 {
					top = append(top, h.s)
				} else {
					top = append(top, source.Str{})
				}
				bottom = append(bottom, u.s)
			}
		}
	}
	return cols, MergeHeaders(top, bottom)
}

// colRow is a row of a column table being read: the pieces of each cell,
// line by line.
type colRow struct {
	parts      [][]piece
	line       int
	afterBreak bool
	// whole is set on a row read as cell blocks (cellBlocks): its lines
	// are all its own, whatever centredRows would make of them.
	whole bool
}

// Columns recognises a table a PDF-to-text converter or a copy from a PDF
// viewer laid out in columns: no tabs and no pipes, the cells of a line
// separated by runs of spaces, a cell too long for its column wrapped onto
// the next lines at the same display column with the other columns blank.
// The columns are the header's pieces (a second header row of names
// splits a group name into its columns), stretched over the cells of
// lines as wide as the table; each piece of a line goes to the column it
// overlaps. A line whose pieces all continue unfinished cells of
// the row above (no row number, no sentence ended above) is a wrapped
// line of that row; any other starts a row. A header repeated after a page
// break is skipped and the next row marked. The table ends at a line that
// does not fit the columns (prose running across them), at one speaking of
// the table, or at a line of another kind.
func Columns(lines []Line, i, to int) (Grid, bool) {
	g, score, ok := columnsBy(lines, i, to, displayWidth)
	if ok && score.aligned == score.pieces && numberedGrid(g) {
		return g, ok
	}
	// No rows read, or columns off their names: the table may have been
	// aligned counting characters (typed by hand, or a PDF-to-text tool
	// setting each glyph in one character cell). Where display width read
	// no row, two rows at least (a line of prose with wide gaps under a
	// header fits some columns by character count too).
	if cg, cs, cok := columnsBy(lines, i, to, charCount); cok && (ok && cs.better(score) && cg.Lines >= g.Lines || !ok && len(cg.Rows) >= 2 || (cg.Blocks || !numberedGrid(g) && numberedGrid(cg)) && cg.Lines > g.Lines) {
		return cg, true
	}
	return g, ok
}

// columnsBy reads a column table at lines[i] measured by m, and says how
// well its lines kept to the header's names (alignment). Counted by
// character (pdftotext -layout), where a row's cell was read glued to the
// cell left of it at a single space standing where the table's rows below
// showed its column to start, the table is read again knowing those
// starts from the first line (seedStarts).
func columnsBy(lines []Line, i, to int, m measure) (Grid, alignment, bool) {
	g, score, starts, late, ok := columnsSeeded(lines, i, to, m, nil)
	if !ok || !late {
		return g, score, ok
	}
	if sg, ss, _, _, sok := columnsSeeded(lines, i, to, m, starts); sok && sg.Lines >= g.Lines {
		return sg, ss, true
	}
	return g, score, ok
}

// columnsSeeded is columnsBy's one reading, knowing from a reading before
// it (known, nil for none) where the table's cells of each column start
// at the leftmost, as they stand on their lines; it returns those starts
// as it read them, and late: a cell it read holds, at a single space, one
// of them (seedStarts).
func columnsSeeded(lines []Line, i, to int, m measure, known []int) (Grid, alignment, []int, bool, bool) {
	heads, n, ok := columnHeader(lines, i, to, m)
	if !ok {
		return Grid{}, alignment{}, nil, false, false
	}
	if around, ok := wrappedAround(lines, i, i+n, to, heads, m); ok {
		n++
		heads = withSeqAround(heads, around)
	}
	first := pieceTexts(heads)
	header := first
	var second []source.Str
	k := i + n
	for k < to && lines[k].Kind == Blank {
		k++
	}
	if sub, sm, ok := stacked(lines, k, to, 1, allNamed, m); ok {
		heads, header = subColumns(heads, sub)
		second = pieceTexts(sub)
		n = k + sm - i
	}
	var score alignment
	var rows []colRow
	cur := -1
	afterBreak := false
	widest := make([]int, len(heads))              // the widest piece of each column
	next := make([]int, len(heads))                // the second widest
	seen := slices.Repeat([]int{-1}, len(heads))   // the leftmost piece of each column
	starts := slices.Repeat([]int{-1}, len(heads)) // the same as the pieces stand
	var read []piece                               // those holding a space (charCount)
	// learn notes the starts of the pieces ps, piece x in column at[x], as
	// they stand on their line.
	learn := func(ps []piece, at []int) {
		if m != charCount {
			return
		}
		for x, p := range ps {
			if c := at[x]; starts[c] < 0 || p.start < starts[c] {
				starts[c] = p.start
			}
			if strings.IndexByte(p.s.S, ' ') > 0 {
				read = append(read, p) // one that may hold two cells
			}
		}
	}
	if len(known) != len(heads) {
		known = nil
	}
	// put adds the pieces ps of line k to the row being read, piece x in
	// column at[x], and notes each column's widths and leftmost start.
	put := func(ps []piece, at []int, k int) {
		for x, p := range ps {
			c := at[x]
			p.line = k
			rows[cur].parts[c] = append(rows[cur].parts[c], p)
			if w := p.end - p.start; w > widest[c] {
				widest[c], next[c] = w, widest[c]
			} else {
				next[c] = max(next[c], w)
			}
			if seen[c] < 0 || p.start < seen[c] {
				seen[c] = p.start
			}
		}
	}
	units := unitColumns(header)
	cuts, fitted := 0, true
	kinds := make([]cellKind, len(header))
	for j, h := range header {
		kinds[j] = columnKind(h.S)
	}
	var block blockRow // the row of cell blocks being read, if any
	blockEnd := -1     // the line after the last one cellBlocks looked at
	for k = i + n; k < to; k++ {
		ln := lines[k]
		if ln.Used {
			break
		}
		if ln.Kind == Blank || ln.Kind == Noise {
			continue
		}
		if ln.Kind != Text || SpeaksOfTable(ln.S.S) && ln.Indent < heads[1].start {
			// (Under a later column, 以上。 is a cell's wrapped end.)
			break
		}
		if again, am, ok := columnHeader(lines, k, to, m); ok && SameCells(pieceTexts(again), first) {
			afterBreak = true
			k += am - 1
			for j := k + 1; second != nil && j < to && (lines[j].Kind == Blank || lines[j].Kind == Noise); j++ {
				k = j // blank lines between the header's rows
			}
			if sub, sm, ok := stacked(lines, k+1, to, 1, allNamed, m); ok && SameCells(pieceTexts(sub), second) {
				k += sm
			}
			continue
		}
		if m == charCount && k >= blockEnd && (k == i+n || lines[k-1].Kind == Blank) {
			var ok bool
			if block, blockEnd, ok = cellBlocks(lines, k, to, kinds, known); !ok {
				block = blockRow{}
			}
		}
		if bp, at, ok := block.placed(k, heads); ok {
			// A row of cell blocks (blockcells.go): each piece's column is
			// its block's, whatever its position.
			score.add(heads, bp, at)
			if k == block.lines[0] {
				rows = append(rows, colRow{parts: make([][]piece, len(heads)), line: k, afterBreak: afterBreak, whole: true})
				cur = len(rows) - 1
				afterBreak = false
			}
			put(bp, at, k)
			learn(block.line(k), at)
			continue
		}
		ps := pieces(ln, m)
		if len(ps) == 1 && len(rows) > 0 && lines[k-1].Kind == Blank && ln.Indent < heads[1].start && isFieldLine(ln.S.S) {
			break // a note under the table (注：…), a blank line above it
		}
		ps = splitStraddling(heads, ps, m)
		ps = cutAtStarts(heads, splitRowNumber(heads, ps, kinds[0] == seqKind), seen, known, m)
		if d, n := gridShift(heads, ps); n >= minShifted && n >= len(ps)-1 && startsAt(heads, ps) == 0 {
			shiftColumns(heads, d)
		}
		at, moved, ok := placePieces(heads, ps)
		if !ok || moved {
			// Cells parted by one space (cellspace.go), read so when the
			// line then fits the columns as they stand or has a piece for
			// each, a piece a column.
			if split := splitAtColumns(heads, ps, seen, m); len(split) > len(ps) && len(split) <= len(heads) {
				if sat, smoved, sok := placePieces(heads, split); sok && (!ok || !smoved || len(split) == len(heads)) && distinct(sat) {
					ps, at, moved, ok = split, sat, smoved, sok
				}
			}
		}
		if cut := cutAllAtNames(heads, ps, m); len(cut) > len(ps) && (!ok || moved) {
			if cat, cmoved, cok := placePieces(heads, cut); cok && !cmoved {
				ps, at, moved, ok = cut, cat, false, true
				cuts++
			}
		}
		fitted = fitted && !moved
		if !ok {
			break
		}
		score.add(heads, ps, at)
		if cur < 0 || !wraps(rows[cur], ps, at, heads, units) {
			rows = append(rows, colRow{parts: make([][]piece, len(heads)), line: k, afterBreak: afterBreak})
			cur = len(rows) - 1
			afterBreak = false
		}
		put(ps, at, k)
		learn(ps, at)
		switch {
		case moved:
			realign(heads, ps, at)
		case len(ps) == len(heads):
			widen(heads, ps)
		default:
			reach(heads, ps, at)
		}
	}
	if len(rows) == 0 {
		return Grid{}, alignment{}, nil, false, false
	}
	runsOn := runsOnFull(widest)
	if m == charCount {
		runsOn = runsOnCells(next)
	}
	rows = centredUnits(centredRows(rows, runsOn), units)
	g := Grid{Header: header, Lines: k - i, Sep: "\n", AtEnd: atEnd(lines, k), CutFits: cuts > 0 && fitted, Blocks: allWhole(rows)}
	for _, r := range rows {
		cells := make([]source.Str, len(heads))
		for j, ps := range r.parts {
			cells[j] = joinWrapped(ps, widest[j], j < len(units) && units[j], m)
		}
		g.Rows = append(g.Rows, Row{Cells: cells, Line: r.line, AfterBreak: r.afterBreak})
	}
	return g, score, starts, known == nil && seedStarts(read, starts), true
}

// splitStraddling splits a piece that runs from one column into the next
// at the one space standing where the next column starts, when it starts
// in a column of people and the part before the space is a person's name
// alone: a PDF-to-text tool set a person's cell a single space from the next (赵国强 水利站, a 分管领导 cell tight
// against the units'). The part after the space must start within minGap
// of the next column and end before the one after it; any other piece is
// left as it is (prose across the columns ends the table; a post and a
// name, 副市长 韩冬, is one cell whose names stood off their columns).
func splitStraddling(heads, ps []piece, m measure) []piece {
	for x := 0; x < len(ps); x++ {
		p := ps[x]
		j := -1 // the column the piece starts in
		for k := range heads {
			if heads[k].start <= p.start+minGap {
				j = k
			}
		}
		if j < 0 || j+1 >= len(heads) || p.end <= heads[j+1].start+minGap || !peopleColumn(heads[j].s.S) {
			continue
		}
		next := heads[j+1].start
		cut, cutCol := -1, 0
		for _, sp := range spacesOf(p, m) {
			if sp.col >= next-minGap && sp.col <= next+minGap && (cut < 0 || abs(sp.col-next) < abs(cutCol-next)) {
				cut, cutCol = sp.at, sp.col
			}
		}
		if cut <= 0 || j+2 < len(heads) && p.end > heads[j+2].start {
			continue
		}
		left := piece{s: p.s.Slice(0, cut).TrimSpace(), start: p.start, end: cutCol - 1}
		right := piece{s: p.s.From(cut + 1).TrimSpace(), start: cutCol, end: p.end}
		if !org.IsPersonName(left.s.S) || right.s.Len() == 0 {
			continue
		}
		ps = append(ps[:x:x], append([]piece{left, right}, ps[x+1:]...)...)
		x++
	}
	return ps
}

// peopleColumn reports a column named for people (分管领导, 责任人): its
// cells are names, never units.
func peopleColumn(name string) bool {
	role, _, ok := HeaderRole(name)
	return ok && role == Ignore && !strings.Contains(name, "情况")
}

// cutAtNames cuts a piece that runs from one column into the next at its
// last single space before the next column's start: a cell that
// filled its column was parted from the next by one space only (a text
// browser's or converter's layout: 将…以内， 市市场监管局牵头，…). It returns
// ps itself when no piece is cut.
func cutAtNames(heads, ps []piece, m measure) []piece {
	return splitEach(ps, func(p piece) []piece {
		j := columnOf(heads, p)
		if j < 0 || j+1 >= len(heads) || p.end <= heads[j+1].start+minGap {
			return nil
		}
		s := p.s.S
		last := space{at: -1}
		for _, sp := range spacesOf(p, m) {
			// (A space is one column wide: it stands at sp.col-1.)
			if col := sp.col - 1; col > heads[j].start && col < heads[j+1].start+minGap && (sp.at == 0 || s[sp.at-1] != ' ') {
				last = sp
			}
		}
		if last.at <= 0 {
			return nil
		}
		return cutAt(p, []space{last})
	})
}

// cutAllAtNames cuts the pieces of a line at the names (cutAtNames) until
// none runs into the next column: a line may part all its cells by single
// spaces.
func cutAllAtNames(heads, ps []piece, m measure) []piece {
	for range heads {
		cut := cutAtNames(heads, ps, m)
		if len(cut) == len(ps) {
			break
		}
		ps = cut
	}
	return ps
}

// widen stretches each column over the piece a line as wide as the table
// holds in it: a name centred over its column covers only its middle, and
// a short piece at the column's edge must still fall in it.
func widen(heads, ps []piece) {
	for j, p := range ps {
		heads[j].start = min(heads[j].start, p.start)
		heads[j].end = max(heads[j].end, p.end)
	}
}

// reach stretches each column left over the start of a piece placed in it
// that starts in the free space between it and the column before: a name
// centred over a wide column stands right of its cells, and a short piece
// at the column's left edge (政府 wrapped under a unit cell) must fall in
// it rather than in the column before.
func reach(heads, ps []piece, at []int) {
	for x, p := range ps {
		if j := at[x]; j > 0 && p.start < heads[j].start && p.start > heads[j-1].end {
			heads[j].start = p.start
		}
	}
}

// realign moves the columns onto the cells of a line placed one by one
// (piece x in column at[x]): the header's names stood off them. A column
// the line left empty moves as the one before it did.
func realign(heads, ps []piece, at []int) {
	shift := 0
	x := 0
	for j := range heads {
		if x < len(ps) && at[x] == j {
			shift = ps[x].start - heads[j].start
			heads[j].start, heads[j].end = ps[x].start, ps[x].end
			x++
			continue
		}
		heads[j].start += shift
		heads[j].end += shift
	}
}

// placePieces assigns each piece of a line to a column, in order. A line
// does not fit when a piece runs past the start of the next column or
// starts before the end of the one before (prose across the columns) or
// two pieces come out of order — unless it has a piece for every column
// and opens with its number or heading (oneByOne): then the header's names
// stood off their columns (typed by hand, or centred over columns whose
// cells start further right), the pieces are the cells one by one
// (moved), and the columns are to be moved onto them. So is such a line
// that the names would put two pieces of in one column. A row that opens
// so with fewer pieces than columns (empty cells) is placed by skipAlign
// when the names do not fit it or place it wrongly (namesOff). A line holding
// only a heading (一、…, （一）…) that starts left of the second column is
// a group row written across merged cells, whatever its width.
func placePieces(heads []piece, ps []piece) (at []int, moved, ok bool) {
	if len(ps) == 1 && len(heads) > 1 && ps[0].start < heads[1].start && isHeading(ps[0].s.S) {
		return []int{0}, false, true // a group row over merged cells (一、…), as wide as it likes
	}
	at = make([]int, len(ps))
	for x, p := range ps {
		j := columnOf(heads, p)
		if x > 0 && j < at[x-1] || j+1 < len(heads) && p.end > heads[j+1].start+minGap || j > 0 && p.start < heads[j-1].end-minGap {
			if at, ok = oneByOne(heads, ps); !ok {
				at, ok = skipAlign(heads, ps) // a row with empty cells
			}
			return at, ok, ok
		}
		at[x] = j
	}
	if len(ps) == len(heads) && !identity(at) {
		// A piece for every column, but two in one: the names stood off.
		if by, ok := oneByOne(heads, ps); ok {
			return by, true, true
		}
	}
	if len(ps) < len(heads) && namesOff(heads, ps, at) {
		if by, ok := skipAlign(heads, ps); ok {
			return by, true, true
		}
	}
	return at, false, true
}

// namesOff reports a line the header's names would place wrongly: two of
// its pieces in one column, or a piece running over the whole name of
// another column (a cell never crosses into the next column: the names
// stood left of their cells).
func namesOff(heads, ps []piece, at []int) bool {
	for x, p := range ps {
		if x > 0 && at[x] == at[x-1] {
			return true
		}
		for j, h := range heads {
			if j != at[x] && p.start <= h.start && h.end <= p.end {
				return true
			}
		}
	}
	return false
}

// offLeft weighs a piece starting left of a name placed over it: names
// off their columns stand left of their cells, so a cell there is four
// times as unlikely as one as far to the right.
const offLeft = 4

// skipAlign places a line that opens with its number or heading and has
// fewer pieces than columns, under names off their columns: each piece in
// a column of its own, in order, the first in the first, the columns
// chosen so that the names stand as near as may be left of the pieces'
// starts (offLeft); the columns left out are the row's empty ones.
func skipAlign(heads, ps []piece) ([]int, bool) {
	m, n := len(ps), len(heads)
	if m < 2 || m >= n || !IsNumber(ps[0].s.S) && !isHeading(ps[0].s.S) {
		return nil, false
	}
	cost := func(x, j int) int {
		if d := ps[x].start - heads[j].start; d >= 0 {
			return d
		} else {
			return -d * offLeft
		}
	}
	const none = 1 << 30
	best := make([][]int, m) // best[x][j]: pieces 0..x placed, x in column j
	from := make([][]int, m)
	for x := range best {
		best[x], from[x] = make([]int, n), make([]int, n)
		for j := range best[x] {
			best[x][j] = none
		}
	}
	best[0][0] = cost(0, 0)
	for x := 1; x < m; x++ {
		for j := x; j < n-(m-1-x); j++ {
			for k := x - 1; k < j; k++ {
				if best[x-1][k] < none && best[x-1][k]+cost(x, j) < best[x][j] {
					best[x][j], from[x][j] = best[x-1][k]+cost(x, j), k
				}
			}
		}
	}
	last := -1
	for j := m - 1; j < n; j++ {
		if best[m-1][j] < none && (last < 0 || best[m-1][j] < best[m-1][last]) {
			last = j
		}
	}
	if last < 0 {
		return nil, false
	}
	at := make([]int, m)
	for x, j := m-1, last; x >= 0; x-- {
		at[x] = j
		j = from[x][j]
	}
	return at, true
}

// minShifted is the fewest pieces of a line, all but one at most, that
// must start where the columns after the first start, all moved by one
// distance, for the columns to move there (gridShift).
const minShifted = 3

// maxShift bounds the distance, in columns, gridShift moves the columns.
const maxShift = 8

// gridShift finds the distance that moves the columns after the first
// onto the starts of most of a line's pieces: pdftotext -layout, setting
// each glyph in one character cell, may pack a page's columns tighter from
// some line on (工作任务 at 9 above, at 4 below). It returns the distance
// and how many pieces start there.
func gridShift(heads, ps []piece) (int, int) {
	best, bestN := 0, 0
	for d := -maxShift; d <= maxShift; d++ {
		if n := startsAtShifted(heads, ps, d); d != 0 && n > bestN {
			best, bestN = d, n
		}
	}
	return best, bestN
}

// startsAt counts the pieces that start where a column after the first
// starts.
func startsAt(heads, ps []piece) int { return startsAtShifted(heads, ps, 0) }

// startsAtShifted counts the pieces that start where a column after the
// first would start moved by d.
func startsAtShifted(heads, ps []piece, d int) int {
	n := 0
	for _, p := range ps {
		for _, h := range heads[1:] {
			if p.start == h.start+d {
				n++
				break
			}
		}
	}
	return n
}

// shiftColumns moves the columns by d, the first column's end only (it
// starts at the margin).
func shiftColumns(heads []piece, d int) {
	heads[0].end = max(heads[0].end+d, heads[0].start+1)
	for j := 1; j < len(heads); j++ {
		heads[j].start += d
		heads[j].end += d
	}
}

// distinct reports that at puts each piece in a column of its own.
func distinct(at []int) bool {
	for x := 1; x < len(at); x++ {
		if at[x] <= at[x-1] {
			return false
		}
	}
	return true
}

// identity reports that at puts piece x in column x.
func identity(at []int) bool {
	for x, j := range at {
		if j != x {
			return false
		}
	}
	return true
}

// oneByOne places a line that has a piece for every column one piece a
// column: a row that opens with its number or heading (prose broken by
// wide spaces does not), each piece off its column by less than a
// neighbouring column (it starts before the next column ends and ends
// after the one before starts).
func oneByOne(heads []piece, ps []piece) ([]int, bool) {
	if len(ps) != len(heads) || !IsNumber(ps[0].s.S) && !isHeading(ps[0].s.S) {
		return nil, false
	}
	at := make([]int, len(ps))
	for x, p := range ps {
		if x+1 < len(heads) && p.start >= heads[x+1].end || x > 0 && p.end <= heads[x-1].start {
			return nil, false
		}
		at[x] = x
	}
	return at, true
}

// wraps reports that a line (its pieces ps in columns at) continues the
// row r: every piece goes under a filled cell of r that did not end its
// sentence, and no row number stands in the first column nor above. A
// cell that ended its sentence at the end of a full line and goes on
// looks like a row whose merged cells were left blank: it is read as one.
//
// But a cell that opened with its heading (（一）…) and ended its sentence
// at the column's edge (the next column's gap right after it) goes on
// under a piece without a heading: a new row of that column would open
// with its own. A cell whose line ends in a decimal point after a digit
// goes on under a piece opening with a digit (提高到2. / 5%): the
// converter broke the number. And a cell ending in a semicolon (牵头：A；
// over 配合：B) goes on when another piece of the line goes on under a
// cell stopped in mid-sentence: a row whose merged cells were left blank
// opens every cell it has. A line holding only a 一、 heading is a goal
// row, never a wrap. A piece under an empty cell of a unit column (units)
// goes with the row when another piece goes on under a cell stopped in
// mid-sentence: a merged unit cell centred over the rows begins there
// (centredUnits).
func wraps(r colRow, ps []piece, at []int, heads []piece, units []bool) bool {
	if len(ps) == 1 && isGoal(ps[0].s.S) {
		return false // | | 二、农村生活垃圾治理 | |: a goal row in any column
	}
	midway, semicolon, underEmpty := false, false, false
	for x, p := range ps {
		j := at[x]
		above := r.parts[j]
		if len(above) == 0 {
			if j < len(units) && units[j] {
				underEmpty = true
				continue
			}
			return false
		}
		last := above[len(above)-1]
		if IsNumber(last.s.S) || j == 0 && (IsNumber(p.s.S) || isHeading(p.s.S)) {
			return false
		}
		switch {
		case brokenDecimal(last.s.S, p.s.S):
			midway = true
		case endsSemicolon(last.s.S):
			semicolon = true
		case !endsSentence(last.s.S):
			midway = true
		case !(atEdge(heads, j, last) && isHeading(above[0].s.S) && !isHeading(p.s.S)):
			return false
		}
	}
	return midway || !semicolon && !underEmpty
}

// brokenDecimal reports a line ending in a digit and a point and the
// next opening with a digit: a decimal number broken at the wrap.
func brokenDecimal(line, next string) bool {
	head, ok := strings.CutSuffix(line, ".")
	if !ok || head == "" || next == "" {
		return false
	}
	last, first := head[len(head)-1], next[0]
	return last >= '0' && last <= '9' && first >= '0' && first <= '9'
}

// endsSemicolon reports text that ends in a semicolon, a clause that its
// cell may go on after.
func endsSemicolon(s string) bool {
	s = strings.TrimRight(s, " \u00a0\u3000")
	return strings.HasSuffix(s, "；") || strings.HasSuffix(s, ";")
}

// atEdge reports a piece of column j that runs up to the gap before the
// next column (a wide character short at most): its line was full.
func atEdge(heads []piece, j int, p piece) bool {
	return j+1 < len(heads) && p.end >= heads[j+1].start-minGap-1
}

// isHeading reports text that opens with an ordinal of the first two
// levels (一、 （一）): a row of its own.
func isHeading(s string) bool {
	o, ok := ord.Read(s)
	return ok && (o.Style == ord.CnDun || o.Style == ord.CnParen)
}

// joinWrapped joins the lines of a cell; two pieces of one line (a gap
// inside the column) keep a space between them. A line that stops short of its
// column (the widest line in it, but for a wide character that did not
// fit) after a clause (，；：) ended a line of the cell's own: a line
// break joins it to the next. So does a line that stops short where the
// text since the last break ends an organisation's name (org.Ending: 局,
// 中心; 市工业和信息化 / 局 included) in a unit column (units): the
// names stood on lines of their own, or a space parted them where the
// converter wrapped. Any other was wrapped by the converter, mid-word
// perhaps (市自然资源和规 / 划局, 各县（市、区）人 / 民政府, short once
// its brackets are half width), and runs on into the next without a
// break.
func joinWrapped(ps []piece, full int, units bool, m measure) source.Str {
	if len(ps) == 0 {
		return source.Str{}
	}
	out := ps[0].s
	for x := 1; x < len(ps); x++ {
		prev := ps[x-1]
		if ps[x].line == prev.line {
			// Two pieces of one line in one column: a gap parted them
			// (a person's column set tight against the units', 陈永   安监办).
			out = source.Join([]source.Str{out, ps[x].s}, " ")
			continue
		}
		if !prev.fills(full) && endsClause(prev.s.S) || units && !prev.fillsBy(full, m) && endsName(lastLine(out.S)) {
			out = source.Join([]source.Str{out, ps[x].s}, "\n")
		} else {
			out = source.Concat(out, ps[x].s)
		}
	}
	return out
}

// fills reports a piece as wide as the widest line of its column (full),
// a wide character short at most: its line was full, and a line cut there
// may go on below.
func (p piece) fills(full int) bool { return p.end-p.start >= full-1 }

// lastLine returns the text after the last line break of s.
func lastLine(s string) string { return s[strings.LastIndexByte(s, '\n')+1:] }

// endsName reports text that ends an organisation's name (org.Ending):
// after a bracket only when it holds a role word (市农业农村局（牵头）), not
// place names that the name goes on after (各县（市、区） / 人民政府).
func endsName(s string) bool {
	r, _ := script.DecodeLastRune(s)
	if strings.ContainsRune(")）", r) {
		open := max(strings.LastIndex(s, "("), strings.LastIndex(s, "（"))
		if open < 0 || !hasRoleMark(segment.ToSimplified(s[open:])) {
			return false
		}
	}
	return org.Ending(s) != ""
}

// hasRoleMark reports a unit role word (牵头, 配合, keyWords) in s.
func hasRoleMark(s string) bool {
	has, _ := scanKeys(s)
	return has&(leadKeys|cooperate|participate) != 0 || holdsAny(s, responsibleLabelHeads)
}

// endsClause reports text that ends in a comma, a semicolon or a colon.
func endsClause(s string) bool {
	r, _ := script.DecodeLastRune(s)
	return source.ContainsRune("，,；;：:", r)
}

// JoinCellLines joins the lines of one cell of a framed grid whose cells
// wrap inside the frame (│压缩企业开办时间至3 │ over │个工作日以内。│), as
// joinWrapped joins a column table's: full is the widest line of the
// cell's column, and a line that stops short of it after a clause or a
// name ended a line of the cell's own. Widths are as laid out
// (LaidWidth).
func JoinCellLines(parts []source.Str, full int) source.Str {
	ps := make([]piece, 0, len(parts))
	for i, p := range parts {
		if p.Len() > 0 {
			ps = append(ps, piece{s: p, end: LaidWidth(p.S), line: i})
		}
	}
	return joinWrapped(ps, full, true, displayWidth)
}
