package parse

import (
	"strings"
	"sync"
	"unicode"

	"github.com/zwgk/gongwen/parse/internal/docmeta"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
	"github.com/zwgk/gongwen/segment/script"
)

// lineKind classifies a cleaned line.
type lineKind uint8

const (
	lineBlank lineKind = iota
	lineNoise          // page numbers, rules, Markdown remnants: dropped
	lineText
	lineTabRow  // cells separated by tabs
	linePipeRow // cells separated by |
)

// line is one cleaned line of the source.
type line struct {
	s     source.Str   // cleaned text (markup removed, trimmed)
	cells []source.Str // for table rows
	kind  lineKind
	md    uint8 // Markdown heading level (# = 1), 0 if none
	used  bool  // consumed by the metadata stage
	// indent is the display width of the white space the text was trimmed
	// of at its start: a PDF-to-text table keeps its columns by it.
	indent uint16
	page   bool // a form feed stood before the text: it opens a page
}

// cleanLines removes markup and noise from raw lines and classifies them.
func cleanLines(raw []source.Str) []line {
	c := cleaner{marks: anyMarks}
	return c.lines(make([]line, 0, len(raw)), raw)
}

// cleaner cleans the lines drawn from one text.
type cleaner struct {
	marks textMarks    // what the text holds
	cells []source.Str // the cells of its table rows, one row after another
	// bare is set by a pipe row without outer bars (a|b|c): the pipe rows
	// are then those of a table without outer bars, whose empty first and
	// last parts are cells (merged cells left blank: ||内容|单位 is no row
	// with outer bars), and a line with one bar near them is a row. A row
	// with both outer bars far from the last pipe row clears it.
	bare bool
	// sinceRow counts the lines holding text since the last pipe row.
	sinceRow int
}

// lines is cleanLines appending to out.
func (c *cleaner) lines(out []line, raw []source.Str) []line {
	for _, r := range raw {
		out = append(out, c.line(r))
	}
	if c.marks.commas {
		markCSVRows(out) // it reads only the rows of a text holding ,
	}
	if c.marks.pipes {
		joinFramedRows(out)
	}
	if c.marks.tabs {
		splitMixedRows(out)
	}
	markColumnBlocks(out)
	markLinkList(out)
	markFooter(out, c.marks.page)
	return out
}

// markFooter drops the footer of a saved page: the lines that close the
// text and open with a footer label (docmeta.FooterLine: 主办单位：…,
// 技术支持：…), under the page's closing furniture (分享到：, 【打印】
// 【关闭】) or, without it, when one of them names what only a site's
// footer names (docmeta.SiteFooterLabel: 技术支持, 版权所有 …). Read as
// text, 主办单位：X would give the last item of the plan the site's owner
// as its lead unit; above such furniture and without such a label the same
// line is the notice's own. page is the text's (docmeta.PageOf), searched
// once already for what its furniture needs.
func markFooter(lines []line, page docmeta.Page) {
	var footer []int
	site := false // a footer line below names a site-only label
	k := len(lines) - 1
	for ; k >= 0; k-- {
		ln := &lines[k]
		if ln.kind == lineBlank {
			continue
		}
		if ln.kind == lineNoise {
			if len(footer) > 0 && page.Furniture(ln.s.S) {
				toNoise(lines, footer)
				footer, site = footer[:0], false
			}
			continue
		}
		if !footerLine(ln) {
			break
		}
		footer = append(footer, k)
		site = site || docmeta.SiteFooterLabel(ln.s.S)
	}
	if site {
		toNoise(lines, footer)
	}
}

// footerLine reports whether ln may be a line of a saved page's footer
// (markFooter): a text line opening with a footer label, or a row of
// cells that opens with one and names a label only a site's footer holds —
// the footer's links a copy joined with bars or tabs (版权所有：某网 | 关于本网
// | 网站地图 | 联系我们), which no plan table's row is.
func footerLine(ln *line) bool {
	switch ln.kind {
	case lineText:
		return docmeta.FooterLine(ln.s.S)
	case linePipeRow, lineTabRow:
		return docmeta.FooterLine(ln.s.S) && docmeta.SiteFooterLabel(ln.s.S)
	}
	return false
}

// toNoise makes the lines at the indices noise.
func toNoise(lines []line, at []int) {
	for _, k := range at {
		lines[k].kind = lineNoise
	}
}

// cleanBuffers are the arrays a text's lines and their cells are cleaned
// into. A document's lines live only while buildNoting runs (nothing it
// returns points into them), so the next document cleans its lines into
// the same arrays instead of allocating them (cleanArrays).
type cleanBuffers struct {
	lines []line
	cells []source.Str
}

var cleanArrays = sync.Pool{New: func() any { return new(cleanBuffers) }}

// maxPooled bounds the arrays kept for reuse (4 MiB of lines, 2 MiB of
// cells): the arrays of a huge text are left to the collector.
const maxPooled = 1 << 16

// cleanLinesReusing is cleanLines, for lines drawn from text, into arrays
// from cleanArrays; release gives them back, cleared so that they hold on
// to no text, once the lines are no longer read. text is searched once
// for what a line is searched for anywhere in it (marksOf).
func cleanLinesReusing(text string, raw []source.Str) (lines []line, release func()) {
	b := cleanArrays.Get().(*cleanBuffers)
	out := b.lines[:0]
	if cap(out) < len(raw) {
		out = make([]line, 0, len(raw))
	}
	c := cleaner{marks: marksOf(text), cells: b.cells[:0]}
	if n := cellRoom(raw, c.marks); cap(c.cells) < n {
		c.cells = make([]source.Str, 0, n)
	}
	// The closure holds copies of the arrays, not the cleaner nor the
	// result: both stay on the stack.
	kept, cells := c.lines(out, raw), c.cells
	return kept, func() {
		clear(kept)
		clear(cells)
		if cap(kept) <= maxPooled && cap(cells) <= maxPooled {
			b.lines, b.cells = kept[:0], cells[:0]
			cleanArrays.Put(b)
		}
	}
}

// cellRoom returns the number of cells the tab and pipe rows of raw split
// into at most (a cell per separator, and one more, on each line holding
// any), so that cleaner.cells is made once at its size. The rows' cells
// are slices of it: an array regrown under them would stay alive for the
// rows cut from it before, which on a large text with tables kept about
// five times the cells in memory. Separators that cleaning makes (HTML
// cells, box-drawing bars) are not counted: their cells grow the array.
func cellRoom(raw []source.Str, marks textMarks) int {
	if !marks.tabs && !marks.pipes {
		return 0
	}
	n := 0
	for _, r := range raw {
		k := 0
		if marks.tabs {
			k += strings.Count(r.S, "\t")
		}
		if marks.pipes {
			k += strings.Count(r.S, "|")
		}
		if k > 0 {
			n += k + 1
		}
	}
	return n
}

// textMarks says which of the marks cleaner.line looks for anywhere in a
// line a document's text holds at all. A line is drawn from the text (a
// piece of it, pieces joined by line breaks, HTML tags taken out), so it
// holds a mark only if the text does: the lines of a notice without HTML
// tags, tabs, pipes, box-drawing bars or ASCII commas (most) are not
// searched for them.
type textMarks struct {
	tags    bool // <
	tabs    bool // a tab, or a tag (</td> becomes a tab)
	pipes   bool // |, or a box-drawing bar (it becomes |)
	boxBars bool // │ ┃ ║
	wide    bool // ｜ or ¦ (otherBars; they become |)
	bullets bool // a bullet between spaces (bulletBars; they become |)
	bold    bool // ** or __ (Markdown bold: the marks go)
	commas  bool // , (a CSV table's separators)
	page    docmeta.Page
}

// anyMarks are the marks of a text that may hold them all.
var anyMarks = textMarks{tags: true, tabs: true, pipes: true, boxBars: true, wide: true, bullets: true, bold: true, commas: true, page: docmeta.AnyPage}

// marksOf searches text once for each mark.
func marksOf(text string) textMarks {
	m := textMarks{
		tags:    strings.IndexByte(text, '<') >= 0,
		boxBars: hasBoxBar(text),
		wide:    hasAnyWord(text, otherBars),
		bullets: hasBulletBar(text),
		bold:    source.Contains(text, boldMark) || source.Contains(text, boldLine),
		commas:  strings.IndexByte(text, ',') >= 0,
		page:    docmeta.PageOf(text),
	}
	m.tabs = m.tags || strings.IndexByte(text, '\t') >= 0
	m.pipes = m.boxBars || m.wide || m.bullets || strings.IndexByte(text, '|') >= 0
	return m
}

// line cleans one line; the cells of a table row are carved from c.cells.
func (c *cleaner) line(r source.Str) line {
	marks := c.marks
	s := r
	if marks.tags && strings.IndexByte(s.S, '<') >= 0 {
		s = removeTags(breakCells(s))
		s = s.ReplaceAll("&nbsp;", " ")
		// The tab a row's last </td> left ends no cell: a cell alone on
		// its line stays a text line.
		s = s.Slice(0, len(strings.TrimRight(s.S, " \t")))
	}
	if marks.boxBars && hasBoxBar(s.S) {
		for _, bar := range boxBars {
			s = s.ReplaceAll(bar, "|")
		}
	}
	if marks.wide && hasAnyWord(s.S, otherBars) {
		for _, bar := range otherBars {
			s = s.ReplaceAll(bar, "|")
		}
	}
	var unbulleted source.Str // the line before its bullets became bars
	if marks.bullets && hasBulletBar(s.S) {
		unbulleted, s = s, bulletsToBars(s)
	}
	if marks.bold {
		s = unbold(s)
	}
	ln := line{}
	t := s.TrimSpace()
	if t.Len() == 0 {
		return ln
	}
	c.sinceRow++
	if level, n := mdHeading(t.S); level > 0 {
		ln.md = uint8(level)
		t = t.From(n).TrimSpace()
	}
	if isNoise(t.S, marks.page) || t.S == "|" || tableRule(t.S) {
		if source.Contains(t.S, "|") && strings.Count(t.S, "|") >= 2 {
			ln.kind = linePipeRow // an empty row of a pipe table: keeps row boundaries
			ln.s = t
			return ln
		}
		ln.kind = lineNoise
		ln.s = t
		return ln
	}
	ln.s = t
	ln.kind = lineText
	if lead := leadingSpace(s.S, t.S); lead > 0 {
		ln.indent = uint16(min(table.Width(s.S[:lead]), 1<<15))
		ln.page = strings.IndexByte(s.S[:lead], '\f') >= 0
	}
	if marks.tabs && strings.IndexByte(s.S, '\t') >= 0 {
		cells := c.split(s, '\t') // two cells at least
		for i := range cells {
			cells[i] = unquoteCell(cells[i].TrimSpace())
		}
		ln.kind = lineTabRow
		ln.cells = cells
	} else if bars := pipes(t.S, marks); bars >= 2 || (bars == 1 && (c.bare && c.sinceRow <= maxBareGap || strings.HasSuffix(t.S, "|") || namesAroundBar(t))) {
		ln.kind = linePipeRow
		ln.cells = c.pipeRow(t)
	} else if unbulleted.S != "" {
		ln.s = unbulleted.TrimSpace() // prose with a spaced dot keeps it
	}
	return ln
}

// split splits s at every sep into cells appended to c.cells, and
// returns them: a slice whose capacity ends with it, so that appending to
// one row's cells does not write over the next row's.
func (c *cleaner) split(s source.Str, sep byte) []source.Str {
	start := len(c.cells)
	for {
		k := strings.IndexByte(s.S, sep)
		if k < 0 {
			break
		}
		c.cells = append(c.cells, s.Slice(0, k))
		s = s.From(k + 1)
	}
	c.cells = append(c.cells, s)
	return c.cells[start:len(c.cells):len(c.cells)]
}

// leadingSpace returns the length of the white space at the start of s,
// whose trimmed text is t: none when nothing was trimmed (most lines).
func leadingSpace(s, t string) int {
	if len(t) == len(s) {
		return 0
	}
	return len(s) - len(strings.TrimLeftFunc(s, source.IsSpace))
}

// tableRule reports whether s holds only |, -, : and spaces: the rule
// under a Markdown table's header (|---|:--|). Most lines are turned away
// at their first byte.
func tableRule(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '|', '-', ':', ' ':
		default:
			return false
		}
	}
	return true
}

// pipes counts the | of s, a line of a text holding marks.
func pipes(s string, marks textMarks) int {
	if !marks.pipes {
		return 0
	}
	return strings.Count(s, "|")
}

// mdHeading reads a Markdown heading mark (# to ######, then white
// space) at the start of s: its level and the length of the mark.
func mdHeading(s string) (level, n int) {
	for level < len(s) && s[level] == '#' {
		level++
	}
	if level == 0 || level > 6 || level == len(s) {
		return 0, 0
	}
	r, size := script.DecodeRune(s[level:])
	if !unicode.IsSpace(r) {
		return 0, 0
	}
	return level, level + size
}

// namesAroundBar reports a line of two column names around one bar
// (工作任务|责任单位): the header of a two-column table without outer bars.
func namesAroundBar(t source.Str) bool {
	k := strings.IndexByte(t.S, '|')
	return isHeaderRow([]source.Str{t.Slice(0, k).TrimSpace(), t.From(k + 1).TrimSpace()})
}

// maxBareGap bounds the lines between two rows of one table without outer
// bars (group headings, rows that kept one cell).
const maxBareGap = 4

// pipeRow splits a pipe row into its cells: every part of a row of a
// table without outer bars (c.bare), the parts between the outer bars of
// any other.
func (c *cleaner) pipeRow(t source.Str) []source.Str {
	parts := c.split(t, '|')
	lead, trail := t.S[0] == '|', t.S[len(t.S)-1] == '|'
	switch {
	case !lead && !trail:
		c.bare = true
	case lead && trail && c.sinceRow > maxBareGap:
		c.bare = false
	}
	c.sinceRow = 0
	if !c.bare {
		return pipeCells(parts)
	}
	for i := range parts {
		parts[i] = parts[i].TrimSpace()
	}
	return parts
}

// pipeCells trims the parts of "| a | b |" or "a | b |" split at |
// into its cells.
func pipeCells(parts []source.Str) []source.Str {
	if len(parts) > 0 && source.TrimSpace(parts[0].S) == "" {
		parts = parts[1:]
	}
	if len(parts) > 0 && source.TrimSpace(parts[len(parts)-1].S) == "" {
		parts = parts[:len(parts)-1]
	}
	for i := range parts {
		parts[i] = parts[i].TrimSpace()
	}
	return parts
}

// isNoise recognises page numbers, rules, 续表 marks and web-page
// furniture (of page: see docmeta.Page). Cheap tests on length and first
// rune keep the patterns off ordinary lines.
func isNoise(s string, page docmeta.Page) bool {
	r, _ := script.DecodeRune(s)
	if (r >= 0x2500 && r <= 0x257F || r == '+') && isBoxFrame(s) {
		return true // a grid's frame line, however wide the grid
	}
	if len(s) > 240 {
		return false
	}
	if len(s) <= 40 {
		if ruleFirst.has(r) && isRule(s) {
			return true
		}
		if docmeta.PageNumber(s) || isContinuedTable(s) {
			return true
		}
	}
	return page.Furniture(s)
}
