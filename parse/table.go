package parse

import (
	"slices"
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/pool"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
	"github.com/zwgk/gongwen/parse/internal/timex"
)

// colRole is what a table column holds (package table types columns).
type colRole = table.Role

// tableVocab is what the table reader needs to know about cell texts: the
// clause reader's idea of a unit list, and deadline phrases.
var tableVocab = table.Vocab{IsUnits: isUnitList, IsDeadline: isDeadlinePhrase}

// isUnitList reports a cell that is only a list of units, bare or under
// role labels (牵头：市财政局；配合：市税务局), a bracket closing the last
// name included (县数据资源局（联系电话：…）, a contact the unit reader
// sets aside).
func isUnitList(s string) bool {
	if source.MoreRunes(s, 120) {
		return false
	}
	p := source.New(s).At(0, len(s))
	if _, ok := bareUnitList(p); ok {
		return true
	}
	if c, ok := unitLine(p); ok && len(c.units) > 0 {
		return true
	}
	if t := org.StripTrailingBracket(s); len(t) < len(s) && t != "" {
		return isUnitList(t)
	}
	return false
}

// maxDeadlineRunes bounds a deadline cell: longer text is content.
const maxDeadlineRunes = 20

// isDeadlinePhrase reports a cell that is a deadline (2022年6月底前, 长期坚持,
// 持续推进, 全年), as package timex reads a 时限 cell: short, without a full
// stop, and starting with the deadline timex finds in it; or a cell that
// is nothing but how often the work recurs (每年, 每季度, 每半年). The cell is
// folded by a folder of readCommitments' pool (folders).
func isDeadlinePhrase(s string) bool {
	if source.MoreRunes(s, maxDeadlineRunes) || strings.ContainsAny(s, "。；;") {
		return false
	}
	f := folders.Get().(*timex.Folder)
	defer folders.Put(f)
	folded := f.Fold(s)
	if ms := folded.Deadlines(timex.Ref{}, true); len(ms) > 0 {
		return ms[0].Start == 0
	}
	fs := folded.Frequencies() // a 时限 cell saying how often: 每年, 每季度
	return len(fs) == 1 && fs[0].Start == 0 && strings.TrimSpace(s[fs[0].End:]) == ""
}

// endsRow reports a row whose last filled cell is a unit list or a
// deadline: it reaches the end of its table row.
func endsRow(v table.Vocab, cells []source.Str) bool {
	for j := len(cells) - 1; j >= 0; j-- {
		if cells[j].Len() > 0 {
			t := v.Classify(cells[j].S)
			return t == table.UnitsCell || t == table.DeadlineCell
		}
	}
	return false
}

// headerRole types a column name.
func headerRole(cell string) (colRole, model.Role, bool) { return table.HeaderRole(cell) }

// isColumnName reports a table column name (工作任务, 责任单位): a line
// holding one is not a title.
func isColumnName(s string) bool {
	return table.IsColumnName(s)
}

// isHeaderRow is true when most non-empty cells are column names and at
// least two are.
func isHeaderRow(cells []source.Str) bool { return table.IsHeaderRow(cells) }

// layout maps the columns of a table to their roles. cols tells, for each
// column, how its role was decided (header, content or position).
type layout struct {
	roles     []colRole
	unitRoles []model.Role
	cols      []table.Column
	legend    table.Legend // what a matrix's marks mean (matrixLegend)
}

func layoutOf(cols []table.Column) layout {
	l := layout{cols: cols}
	for _, c := range cols {
		l.roles = append(l.roles, c.Role)
		l.unitRoles = append(l.unitRoles, c.Unit)
	}
	return l
}

// layoutFromHeader types columns from a header row alone.
func layoutFromHeader(cells []source.Str) layout {
	return layoutOf(tableVocab.Type(table.Grid{Header: cells}).Columns)
}

// merge overlays the column roles of a second header row on the first.
func (l layout) merge(next layout) layout {
	out := layout{}
	for i := 0; i < max(len(l.roles), len(next.roles)); i++ {
		c := table.Column{}
		if i < len(l.cols) {
			c = l.cols[i]
		}
		if i < len(next.cols) && next.cols[i].Role != table.Unknown {
			c = next.cols[i]
		}
		out.cols = append(out.cols, c)
	}
	return layoutOf(out.cols)
}

// guessLayout is used for rows met before any table was typed: the common
// 目标/任务/内容/单位 orders by column count.
func guessLayout(n int) layout {
	return layoutOf(tableVocab.Type(table.Grid{Rows: []table.Row{{Cells: make([]source.Str, n)}}}).Columns)
}

// row is a table row interpreted through its layout.
type row struct {
	goal, task, seq, content, deadline source.Str
	units                              []unitCell
	afterBreak                         bool
}

type unitCell struct {
	s    source.Str
	role model.Role
}

// appendSlashPair appends the units of a cell of a column named for two
// (牵头单位/配合单位): those before its first slash in the first role,
// those after it in the second; a cell without a slash names the first
// column's units alone.
func appendSlashPair(units []unitCell, c source.Str, first, second model.Role) []unitCell {
	k, n := source.Index(c.S, "/"), 1
	if w := source.Index(c.S, "／"); w >= 0 && (k < 0 || w < k) {
		k, n = w, len("／")
	}
	if k < 0 {
		return append(units, unitCell{s: c, role: first})
	}
	if a := c.Slice(0, k).TrimSpace(); a.Len() > 0 {
		units = append(units, unitCell{s: a, role: first})
	}
	if b := c.From(k + n).TrimSpace(); b.Len() > 0 {
		units = append(units, unitCell{s: b, role: second})
	}
	return units
}

func (l layout) read(b block) row {
	r := row{afterBreak: b.afterBreak}
	for i, c := range b.cells {
		if i >= len(l.roles) || c.Len() == 0 {
			continue
		}
		switch l.roles[i] {
		case table.Goal:
			r.goal = c
		case table.Task:
			r.task = c
		case table.Seq:
			r.seq = c
		case table.Content:
			if r.content.Len() == 0 {
				r.content = c
			} else {
				r.content = source.Join([]source.Str{r.content, c}, "\n")
			}
		case table.Units:
			if l.cols[i].Marks {
				if ro, ok := l.legend.MarkRole(c.S); ok {
					r.units = append(r.units, unitCell{s: l.cols[i].Name, role: ro})
				}
				continue
			}
			if then := l.cols[i].Then; then != "" {
				r.units = appendSlashPair(r.units, c, l.unitRoles[i], then)
				continue
			}
			r.units = append(r.units, unitCell{s: c, role: l.unitRoles[i]})
		case table.Deadline:
			r.deadline = c
		}
	}
	return r
}

// tableLineArrays holds the arrays tableLines fills: a document's lines as
// the table reader sees them are needed only while its blocks are
// assembled (the grids read keep the lines' texts and cells, not the
// array), so one document's array serves the next. A huge text's array is
// not kept (pool.MaxLen): held by the pool, it stayed live through the
// rest of the parse, 0.2 times the text at the peak of a 100 MB plan.
var tableLineArrays pool.Arrays[table.Line]

// tableLines gives the table reader the lines, in an array of
// tableLineArrays; release hands it back.
func tableLines(lines []line) (tl []table.Line, release func()) {
	tl = tableLineArrays.Get(len(lines))[:len(lines)]
	for i, ln := range lines {
		tl[i] = tableLine(ln)
	}
	return tl, func() { tableLineArrays.Put(tl) }
}

// columnHeaderAt reports a column table's header at lines[i], its names
// on one line or wrapped over the next few (table.HeaderAt).
func columnHeaderAt(lines []line, i int) bool {
	var tl [table.MaxHeaderLines]table.Line
	n := 0
	for k := i; k < len(lines) && n < len(tl); k++ {
		tl[n] = tableLine(lines[k])
		n++
	}
	return table.HeaderAt(tl[:n], 0, n)
}

// tableLine is a line as the table reader sees it.
func tableLine(ln line) table.Line {
	k := table.Text
	switch ln.kind {
	case lineBlank:
		k = table.Blank
	case lineNoise:
		k = table.Noise
	case lineTabRow:
		k = table.TabRow
	case linePipeRow:
		k = table.PipeRow
	}
	return table.Line{S: ln.s, Kind: k, Cells: ln.cells, Used: ln.used, Indent: int(ln.indent), Page: ln.page}
}

// gridBlocks turns a grid a recogniser read into a header block and row
// blocks; typeTables types them with the other tables of the region.
func gridBlocks(g table.Grid, line int) []block {
	out := make([]block, 0, len(g.Rows)+1)
	if len(g.Header) > 0 {
		out = append(out, block{kind: blockHeader, cells: g.Header, line: line})
	}
	for _, r := range g.Rows {
		out = append(out, block{kind: blockRow, cells: r.Cells, line: r.Line, short: r.Cut, afterBreak: r.AfterBreak, lostEmpty: g.LostEmpty})
	}
	if g.AtEnd && len(out) > 0 {
		out[len(out)-1].atEnd = true
	}
	return out
}

// typeTables types the columns of every table in the blocks and aligns
// its rows: a table is a header (two header rows in a row are one header)
// with the rows that follow it, a repeat of the header after a page break
// included. Rows before any header form a table of their own when they
// make a regular grid; it gets a header block with no cells to carry its
// layout. Looser rows (a report's flattened tables) are left to the tree,
// which reads them by position.
func typeTables(blocks []block, v table.Vocab) []block {
	type segment struct {
		header      []source.Str
		heads, rows []int // indexes in blocks
	}
	var segs []segment
	var cur *segment
	prevHeader := false
	for i, b := range blocks {
		switch b.kind {
		case blockHeader:
			switch {
			case prevHeader:
				cur.header = table.MergeHeaders(cur.header, b.cells)
			case cur != nil && len(cur.heads) > 0 && table.SameCells(cur.header, b.cells):
				// The header repeated after a page break.
			default:
				segs = append(segs, segment{header: b.cells})
				cur = &segs[len(segs)-1]
			}
			cur.heads = append(cur.heads, i)
		case blockRow:
			if cur == nil {
				segs = append(segs, segment{})
				cur = &segs[len(segs)-1]
			}
			cur.rows = append(cur.rows, i)
		}
		prevHeader = b.kind == blockHeader
	}
	synthetic := map[int]*layout{} // first row index → layout of a headless table
	for _, sg := range segs {
		g := table.Grid{Header: sg.header, Rows: make([]table.Row, 0, len(sg.rows)), LostEmpty: len(sg.rows) > 0}
		for _, k := range sg.rows {
			g.Rows = append(g.Rows, table.Row{Cells: blocks[k].cells, Cut: blocks[k].short})
			g.LostEmpty = g.LostEmpty && blocks[k].lostEmpty
		}
		if len(sg.rows) > 0 {
			g.AtEnd = blocks[sg.rows[len(sg.rows)-1]].atEnd
		}
		if len(sg.heads) == 0 && !table.Regular(g.Rows) {
			continue
		}
		t := v.Type(g)
		l := layoutOf(t.Columns)
		if hasMarks(t.Columns) && len(sg.heads) > 0 && len(sg.rows) > 0 {
			l.legend = matrixLegend(blocks, sg.heads[0], sg.rows[len(sg.rows)-1])
		}
		for _, k := range sg.heads {
			blocks[k].lay = &l
		}
		for i, k := range sg.rows {
			blocks[k].cells = t.Rows[i].Cells
			blocks[k].short = t.Rows[i].Cut
			blocks[k].unitDoubt = t.Rows[i].UnitDoubt
		}
		if len(sg.heads) == 0 {
			synthetic[sg.rows[0]] = &l
		}
	}
	blocks = slices.DeleteFunc(blocks, func(b block) bool { return b.kind == blockLegend })
	if len(synthetic) == 0 {
		return blocks
	}
	// The header blocks go in from the end, in the room assembleBlocks
	// left (a block a line) when there is enough.
	n := len(blocks)
	blocks = slices.Grow(blocks, len(synthetic))[:n+len(synthetic)]
	w := len(blocks)
	for i := n - 1; i >= 0; i-- {
		w--
		blocks[w] = blocks[i]
		if l, ok := synthetic[i]; ok {
			w--
			blocks[w] = block{kind: blockHeader, line: blocks[i].line, lay: l}
		}
	}
	return blocks
}

// layout returns the layout of a header block: the one typeTables gave it,
// else the one its names give.
func (b block) layout() layout {
	if b.lay != nil {
		return *b.lay
	}
	return layoutFromHeader(b.cells)
}

// unreadTables returns the spans of the paragraphs that are a table's
// header by themselves (table.HeaderLine): a table no recogniser read,
// whose rows went into the tree as prose.
func unreadTables(src *source.Source, blocks []block) []model.Span {
	var out []model.Span
	for _, b := range blocks {
		if b.kind == blockPara && b.s.Len() <= maxTableStart && table.HeaderLine(b.s.S) {
			out = append(out, src.SpanAll(b.s))
		}
	}
	return out
}
