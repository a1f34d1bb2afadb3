package pdftext

import (
	"math"

	columns "github.com/zwgk/gongwen/parse/internal/table"
)

// A table printed without rules (a Writer or Word table whose borders
// were turned off) leaves its cells' text on shared baselines with only
// the cells' padding between the columns: read across, a row runs its
// cells together (实施就业优先政全年新增城镇就业…). Nothing but its
// header tells it from prose. labelTables finds such a table by that
// header: a band of one to three close lines whose pieces, parted by
// gaps, each name a column (序号, 重点任务, 牵头单位, 完成时限 …:
// columns.HeaderRole), a label wrapped in its cell read together (责任科室（单
// / 位）), a label over two columns giving way to theirs under it. Each column boundary lies in the gap between two labels, since
// a label stands inside its column; it is placed where the fewest body
// lines cover that gap (the cells' padding). The lines below are the
// table's while their text keeps to the columns; a line that runs across
// them from the first column (一、稳定和扩大就业) is a row spanning the
// table, kept when rows follow it; any other, a page number, or a wide
// gap ends the table. Rows are told by the larger gap between them than
// between a cell's wrapped lines, or, evenly spaced, by the first
// column's text; a row's cells are read like a ruled table's, and the
// table is handed on as one (its header repeated on the next page is
// dropped and a row cut by the page break joined back, document.go). A
// table that reaches the foot of its page goes on at the top of the next
// without its header (labelState) while the lines keep to its columns.

// maxHeaderLines bounds the lines of a table's header band.
const maxHeaderLines = 3

// maxHeaderGlyphs bounds the glyphs of a header's first line: longer
// lines are text.
const maxHeaderGlyphs = 80

// minLabelColumns is the fewest labelled columns taken for a table.
const minLabelColumns = 3

// textLine is one baseline's glyphs that print something, with its
// extent, and all its glyphs (blanks too).
type textLine struct {
	gs, all      []glyph
	x0, x1, y, s float64
}

// labelRun is a column label: the glyphs of a header band between two
// gaps, and their text.
type labelRun struct {
	x0, x1 float64
	text   string
}

// labelState carries the columns of a table without rules that reaches
// the foot of a page to the next page, whose first lines may go on with
// it without its header repeated.
type labelState struct {
	bounds []float64 // nil when no such table
	seq    bool      // its first column is a 序号 column
}

// labelTables finds the tables without rules among the glyphs of a page
// (those outside its ruled tables) and returns them with the other
// glyphs. A table the page before ended with (st) goes on at the top of
// the page, under no header, while the lines keep to its columns.
func labelTables(gs []glyph, st *labelState) ([]table, []glyph) {
	var ls []textLine
	for _, g := range baselines(gs) {
		l := textLine{all: g, x0: math.Inf(1), x1: math.Inf(-1)}
		for _, c := range g {
			if blankGlyph(c) {
				continue
			}
			l.gs = append(l.gs, c)
			l.x0, l.x1 = math.Min(l.x0, c.x), math.Max(l.x1, c.x+c.w)
			l.y, l.s = c.y, math.Max(l.s, c.size)
		}
		if len(l.gs) > 0 {
			ls = append(ls, l)
		}
	}
	prev := *st
	*st = labelState{}
	var tables []table
	used := make([]bool, len(ls))
	take := func(t table, i, n int, seq bool) {
		tables = append(tables, t)
		for j := i; j < i+n; j++ {
			used[j] = true
		}
		*st = labelState{}
		if atFoot(ls[i+n:]) {
			*st = labelState{t.bounds, seq}
		}
	}
	// A page number or running header over the page stands apart.
	i := 0
	for i+1 < len(ls) && (pageNumber.MatchString(lineText(ls[i])) || ls[i].y-ls[i+1].y > 3*math.Max(ls[i].s, ls[i+1].s)) {
		i++
	}
	if prev.bounds != nil && i < len(ls) {
		if k, _ := headerBand(ls[i:]); k == 0 {
			if t, n, ok := labelBody(ls[i:], 0, prev.bounds, prev.seq); ok {
				take(t, i, n, prev.seq)
			}
		}
	}
	for i = 0; i < len(ls) && len(tables) < maxTablesPerPage; i++ {
		if used[i] {
			continue
		}
		k, runs := headerBand(ls[i:])
		if k == 0 {
			continue
		}
		t, n, ok := labelTable(ls[i:], k, runs)
		if !ok {
			continue
		}
		seq, _, _ := columns.HeaderRole(runs[0].text)
		take(t, i, n, seq == columns.Seq)
		i += n - 1
	}
	if len(tables) == 0 {
		return nil, gs
	}
	var rest []glyph
	for j, l := range ls {
		if !used[j] {
			rest = append(rest, l.all...)
		}
	}
	return tables, rest
}

// atFoot reports whether the lines under a table leave it at the foot of
// its page: none, or page numbers only.
func atFoot(ls []textLine) bool {
	for _, l := range ls {
		if !pageNumber.MatchString(lineText(l)) {
			return false
		}
	}
	return true
}

// headerBand returns how many of the first lines form a table header
// (0 for none), the largest band of up to maxHeaderLines close lines
// whose pieces all name columns, and its labels.
func headerBand(ls []textLine) (int, []labelRun) {
	if len(ls) < 2 || len(ls[0].gs) > maxHeaderGlyphs {
		return 0, nil
	}
	best, bestRuns := 0, []labelRun(nil)
	for k := 1; k <= maxHeaderLines && k < len(ls); k++ {
		if k > 1 && ls[k-2].y-ls[k-1].y > 2.2*ls[k-1].s {
			break
		}
		if runs, ok := labels(gapRuns(ls[:k])); ok {
			best, bestRuns = k, runs
		} else if runs, ok := labels(gapRuns(withoutParents(ls[:k]))); ok {
			best, bestRuns = k, runs
		}
	}
	return best, bestRuns
}

// withoutParents leaves out of a header band the labels set over two
// columns (责任单位 over 牵头单位 | 配合单位): a piece of a line whose middle
// falls between two pieces of a line below it, not far from either (six
// characters: the sub-labels centred in wide columns). The columns are
// those named under it; headerBand tries this reading only when the
// band's pieces do not all name columns as they stand.
func withoutParents(band []textLine) []textLine {
	out := make([]textLine, len(band))
	copy(out, band)
	for i, l := range band[:max(len(band)-1, 0)] {
		var keep []glyph
		for _, p := range gapRuns(band[i : i+1]) {
			x0, x1 := extent(p)
			mid, reach := (x0+x1)/2, 6*l.s
			over := false
			for _, m := range band[i+1:] {
				qs := gapRuns([]textLine{m})
				for j := 1; j < len(qs); j++ {
					a0, a1 := extent(qs[j-1])
					b0, b1 := extent(qs[j])
					over = over || (a0+a1)/2 < mid && mid < (b0+b1)/2 && a1 > x0-reach && b0 < x1+reach
				}
			}
			if !over {
				keep = append(keep, p...)
			}
		}
		out[i].gs = keep
	}
	return out
}

// extent is the x range of glyphs.
func extent(gs []glyph) (x0, x1 float64) {
	x0, x1 = math.Inf(1), math.Inf(-1)
	for _, g := range gs {
		x0, x1 = math.Min(x0, g.x), math.Max(x1, g.x+g.w)
	}
	return x0, x1
}

// gapRuns parts the glyphs of a band of lines at the x ranges no glyph of
// the band covers, wider than a quarter of the text size.
func gapRuns(band []textLine) [][]glyph {
	var gs []glyph
	size := 0.0
	for _, l := range band {
		gs = append(gs, l.gs...)
		size = math.Max(size, l.s)
	}
	sorted := append([]glyph(nil), gs...)
	sortByX(sorted)
	var runs [][]glyph
	end := math.Inf(-1)
	for _, g := range sorted {
		if len(runs) == 0 || g.x > end+0.25*size {
			runs = append(runs, nil)
		}
		runs[len(runs)-1] = append(runs[len(runs)-1], g)
		end = math.Max(end, g.x+g.w)
	}
	return runs
}

// labels reads each run of a header band as a column label, joining two
// neighbours that name a column only together (序 / 号 spaced apart). It
// reports whether there are at least minLabelColumns and all name
// columns.
func labels(runs [][]glyph) ([]labelRun, bool) {
	if len(runs) < minLabelColumns {
		return nil, false
	}
	var out []labelRun
	for i := 0; i < len(runs); i++ {
		r := runLabel(runs[i])
		if !columns.IsColumnName(r.text) && i+1 < len(runs) {
			next := runLabel(append(append([]glyph(nil), runs[i]...), runs[i+1]...))
			if columns.IsColumnName(next.text) {
				r = next
				i++
			}
		}
		if !columns.IsColumnName(r.text) {
			return nil, false
		}
		out = append(out, r)
	}
	return out, len(out) >= minLabelColumns
}

// runLabel reads the glyphs of one label, top to bottom.
func runLabel(gs []glyph) labelRun {
	var r labelRun
	r.x0, r.x1 = extent(gs)
	r.text = cellText(append([]glyph(nil), gs...), 0, 0)
	return r
}

// labelTable reads the table under a header band of k lines with the
// given labels. It returns the table and the lines it took, header
// included; ok is false when no row under the header fills two columns.
func labelTable(ls []textLine, k int, runs []labelRun) (t table, n int, ok bool) {
	// Boundaries first from every line down to a clear end, then from the
	// table's own lines once its end is known.
	n = bodyEnd(ls, k)
	body := ls[k:n]
	end := fitEnd(body, labelBounds(runs, body), atFoot(ls[n:]))
	if end == 0 {
		return t, 0, false
	}
	seq, _, _ := columns.HeaderRole(runs[0].text)
	t, n, ok = labelBody(ls, k, labelBounds(runs, body[:end]), seq == columns.Seq)
	if ok {
		// The header row holds the labels (a label over two columns
		// gives way to theirs).
		for j, r := range runs {
			t.rows[0][j] = r.text
		}
	}
	return t, n, ok
}

// fitEnd is how many of the lines under a header are the table's, given
// its column boundaries: up to the last line that keeps to the columns
// before one that ends the table. Numbered spanning lines after it (二、…)
// are kept at the page's foot (foot: nothing but page numbers follows
// body): they head the rows the next page goes on with.
func fitEnd(body []textLine, bounds []float64, foot bool) int {
	end := 0
	for j, l := range body {
		switch kindOf(l, bounds) {
		case stopLine:
			return end
		case fitLine:
			end = j + 1
		}
	}
	if end == 0 || !foot {
		return end
	}
	for _, l := range body[end:] {
		if !opensNumbered(lineText(l)) {
			return end
		}
	}
	return len(body)
}

// labelBody reads the table whose first k lines are its header (none for
// the part of a table that goes on from the page before) with the given
// column boundaries. It returns the table and the lines it took; ok is
// false when no row under the header fills two columns.
func labelBody(ls []textLine, k int, bounds []float64, seq bool) (t table, n int, ok bool) {
	nc := len(bounds) - 1
	n = bodyEnd(ls, k)
	body := ls[k:n]
	body = body[:fitEnd(body, bounds, atFoot(ls[n:]))]
	kinds := make([]lineKind, len(body))
	for j, l := range body {
		kinds[j] = kindOf(l, bounds)
	}
	rows := labelRows(ls[:k], body, kinds, bounds, seq)
	filled := false
	for _, r := range rows[min(k, 1):] {
		c := 0
		for _, s := range r {
			if s != "" {
				c++
			}
		}
		filled = filled || c >= 2
	}
	if !filled {
		return t, 0, false
	}
	bottom := math.Inf(1)
	for _, l := range body {
		bottom = math.Min(bottom, l.y-0.3*l.s)
	}
	t = table{
		top: ls[0].y, bottom: bottom, bounds: bounds, rows: rows, coverage: true, labelled: true,
		spanning: make([]bool, nc), openTop: make([]bool, nc), openBottom: make([]bool, nc),
	}
	for range rows {
		t.inherit = append(t.inherit, make([]bool, nc))
	}
	return t, k + len(body), true
}

// bodyEnd is the index of the first line under a header of k lines that
// cannot be the table's: one after a gap wider than four lines of text,
// or a page number at the foot of the page (one of its last two lines)
// after a gap wider than two (a 序号 centred in its row, or the first
// piece of a deadline, 202 / 4年1, stands alone on its line too).
func bodyEnd(ls []textLine, k int) int {
	for j := max(k, 1); j < len(ls); j++ {
		gap := (ls[j-1].y - ls[j].y) / math.Max(ls[j].s, ls[j-1].s)
		if gap > 4 || gap > 2 && j >= len(ls)-2 && pageNumber.MatchString(lineText(ls[j])) {
			return j
		}
	}
	return len(ls)
}

// lineText is the text of a line.
func lineText(l textLine) string {
	ln, _ := makeLine(append([]glyph(nil), l.gs...))
	return ln.text
}

// labelBounds places the boundary between each two labelled columns
// where the fewest lines of the body cover the gap between their labels
// (the middle of the widest such stretch), and the outer boundaries at
// the outer labels' edges.
func labelBounds(runs []labelRun, body []textLine) []float64 {
	// The outer boundaries are the labels' own, the same on every page
	// the header is repeated on (unionColumns).
	bounds := []float64{runs[0].x0 - 1}
	const step = 0.5
	for i := 1; i < len(runs); i++ {
		a, b := runs[i-1].x1, runs[i].x0
		n := int((b-a)/step) + 1
		cover := make([]int, n)
		for _, l := range body {
			var seen int = -1
			for _, g := range l.gs {
				x0, x1 := int(math.Ceil((g.x-a)/step)), int(math.Floor((g.x+g.w-a)/step))
				for x := max(x0, 0, seen+1); x <= min(x1, n-1); x++ {
					cover[x]++
					seen = x
				}
			}
		}
		least := cover[0]
		for _, c := range cover {
			least = min(least, c)
		}
		bestA, bestB := 0, 0
		for x := 0; x < n; {
			if cover[x] != least {
				x++
				continue
			}
			y := x
			for y < n && cover[y] == least {
				y++
			}
			if y-x > bestB-bestA {
				bestA, bestB = x, y
			}
			x = y
		}
		bounds = append(bounds, a+step*float64(bestA+bestB-1)/2)
	}
	return append(bounds, runs[len(runs)-1].x1+1)
}

// lineKind is how a line under a table's header stands to its columns.
type lineKind int

const (
	fitLine  lineKind = iota // its text keeps to the columns
	spanLine                 // it runs across them from the first: a row spanning the table
	stopLine                 // it runs across them otherwise: the table has ended
)

// kindOf tells how a line stands to the column boundaries: it crosses
// one where a glyph covers it or two glyphs meet across it with less
// room between them than padding leaves.
func kindOf(l textLine, bounds []float64) lineKind {
	gs := append([]glyph(nil), l.gs...)
	sortByX(gs)
	tol := 0.15 * l.s
	crosses := false
	for _, b := range bounds[1 : len(bounds)-1] {
		for i, g := range gs {
			if g.x < b-tol && g.x+g.w > b+tol {
				crosses = true
			}
			if i > 0 && gs[i-1].x+gs[i-1].w/2 < b && g.x+g.w/2 >= b && g.x-(gs[i-1].x+gs[i-1].w) < tol {
				crosses = true
			}
		}
	}
	switch {
	case !crosses:
		return fitLine
	case l.x0 < bounds[1] && (opensNumbered(lineText(l)) || l.x1 < bounds[len(bounds)-2]):
		return spanLine
	}
	return stopLine
}

// labelRows groups the header band and the body lines into rows and
// reads their cells. A spanning line is a row of its own, its text in
// the first cell. When the table leaves a gap wider (1.15 times: the
// cells' padding) than the distance of a cell's wrapped lines
// (cellPitch) between some lines, its rows are the
// bands between such gaps, a band with nothing in its first column going
// on with the row above (a cell's paragraphs set apart; a first cell
// centred in its row falls in its band anyway). Evenly spaced, a row
// starts at each line with text in the first column when that is a 序号
// column, else at such a line after one without (a first cell wrapped).
// The first line under the header (or of a part without one) or a
// spanning row starts a row.
func labelRows(head, body []textLine, kinds []lineKind, bounds []float64, seq bool) [][]string {
	nc := len(bounds) - 1
	first := func(l textLine) bool {
		for _, g := range l.gs {
			if g.x+g.w/2 < bounds[1] {
				return true
			}
		}
		return false
	}
	pitch := cellPitch(body, kinds, bounds)
	wide := func(j int) bool { return body[j-1].y-body[j].y > 1.15*pitch }
	gaps := false
	for j := 1; j < len(body); j++ {
		gaps = gaps || kinds[j] == fitLine && kinds[j-1] == fitLine && wide(j)
	}
	type group struct {
		ls         []textLine
		span, lead bool // a spanning row; text in the first column
	}
	var groups []group
	if len(head) > 0 {
		groups = append(groups, group{ls: head})
	}
	h := len(groups) // the header's group, if any
	for j, l := range body {
		start := j == 0 || groups[len(groups)-1].span || kinds[j] == spanLine
		switch {
		case start:
		case gaps:
			start = wide(j)
		default:
			start = first(l) && (seq || !first(body[j-1]))
		}
		if start {
			groups = append(groups, group{span: kinds[j] == spanLine})
		}
		g := &groups[len(groups)-1]
		g.ls = append(g.ls, l)
		g.lead = g.lead || first(l)
	}
	if gaps {
		// A band with nothing in its first column goes on with the body
		// row above it.
		merged := groups[:min(h+1, len(groups))]
		for _, g := range groups[len(merged):] {
			if p := &merged[len(merged)-1]; !g.lead && !g.span && !p.span {
				p.ls = append(p.ls, g.ls...)
				continue
			}
			merged = append(merged, g)
		}
		groups = merged
	}
	rows := make([][]string, 0, len(groups))
	for _, g := range groups {
		cells := make([][]glyph, nc)
		for _, l := range g.ls {
			for _, c := range l.gs {
				j := 0
				if !g.span {
					j = columnOf(c, bounds)
				}
				cells[j] = append(cells[j], c)
			}
		}
		row := make([]string, nc)
		for j, c := range cells {
			row[j] = cellText(c, 0, 0)
		}
		rows = append(rows, row)
	}
	return rows
}

// cellPitch is the distance of the wrapped lines of a cell: the least
// distance between two lines with text in the same column, in a row or
// another (cells centred in their row put the lines of different columns
// half a line apart), or +Inf.
func cellPitch(body []textLine, kinds []lineKind, bounds []float64) float64 {
	nc := len(bounds) - 1
	pitch := math.Inf(1)
	last := make([]float64, nc)
	for j, l := range body {
		if kinds[j] == spanLine {
			clear(last)
			continue
		}
		seen := make([]bool, nc)
		for _, g := range l.gs {
			seen[columnOf(g, bounds)] = true
		}
		for c, ok := range seen {
			if !ok {
				continue
			}
			if d := last[c] - l.y; last[c] != 0 && d > 0.9*l.s {
				pitch = math.Min(pitch, d)
			}
			last[c] = l.y
		}
	}
	return pitch
}

// columnOf is the column a glyph's middle stands in.
func columnOf(g glyph, bounds []float64) int {
	j := 0
	for j+2 < len(bounds) && g.x+g.w/2 >= bounds[j+1] {
		j++
	}
	return j
}

// sameLabels reports whether two parts of tables without rules on two
// pages are one table under its repeated header, whatever their column
// boundaries (placed in the gaps the body lines of each page leave).
func sameLabels(a, b *table) bool {
	return a.labelled && b.labelled && len(a.bounds) == len(b.bounds) &&
		len(a.rows) > 0 && len(b.rows) > 0 && equalRows(a.rows[0], b.rows[0])
}
