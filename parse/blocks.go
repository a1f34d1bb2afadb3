package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/parse/internal/docmeta"
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
	"github.com/zwgk/gongwen/segment/script"
)

// blockKind tells what a block of the plan region is.
type blockKind uint8

const (
	blockPara   blockKind = iota // a paragraph of prose (lines joined)
	blockRow                     // a table row
	blockHeader                  // a table header row
)

// block is a paragraph or a table row of the plan region.
type block struct {
	s          source.Str   // paragraph text
	cells      []source.Str // row cells
	line       int          // index of its first line
	lay        *layout      // a header's typed columns (typeTables)
	kind       blockKind
	afterBreak bool // a row that follows a repeated header (a page break)
	short      bool // a last row the end of the text cut short
	atEnd      bool // a row at the end of the text
	lostEmpty  bool // a row of a rendering that left no trace of empty cells
	unitDoubt  bool // its lone units may be the lead or the secondary column's (table.Row.UnitDoubt)
}

// terminal runes end a paragraph: a line ending in one is complete.
const terminal = "。！？!?；;：:」』”）)〕]】"

// assembleBlocks turns the region's lines into paragraphs and table rows:
// table rows (tab, pipe and one-cell-per-line renderings) become row blocks;
// prose lines broken in mid-sentence (page breaks, fixed-width wrapping)
// are joined back into paragraphs. The array is drawn from blockArrays,
// for the caller to give back once the blocks are read.
func assembleBlocks(lines []line, from, to int) []block {
	// About a block a line, and room for the header blocks typeTables
	// adds before headless tables.
	out := blockArrays.Get(textLines(lines, from, to) + 2)
	v := tableVocab.Memo() // cells are classified again and again
	defer v.Release()
	var para paragraph // the paragraph being joined, when open
	open := false
	flush := func() {
		if open {
			out = append(out, para.block())
			open = false
		}
	}
	// mayStart tells by lines[i] alone whether a table or a column name
	// may start there: a column name or a header line is short, and
	// most prose lines are told by themselves (table.MayStart).
	mayStart := func(i int) bool {
		return len(lines[i].s.S) <= maxTableStart && table.MayStart(tableLine(lines[i]))
	}
	var tl []table.Line // the lines as the table reader sees them, made on first need
	release := func() {}
	defer func() { release() }()
	// tableAt reads a table starting at lines[i], which mayStart let by.
	tableAt := func(i int) (table.Grid, bool) {
		if tl == nil {
			tl, release = tableLines(lines)
		}
		if g, ok := table.LabelBlocks(tl, i, to); ok {
			return g, true
		}
		if g, ok := table.CellLines(tl, i, to, v); ok {
			return g, true
		}
		if g, ok := table.RawCells(tl, i, to, v); ok {
			return g, true
		}
		// Cells one space parted and wrapped at narrow columns drifting
		// from line to line: the column reader places them by position
		// and the spaced reader takes a line for a row, wrongly.
		dg, drifting := table.Drifting(tl, i, to, v)
		if g, ok := table.Columns(tl, i, to); ok {
			// Rows typed with gaps but not aligned (a Word table whose 序号
			// cells were left empty) give the column reader a row or two
			// and the spaced reader the whole table: the longer reading wins.
			if sg, ok := table.Spaced(tl, i, to); ok && sg.Lines > g.Lines {
				g = sg
			}
			if drifting && dg.Drifted && driftWins(dg, g) {
				return dg, true
			}
			return g, true
		}
		if drifting && dg.Drifted {
			return dg, true
		}
		if g, ok := table.Spaced(tl, i, to); ok {
			return g, true
		}
		if drifting {
			return dg, true
		}
		return table.Numbered(tl, i, to, v)
	}
	// cardAt reads a task card starting at lines[i], its title or its
	// first field (table.ReadCard); a row of more than two cells opens
	// none, nor a text line that is no title over a row or a field line.
	cardAt := func(i int) (table.Card, bool) {
		if table.Filled(lines[i].cells) > 2 || lines[i].kind == lineText && !cardTitleOver(lines, i, to) {
			return table.Card{}, false
		}
		if tl == nil {
			tl, release = tableLines(lines)
		}
		return table.ReadCard(tl, i, to)
	}
	// addCard adds a card read at lines[i], its title a heading paragraph
	// over a table of one row, and returns the index of its last line.
	addCard := func(c table.Card, i int) int {
		flush()
		if c.TitleLines > 0 {
			out = append(out, block{kind: blockPara, s: c.Title, line: i})
		}
		out = append(out, gridBlocks(c.Grid, i+c.TitleLines)...)
		return i + c.TitleLines + c.Grid.Lines - 1
	}
	headerSeen := false
	width := 0    // columns of the last header row
	wrapEnd := -1 // the last line a wrapped row joined to the row above (wrappedRow)
	for i := from; i < to; i++ {
		ln := lines[i]
		if ln.used {
			flush()
			continue
		}
		switch ln.kind {
		case lineBlank, lineNoise:
			continue
		case lineTabRow, linePipeRow:
			if c, ok := cardAt(i); ok {
				i = addCard(c, i)
				continue
			}
			if next, ok := notPlanTable(lines, i, to); ok {
				flush() // a form to fill in, a register, a schedule: its rows are no plan content
				i = next - 1
				continue
			}
			if !inTable(out) && captionsAboveHeader(lines, i, to) {
				flush() // a sheet's title or 填报单位 line, above its header
				continue
			}
			if inTable(out) && table.NoteRow(ln.cells) {
				flush() // a note padded to the sheet's width ends the table
				para.start(ln.cells[0].TrimSpace(), i)
				open = true
				continue
			}
			if oneCellRow(ln) && mayStart(i) {
				if g, ok := tableAt(i); ok {
					flush()
					out = append(out, gridBlocks(g, i)...)
					i += g.Lines - 1
					continue
				}
			}
			flush()
			if len(ln.cells) == 0 {
				continue
			}
			if g, ok := transposedAt(lines, i, to); ok {
				out = append(out, gridBlocks(g, i)...)
				headerSeen = true
				width = len(g.Header)
				i += g.Lines - 1
				continue
			}
			if o, n, ok := matrixHeader(lines, i, to, v, out); ok {
				out = o
				width = len(out[len(out)-1].cells)
				headerSeen = true
				i += n - 1
				continue
			}
			if g, ok := table.RunTogether(ln.cells, width, v); ok {
				rows := gridBlocks(g, i)
				for k := range rows {
					rows[k].line = i
				}
				rows[len(rows)-1].atEnd = lastLine(lines, i)
				out = append(out, rows...)
				headerSeen = true
				if len(g.Header) > 0 {
					width = len(g.Header)
				}
				continue
			}
			if isHeaderRow(ln.cells) {
				width = len(ln.cells)
				hb := block{kind: blockHeader, cells: ln.cells, line: i}
				if k := len(out) - 1; !headerSeen && k >= 0 && loneRowAbove(out, len(ln.cells)) {
					// A converter moved the header below the first row:
					// the header types that row too.
					out = append(out[:k], hb, out[k])
					out[k+1].afterBreak = true
				} else {
					out = append(out, hb)
				}
				headerSeen = true
				continue
			}
			cells := ln.cells
			if joined, n, ok := softBrokenRow(lines, i, to, width); ok {
				cells = joined
				i += n - 1
			}
			if k := len(out) - 1; k >= 0 && (out[k].line == i-1 || wrapEnd == i-1) {
				if joined, ok := wrappedRow(v, out[k], cells); ok {
					out[k].cells, out[k].atEnd = joined, lastLine(lines, i)
					wrapEnd = i
					continue
				}
			}
			b := block{kind: blockRow, cells: cells, line: i, atEnd: lastLine(lines, i)}
			if len(out) > 0 && out[len(out)-1].kind == blockHeader && headerSeen {
				b.afterBreak = true
			}
			out = append(out, b)
			continue
		}
		// text line
		may := mayStart(i) // tables and column names start only there
		if may {
			if g, ok := tableAt(i); ok {
				flush()
				out = append(out, gridBlocks(g, i)...)
				i += g.Lines - 1
				continue
			}
		}
		if isBareNumber(ln.s.S) {
			continue // a page number left in running text
		}
		if c, ok := cardAt(i); ok {
			i = addCard(c, i)
			continue
		}
		if !open && inTable(out) && (nextIsRow(lines, i+1, to) || out[len(out)-1].kind == blockRow && out[len(out)-1].line == i-1 && !endsRow(v, out[len(out)-1].cells) && !headingStarts(ln.s.S)) && !table.SpeaksOfTable(ln.s.S) {
			// A row that kept one cell, between rows or right under
			// one that stops short of its units: tab and pipe
			// renderings lose their separators with the empty cells.
			// Under a row that ends in its units or deadline, or
			// speaking of the table, the line is the prose after it;
			// right under the last row, a 一、 or （一） heading
			// (二、重点任务) is the plan going on after the table.
			out = append(out, block{kind: blockRow, cells: []source.Str{ln.s}, line: i, afterBreak: out[len(out)-1].kind == blockHeader && headerSeen})
			continue
		}
		if may {
			if n, hb := headerLines(lines, i, to); n > 0 {
				flush()
				out = append(out, hb)
				i += n - 1
				continue
			}
		}
		if open && para.continues(ln.s.S) {
			para.join(ln.s)
			continue
		}
		flush()
		para.start(ln.s, i)
		open = true
	}
	flush()
	return typeTables(out, v)
}

// cardTitleOver tells by the lines alone whether the text line lines[i]
// may title a task card: it opens with an ordinal, and the next line is a
// row or a line with a colon near its start (工作内容：…).
func cardTitleOver(lines []line, i, to int) bool {
	if i+1 >= to {
		return false
	}
	next := lines[i+1]
	switch {
	case next.kind == lineTabRow || next.kind == linePipeRow:
	case next.kind == lineText && hasColon(next.s.S[:min(len(next.s.S), maxCardLabelBytes)]):
	default:
		return false
	}
	_, ok := ord.Read(strings.TrimSpace(lines[i].s.S))
	return ok
}

// maxCardLabelBytes bounds where the colon of a card's field line stands:
// a column name with a qualifier.
const maxCardLabelBytes = 64

// oneCellRow reports a table row that holds one cell: a pipe line with at
// most one ("内容 |") or a cell closed by a tab ("内容\t"), as a table
// copied one cell a line gives them; a table may start there.
func oneCellRow(ln line) bool {
	if ln.kind == linePipeRow {
		return len(ln.cells) <= 1
	}
	return len(ln.cells) == 2 && ln.cells[1].Len() == 0
}

// pageFurniture reports a line a page break or a web page left between
// two lines of the text (a page number, a share widget): noise that parts
// nothing.
func pageFurniture(ln line) bool {
	return ln.kind == lineNoise && (docmeta.PageNumber(ln.s.S) || docmeta.Furniture(ln.s.S))
}

// maxSoftBreaks bounds the lines a row broken inside its cells may take.
const maxSoftBreaks = 4

// softBrokenRow joins a tab row that a DOCX export broke inside its cells
// (soft line breaks: 1.…\n2.… in one cell, one unit per line): a row that
// opens with its number but has fewer cells than the header, whose next
// lines, each continuing the last cell of the line before, give exactly
// the header's count. A next line that opens with a bare row number starts
// a row of its own; a row without its number is one that lost the cells
// of merged columns, not one broken inside. A page number or other page
// furniture between the lines (a page break inside the row) is skipped.
// It returns the cells and the lines used.
func softBrokenRow(lines []line, i, to, width int) ([]source.Str, int, bool) {
	cells := lines[i].cells
	if lines[i].kind != lineTabRow || width == 0 || len(cells) >= width || !isBareNumber(cells[0].S) {
		return nil, 0, false
	}
	for j, n := i+1, 1; j < to && n <= maxSoftBreaks; j++ {
		ln := lines[j]
		next := ln.cells
		switch {
		case ln.used:
			return nil, 0, false
		case pageFurniture(ln):
			continue // a page break inside the row: no line of it
		case ln.kind == lineText:
			next = []source.Str{ln.s.TrimSpace()}
		case ln.kind != lineTabRow || len(next) == 0 || isBareNumber(next[0].S):
			return nil, 0, false
		}
		n++
		joined := make([]source.Str, 0, len(cells)+len(next)-1)
		joined = append(joined, cells[:len(cells)-1]...)
		joined = append(joined, source.Join([]source.Str{cells[len(cells)-1], next[0]}, "\n"))
		cells = append(joined, next[1:]...)
		switch {
		case len(cells) == width:
			return cells, j - i + 1, true
		case len(cells) > width:
			return nil, 0, false
		}
	}
	return nil, 0, false
}

// textLines counts the lines from..to-1 that are neither blank nor noise.
func textLines(lines []line, from, to int) int {
	n := 0
	for i := from; i < to; i++ {
		if k := lines[i].kind; k != lineBlank && k != lineNoise {
			n++
		}
	}
	return n
}

// inTable reports that the last block is a table row or header.
func inTable(out []block) bool {
	return len(out) > 0 && out[len(out)-1].kind != blockPara
}

// maxOneCellRows bounds a run of rows that kept one cell each.
const maxOneCellRows = 4

// nextIsRow reports that a tab or pipe row follows lines[i:], after blank
// lines and at most a few text lines (more rows that kept one cell).
func nextIsRow(lines []line, i, to int) bool {
	for texts := 0; i < to && texts < maxOneCellRows; i++ {
		switch lines[i].kind {
		case lineBlank, lineNoise:
		case lineTabRow, linePipeRow:
			return len(lines[i].cells) > 1
		default:
			texts++
		}
	}
	return false
}

// maxTableStart bounds the first line of a table without markup: a column
// name, or the column names flattened to one line.
const maxTableStart = 240

// lastLine reports that nothing but blank lines follows lines[i].
func lastLine(lines []line, i int) bool {
	for _, ln := range lines[i+1:] {
		if ln.kind != lineBlank && ln.kind != lineNoise {
			return false
		}
	}
	return true
}

func isBareNumber(s string) bool {
	if s == "" || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// paragraph is the paragraph of prose assembleBlocks is joining, line by
// line. Its text grows in a source.Builder, and what continues asks of the
// whole of it is searched for only in the text joined since it last
// asked: a paragraph of n lines is read and copied in time linear in its
// length, not once more for every line joined to it.
type paragraph struct {
	s        source.Str // its first line, or all of it once block is called
	line     int        // the index of its first line
	parts    source.Builder
	joined   bool // lines were joined to s: the text is in parts
	depth    int  // brackets left open at its end (bracketDepth)
	punct    bool // one of proseMarks is in its first punctTo bytes
	punctTo  int
	lastStop int // the offset of the last 。 in its first stopTo bytes, or -1
	stopTo   int
}

// proseMarks are the punctuation by which continues tells a paragraph
// that reads like prose.
const proseMarks = "。，；、,"

// start opens a paragraph at s, the text of lines[line].
func (p *paragraph) start(s source.Str, line int) {
	*p = paragraph{s: s, line: line, depth: bracketDepth(0, s.S), lastStop: -1}
}

// text returns the paragraph's text so far.
func (p *paragraph) text() string {
	if p.joined {
		return p.parts.String()
	}
	return p.s.S
}

// join adds the next line of the paragraph.
func (p *paragraph) join(s source.Str) {
	if !p.joined {
		p.parts.Grow(p.s, s)
		p.parts.Add(p.s)
		p.joined = true
	}
	p.parts.Add(s)
	p.depth = bracketDepth(p.depth, s.S)
}

// hasPunct reports whether the paragraph holds one of proseMarks.
func (p *paragraph) hasPunct() bool {
	if !p.punct {
		s := p.text()
		p.punct = source.ContainsAny(s[resume(s, p.punctTo):], proseMarks)
		p.punctTo = len(s)
	}
	return p.punct
}

// stopFrom reports whether the paragraph holds a 。 at or after byte at.
func (p *paragraph) stopFrom(at int) bool {
	s := p.text()
	from := resume(s, p.stopTo)
	if k := strings.LastIndex(s[from:], "。"); k >= 0 {
		p.lastStop = from + k
	}
	p.stopTo = len(s)
	return p.lastStop >= at
}

// resume returns where a search of s for whole runes goes on once its
// first to bytes were searched: at to, unless they end in a broken rune
// (invalid UTF-8) that the bytes after may complete — then from the start.
// After a whole rune no rune can straddle offset to.
func resume(s string, to int) int {
	if r, size := utf8.DecodeLastRuneInString(s[:to]); r == utf8.RuneError && size == 1 {
		return 0
	}
	return to
}

// block returns the paragraph as a block, its lines joined.
func (p *paragraph) block() block {
	if p.joined {
		p.s, p.joined = p.parts.Str(), false
	}
	return block{kind: blockPara, s: p.s, line: p.line}
}

// continues decides whether next continues the paragraph, which was
// broken in mid-sentence.
func (p *paragraph) continues(next string) bool {
	prev := p.text()
	unbalanced := p.depth > 0 // an opening bracket left open at the end of prev
	last, _ := script.DecodeLastRune(prev)
	if source.InSet(terminal, last) && !unbalanced {
		return false
	}
	if _, ok := ord.Read(next); ok && !unbalanced {
		return false
	}
	if _, _, ok := matchLabel(next); ok {
		return false
	}
	if l, _, ok := matchLabel(prev); ok && l.kind != labelIgnore {
		// A field line (责任单位：…) continues only with the rest of a
		// name cut by a page break, never with a sentence.
		return !strings.ContainsAny(next, "。，；,;：:") && !source.MoreRunes(next, 20)
	}
	if unbalanced {
		return true
	}
	// A heading line with no sentence in it is complete (a title), unless
	// the next line finishes the title in a word or two and runs on:
	// （二）推进重大建设项目信息 / 公开。按照…
	if o, ok := ord.Read(prev); ok {
		if p.stopFrom(o.Size) { // a 。 after the ordinal
			return true
		}
		k := source.Index(next, "。")
		return k > 0 && utf8.RuneCountInString(next[:k]) <= 4 && !strings.ContainsAny(next[:k], "，、；：,;:（）()") && source.MoreRunes(next, k+6)
	}
	// Prose broken in mid-sentence: the previous line reads like prose.
	return source.MoreRunes(prev, 11) && p.hasPunct()
}

// bracketDepth returns the brackets left open at the end of s, from depth
// open before it: a paragraph's depth is read line by line as it joins.
// It reads bytes: an ideograph (most of a line) is passed over by its lead
// byte, and a bracket told by its three bytes where the lead byte is one
// of the CJK marks' (E3, EF), without decoding a rune.
func bracketDepth(depth int, s string) int {
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b >= 0xE4 && b <= 0xE9: // an ideograph of U+4000–U+9FFF: never a bracket
			if threeBytes(s, i) {
				i += 2
			}
		case b == '(':
			depth++
		case b == ')':
			depth = max(depth-1, 0)
		case (b == 0xE3 || b == 0xEF) && threeBytes(s, i):
			switch s[i : i+3] {
			case "（", "〔", "【", "［":
				depth++
			case "）", "〕", "】", "］":
				depth = max(depth-1, 0)
			}
			i += 2
		}
	}
	return depth
}

// threeBytes reports that s[i] is followed by two continuation bytes.
func threeBytes(s string, i int) bool {
	return i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80
}

// headerLines recognises column names standing one per line above a table
// whose cells did not survive as a grid (工作任务 / 责任单位, then prose and
// unit lines): at least two lines, each a column name.
func headerLines(lines []line, i, to int) (int, block) {
	var cells []source.Str
	j := i
	for ; j < to; j++ {
		ln := lines[j]
		if ln.kind == lineBlank {
			continue
		}
		if ln.kind != lineText || ln.used {
			break
		}
		if _, _, ok := headerRole(ln.s.S); !ok {
			break
		}
		cells = append(cells, ln.s)
	}
	if len(cells) < 2 {
		return 0, block{}
	}
	return j - i, block{kind: blockHeader, cells: cells, line: i}
}

// captionsAboveHeader reports that the tab row lines[i] and any after it
// up to a header row are a sheet's lines padded to its width
// (table.SheetCaption), blank lines between: the search for the header
// goes on under them.
func captionsAboveHeader(lines []line, i, to int) bool {
	for j := i; j < to; j++ {
		switch ln := lines[j]; {
		case ln.kind == lineBlank || ln.kind == lineNoise:
		case ln.kind != lineTabRow:
			return false
		case j > i && isHeaderRow(ln.cells):
			return true
		case !table.SheetCaption(ln.cells):
			return false
		}
	}
	return false
}

// loneRowAbove reports that the last block is a table row of width cells
// that stands alone: no row or header before it (the text above it is
// prose).
func loneRowAbove(out []block, width int) bool {
	k := len(out) - 1
	if out[k].kind != blockRow || len(out[k].cells) != width {
		return false
	}
	return k == 0 || out[k-1].kind == blockPara
}

// driftWins reports whether the drifting reading dg stands over the
// column reading g of the same lines: it reads more lines, or as many
// when g has no proof of its own that its positions hold (cells cut at
// names that all fit a numbered table, or numbered rows all read as
// cell blocks).
func driftWins(dg, g table.Grid) bool {
	if dg.Lines != g.Lines {
		return dg.Lines > g.Lines
	}
	return !(g.Blocks || g.CutFits && numberedRows(g))
}

// numberedRows reports a grid each row of which opens with its number in
// the first column or is a group row (一、… alone): a reading by position
// that kept every row whole.
func numberedRows(g table.Grid) bool {
	for _, r := range g.Rows {
		if len(r.Cells) == 0 {
			return false
		}
		if table.IsNumber(strings.TrimSpace(r.Cells[0].S)) {
			continue
		}
		if !loneGoalHeading(r.Cells) {
			return false
		}
	}
	return true
}
