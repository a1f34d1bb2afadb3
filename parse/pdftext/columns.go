package pdftext

import (
	"math"
	"sort"
	"strings"
)

// A page set in two columns (a 政府公报 page, an annual report set like a
// bulletin) prints the lines of both columns on shared baselines; read
// across, every line would join a left-column line to a right-column one.
// columnLines finds the gutter between the columns and splits each
// baseline at it, so that the left column is read down before the right
// one. A page is taken as set in columns only when both sides hold many
// lines that run to a common right edge (justified column text) side by
// side, in columns of about equal width: a table without rules, a
// signature or a page of short lines is none.

// columnLines builds the lines of a page without tables (buildLines), each
// marked with its column when the page is set in two (line.col), and the
// columns' boxes; cols is nil for a page in one column.
func columnLines(gs []glyph, box rect, cs *columnState) (ls []line, cols []rect) {
	groups := baselines(gs)
	g0, g1, ok := gutter(groups, box)
	switch {
	case ok:
		*cs = columnState{g0, g1, true}
	case cs.ok && crossing(groups, cs.g0, cs.g1) <= max(3, len(groups)/10):
		// A page of the same document with too few lines to show its
		// columns (the end of an article in the left column) keeps the
		// gutter of the page before while no text crosses it.
		g0, g1, ok = cs.g0, cs.g1, true
	}
	if !ok {
		return linesOf(groups), nil
	}
	mid := (g0 + g1) / 2
	for _, g := range groups {
		if crossing([][]glyph{g}, g0, g1) > 0 {
			if l, ok := makeLine(g); ok {
				ls = append(ls, l)
			}
			continue
		}
		var left, right []glyph
		for _, c := range g {
			if c.x+c.w/2 < mid {
				left = append(left, c)
			} else {
				right = append(right, c)
			}
		}
		for k, part := range [][]glyph{left, right} {
			if len(part) == 0 {
				continue
			}
			if l, ok := makeLine(part); ok {
				l.col = k + 1
				ls = append(ls, l)
			}
		}
	}
	cols = make([]rect, 2)
	for k := range cols {
		cols[k] = rect{math.Inf(1), box.y0, math.Inf(-1), box.y1}
	}
	for _, l := range ls {
		if l.col > 0 {
			c := &cols[l.col-1]
			c.x0, c.x1 = math.Min(c.x0, l.x0), math.Max(c.x1, l.x1)
		}
	}
	return ls, cols
}

// columnState carries the gutter of the last page set in columns to the
// next page.
type columnState struct {
	g0, g1 float64
	ok     bool
}

// crossing counts the baselines whose text runs across the gutter
// [g0, g1]: no gap of half its width around its middle (a title centred
// over both columns may have no glyph on the middle itself).
func crossing(groups [][]glyph, g0, g1 float64) int {
	mid, n := (g0+g1)/2, 0
	for _, g := range groups {
		left, right := math.Inf(-1), math.Inf(1)
		for _, c := range g {
			switch {
			case blankGlyph(c):
			case c.x+c.w/2 < mid:
				left = math.Max(left, c.x+c.w)
			default:
				right = math.Min(right, c.x)
			}
		}
		if !math.IsInf(left, 0) && !math.IsInf(right, 0) && right-left < (g1-g0)/2 {
			n++
		}
	}
	return n
}

// blankGlyph reports a glyph that prints nothing (a space, an ideographic
// space): it neither starts nor ends a line's text nor covers the gutter.
func blankGlyph(g glyph) bool {
	return strings.TrimSpace(strings.ReplaceAll(g.s, "\u3000", "")) == ""
}

// gutter returns the x range of the gap between two columns of text: the
// widest band in the middle two fifths of the page that no more than three
// baselines, or one in ten, cross (a title over both columns, a page
// number), with at least eight baselines on each side
// of it, three of them holding text on both sides, at least half of the
// left parts and a third of the right parts running to their column's
// right edge, and columns of about equal width.
func gutter(groups [][]glyph, box rect) (g0, g1 float64, ok bool) {
	w := box.x1 - box.x0
	if w <= 0 || len(groups) < 8 {
		return 0, 0, false
	}
	n := int(w) + 1
	cover := make([]int, n)
	mark := make([]int, n)
	var sizes []float64
	for gi, g := range groups {
		for _, c := range g {
			if blankGlyph(c) {
				continue
			}
			sizes = append(sizes, c.size)
			a, b := int(c.x-box.x0), int(math.Ceil(c.x+c.w-box.x0))
			for x := max(a, 0); x < min(b, n); x++ {
				if mark[x] != gi+1 {
					mark[x] = gi + 1
					cover[x]++
				}
			}
		}
	}
	if len(sizes) == 0 {
		return 0, 0, false
	}
	sort.Float64s(sizes)
	size := math.Max(sizes[len(sizes)/2], 1)
	tol := max(3, len(groups)/10) // a title over both columns, a page number
	bestA, bestB := -1, -1
	for x := int(0.3 * w); x < int(0.7*w) && x < n; {
		if cover[x] > tol {
			x++
			continue
		}
		y := x
		for y < n && cover[y] <= tol {
			y++
		}
		if y-x > bestB-bestA {
			bestA, bestB = x, y
		}
		x = y
	}
	if bestA < 0 || float64(bestB-bestA) < math.Max(0.6*size, 4) {
		return 0, 0, false
	}
	g0, g1 = box.x0+float64(bestA), box.x0+float64(bestB)
	type part struct{ x0, x1 float64 }
	var lefts, rights []part
	both := 0
	for _, g := range groups {
		l, r := part{math.Inf(1), math.Inf(-1)}, part{math.Inf(1), math.Inf(-1)}
		for _, c := range g {
			if blankGlyph(c) {
				continue
			}
			if c.x+c.w <= g0+0.01 {
				l.x0, l.x1 = math.Min(l.x0, c.x), math.Max(l.x1, c.x+c.w)
			} else if c.x >= g1-0.01 {
				r.x0, r.x1 = math.Min(r.x0, c.x), math.Max(r.x1, c.x+c.w)
			}
		}
		if l.x1 > l.x0 {
			lefts = append(lefts, l)
		}
		if r.x1 > r.x0 {
			rights = append(rights, r)
		}
		if l.x1 > l.x0 && r.x1 > r.x0 {
			both++
		}
	}
	if len(lefts) < 8 || len(rights) < 8 || both < 3 {
		return 0, 0, false
	}
	full := func(ps []part) (count int, x0, x1 float64) {
		x0, x1 = math.Inf(1), math.Inf(-1)
		for _, p := range ps {
			x0, x1 = math.Min(x0, p.x0), math.Max(x1, p.x1)
		}
		for _, p := range ps {
			if p.x1 >= x1-1.5*size {
				count++
			}
		}
		return count, x0, x1
	}
	fl, lx0, lx1 := full(lefts)
	fr, rx0, rx1 := full(rights)
	lw, rw := lx1-lx0, rx1-rx0
	if 2*fl < len(lefts) || 3*fr < len(rights) || lw < 0.6*rw || rw < 0.6*lw {
		return 0, 0, false
	}
	return g0, g1, true
}

// columnItems orders the paragraphs of a page set in columns: between two
// lines that run across the gutter (a title over both columns), the left
// column top to bottom, then the right one, whose first paragraph may
// continue the left column's last as a page's first continues the page
// before.
func columnItems(p *pageResult) []item {
	var items []item
	var sec []line
	flush := func() {
		for k := 1; k <= 2; k++ {
			var ls []line
			for _, l := range sec {
				if l.col == k {
					ls = append(ls, l)
				}
			}
			for i, para := range paragraphs(ls, p.cols[k-1]) {
				items = append(items, item{top: para.top, para: &para, start: i == 0 && k == 2})
			}
		}
		sec = sec[:0]
	}
	for _, l := range p.lines {
		if l.col > 0 {
			sec = append(sec, l)
			continue
		}
		if l.furn {
			continue
		}
		flush()
		for _, para := range paragraphs([]line{l}, p.box) {
			items = append(items, item{top: para.top, para: &para})
		}
	}
	flush()
	return items
}
