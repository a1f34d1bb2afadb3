package table

import "slices"

// centredRows regroups the rows of a column table whose cells a PDF
// centred vertically in their rows: a row's one-line cells (序号, a short
// lead unit) stand on its middle line, and its taller cells (the task,
// the partners) start on lines above it, which the line-by-line reading
// gave to the row above or to a row of their own with no number.
//
// The table is so centred when a group (under the header or a group row)
// opens with a row holding no number whose cells all go on in the
// numbered row under it: in a table whose cells sit at the top of their
// rows, the first line under a group row is a row's number line. Then
// each numbered row's extent is decided afresh by which lines' cells
// continue which column (centredExtents); group rows, and rows opening
// with a heading (一、… wrapped in the task column), stay as they are.
func centredRows(rows []colRow, runsOn runsOnFunc) []colRow {
	if !centredTable(rows) {
		return rows
	}
	out := make([]colRow, 0, len(rows))
	for i := 0; i < len(rows); {
		if groupHead(rows[i]) || rows[i].whole {
			out = append(out, rows[i])
			i++
			continue
		}
		k := i + 1
		for k < len(rows) && !groupHead(rows[k]) && !rows[k].whole {
			k++
		}
		out = append(out, centredExtents(rows[i:k], runsOn)...)
		i = k
	}
	return out
}

// centredTable reports a column table whose cells were centred
// vertically: a group opens with a row holding no number and not ended,
// every cell of which goes on in the numbered row under it, or such a row
// stands between two numbered rows (a text browser centres only the rows
// taller than their number's line: the one-line 序号 of a three-line row
// on its middle line).
func centredTable(rows []colRow) bool {
	open := true // at the start of a group
	for i, r := range rows {
		if groupHead(r) {
			open = true
			continue
		}
		above := !numbered(r) && len(r.parts[0]) == 0 // a row's lines above its number line?
		if above && i+1 < len(rows) && numbered(rows[i+1]) &&
			(open && (goesOn(r, rows[i+1]) || unfinished(r)) || i > 0 && numbered(rows[i-1]) && goesOn(r, rows[i+1])) {
			return true
		}
		if above && open && unfinished(r) && numberedAfterUnfinished(rows[i+1:]) {
			return true // several lines above the first number line
		}
		open = false
	}
	return false
}

// groupHead reports a row that heads a group: a group row (goalRow), or
// one whose first line opens with a heading (一、…, （一）…), however its
// cells wrapped.
func groupHead(r colRow) bool {
	if goalRow(r) {
		return true
	}
	first := -1
	var p piece
	for _, ps := range r.parts {
		if len(ps) > 0 && (first < 0 || ps[0].line < first) {
			first, p = ps[0].line, ps[0]
		}
	}
	return first >= 0 && isHeading(p.s.S)
}

// numberedAfterUnfinished reports rows that reach a numbered row through
// rows holding no number that ended no sentence (the rows above it of a
// group opening with an unnumbered row whose first column is empty).
func numberedAfterUnfinished(rows []colRow) bool {
	for _, r := range rows {
		if numbered(r) {
			return true
		}
		if groupHead(r) || !unfinished(r) {
			return false
		}
	}
	return false
}

// unfinished reports a row none of whose cells ended its sentence: each
// goes on below, in the numbered row's lines under its number line (a
// cell centred beside a one-line cell of the number line, 建成转运站 between
// 完成填埋场扩 / 容工程, leaves that column empty on the number line).
func unfinished(r colRow) bool {
	for _, ps := range r.parts {
		if len(ps) > 0 && endsSentence(ps[len(ps)-1].s.S) {
			return false
		}
	}
	return true
}

// goesOn reports a row every filled cell of which did not end its
// sentence and goes on in the row below.
func goesOn(r, below colRow) bool {
	for j, ps := range r.parts {
		if len(ps) == 0 {
			continue
		}
		if len(below.parts[j]) == 0 || endsSentence(ps[len(ps)-1].s.S) {
			return false
		}
	}
	return true
}

// placed is a piece of a line in its column.
type placed struct {
	col int
	p   piece
}

// runsOnFunc reports that the piece u of a column table goes on in the
// piece l under it in the same column: the two are one cell.
type runsOnFunc func(u, l placed) bool

// runsOnFull is the runsOnFunc of a table whose columns kept their
// widths (Columns): a piece that fills its column (widest) and did not
// end its sentence goes on in the piece under it.
func runsOnFull(widest []int) runsOnFunc {
	return func(u, _ placed) bool { return u.p.fills(widest[u.col]) && !endsSentence(u.p.s.S) }
}

// runsOnCells is runsOnFull for a table measured by character count
// from a PDF (pdftotext -layout): a full line of Han characters holds
// fewer characters than one holding digits, set narrower, so a line
// within a fifth of the column's second widest piece (wide, the widest
// may be two cells glued by one space) fills it.
func runsOnCells(wide []int) runsOnFunc {
	return func(u, _ placed) bool {
		full := wide[u.col]
		return u.p.end-u.p.start >= full-max(1, full/5) && !endsSentence(u.p.s.S)
	}
}

// centredExtents gives the lines of a group of rows of a centred table to
// its numbered rows: each row's number line stands at its middle, as many
// lines above it as below or one fewer (balance), and a row ends where no
// column's cell runs on across the cut (cutCost: runsOn, for a column
// table a full line that did not end its sentence, a piece under it in the
// same column), at a blank line
// or a page break when one parts the lines between two number lines. The
// lines above the first number line go to the first row, those under the
// last to the last. A group without numbered rows is left as it is.
func centredExtents(seg []colRow, runsOn runsOnFunc) []colRow {
	var lines []int
	at := map[int][]placed{}
	for _, r := range seg {
		for j, ps := range r.parts {
			for _, p := range ps {
				if _, ok := at[p.line]; !ok {
					lines = append(lines, p.line)
				}
				at[p.line] = append(at[p.line], placed{j, p})
			}
		}
	}
	slices.Sort(lines)
	var nums []int // indexes in lines of the number lines
	var flags []bool
	for _, r := range seg {
		if numbered(r) {
			nums = append(nums, slices.Index(lines, r.parts[0][0].line))
			flags = append(flags, r.afterBreak)
		}
	}
	if len(nums) == 0 || !slices.IsSorted(nums) {
		return seg
	}
	cut := func(s int) int { // the cost of ending a row after lines[s]
		n := cutCost(at[lines[s]], at[lines[s+1]], runsOn)
		if s > 0 {
			n += cutCostPast(at[lines[s-1]], at[lines[s]], at[lines[s+1]], runsOn)
		}
		if s+2 < len(lines) {
			n += cutCostPast(at[lines[s]], at[lines[s+1]], at[lines[s+2]], runsOn)
		}
		return runOnCost * n
	}
	// best[r][a]: the least cost of the rows before r with a lines above
	// row r's number line; from[r][a] the lines above and below row r-1's
	// number line.
	m := len(nums)
	best, from := make([][]int, m), make([][][2]int, m)
	best[0] = make([]int, nums[0]+1)
	for a := range nums[0] {
		best[0][a] = -1 // the lines above the first number line are its row's
	}
	for r := 0; r+1 < m; r++ {
		gap := nums[r+1] - nums[r] - 1
		best[r+1], from[r+1] = make([]int, gap+1), make([][2]int, gap+1)
		for a := range best[r+1] {
			best[r+1][a] = -1
		}
		// A blank line (a rule between rows) or a page break between two
		// of the gap's lines is where the rows part.
		ruled := false
		for s := nums[r]; s < nums[r+1]; s++ {
			ruled = ruled || lines[s+1]-lines[s] > 1
		}
		for a, c := range best[r] {
			if c < 0 {
				continue
			}
			for b := 0; b <= gap; b++ {
				cost := c + balance(a, b) + cut(nums[r]+b) + splitCellCost*splitCells(lines, at, nums[r]-a, nums[r]+b)
				if s := nums[r] + b; ruled && lines[s+1]-lines[s] == 1 {
					cost += offRuleCost
				}
				if next := gap - b; best[r+1][next] < 0 || cost < best[r+1][next] {
					best[r+1][next], from[r+1][next] = cost, [2]int{a, b}
				}
			}
		}
	}
	last := len(lines) - 1 - nums[m-1]
	a := -1
	lastCost := func(x int) int {
		return best[m-1][x] + balance(x, last) + splitCellCost*splitCells(lines, at, nums[m-1]-x, nums[m-1]+last)
	}
	for x, c := range best[m-1] {
		if c >= 0 && (a < 0 || lastCost(x) < lastCost(a)) {
			a = x
		}
	}
	out := make([]colRow, m)
	below := last
	for r := m - 1; r >= 0; r-- {
		top, bottom := nums[r]-a, nums[r]+below
		row := colRow{parts: make([][]piece, len(seg[0].parts)), line: lines[top], afterBreak: flags[r]}
		for _, l := range lines[top : bottom+1] {
			for _, x := range at[l] {
				row.parts[x.col] = append(row.parts[x.col], x.p)
			}
		}
		out[r] = row
		if r > 0 {
			a, below = from[r][a][0], from[r][a][1]
		}
	}
	return out
}

// The costs centredExtents weighs a row's extent by, against balance's
// two per line off: a cell cut mid-sentence weighs as much as ten lines
// off balance, and a cut that misses the rule parting a gap as much as
// two such cells.
const (
	runOnCost     = 20 // each column whose cell runs on across the cut
	splitCellCost = 20 // each second cell a row would hold in one column (splitCells)
	offRuleCost   = 40 // a cut between two lines of a gap that a rule parts elsewhere
)

// balance weighs a row of a centred table with a lines above its number
// line and b below: none when b is a, one (less than a line off) when b
// is a+1 — a row of even height on a grid of whole lines; a PDF-to-text
// tool that gives each half-line position a line of its own sets the
// number line in the very middle —, else two for each line off.
func balance(a, b int) int {
	switch {
	case b < a:
		return 2 * (a - b)
	case b > a+1:
		return 2*(b-a-1) + 1
	case b == a+1:
		return 1
	}
	return 0
}

// cutCostPast counts the columns whose cell runs on across a line that
// holds nothing in them (mid): a piece on the upper line that goes on in
// a piece on the lower. A PDF-to-text tool sets a cell of two lines
// centred in a row of three above and below the row's middle line (its
// number line), and a cut next to that line cuts the cell.
func cutCostPast(upper, mid, lower []placed, runsOn runsOnFunc) int {
	n := 0
	for _, u := range upper {
		if slices.ContainsFunc(mid, func(m placed) bool { return m.col == u.col }) {
			continue
		}
		for _, l := range lower {
			if l.col == u.col && runsOn(u, l) {
				n++
				break
			}
		}
	}
	return n
}

// cutCost counts the columns whose cell runs on across a cut between two
// lines: a piece on the upper line that goes on (runsOn) in a piece under
// it on the lower.
func cutCost(upper, lower []placed, runsOn runsOnFunc) int {
	n := 0
	for _, u := range upper {
		for _, l := range lower {
			if l.col == u.col && runsOn(u, l) {
				n++
				break
			}
		}
	}
	return n
}

// splitCells counts the columns in which a row made of lines[top..bottom]
// would hold two cells: two pieces of the column parted by two lines of
// the row or more that hold none in it. Each cell of a row a PDF centred
// is one block of lines, which a PDF-to-text tool interleaves with the
// lines of cells set on the half-lines between (a line between two of a
// cell's lines, 镇党政综合办公 / 2020 年 12 / 室、各村（社); two such
// lines in a row part two cells of different rows (the unit cells of two
// rows whose number lines stand far apart, the lines between them
// holding only the taller cells).
func splitCells(lines []int, at map[int][]placed, top, bottom int) int {
	n := 0
	var last [maxSplitColumns]int // 1 + the last line index holding a piece of each column
	for s := top; s <= bottom; s++ {
		for _, x := range at[lines[s]] {
			if x.col >= maxSplitColumns {
				continue
			}
			if l := last[x.col] - 1; l >= 0 && l < s-2 {
				n++
			}
			last[x.col] = s + 1
		}
	}
	return n
}

// maxSplitColumns bounds the columns splitCells looks at; a task table
// has far fewer.
const maxSplitColumns = 16
