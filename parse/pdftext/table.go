package pdftext

import (
	"math"
	"slices"
	"sort"
	"strings"
)

// table is a ruled table found on one page.
type table struct {
	top, bottom float64    // y extent
	bounds      []float64  // column boundaries, left to right (len = columns+1)
	rows        [][]string // cell text, merged cells filled down
	spanning    []bool     // columns with cells spanning several rows
	coverage    bool       // columns from glyph x coverage (no vertical rules)
	inherit     [][]bool   // empty cells continuing a merged cell (from above, or from the page before)
	pad         float64    // room a cell keeps inside each border (cellPadding)
	openTop     []bool     // columns no rule closes at the top: a cell a page break cut may go on there
	openBottom  []bool     // columns no rule closes at the bottom of a table at the page's foot (overflow)
	vrules      []seg      // the vertical rules the columns came from (none for coverage tables)
	labelled    bool       // columns from a header of column labels, no rules (labeltable.go)
}

// maxTablesPerPage bounds the tables looked for on one page (each glyph
// is tested against each table).
const maxTablesPerPage = 64

// Tolerances in points.
const (
	ruleMerge   = 2.0 // rules closer than this are one rule
	minVertRule = 8.0 // shorter vertical strokes are not column rules
)

// findTables rebuilds the ruled tables of a page: columns from the
// vertical rules, rows from the horizontal rules, and a cell spanning
// several rows (a missing rule in its column) filled into each of them.
// It returns the tables and the glyphs outside them.
func findTables(pd *pageData) ([]table, []glyph) {
	var vs []seg
	for _, v := range pd.vrules {
		if v.hi-v.lo >= minVertRule {
			vs = append(vs, v)
		}
	}
	sort.Slice(vs, func(i, j int) bool { return vs[i].lo < vs[j].lo })
	var tables []table
	for start := 0; len(vs) >= 3 && start < len(vs); {
		hi := vs[start].hi
		end := start + 1
		for end < len(vs) && vs[end].lo <= hi+ruleMerge {
			hi = math.Max(hi, vs[end].hi)
			end++
		}
		if t, ok := makeTable(vs[start:end]); ok && len(tables) < maxTablesPerPage {
			tables = append(tables, t)
		}
		start = end
	}
	tables = append(tables, coverageTables(pd, tables)...)
	if len(tables) == 0 {
		return nil, pd.glyphs
	}
	var rest []glyph
	cells := make([][][]glyph, len(tables))
	ruled := make([]float64, len(tables)) // bottoms before any overflow
	took := make([][]bool, len(tables))   // columns that took lines below the last rule (overflow)
	for i := range tables {
		cells[i] = make([][]glyph, len(tables[i].bounds)-1)
		ruled[i] = tables[i].bottom
		took[i] = tables[i].overflow(pd)
	}
glyphs:
	for _, g := range pd.glyphs {
		cx, cy := g.x+g.w/2, g.y+0.3*g.size
		if strings.TrimSpace(g.s) == "" {
			cx = g.x + 0.01 // a space wrapped at a line end overhangs the cell
		}
		for i, t := range tables {
			if cy < t.bottom || cy > t.top || cx < t.bounds[0] || cx > t.bounds[len(t.bounds)-1] {
				continue
			}
			j := sort.SearchFloat64s(t.bounds, cx) - 1
			j = max(0, min(j, len(t.bounds)-2))
			if cy < ruled[i] && !took[i][j] {
				continue
			}
			cells[i][j] = append(cells[i][j], g)
			continue glyphs
		}
		rest = append(rest, g)
	}
	var out []table
	for i := range tables {
		if tables[i].fill(cells[i], pd.hrules) {
			out = append(out, tables[i])
		} else {
			for _, c := range cells[i] {
				rest = append(rest, c...)
			}
		}
	}
	return out, rest
}

// makeTable derives the column boundaries and extent of a table from a
// cluster of vertical rules (at least two columns).
func makeTable(vs []seg) (table, bool) {
	xs := make([]float64, 0, len(vs))
	t := table{top: math.Inf(-1), bottom: math.Inf(1), vrules: vs}
	for _, v := range vs {
		xs = append(xs, v.pos)
		t.top = math.Max(t.top, v.hi)
		t.bottom = math.Min(t.bottom, v.lo)
	}
	t.bounds = mergeClose(xs)
	if len(t.bounds) < 3 {
		return t, false
	}
	return t, true
}

// coverageTables finds tables drawn with horizontal rules only (three-line
// tables, HTML tables with row borders): two or more long rules with the
// same extent, outside the ruled tables already found, bound a region
// whose columns are the gutters no glyph covers.
func coverageTables(pd *pageData, ruled []table) []table {
	var hs []seg
rules:
	for _, h := range pd.hrules {
		if h.hi-h.lo < 100 {
			continue
		}
		for _, t := range ruled {
			if h.pos >= t.bottom-ruleMerge && h.pos <= t.top+ruleMerge {
				continue rules
			}
		}
		hs = append(hs, h)
	}
	sort.Slice(hs, func(i, j int) bool {
		if math.Abs(hs[i].lo-hs[j].lo) > 4 {
			return hs[i].lo < hs[j].lo
		}
		return hs[i].pos > hs[j].pos
	})
	var out []table
	for start := 0; start < len(hs); {
		end := start + 1
		for end < len(hs) && math.Abs(hs[end].lo-hs[start].lo) <= 4 && math.Abs(hs[end].hi-hs[start].hi) <= 4 {
			end++
		}
		if end-start >= 2 && len(ruled)+len(out) < maxTablesPerPage {
			group := hs[start:end]
			t := table{top: group[0].pos, bottom: group[len(group)-1].pos, coverage: true}
			var in []glyph
			for _, g := range pd.glyphs {
				cx, cy := g.x+g.w/2, g.y+0.3*g.size
				if cy > t.bottom && cy < t.top && cx > group[0].lo && cx < group[0].hi && strings.TrimSpace(g.s) != "" {
					in = append(in, g)
				}
			}
			if b := gutters(in, group[0].lo, group[0].hi); len(b) >= 3 {
				t.bounds = b
				out = append(out, t)
			}
		}
		start = end
	}
	return out
}

// gutters returns column boundaries for glyphs between lo and hi: the
// middles of the x ranges that no glyph covers, wider than 0.45 of the
// median font size, plus lo and hi.
func gutters(gs []glyph, lo, hi float64) []float64 {
	if len(gs) < 4 {
		return nil
	}
	type iv struct{ a, b float64 }
	ivs := make([]iv, 0, len(gs))
	sizes := make([]float64, 0, len(gs))
	for _, g := range gs {
		ivs = append(ivs, iv{g.x, g.x + math.Max(g.w, 0.5*g.size)})
		sizes = append(sizes, g.size)
	}
	sort.Float64s(sizes)
	tol := 0.45 * sizes[len(sizes)/2]
	sort.Slice(ivs, func(i, j int) bool { return ivs[i].a < ivs[j].a })
	bounds := []float64{lo}
	end := ivs[0].b
	for _, v := range ivs[1:] {
		if v.a > end+tol {
			bounds = append(bounds, (end+v.a)/2)
		}
		end = math.Max(end, v.b)
	}
	return append(bounds, hi)
}

// mergeClose sorts values and merges those within ruleMerge.
func mergeClose(v []float64) []float64 {
	sort.Float64s(v)
	var out []float64
	for _, x := range v {
		if len(out) > 0 && x-out[len(out)-1] < ruleMerge {
			continue
		}
		out = append(out, x)
	}
	return out
}

// fill computes the rows of t from its horizontal rules and the glyphs
// of each column. It reports false when no row has text.
func (t *table) fill(cols [][]glyph, hs []seg) bool {
	nc := len(t.bounds) - 1
	// Cuts per column: the y of every rule crossing the column's middle.
	colCuts := make([][]float64, nc)
	var all []float64
	for _, h := range hs {
		if h.pos < t.bottom-ruleMerge || h.pos > t.top+ruleMerge {
			continue
		}
		crossed := false
		for j := 0; j < nc; j++ {
			mid := (t.bounds[j] + t.bounds[j+1]) / 2
			if h.lo <= mid && h.hi >= mid {
				colCuts[j] = append(colCuts[j], h.pos)
				crossed = true
			}
		}
		if crossed {
			all = append(all, h.pos)
		}
	}
	gaps := len(all) == 0 || t.coverage && len(mergeClose(append([]float64(nil), all...))) < 4
	if gaps {
		// No horizontal rules inside: rows from vertical gaps. Only a
		// grid whose every column holds text is taken for a table (not
		// a page frame or a binding line).
		for _, c := range cols {
			if len(c) == 0 {
				return false
			}
		}
		g := gapCuts(cols)
		if t.coverage {
			g = lineCuts(cols)
		}
		all = append(all, g...)
		for j := range colCuts {
			colCuts[j] = append(colCuts[j], g...)
		}
	}
	t.openTop = make([]bool, nc)
	for j := range colCuts {
		t.openTop[j] = !gaps && !slices.ContainsFunc(colCuts[j], func(y float64) bool { return math.Abs(y-t.top) < ruleMerge })
	}
	all = mergeClose(append(all, t.top, t.bottom))
	t.spanning = make([]bool, nc)
	segs := make([][]float64, nc)
	for j := range colCuts {
		segs[j] = mergeClose(append(colCuts[j], t.top, t.bottom))
		t.spanning[j] = len(segs[j]) < len(all)
	}
	// Text of each column segment, and which bands hold glyphs.
	text := make([][]string, nc)
	own := make([][]bool, nc)      // own[j][band]: column j has glyphs in band
	parts := make([][][]glyph, nc) // parts[j][k]: the glyphs of column j's segment k
	for j := 0; j < nc; j++ {
		text[j] = make([]string, len(segs[j])-1)
		own[j] = make([]bool, len(all)-1)
		parts[j] = make([][]glyph, len(segs[j])-1)
		for _, g := range cols[j] {
			cy := g.y + 0.3*g.size
			if k := bandOf(segs[j], cy); k >= 0 {
				parts[j][k] = append(parts[j][k], g)
			}
			if k := bandOf(all, cy); k >= 0 && strings.TrimSpace(g.s) != "" {
				own[j][k] = true
			}
		}
	}
	t.pad = t.cellPadding(parts)
	for j := 0; j < nc; j++ {
		for k, p := range parts[j] {
			text[j][k] = cellText(p, t.cellWidth(j, j), t.pad)
		}
	}
	// Bands top to bottom (all is ascending).
	for b := len(all) - 2; b >= 0; b-- {
		mid := (all[b] + all[b+1]) / 2
		has := false
		row := make([]string, nc)
		inh := make([]bool, nc)
		for j := 0; j < nc; j++ {
			k := bandOf(segs[j], mid)
			if k >= 0 {
				// A merged cell's text goes in its first row; the rows
				// below continue it (filled or left empty by the caller),
				// as does an empty cell at the top of a page under the
				// repeated header, continuing a cell of the page before.
				first := math.Abs(segs[j][k+1]-all[b+1]) < ruleMerge
				if first {
					row[j] = text[j][k]
				}
				inh[j] = !first || text[j][k] == "" && k >= len(segs[j])-3
			}
			// Text of a cell spanning this band does not make a row on
			// its own; a column cut at this band does.
			if own[j][b] && k >= 0 && math.Abs(segs[j][k]-all[b]) < ruleMerge && math.Abs(segs[j][k+1]-all[b+1]) < ruleMerge {
				has = true
			}
		}
		if has {
			t.joinAcross(row, inh, parts, segs, all[b+1], mid)
			t.rows = append(t.rows, row)
			t.inherit = append(t.inherit, inh)
		}
	}
	if gaps && len(t.rows) < 2 {
		return false
	}
	if t.coverage {
		// A block between two rules with a gap in its lines (a 版记 with
		// 印发机关 and date) is not a table: ask for three rows with two
		// or more filled cells.
		n := 0
		for _, r := range t.rows {
			filled := 0
			for _, c := range r {
				if c != "" {
					filled++
				}
			}
			if filled >= 2 {
				n++
			}
		}
		if n < 3 {
			t.rows = nil
			return false
		}
	}
	return len(t.rows) > 0
}

// joinAcross merges the cells of a row that one cell spans across
// several columns (a 一、 goal row over the whole table, a 责任分工 header
// over two columns): where no vertical rule of the table crosses the row's
// middle y at a column boundary, the cells on both sides are one. Their
// glyphs are read together into the leftmost cell, as a line cut at the
// boundary would otherwise be ("一、提" | "升政务服务效能"), and the cells
// to its right are left empty, not continuing the row above, as the DOCX
// reader leaves the columns of a gridSpan. A table without vertical rules
// (its columns from gutters) has no such cells.
func (t *table) joinAcross(row []string, inh []bool, parts [][][]glyph, segs [][]float64, top, mid float64) {
	if len(t.vrules) == 0 {
		return
	}
	for a := 0; a < len(row); {
		e := a
		for e+1 < len(row) && !t.ruledAt(t.bounds[e+1], mid) {
			e++
		}
		if e > a {
			var gs []glyph
			for j := a; j <= e; j++ {
				// A cell spanning rows too has its text in its first row.
				if k := bandOf(segs[j], mid); k >= 0 && math.Abs(segs[j][k+1]-top) < ruleMerge {
					gs = append(gs, parts[j][k]...)
				}
			}
			if gs != nil {
				row[a] = cellText(gs, t.cellWidth(a, e), t.pad)
			}
			for j := a + 1; j <= e; j++ {
				row[j], inh[j] = "", false
			}
		}
		a = e + 1
	}
}

// ruledAt reports whether a vertical rule of t at x crosses height y.
func (t *table) ruledAt(x, y float64) bool {
	for _, v := range t.vrules {
		if math.Abs(v.pos-x) < ruleMerge && v.lo-ruleMerge <= y && y <= v.hi+ruleMerge {
			return true
		}
	}
	return false
}

// gapCuts places row boundaries where the vertical gap between two
// consecutive text lines of a table without horizontal rules is clearly
// larger (1.35 times) than the distance of lines wrapped inside a cell,
// taken as the smallest one; evenly spaced lines are one row each. This
// is a threshold rule and can misjudge tables with uneven spacing.
func gapCuts(cols [][]glyph) []float64 {
	type ln struct{ y, size float64 }
	var gs []glyph
	for _, c := range cols {
		gs = append(gs, c...)
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i].y > gs[j].y })
	var lines []ln
	for _, g := range gs {
		if strings.TrimSpace(g.s) == "" {
			continue
		}
		if n := len(lines); n > 0 && lines[n-1].y-g.y <= 0.4*math.Max(g.size, lines[n-1].size) {
			lines[n-1].size = math.Max(lines[n-1].size, g.size)
			continue
		}
		lines = append(lines, ln{g.y, g.size})
	}
	if len(lines) < 3 {
		return nil
	}
	diffs := make([]float64, 0, len(lines)-1)
	for i := 1; i < len(lines); i++ {
		diffs = append(diffs, lines[i-1].y-lines[i].y)
	}
	minPitch := math.Inf(1)
	for i, d := range diffs {
		if d > 0.5*lines[i+1].size {
			minPitch = math.Min(minPitch, d)
		}
	}
	var cuts []float64
	for i, d := range diffs {
		if d > 1.35*minPitch {
			next := lines[i+1]
			cuts = append(cuts, (lines[i].y+next.y)/2+0.35*next.size)
		}
	}
	if cuts == nil {
		// Evenly spaced lines: one row per line.
		for i := range diffs {
			next := lines[i+1]
			cuts = append(cuts, (lines[i].y+next.y)/2+0.35*next.size)
		}
	}
	return cuts
}

// lineCuts places a row boundary above every text line that has text in
// the first column: in a table without rules a line whose first cell is
// empty continues the row above (text wrapped in another column).
func lineCuts(cols [][]glyph) []float64 {
	type ln struct {
		y, size float64
		first   bool
	}
	type pt struct {
		y, size float64
		first   bool
	}
	var pts []pt
	for j, c := range cols {
		for _, g := range c {
			if strings.TrimSpace(g.s) != "" {
				pts = append(pts, pt{g.y, g.size, j == 0})
			}
		}
	}
	sort.Slice(pts, func(i, j int) bool { return pts[i].y > pts[j].y })
	var lines []ln
	for _, p := range pts {
		if n := len(lines); n > 0 && lines[n-1].y-p.y <= 0.4*math.Max(p.size, lines[n-1].size) {
			lines[n-1].first = lines[n-1].first || p.first
			lines[n-1].size = math.Max(lines[n-1].size, p.size)
			continue
		}
		lines = append(lines, ln{p.y, p.size, p.first})
	}
	var cuts []float64
	for i := 1; i < len(lines); i++ {
		if lines[i].first {
			cuts = append(cuts, (lines[i-1].y+lines[i].y)/2+0.35*lines[i].size)
		}
	}
	return cuts
}

// bandOf returns k such that cuts[k] <= y < cuts[k+1], or -1.
func bandOf(cuts []float64, y float64) int {
	k := sort.SearchFloat64s(cuts, y) - 1
	if k < 0 || k >= len(cuts)-1 {
		return -1
	}
	return k
}

// cellWidth is the width between the borders of a cell over columns a to
// e, or 0 where the columns came from gutters (no border drawn).
func (t *table) cellWidth(a, e int) float64 {
	if t.coverage {
		return 0
	}
	return t.bounds[e+1] - t.bounds[a]
}

// maxCellPadding is, in points, more than the room a cell keeps inside its
// borders on both sides together (Writer 0.1 cm, Word 0.19 cm, a browser's
// few pixels a side).
const maxCellPadding = 14.0

// cellPadding estimates the room the cells of a table keep inside each
// border, the same in every cell as word processors and browsers set it:
// the least distance from a column's left rule to a glyph of its cells
// (a left-aligned or a full line starts there), where that rule crosses
// the glyph's line (a cell spanning columns has its glyphs anywhere past
// a boundary no rule draws), at most half of maxCellPadding.
func (t *table) cellPadding(parts [][][]glyph) float64 {
	pad := maxCellPadding / 2
	for j, col := range parts {
		for _, p := range col {
			for _, g := range p {
				d := g.x - t.bounds[j]
				if d >= 0.5 && d < pad && strings.TrimSpace(g.s) != "" && t.ruledAt(t.bounds[j], g.y+0.3*g.size) {
					pad = d
				}
			}
		}
	}
	return pad
}

// cellText joins the lines of a cell. A line that was wrapped runs on; a
// line that left room inside the cell (width, 0 when not known, less the
// table's padding on both sides) for the first piece of the next line
// that a wrap could have moved (headWidth: 县, （牵, 2025) was broken on
// purpose and is joined with a space, as the DOCX reader joins a cell's
// paragraphs, so that units set one per line stay apart (县财政局 /
// 县自然资源和规划局), left-aligned or centred, even when one nearly fills
// the cell, or was justified across it (stretch).
func cellText(gs []glyph, width, pad float64) string {
	s := ""
	tail, room := false, 0.0
	for _, g := range baselines(gs) {
		l, ok := makeLine(g) // orders g left to right, as headWidth and punctTrim want
		if !ok {
			continue
		}
		broken := width > 0 && room >= headWidth(g)-0.2
		spread := stretch(g)
		if spread > 0 {
			// The gaps a justified line was spread by are no spaces (镇 妇 联).
			l.text = strings.ReplaceAll(l.text, " ", "")
		}
		if s != "" && (tail || l.lead || broken) {
			s += " " + l.text // the line was wrapped at a space, or broken
		} else {
			s = joinText(s, l.text)
		}
		tail = l.tail
		room = width - 2*pad - (l.x1 - l.x0) - punctTrim(g) + spread
	}
	return s
}

// stretch is the room a justified line was spread over, evenly between
// its characters. A word processor justifies a line ended by a soft line
// break too (units set one per line with Shift+Enter), spacing its few
// characters out across the cell (镇 妇 联), so the room it left is there,
// between them; a wrapped line is spread by less than the piece the wrap
// moved. Gaps that are not even (a space after a bracket, a word gap) or
// a line holding blanks are no such spreading, and a line set tighter
// (punctuation in half an em) has none: 0.
func stretch(gs []glyph) float64 {
	const evenly = 1.0 // points between the widest and the narrowest gap
	total, lo, hi := 0.0, math.Inf(1), math.Inf(-1)
	for i := 1; i < len(gs); i++ {
		if strings.TrimSpace(gs[i].s) == "" || strings.TrimSpace(gs[i-1].s) == "" {
			return 0
		}
		gap := gs[i].x - (gs[i-1].x + gs[i-1].w)
		total += gap
		lo, hi = math.Min(lo, gap), math.Max(hi, gap)
	}
	if total <= 0 || lo < 0 || hi-lo > evenly {
		return 0
	}
	return total
}
