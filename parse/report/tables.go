package report

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/docmeta"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// region is a stretch [from, to) of the norm.
type region struct{ from, to int }

// layout locates the template's three tables in the norm; a region with
// from < 0 is absent.
type layout struct {
	proactive, requests, review region
}

// findLayout finds the template tables by their anchor labels. It reports
// false for a prose report.
func findLayout(n *norm) (layout, bool) {
	l := layout{proactive: region{-1, -1}, requests: region{-1, -1}, review: region{-1, -1}}
	end := len(n.s)
	pro := n.index("第二十条第(", 0, end)
	if pro < 0 {
		if k := n.index("信息内容", 0, end); k >= 0 && n.index("规章", k, min(end, k+200)) >= 0 {
			pro = k
		}
	}
	req := -1
	if row1 := n.index("本年新收政府信息公开申请", max(pro, 0), end); row1 >= 0 {
		req = row1
		for _, a := range []string{"收到和处理政府信息公开申请", "申请人情况", "自然人"} {
			if k := n.lastIndex(a, max(pro, 0), row1); k >= 0 && row1-k < 600 && k < req {
				req = k
			}
		}
	}
	rev := -1
	if k := n.index("结果维持", max(req, max(pro, 0)), end); k >= 0 && n.index("结果纠正", k, min(end, k+300)) >= 0 {
		rev = k
		if j := n.lastIndex("行政复议", max(0, k-400), k); j >= 0 {
			rev = j
		}
	}
	if pro < 0 && req < 0 && rev < 0 {
		return l, false
	}
	next := func(after int, cands ...int) int {
		for _, c := range cands {
			if c > after {
				return c
			}
		}
		return end
	}
	if pro >= 0 {
		l.proactive = region{pro, next(pro, req, rev)}
	}
	if req >= 0 {
		l.requests = region{req, next(req, rev)}
	}
	if rev >= 0 {
		l.review = region{rev, end}
	}
	return l, true
}

// tabler reads the template tables.
type tabler struct {
	s     *source.Source
	n     *norm
	stats []model.Stat
	warns []model.Warning
	masks [][2]int // source ranges taken by tables
	found []match  // the scanners' matches, one array for the three tables
	hits  []hit    // the labels scanAll found, one array for the three tables
	cells cellReader
	// rows counts the value rows whose labels were found, unread those
	// of them whose values could not be read (unreadRows)
	rows   int
	unread []hit
}

func (p *tabler) scanAll(terms *termSet, r region, active func(*term, []hit) bool, stop func([]hit) bool) []hit {
	sc := newScanner(p.s.Text, p.n, terms, r.from, r.to, p.found)
	hits := p.hits[:0]
	cur := r.from
	for {
		h, ok := sc.find(cur, func(x *term) bool { return active(x, hits) })
		if !ok {
			break
		}
		extend(p.s.Text, p.n, &h)
		if h.t.kind == kindAnchor {
			if k := p.n.index("项", h.ne, h.ne+16); k >= 0 {
				h.ne = k + len("项")
				h.b = max(h.b, p.n.srcEnd(h.ne))
			}
		}
		if len(hits) > 0 && h.a < hits[len(hits)-1].b {
			h.a = hits[len(hits)-1].b
		}
		if k := len(hits) - 1; k >= 0 && (hits[k].t.kind == kindRow || hits[k].t.kind == kindGroup) {
			hits[k].b = labelRest(p.s.Text, hits[k].b, h.a)
		}
		hits = append(hits, h)
		cur = max(h.ne, p.n.at(h.b))
		if stop != nil && stop(hits) {
			break
		}
	}
	if k := len(hits) - 1; k >= 0 && (hits[k].t.kind == kindRow || hits[k].t.kind == kindGroup) {
		hits[k].b = labelRest(p.s.Text, hits[k].b, p.n.src(r.to))
	}
	p.found, p.hits = sc.found, hits
	return hits
}

// labelRest extends a row label over the rest of its cell, up to limit:
// 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 is matched by
// its beginning. The cell ends at a digit, a cell separator, an HTML tag or
// a line break.
func labelRest(src string, b, limit int) int {
	i := b
	for i < limit {
		r, sz := script.DecodeRune(src[i:])
		if r == '\t' || r == '|' || r == '｜' || r == '\n' || r == '\r' || r == ' ' || r == '\u3000' || isNumRune(r) ||
			r == '<' && docmeta.TagAt(src[i:limit]) > 0 || r == '&' && docmeta.SpaceEntityAt(src[i:limit]) > 0 {
			break
		}
		i += sz
	}
	// the comma or semicolon closing a CSV cell is no part of the label
	for i > b {
		r, sz := script.DecodeLastRune(src[b:i])
		if !isCellSep(r) {
			break
		}
		i -= sz
	}
	if strings.TrimFunc(src[b:i], func(r rune) bool { return r == '”' || r == '"' || r == '’' || r == '」' }) == "" || isHan(firstRune(src[b:i])) || source.ContainsRune("、，,", firstRune(src[b:i])) {
		return i
	}
	return b
}

// valueEnd is where the values after hits[i] end: the start of the next
// label, or the end of the region.
func (p *tabler) valueEnd(hits []hit, i int, r region) int {
	if i+1 < len(hits) {
		return hits[i+1].a
	}
	return p.n.src(r.to)
}

func (p *tabler) label(h hit) string { return cleanLabel(p.s.Text[h.a:h.b]) }

// addRow reads a row's cells and records the row and its stats.
func (p *tabler) addRow(t *model.Table, key, label string, path []string, colLabels []string, units []string, h hit, end int, valid func([]float64) bool) bool {
	cells := p.cells.read(p.s.Text, h.b, end, len(t.Columns), valid)
	any := false
	row := model.TableRow{Key: key, Label: label, Cells: make([]*float64, len(t.Columns))}
	// the stats' paths share one array: the row's path, then a column's;
	// their labels one string: the row's label, then a column's
	paths := make([]string, 0, len(t.Columns)*(len(path)+2))
	var labels strings.Builder
	size := 0
	for i, c := range cells[:min(len(cells), len(t.Columns))] {
		if c.v != nil {
			size += len(label) + len(" / ") + len(colLabels[i])
		}
	}
	labels.Grow(size)
	last := h.b
	for i, c := range cells {
		if i >= len(t.Columns) {
			break
		}
		if c.b > last {
			last = c.b
		}
		if c.v == nil {
			continue
		}
		any = true
		row.Cells[i] = c.v
		k := labels.Len()
		labels.WriteString(label)
		labels.WriteString(" / ")
		labels.WriteString(colLabels[i])
		st := model.Stat{
			Label: labels.String()[k:], // the bytes written stay as they are
			Value: *c.v,
			Span:  p.s.Span(c.a, c.b),
		}
		if units != nil {
			st.Unit = units[i]
		}
		k = len(paths)
		paths = appendColumnPath(append(paths, path...), t.Columns[i])
		st.Path = paths[k:len(paths):len(paths)]
		p.stats = append(p.stats, st)
	}
	p.rows++
	if !any {
		if h.t.kind == kindRow {
			p.unread = append(p.unread, h)
		}
		return false
	}
	row.Span = p.s.Span(h.a, last)
	t.Rows = append(t.Rows, row)
	p.mask(h.a, last)
	return true
}

// minUnread is the fewest template rows without values that make a
// table unread: one row may be empty, or the last one cut off by the end
// of the text.
const minUnread = 3

// unreadRows returns a warning when the tables read hold many rows whose
// labels were found and whose values were not (more than half of them,
// and at least minUnread): a rendering the cell reader does not know.
func (p *tabler) unreadRows() []model.Warning {
	if len(p.unread) < minUnread || 2*len(p.unread) <= p.rows {
		return nil
	}
	sp := p.s.Span(p.unread[0].a, p.unread[len(p.unread)-1].b)
	return []model.Warning{{Code: model.WarnTableUnread, Span: &sp,
		Message: fmt.Sprintf("%d of %d rows of the template tables have their labels but no value read", len(p.unread), p.rows)}}
}

func (p *tabler) mask(a, b int) {
	if k := len(p.masks) - 1; k >= 0 && p.masks[k][1] >= a {
		p.masks[k][1] = max(p.masks[k][1], b)
		return
	}
	p.masks = append(p.masks, [2]int{a, b})
}

// proactive reads section 二: one table per block of column headers.
func (p *tabler) proactive(r region) []model.Table {
	// a column is named once per header: two header cells cut to 本年新
	// are 本年新制作数量 and then 本年新公开数量
	hits := p.scanAll(proactiveSet, r, func(x *term, hits []hit) bool {
		if x.kind != kindCol {
			return true
		}
		for k := len(hits) - 1; k >= 0 && hits[k].t.kind != kindRow && hits[k].t.kind != kindAnchor; k-- {
			if hits[k].t == x {
				return false
			}
		}
		return true
	}, nil)
	var tables []model.Table
	var cur *model.Table
	var colLabels, units []string
	title := ""
	lastKind := kindAnchor
	for i, h := range hits {
		switch h.t.kind {
		case kindAnchor:
			title = p.label(h)
			cur = nil
		case kindCol:
			if cur == nil || lastKind == kindRow {
				tables = append(tables, model.Table{Title: title, Columns: []string{}, Rows: []model.TableRow{}, Span: p.s.Span(h.a, h.b)})
				cur = &tables[len(tables)-1]
				colLabels, units = nil, nil
				title = ""
			}
			cur.Columns = append(cur.Columns, h.t.key)
			lbl := p.label(h)
			colLabels = append(colLabels, lbl)
			units = append(units, unitOf(lbl))
		case kindRow:
			if cur == nil {
				break
			}
			end := p.valueEnd(hits, i, r)
			label := p.label(h)
			p.addRow(cur, h.t.key, label, []string{h.t.key}, colLabels, units, h, end, nil)
			p.mask(h.a, h.b)
		}
		if h.t.kind != kindHeader {
			lastKind = h.t.kind
		}
		if h.t.kind != kindRow {
			p.mask(h.a, h.b)
		}
	}
	out := tables[:0]
	for _, t := range tables {
		if len(t.Rows) > 0 {
			if last := t.Rows[len(t.Rows)-1].Span; last.End > t.Span.End {
				t.Span = p.s.Span(t.Span.Start, last.End)
			}
			out = append(out, t)
		}
	}
	return out
}

// unitOf returns the unit a column header states: 本年收费金额（单位：万元） → 万元.
func unitOf(label string) string {
	k := source.Index(script.ToSimplified(label), "单位") // same offsets as label
	if k < 0 {
		return ""
	}
	rest := strings.TrimLeft(label[k+len("单位"):], ":： ")
	if j := strings.IndexAny(rest, ")）"); j >= 0 {
		rest = rest[:j]
	}
	return strings.TrimSpace(rest)
}

// requests reads section 三's table.
func (p *tabler) requests(r region) *model.Table {
	// the state of the scan so far, brought up to date as hits come
	rows, group, seen := false, "", 0
	used := map[*term]bool{}
	hits := p.scanAll(requestSet, r, func(x *term, hits []hit) bool {
		for ; seen < len(hits); seen++ {
			h := hits[seen]
			used[h.t] = true
			if h.t.kind == kindRow || h.t.kind == kindGroup {
				rows = true
				if h.t.kind == kindGroup {
					group = h.t.key
				} else if h.t.group == "" {
					group = ""
				}
			}
		}
		if used[x] && x.kind != kindHeader {
			return false // each label once
		}
		switch x.kind {
		case kindCol, kindHeader:
			return !rows
		case kindRow:
			if x.key == "总计" && !rows {
				return false
			}
			if x.needGroup && group != x.group {
				return false
			}
		}
		return true
	}, func(hits []hit) bool { return hits[len(hits)-1].t.key == "结转下年度继续办理" })
	// a table has its column headers: without them 本年新收…15件 is prose
	cols := 0
	for _, h := range hits {
		if h.t.kind == kindCol {
			cols++
		}
	}
	if cols < 2 {
		return nil
	}
	t := &model.Table{Columns: append([]string(nil), requestColumns...), Rows: []model.TableRow{}}
	for i := range t.Columns {
		if i > 0 && i < 6 {
			t.Columns[i] = "法人或其他组织/" + t.Columns[i]
		}
	}
	colLabels := make([]string, len(requestColumns))
	outer := "法人或其他组织"
	for _, h := range hits {
		if h.t.key == "法人或其他组织" {
			outer = p.label(h)
		}
	}
	for i, c := range requestColumns {
		colLabels[i] = c
		for _, h := range hits {
			if h.t.kind == kindCol && h.t.key == c {
				colLabels[i] = p.label(h)
				break
			}
		}
		if i > 0 && i < 6 {
			colLabels[i] = outer + " / " + colLabels[i]
		}
	}
	valid := func(v []float64) bool { return len(v) == 7 && sum(v[:6]) == v[6] }
	rowHits := 0
	for _, h := range hits {
		if h.t.kind == kindRow || h.t.kind == kindGroup {
			rowHits++
		}
	}
	p.stats = slices.Grow(p.stats, rowHits*len(t.Columns)) // at most a stat per cell
	t.Rows = make([]model.TableRow, 0, rowHits)
	groups := map[string]string{}
	first := true
	for i, h := range hits {
		p.mask(h.a, h.b)
		if h.t.kind != kindRow && h.t.kind != kindGroup {
			continue
		}
		label := p.label(h)
		key := h.t.key
		path := []string{key}
		if g, ok := groups[h.t.within]; ok && h.t.within != "" {
			label = g + " / " + label
		}
		if h.t.kind == kindGroup {
			groups[key] = label
		}
		if h.t.group != "" {
			if g, ok := groups[h.t.group]; ok {
				label = g + " / " + label
			}
			key = h.t.group + "/" + key
			path = []string{h.t.group, h.t.key}
		}
		if p.addRow(t, key, label, path, colLabels, nil, h, p.valueEnd(hits, i, r), valid) && first {
			t.Span = p.s.Span(hits[0].a, h.b)
			first = false
		}
	}
	if len(t.Rows) == 0 {
		return nil
	}
	t.Span.End = max(t.Span.End, t.Rows[len(t.Rows)-1].Span.End)
	return t
}

// review reads section 四's table: a header and one line of fifteen values.
func (p *tabler) review(r region) *model.Table {
	hits := p.scanAll(reviewSet, r, func(*term, []hit) bool { return true }, func(hits []hit) bool {
		if len(hits) >= 24 {
			return true
		}
		// the header ends where the values begin; the digits of an HTML
		// tag's attributes (colspan="5") or of &#160; are no values
		h := hits[len(hits)-1]
		seg := p.s.Text[h.b:min(len(p.s.Text), h.b+64)]
		for i, n := 0, 0; i < len(seg) && n <= 48; {
			if k := max(docmeta.TagAt(seg[i:]), docmeta.SpaceEntityAt(seg[i:])); k > 0 {
				i += k
				continue
			}
			c, size := script.DecodeRune(seg[i:])
			if isNumRune(c) {
				return true
			}
			if isHan(c) {
				return false
			}
			i += size
			n += size
		}
		return false
	})
	results, litigation := 0, false
	for _, h := range hits {
		switch h.t.key {
		case "行政诉讼":
			litigation = true
		case "行政复议":
		default:
			results++
		}
	}
	if results < 5 || !litigation {
		return nil // a table has its header; 结果维持3件 in a sentence is prose
	}
	for _, h := range hits {
		p.mask(h.a, h.b)
	}
	verb := map[string]string{}
	var resultLabels []string
	for _, h := range hits {
		if _, ok := verb[h.t.key]; !ok {
			verb[h.t.key] = p.label(h)
		}
		for _, c := range reviewColumns {
			if h.t.key == c && len(resultLabels) < 5 {
				resultLabels = append(resultLabels, p.label(h))
			}
		}
	}
	name := func(k string) string {
		if v, ok := verb[k]; ok {
			return v
		}
		return k
	}
	if len(resultLabels) != 5 {
		resultLabels = append([]string(nil), reviewColumns...)
	}
	last := hits[len(hits)-1]
	cells := p.cells.read(p.s.Text, last.b, p.n.src(r.to), 15, func(v []float64) bool {
		for g := 0; g+5 <= len(v); g += 5 {
			if sum(v[g:g+4]) != v[g+4] {
				return false
			}
		}
		return true
	})
	t := &model.Table{Columns: append([]string(nil), reviewColumns...), Rows: []model.TableRow{}}
	rowLabels := []string{name("行政复议"), name("行政诉讼") + " / " + name("未经复议直接起诉"), name("行政诉讼") + " / " + name("复议后起诉")}
	any := false
	end := last.b
	for g := 0; g < 3; g++ {
		row := model.TableRow{Key: reviewRows[g], Label: rowLabels[g], Cells: make([]*float64, 5)}
		a, b := -1, -1
		for k := 0; k < 5; k++ {
			i := g*5 + k
			if i >= len(cells) || cells[i].v == nil {
				continue
			}
			c := cells[i]
			any = true
			row.Cells[k] = c.v
			if a < 0 {
				a = c.a
			}
			b = c.b
			end = max(end, c.b)
			p.stats = append(p.stats, model.Stat{
				Label: rowLabels[g] + " / " + resultLabels[k],
				Value: *c.v,
				Path:  append(strings.Split(reviewRows[g], "/"), reviewColumns[k]),
				Span:  p.s.Span(c.a, c.b),
			})
		}
		if a >= 0 {
			row.Span = p.s.Span(a, b)
			t.Rows = append(t.Rows, row)
		}
	}
	if !any {
		return nil
	}
	t.Span = p.s.Span(hits[0].a, end)
	p.mask(hits[0].a, end)
	return t
}

func sum(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s
}

// runeCount is utf8.RuneCountInString, named for the recognisers.
func runeCount(s string) int { return utf8.RuneCountInString(s) }

// appendColumnPath appends to path a column name split into its header
// levels: only the 法人或其他组织 columns have two (本年增/减 is one name).
func appendColumnPath(path []string, col string) []string {
	if rest, ok := strings.CutPrefix(col, "法人或其他组织/"); ok {
		return append(path, "法人或其他组织", rest)
	}
	return append(path, col)
}
