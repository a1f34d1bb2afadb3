package pdftext

import (
	"math"
	"sort"
	"strings"
)

// bottomZone is the share of the page height, at its bottom, where a
// table a page break cut ends.
const bottomZone = 0.15

// overflow finds the lines a browser printed below a ruled table cut by
// a page break: a cell spanning rows (三、本年度办理结果 over seven of them)
// keeps its text whole and draws what did not fit past the last row's
// rule, in its column, where no rule closes the cell at the table's
// bottom. Such lines, each one within a line of the one above, wholly in
// that column, with nothing else on their baseline, extend the table's
// bottom; a page number is not taken. It sets t.openBottom, the columns
// no rule closes at the bottom, and returns those that took lines. A table
// not ending near the page's foot takes none and is closed.
func (t *table) overflow(pd *pageData) []bool {
	nc := len(t.bounds) - 1
	open := make([]bool, nc)
	t.openBottom = open
	if len(t.vrules) == 0 || t.bottom > pd.box.y0+bottomZone*(pd.box.y1-pd.box.y0) {
		return open
	}
	someOpen := false
	for j := range open {
		mid := (t.bounds[j] + t.bounds[j+1]) / 2
		open[j] = true
		for _, h := range pd.hrules {
			if math.Abs(h.pos-t.bottom) < ruleMerge && h.lo <= mid && h.hi >= mid {
				open[j] = false
				break
			}
		}
		someOpen = someOpen || open[j]
	}
	took := make([]bool, nc)
	if !someOpen {
		return took
	}
	var below []glyph
	for _, g := range pd.glyphs {
		if g.y+0.3*g.size < t.bottom && strings.TrimSpace(g.s) != "" {
			below = append(below, g)
		}
	}
	sort.Slice(below, func(a, b int) bool { return below[a].y > below[b].y })
	low := t.bottom
	for start := 0; start < len(below); {
		end := start + 1
		for end < len(below) && below[start].y-below[end].y <= 0.4*math.Max(below[start].size, 1) {
			end++
		}
		l := below[start:end]
		size := math.Max(l[0].size, 1)
		if low-l[0].y > 1.5*size {
			break
		}
		j := sort.SearchFloat64s(t.bounds, l[0].x) - 1
		if j < 0 || j >= nc || !open[j] {
			break
		}
		sort.Slice(l, func(a, b int) bool { return l[a].x < l[b].x })
		var text strings.Builder
		for _, g := range l {
			if g.x < t.bounds[j] || g.x+g.w > t.bounds[j+1] {
				return took
			}
			text.WriteString(g.s)
		}
		if pageNumber.MatchString(strings.TrimSpace(text.String())) {
			break // the page's number, centred under the column
		}
		took[j] = true
		low = l[0].y - 0.4*size
		t.bottom = low
		start = end
	}
	return took
}
