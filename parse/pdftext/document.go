package pdftext

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/org"
	columns "github.com/zwgk/gongwen/parse/internal/table"
)

// WarnKind classifies a Warning.
type WarnKind int

// Warning kinds.
const (
	WarnLost    WarnKind = iota // a page (or part of the page tree) could not be read
	WarnScanned                 // a page is an image without a text layer
	WarnGarbled                 // a page's text layer does not read as Chinese
)

// Warning is a problem confined to one page (Page 0: the whole file).
type Warning struct {
	Kind    WarnKind
	Page    int
	Message string
}

// Result is the text of a PDF and what went wrong on the way.
type Result struct {
	// Text holds one paragraph or one table row per line; table cells are
	// separated by a TAB.
	Text     string
	Pages    int       // pages in the page tree (up to the limit)
	TextPage int       // pages that contributed text
	Warnings []Warning // lost, scanned and garbled pages, in page order
	Encoding string    // a predefined CMap used by the text ("GBK-EUC-H"), or ""
}

// pageResult is one page after the walker and the layout stages.
type pageResult struct {
	num    int
	box    rect
	lines  []line
	tables []table
	cols   []rect // the two columns of a page set in columns (columnLines), or nil
}

// Extract reads the text of a PDF. A file-level failure is returned as an
// error wrapping ErrMalformed, ErrEncrypted, ErrTooLarge or ErrNoTextLayer;
// page-level failures become warnings and the other pages are kept. If
// every page fails, the first page's error is returned as a *PageError.
func Extract(data []byte, lim Limits) (*Result, error) {
	return ExtractWith(data, Options{Limits: lim, FillMerged: true})
}

// Options configure ExtractWith.
type Options struct {
	Limits Limits
	// FillMerged repeats the text of a merged table cell in every row it
	// spans; otherwise the rows below its first are left empty, the way
	// a word processor's vertically merged cell reads — but for the
	// columns the header names for the lead units (牵头单位), which are
	// filled either way (closeTable).
	FillMerged bool
	// Context, when set, is checked before the page tree is walked and
	// before each page: once it is done, ExtractWith stops and returns
	// its error (context.Canceled or context.DeadlineExceeded). A page
	// already being read finishes first.
	Context context.Context
}

// ExtractWith is Extract with options.
func ExtractWith(data []byte, opt Options) (res *Result, err error) {
	defer func() {
		// Every page already runs under recover; this is the last net for
		// the layout stages, so that no input can crash the caller.
		if x := recover(); x != nil {
			res, err = nil, malformed("internal error: %v", x)
		}
	}()
	lim := opt.Limits.withDefaults()
	done := func() error { return nil }
	if ctx := opt.Context; ctx != nil {
		done = ctx.Err
	}
	r, _, err := open(data, lim)
	if err != nil {
		return nil, err
	}
	if err := done(); err != nil {
		return nil, err
	}
	tw, err := collectPages(r, lim)
	if err != nil {
		return nil, err
	}
	res = &Result{Pages: len(tw.pages)}
	for _, p := range tw.problems {
		res.Warnings = append(res.Warnings, Warning{WarnLost, 0, "page tree: " + p + "; pages may be missing"})
	}
	if len(tw.pages) == 0 {
		if len(tw.problems) > 0 {
			return nil, malformed("page tree: %s", tw.problems[0])
		}
		return nil, malformed("the page tree holds no pages")
	}
	w := &walker{lim: lim, fonts: fontCache{}, byRes: fontCache{}}
	var pages []pageResult
	var firstErr *PageError
	scannedPages, garbledPages := 0, 0
	var cs columnState
	var ls labelState
	for _, ref := range tw.pages {
		if err := done(); err != nil {
			return nil, err
		}
		pr, warn, err := readPage(w, ref, &cs, &ls)
		if err != nil {
			if firstErr == nil {
				firstErr = &PageError{Page: ref.num, Err: err}
			}
			res.Warnings = append(res.Warnings, Warning{WarnLost, ref.num, fmt.Sprintf("page %d could not be read: %v", ref.num, err)})
			continue
		}
		if warn != nil {
			res.Warnings = append(res.Warnings, *warn)
			switch warn.Kind {
			case WarnScanned:
				scannedPages++
			case WarnGarbled:
				garbledPages++
			}
			continue
		}
		if pr != nil {
			pages = append(pages, *pr)
		}
	}
	if tw.more {
		res.Warnings = append(res.Warnings, Warning{WarnLost, lim.MaxPages + 1,
			fmt.Sprintf("pages after page %d were not read (page limit)", lim.MaxPages)})
	}
	most := 0
	for enc, n := range w.glyphs {
		if n > most || n == most && enc < res.Encoding {
			res.Encoding, most = enc, n
		}
	}
	res.TextPage = len(pages)
	if len(pages) == 0 {
		switch {
		case scannedPages > 0:
			return nil, fmt.Errorf("%w: %d of %d pages are images", ErrNoTextLayer, scannedPages, len(tw.pages))
		case garbledPages > 0:
			return nil, fmt.Errorf("%w: %d of %d pages", ErrGarbled, garbledPages, len(tw.pages))
		case firstErr != nil:
			return nil, firstErr
		}
		return res, nil
	}
	markFurniture(pages)
	res.Text = assemble(pages, opt.FillMerged)
	return res, nil
}

// readPage walks one page under recover and runs the per-page layout and
// quality checks. It returns a warning instead of a page when the page is
// scanned or garbled.
func readPage(w *walker, ref pageRef, cs *columnState, ls *labelState) (pr *pageResult, warn *Warning, err error) {
	defer func() {
		if x := recover(); x != nil {
			pr, warn, err = nil, nil, malformed("%v", x)
		}
	}()
	pd, err := w.walkPage(ref)
	if err != nil {
		return nil, nil, err
	}
	pd.upright()
	if scanned(pd) {
		return nil, &Warning{WarnScanned, ref.num, fmt.Sprintf("page %d is a scanned image without a text layer (OCR is not supported)", ref.num)}, nil
	}
	for i := range pd.glyphs {
		pd.glyphs[i].s = normalise(pd.glyphs[i].s)
	}
	tables, rest := findTables(pd)
	unruled, rest := labelTables(rest, ls)
	tables = append(tables, unruled...)
	pr = &pageResult{num: ref.num, box: pd.box, tables: tables}
	if len(tables) == 0 {
		pr.lines, pr.cols = columnLines(rest, pd.box, cs)
	} else {
		pr.lines = buildLines(rest)
	}
	var all strings.Builder
	for _, l := range pr.lines {
		all.WriteString(l.text)
	}
	for _, t := range tables {
		for _, row := range t.rows {
			all.WriteString(strings.Join(row, ""))
		}
	}
	if garbled(all.String()) {
		return nil, &Warning{WarnGarbled, ref.num, fmt.Sprintf("page %d: the text layer is garbled (font without a usable Unicode map); its text was dropped", ref.num)}, nil
	}
	return pr, nil, nil
}

// pageNumber matches page numbers and their decorations: "— 1 —", "- 2 -",
// "第3页", "第 3 页 共 9 页", "·4·", "5", "5/9".
var pageNumber = regexp.MustCompile(`^(?:[—–\-－·•]*\s*\d{1,4}\s*[—–\-－·•]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$`)

// furnitureZone is the share of the page height, at top and bottom, where
// running headers and page numbers live.
const furnitureZone = 0.2

// markFurniture flags running headers and page numbers: page-number
// patterns in the top or bottom margin, and lines repeating at the same
// height with the same text (digits aside) on at least half of the pages.
func markFurniture(pages []pageResult) {
	type key struct {
		y    int
		text string
	}
	digits := regexp.MustCompile(`\d+`)
	seen := map[key]int{}
	inZone := func(p *pageResult, l *line) bool {
		h := p.box.y1 - p.box.y0
		return l.y > p.box.y1-furnitureZone*h || l.y < p.box.y0+furnitureZone*h
	}
	keyOf := func(l *line) key {
		return key{int(math.Round(l.y / 3)), digits.ReplaceAllString(l.text, "#")}
	}
	for i := range pages {
		p := &pages[i]
		done := map[key]bool{}
		for j := range p.lines {
			l := &p.lines[j]
			if !inZone(p, l) {
				continue
			}
			if pageNumber.MatchString(l.text) {
				l.furn = true
				continue
			}
			k := keyOf(l)
			if !done[k] {
				done[k] = true
				seen[k]++
			}
		}
	}
	need := max(2, (len(pages)+1)/2)
	for i := range pages {
		p := &pages[i]
		for j := range p.lines {
			l := &p.lines[j]
			if !l.furn && inZone(p, l) && seen[keyOf(l)] >= need {
				l.furn = true
			}
		}
	}
}

// item is a paragraph or a table, placed on its page.
type item struct {
	top   float64
	para  *paragraph
	tab   *table
	start bool // the first item of a page or of a column, which may continue the last
}

// output collects the text lines of the document.
type output struct {
	lines  []string
	last   *item      // last item emitted
	rows   [][]string // rows of the open table
	inh    [][]bool   // cells to fill from the row above
	tab    *table     // the open table's first part
	bounds []float64  // the open table's column boundaries, of all its parts
	span   []bool     // columns of the open table that have merged cells
	fill   bool       // fill merged cells down
}

// assemble orders each page's paragraphs and tables top to bottom and
// joins the pages: a paragraph or a table continued across a page break
// is joined back, repeated table header rows are dropped.
func assemble(pages []pageResult, fill bool) string {
	o := &output{fill: fill}
	for pi := range pages {
		p := &pages[pi]
		var items []item
		if p.cols != nil {
			items = columnItems(p)
		} else {
			for _, para := range paragraphs(p.lines, p.box) {
				items = append(items, item{top: para.top, para: &para})
			}
			for ti := range p.tables {
				items = append(items, item{top: p.tables[ti].top, tab: &p.tables[ti]})
			}
			sort.SliceStable(items, func(i, j int) bool { return items[i].top > items[j].top })
		}
		for ii := range items {
			o.add(&items[ii], ii == 0 || items[ii].start)
		}
	}
	o.closeTable()
	return strings.Join(o.lines, "\n")
}

// add emits one item; pageStart marks the first item of a page.
func (o *output) add(it *item, pageStart bool) {
	if it.para != nil {
		o.closeTable()
		if pageStart && o.last != nil && o.last.para != nil && o.last.para.openEnd && it.para.openStart &&
			it.para.size <= o.last.para.size*1.18 && it.para.size >= o.last.para.size*0.85 && len(o.lines) > 0 &&
			!opensEntry(o.lines[len(o.lines)-1], it.para.text) {
			o.lines[len(o.lines)-1] = joinText(o.lines[len(o.lines)-1], it.para.text)
			o.last.para.openEnd = it.para.openEnd
			return
		}
		o.lines = append(o.lines, it.para.text)
		o.last = it
		return
	}
	t := it.tab
	rows := t.rows
	var u []float64
	var inOpen, inNew []bool
	cont := pageStart && o.tab != nil && o.last != nil && o.last.tab != nil
	if cont && sameLabels(o.tab, t) {
		u, inOpen, inNew = o.bounds, slices.Repeat([]bool{true}, len(o.bounds)), slices.Repeat([]bool{true}, len(o.bounds))
	} else if cont {
		u, inOpen, inNew, cont = unionColumns(o.bounds, t.bounds)
	}
	if cont {
		// The table continues from the previous page, perhaps with
		// columns one of the pages does not split.
		inh := t.inherit
		if len(u) != len(o.bounds) {
			for i := range o.rows {
				o.rows[i], o.inh[i] = widen(o.rows[i], inOpen), widen(o.inh[i], inOpen)
			}
			o.span, o.bounds = widen(o.span, inOpen), u
		}
		if len(u) != len(t.bounds) {
			rows, inh = make([][]string, len(rows)), make([][]bool, len(rows))
			for i := range rows {
				rows[i], inh[i] = widen(t.rows[i], inNew), widen(t.inherit[i], inNew)
			}
		}
		// The header repeated on the new page: as many of the table's
		// first rows as the page starts with (a two- or three-row header
		// with merged cells repeats whole).
		k := 0
		for k < len(rows) && k < len(o.rows) && equalRows(rows[k], o.rows[k]) {
			k++
		}
		rows, inh = rows[k:], inh[k:]
		if k == 0 && len(rows) > 0 {
			o.continueCells(rows[0], inh[0], widen(t.openTop, inNew), widen(o.last.tab.openBottom, inOpen))
		}
		for j, s := range widen(t.spanning, inNew) {
			o.span[j] = o.span[j] || s
		}
		if k > 0 && len(rows) > 0 {
			o.continueLabels(rows[0], inh[0])
		}
		if len(rows) > 0 && len(o.rows) > 1 && continues(rows[0], o.rows[len(o.rows)-1], o.span) {
			prev := o.rows[len(o.rows)-1]
			for j := range prev {
				if o.span[j] && (rows[0][j] == "" || rows[0][j] == prev[j]) {
					continue
				}
				prev[j] = joinText(prev[j], rows[0][j])
			}
			rows, inh = rows[1:], inh[1:]
		}
		o.appendRows(rows, inh)
	} else {
		o.closeTable()
		o.tab, o.bounds = t, t.bounds
		o.span = append([]bool(nil), t.spanning...)
		o.appendRows(rows, t.inherit)
	}
	o.last = it
}

// continueCells joins to the cells of the previous page the text that
// the new page's first row holds in columns no rule closes at its top nor
// at the previous page's bottom (below):
// the rest of a cell spanning rows that a page break cut (三、本年 /
// 度办理结 on one page, 果 on the next), which then continues on the
// rows below as a merged cell does.
func (o *output) continueCells(row []string, inh []bool, open, below []bool) {
	for j, c := range row {
		if !open[j] || !below[j] || c == "" {
			continue
		}
		i := len(o.rows) - 1
		for i > 0 && o.rows[i][j] == "" && o.inh[i][j] {
			i--
		}
		if i < 1 || o.rows[i][j] == "" {
			continue
		}
		o.rows[i][j] = joinText(o.rows[i][j], c)
		row[j], inh[j] = "", true
	}
}

// continueLabels joins to the previous page the rest of a numbered label
// that a page break cut inside a cell spanning rows, under a header the
// new page repeats: a word processor closes the table at the page's foot
// and draws the repeated header's rule, so no open column tells the cut
// (（三）不 on one page, 予公开 atop the next under the header). In a
// column of merged cells, a first cell that opens no number, under a cell
// of the page before that ends no sentence and opens one with it (（三）
// alone is cut too), is that rest; it then continues on the rows below as
// a merged cell does. A whole numbered label followed by a new group that
// opens no number cannot be told from a cut one and is joined.
func (o *output) continueLabels(row []string, inh []bool) {
	for j, c := range row {
		if j >= len(o.span) || !o.span[j] || c == "" || opensNumbered(c) {
			continue
		}
		i := len(o.rows) - 1
		for i > 0 && o.rows[i][j] == "" && o.inh[i][j] {
			i--
		}
		if i < 1 || !opensNumbered(o.rows[i][j]+c) || sentenceEnd.MatchString(o.rows[i][j]) {
			continue
		}
		o.rows[i][j] = joinText(o.rows[i][j], c)
		row[j], inh[j] = "", true
	}
}

func (o *output) appendRows(rows [][]string, inh [][]bool) {
	for i, r := range rows {
		o.rows = append(o.rows, append([]string(nil), r...))
		o.inh = append(o.inh, inh[i])
	}
}

// closeTable fills merged cells down (if asked, else in the columns of
// lead units alone) and writes the open table's rows.
func (o *output) closeTable() {
	if o.tab == nil {
		return
	}
	lead := o.leadColumns()
	for i := 2; (o.fill || lead != nil) && i < len(o.rows); i++ { // row 0 is the header
		for j := range o.rows[i] {
			if (o.fill || j < len(lead) && lead[j]) && o.inh[i][j] && o.rows[i][j] == "" {
				o.rows[i][j] = o.rows[i-1][j]
			}
		}
	}
	for _, r := range o.rows {
		o.lines = append(o.lines, strings.Join(r, "\t"))
	}
	o.rows, o.inh, o.tab, o.span, o.bounds = nil, nil, nil, nil, nil
}

// maxHeaderRows bounds the rows a table's header takes (a group name over
// its columns' names, a third row of sub-names).
const maxHeaderRows = 3

// leadColumns marks the columns the open table's header names as lead
// units' (牵头单位, 牵头处室 under 责任分工), nil when it names none. A merged cell there leads
// every row it spans, also a row with its own number and task whose
// other unit cell is filled (县安监局 merged over rows 6 and 7, 7 naming
// its 责任单位): the text alone cannot tell that row from one without a
// lead, the page's rules can, so the cell is filled down.
func (o *output) leadColumns() []bool {
	var lead []bool
	for i := 0; i < len(o.rows) && i < maxHeaderRows; i++ {
		for j, c := range o.rows[i] {
			if role, unit, ok := columns.HeaderRole(c); ok && role == columns.Units && unit == model.RoleLead {
				if lead == nil {
					lead = make([]bool, len(o.rows[i]))
				}
				lead[j] = true
			}
		}
	}
	return lead
}

func equalRows(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// sentenceEnd matches text ending a sentence.
var sentenceEnd = regexp.MustCompile(`[。！？；!?;]$`)

// deadlineEnds are the last characters of a whole deadline cell: a date
// to its month, day or part of one (2026年9月, 10月底前, 6月上旬) or a term
// with its verb (持续推进, 年底前完成, 长期). A year alone (2026年) and a
// bare adverb (持续) are no such end: a page break may cut 2026年 / 9月
// and 持续 / 推进, which timex reads as whole deadlines each.
const deadlineEnds = "月日底前旬进成期"

// closesName reports whether a cell ends a unit's name or a deadline: its
// last piece after a separator is two characters or more and ends as one
// (牵头，镇 stops in a name) — in the last rune of an organisation ending
// as package org knows them (局, 委, 人民政府, 街道), or of a deadline
// (deadlineEnds).
func closesName(c string) bool {
	c = strings.TrimSpace(c)
	if k := strings.LastIndexAny(c, "，、；,;"); k >= 0 {
		_, n := utf8.DecodeRuneInString(c[k:])
		c = c[k+n:]
	}
	r, _ := utf8.DecodeLastRuneInString(c)
	return utf8.RuneCountInString(c) >= 2 && (org.EndsName(r) || strings.ContainsRune(deadlineEnds, r))
}

// continues reports whether the first row on a new page is the rest of
// the row the previous page ended with. Word processors split a row at a
// page break whenever a line of it fits, so the row continues unless the
// new row opens a new merged cell with a number (一、 （二）), or the row
// above ended its sentences and the new row fills every plain column, or
// both rows name a field in their first cell (a key/value table, a task
// card: 工作内容 over 牵头科室 — a field name is never cut, so a name atop
// the page opens its own row).
func continues(row, prev []string, span []bool) bool {
	if len(row) > 1 && columns.IsColumnName(row[0]) && columns.IsColumnName(prev[0]) {
		return false
	}
	anySpan := false
	for j, s := range span {
		if s && j < len(row) && opensNumbered(row[j]) {
			return false
		}
		anySpan = anySpan || s
	}
	if !anySpan && opensNumbered(row[0]) {
		return false
	}
	// A row leaving a merged column empty is the next of its group when
	// the row above closed every cell: a unit cell then ends a name, a
	// deadline cell a date (县住建局, 2026年9月) — a cut cell ends a part
	// of one (省市场监, 区科技局、区财, 2019年12, 持续) or a sentence's.
	group := false
	for j, s := range span {
		group = group || s && j < len(row) && row[j] == ""
	}
	ended, full := true, true
	for j := range row {
		if j < len(span) && span[j] {
			continue
		}
		if prev[j] != "" && !sentenceEnd.MatchString(prev[j]) && !(group && closesName(prev[j])) {
			ended = false
		}
		if row[j] == "" {
			full = false
		}
	}
	return !(ended && full)
}
