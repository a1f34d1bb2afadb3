package table

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/role"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
)

// singleCell returns the cell of a line that holds one table cell: a text
// line, a pipe line with at most one cell ("内容 |"), or a cell followed by
// a tab ("内容\t": a page copied one cell a line, each closed by its tab).
func singleCell(ln Line) (source.Str, bool) {
	switch ln.Kind {
	case Text:
		return ln.S, true
	case TabRow:
		if len(ln.Cells) == 2 && ln.Cells[1].Len() == 0 {
			return ln.Cells[0], true
		}
	case PipeRow:
		switch len(ln.Cells) {
		case 0:
			return source.Str{}, true
		case 1:
			return ln.Cells[0], true
		}
	}
	return source.Str{}, false
}

// maxUnknownHeader bounds a column name the word list does not know
// (民生实事): a short phrase without punctuation.
const maxUnknownHeader = 8

// headerish reports a cell that may be a column name.
func headerish(s string) (known, ok bool) {
	if _, _, k := HeaderRole(s); k {
		return true, true
	}
	if source.MoreRunes(s, maxUnknownHeader) || IsNumber(s) || strings.ContainsAny(s, "，。、；：,.;:（）()") {
		return false, false
	}
	return false, true
}

// headerLines reads column names standing one per line from lines[i]: the
// first must be a known column name, unknown names count only between
// known ones. It returns the names, the index of the line after them and
// how many of them are known.
func headerLines(lines []Line, i, to int) ([]source.Str, int, int) {
	var heads []source.Str
	end, lastKnown, known := i, -1, 0
	for j := i; j < to; j++ {
		ln := lines[j]
		if ln.Used {
			break
		}
		if ln.Kind == Blank || ln.Kind == Noise {
			continue
		}
		c, ok := singleCell(ln)
		if !ok || c.Len() == 0 {
			break
		}
		k, ok := headerish(c.S)
		if !ok || len(heads) == 0 && !k {
			break
		}
		heads = append(heads, c)
		if k {
			known++
			lastKnown, end = len(heads), j+1
		}
	}
	return heads[:max(lastKnown, 0)], end, known
}

// taskAndUnits reports a header of two known names, a task or content
// column then a unit column (工作任务 / 责任单位): the one table of two
// columns a header of names alone on their lines starts.
func taskAndUnits(heads []source.Str, known int) bool {
	if len(heads) != 2 || known != 2 {
		return false
	}
	first, _, _ := HeaderRole(heads[0].S)
	second, _, _ := HeaderRole(heads[1].S)
	return (first == Task || first == Content) && second == Units
}

// CellLines recognises a table rendered one cell per line, as a web page
// that lost its table markup gives it: at least three column names each on
// its own line (two of them known), then the cells. Blank lines and bare |
// lines between cells are ignored; cells ending in " |" with "||" lines
// between rows keep their row boundaries and empty cells. Otherwise rows
// are cut where a row number (序号) stands, where a first-level heading
// stands, and where a cell can only belong to a column left of the cell
// before it. It returns ok false when lines[i] starts no such table.
func CellLines(lines []Line, i, to int, v Vocab) (Grid, bool) {
	heads, j, known := headerLines(lines, i, to)
	if len(heads) < 3 && !taskAndUnits(heads, known) || known < 2 {
		return Grid{}, false
	}
	if end := lonePipesAfter(lines, j, to); pipeRowNext(lines, end, to) {
		// Cells ending in " |" with "||" between rows: the header keeps
		// its empty cells, so that a second header row can be merged —
		// an export's empty first and last columns too, as its rows do.
		j = end
		heads = pipeCells(lines, lonePipesBefore(lines, i), j)
	} else {
		heads = regroup(heads)
	}
	g := Grid{Header: heads}
	cols := HeaderColumns(heads)
	seqCol := -1
	for c, col := range cols {
		if col.Role == Seq {
			seqCol = c
			break
		}
	}
	if seqCol < 0 && firstCellIsNumber(lines, j, to) {
		// An unheaded 序号 column: Type widens the table by it.
		cols = append([]Column{{Role: Seq, By: ByContent}}, cols...)
		seqCol = 0
	}
	rc := rowCutter{cols: cols, seqCol: seqCol, v: v}
	var cur []source.Str // the row being read in pipe mode
	curLine := j
	emit := func() {
		rc.flush()
		if len(rc.rows) == 0 && IsHeaderRow(cur) {
			// The second row of a two-row header.
			heads = MergeHeaders(heads, cur)
			g.Header, cols = heads, HeaderColumns(heads)
			rc.cols, cur = cols, nil
			return
		}
		if len(cur) > 0 {
			rc.rows = append(rc.rows, Row{Cells: cur, Line: curLine, AfterBreak: rc.afterBreak})
			rc.afterBreak = false
		}
		cur = nil
	}
	pipeMode := false
	spaced := blankSeparated(lines, i, j)
	goals := goalRows{above: goalAbove(lines, i)}
	k := j
	for ; k < to; k++ {
		ln := lines[k]
		if ln.Used {
			break
		}
		if ln.Kind == PipeRow && len(ln.Cells) == 0 { // "||": a row boundary
			pipeMode = true
			emit()
			continue
		}
		if ln.Kind == Blank {
			continue
		}
		if ln.Kind == Noise {
			if pipeMode && emptyCell(ln) {
				cur = append(cur, source.Str{})
			}
			continue
		}
		c, ok := singleCell(ln)
		last := k
		if ok && spaced && ln.Kind == Text {
			// Blank lines part the cells: lines with none between them are
			// one cell that holds line breaks (牵头单位：A / 责任单位：B).
			c, last = cellRun(lines, k, to)
			if sectionRun(lines, k, last) {
				break // 三、有关要求 / （一）…: the text's own sections after the table
			}
		}
		if !ok || pointsBack(c.S) || isFieldLine(c.S) && ln.Kind != PipeRow && !rc.takesField(c, lines, last+1, to) {
			break
		}
		if end, ok := headerAgain(lines, k, to, heads); ok {
			// The header repeated after a page break.
			for end < to && (lines[end].Kind == Blank || lines[end].Kind == Noise) {
				end++ // the empty cells that close the header row
			}
			if pipeMode || !rc.goesOnAt(lines, end, to) {
				emit()
				rc.afterBreak = true
			}
			k = end - 1
			continue
		}
		if !pipeMode && goals.textGoesOn(c) {
			break // 三、工作步骤 after a table standing under the text's 二、
		}
		if pipeMode {
			if len(cur) == 0 {
				curLine = k
			}
			cur = append(cur, c)
			k = last
			continue
		}
		rc.add(c, k)
		k = last
	}
	emit()
	g.Rows = rc.rows
	g.Lines = k - i
	g.AtEnd = atEnd(lines, k)
	g.LostEmpty = !pipeMode // a pipe row keeps its empty cells as "|"
	if g.AtEnd && len(g.Rows) > 0 {
		last := &g.Rows[len(g.Rows)-1]
		last.Cut = len(last.Cells) < len(cols)
	}
	return g, true
}

// goalRows follows the first-level headings (一、) met among the cells of
// a table one cell per line, to tell the table's own goal rows from the
// next section of the text it stands in.
type goalRows struct {
	above int  // the ordinal of the text's last 一、 heading above the table, 0 if none
	seen  bool // a goal row of the table has been read
}

// textGoesOn reports that cell c is no goal row of the table but the next
// first-level heading of the text around it: the table has shown no goal
// row of its own, and c's ordinal follows the text's heading above the
// table (三、工作步骤 after a table under 二、整治重点及责任分工). A table's
// own goal rows count from 一、, and once one is seen every later 一、 cell
// is the table's.
func (g *goalRows) textGoesOn(c source.Str) bool {
	n, ok := goalIndex(source.TrimSpace(c.S))
	if !ok {
		return false
	}
	if !g.seen && g.above > 0 && n == g.above+1 {
		return true
	}
	g.seen = true
	return false
}

// goalAbove returns the ordinal of the nearest first-level heading (二、…)
// on a line of its own above lines[i], or 0 when there is none.
func goalAbove(lines []Line, i int) int {
	for k := i - 1; k >= 0; k-- {
		if lines[k].Kind != Text {
			continue
		}
		if n, ok := goalIndex(strings.TrimSpace(lines[k].S.S)); ok {
			return n
		}
	}
	return 0
}

// goesOnAt reports that the row being read, cut by a page break, goes on
// at lines[k] after the header repeated: the table numbers its rows, the
// row holds its text already, and the cell there is no row number nor
// heading but one more line of the text (mayContinue) or a cell of a
// column right of the row's last (the units, the deadline).
func (rc *rowCutter) goesOnAt(lines []Line, k, to int) bool {
	if rc.seqCol < 0 || len(rc.cur) == 0 || rc.pos < 0 || k >= to || lines[k].Used {
		return false
	}
	c, ok := singleCell(lines[k])
	if !ok || !rc.hasText() {
		return false
	}
	t := rc.v.Classify(c.S)
	switch {
	case t == SeqCell || t == GoalCell || t == TaskCell || t == HeaderCell:
		return false
	case rc.timeOpensText(t):
		t = ProseCell
	}
	return rc.mayContinue(t) || nextColumn(rc.cols, rc.pos, t) >= 0
}

// hasText reports that the row being read has reached the text column.
func (rc *rowCutter) hasText() bool {
	for j := 0; j <= rc.pos; j++ {
		if textColumn(rc.cols, j) {
			return true
		}
	}
	return false
}

// headerAgain reports that the names heads stand again one per line from
// lines[k] (the header repeated after a page break), and returns the index
// of the line after them. Most cells are told by their text alone: the
// header starts with its first name.
func headerAgain(lines []Line, k, to int, heads []source.Str) (int, bool) {
	if c, _ := singleCell(lines[k]); len(heads) == 0 || c.S != heads[0].S {
		return 0, false
	}
	again, end, _ := headerLines(lines, k, to)
	return end, len(again) == len(heads) && SameCells(again, heads)
}

// blankSeparated reports that the header lines in lines[i:j] stand apart,
// a blank line between each two: the rendering parts every cell so.
func blankSeparated(lines []Line, i, j int) bool {
	prev := -1
	for k := i; k < j; k++ {
		if lines[k].Kind == Blank || lines[k].Kind == Noise {
			continue
		}
		if prev >= 0 && !hasBlank(lines, prev+1, k) {
			return false
		}
		prev = k
	}
	return prev > i
}

// hasBlank reports a blank line in lines[i:j].
func hasBlank(lines []Line, i, j int) bool {
	for ; i < j; i++ {
		if lines[i].Kind == Blank {
			return true
		}
	}
	return false
}

// sectionRun reports that lines[k:last+1], text lines with no blank line
// between them in a table whose cells blank lines part, are no cell but a
// section of the text after the table: a first-level heading (三、有关要求)
// with headings under it on the next lines (（一）…, 四、…). A goal row of
// the table stands alone between blank lines, and a cell holding line
// breaks holds labelled parts or wrapped text, never such a heading.
func sectionRun(lines []Line, k, last int) bool {
	if last == k {
		return false
	}
	if !isGoal(strings.TrimSpace(lines[k].S.S)) {
		return false
	}
	for m := k + 1; m <= last; m++ {
		if isHeading(strings.TrimSpace(lines[m].S.S)) {
			return true
		}
	}
	return false
}

// cellRun joins the text lines from lines[k] up to the next line that is
// not text into one cell, and returns it with the index of its last line.
func cellRun(lines []Line, k, to int) (source.Str, int) {
	last := k
	for last+1 < to && lines[last+1].Kind == Text && !lines[last+1].Used {
		last++
	}
	if last == k {
		return lines[k].S, k
	}
	parts := make([]source.Str, 0, last-k+1)
	for m := k; m <= last; m++ {
		parts = append(parts, lines[m].S)
	}
	return source.Join(parts, "\n"), last
}

// nextColumn is the column after pos (or pos itself for units, which a
// row may list one per line) where a cell of type t fits best, or -1 when
// it fits none. An empty cell takes the next column, and so does short
// text when the next column is one whose cells are never units nor the
// task (责任领导 王某, 备注 已完成): such a column holds short text, and a
// cell that skipped it would leave it empty.
func nextColumn(cols []Column, pos int, t CellType) int {
	if t == Empty || t == ShortCell && pos+1 < len(cols) && cols[pos+1].Role == Ignore {
		if pos+1 < len(cols) {
			return pos + 1
		}
		return -1
	}
	from := pos + 1
	if pos >= 0 && cols[pos].Role == Units {
		from = pos
	}
	best, at := 0, -1
	for c := from; c < len(cols); c++ {
		if f := fit[cols[c].Role][t]; f > best {
			best, at = f, c
		}
	}
	return at
}

// atEnd reports that nothing but blank lines follows lines[k:].
func atEnd(lines []Line, k int) bool {
	for ; k < len(lines); k++ {
		if lines[k].Kind != Blank && lines[k].Kind != Noise {
			return false
		}
	}
	return true
}

// maxLabel bounds the label of a field line.
const maxLabel = 6

// isFieldLine reports a line that starts with a short label and a colon
// (注：…, 公开方式：主动公开): text after the table, not a cell.
func isFieldLine(s string) bool {
	// The colon is looked for where a label can end: a search of the
	// whole line would cross prose.
	k := firstOf(s[:min(len(s), maxLabel*utf8.UTFMax+len("："))], "：", ':')
	if k <= 0 {
		return false
	}
	label := s[:k]
	return !source.MoreRunes(label, maxLabel) && !strings.ContainsAny(label, "，。、；,;（）()")
}

// backWords open a sentence that speaks of the table above it.
var backWords = []string{"以上", "上述", "本表", "上表", "表中", "表内"}

// columnSubjects are the unit column names a sentence about the table
// addresses after 各 (各牵头单位要…, 各责任单位于每季度末…): the names of
// role.UnitLabels that the header recogniser reads as unit columns and
// that end in a unit word (unitWords), not a group name (部门分工).
var columnSubjects = func() []string {
	var out []string
	for _, w := range role.Words(role.UnitLabels) {
		if slices.ContainsFunc(unitWords, func(u string) bool { return strings.HasSuffix(w, u) }) {
			out = append(out, w)
		}
	}
	return out
}()

// noteLabels open the note printed under a table (注：…, 备注：…, 说明：…).
var noteLabels = []string{"注", "备注", "说明"}

// SpeaksOfTable reports a line that opens with words pointing back at the
// table above it (以上任务由各单位报送, 上述工作, 本表所列), addressing
// the units of one of its columns (各牵头单位要会同配合单位…) or labelled
// as the table's note (注：各牵头单位于每季度…): the prose after a table,
// never one of its cells.
func SpeaksOfTable(s string) bool {
	return speaksOfTable(s, true)
}

// pointsBack is SpeaksOfTable without the note label: a line that a
// reader of one cell a line takes for the prose after the table
// outright. A labelled line there may be a row's 备注 or 说明 cell
// (说明：结果与奖补挂钩), which isFieldLine and takesField tell apart.
func pointsBack(s string) bool {
	return speaksOfTable(s, false)
}

// speaksOfTable reads SpeaksOfTable, the note labels only when notes.
func speaksOfTable(s string, notes bool) bool {
	s = strings.TrimLeft(s, " \u00a0\u3000")
	if len(s) > maxHeaderBytes {
		s = s[:maxHeaderBytes]
	}
	s = segment.ToSimplified(s)
	for _, w := range backWords {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	for _, w := range noteLabels {
		if rest, ok := strings.CutPrefix(s, w); notes && ok && (strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":")) {
			return true
		}
	}
	if rest, ok := strings.CutPrefix(s, "各"); ok {
		for _, w := range columnSubjects {
			if strings.HasPrefix(rest, w) {
				return true
			}
		}
	}
	return false
}

// takesField reports that a field line (目标：网办率达到95%), which after a
// table is text (注：…, 公开方式：…), is a cell of the row being read: it
// fits a column right of the row's last cell, and the line after it goes
// on with the row (a cell that fits further right) or starts the next one
// (a row number or a heading) — or, a unit cell with role labels (牵头：A；
// 配合：B), the text ends after it (the last row of a table that closes
// the text).
func (rc *rowCutter) takesField(c source.Str, lines []Line, j, to int) bool {
	if len(rc.cur) == 0 || rc.pos < 0 {
		return false
	}
	t := rc.v.Classify(c.S)
	at := nextColumn(rc.cols, rc.pos, t)
	if at < 0 {
		return false
	}
	if atEnd(lines[:to], j) {
		return t == UnitsCell
	}
	for ; j < to; j++ {
		if lines[j].Kind == Blank || lines[j].Kind == Noise {
			continue
		}
		next, ok := singleCell(lines[j])
		if ok && t == UnitsCell && isFieldLine(next.S) && rc.v.Classify(next.S) == UnitsCell {
			// 牵头：A / 配合：B, one unit cell broken at its labels: the
			// row goes on after both, or the text ends.
			if atEnd(lines[:to], j+1) {
				return true
			}
			continue
		}
		if !ok || lines[j].Used || isFieldLine(next.S) || SpeaksOfTable(next.S) {
			return false
		}
		switch t := rc.v.Classify(next.S); t {
		case SeqCell, GoalCell, TaskCell:
			return true
		default:
			return nextColumn(rc.cols, at, t) >= 0
		}
	}
	return false
}

// firstCellIsNumber reports that the first cell from lines[j] is a row
// number.
func firstCellIsNumber(lines []Line, j, to int) bool {
	for ; j < to; j++ {
		if lines[j].Kind == Blank || lines[j].Kind == Noise {
			continue
		}
		c, ok := singleCell(lines[j])
		return ok && isRowNo(c.S, 1)
	}
	return false
}

// rowCutter cuts a stream of cells that lost their row boundaries into
// rows: a row number (序号) starts a row, a first-level heading is a row of
// its own, and a cell that fits no column right of the cell before it
// starts the next row — unless it continues a content cell the source
// broke over lines (held).
type rowCutter struct {
	cols   []Column
	seqCol int // -1 when the table has no 序号 column
	v      Vocab
	rows   []Row
	cur    []source.Str
	line   int // line of the row being read
	pos    int // column of its last cell (when cur holds any)
	// afterBreak marks the next row as the first after a page break.
	afterBreak bool
	// held are cells the cutter cannot place before the next cell tells
	// what they are, and hold the question they wait on. A cell that
	// answers no releases them: each is placed as the cell its text
	// reads as, and so is every held cell when the row ends.
	held []heldCell
	hold holding
	// lastPos is the column of the last cell of the row flushed last.
	lastPos int
}

// holding is the question held cells wait on.
type holding int

const (
	holdNone holding = iota
	// holdRest holds the cells after a content cell that may be the rest
	// of it, the source having broken it over lines: prose or short text
	// that fits no column right of the content but units or a deadline. A
	// unit or deadline cell after them says they were (the row goes on);
	// any other cell says they were rows of their own.
	holdRest
	// holdTaskEnd holds a short cell after a task cell that may be the
	// rest of it, the converter having cut the task name (推进项目信 /
	// 息公开): a cell of prose after it, which the content column expects,
	// says it was.
	holdTaskEnd
	// holdTextStart holds a cell that reads as one unit name where the
	// row's text is to come (建成社区养老服务站): the text's first line,
	// which the source wrapped where it ends like a unit, if more text
	// follows; the row's units otherwise.
	holdTextStart
)

// heldCell is a cell the rowCutter holds, with its line.
type heldCell struct {
	c source.Str
	k int
}

// add reads the next cell, which stands on line k.
func (rc *rowCutter) add(c source.Str, k int) {
	t := rc.v.Classify(c.S)
	if rc.timeOpensText(t) {
		t = ProseCell
	}
	if rc.hold == holdRest {
		if !rc.answerRest(c, t, k) {
			rc.place(c, t, k)
		}
		return
	}
	if rc.hold != holdNone {
		rc.answer(c, t)
	}
	switch {
	case rc.mayEndTask(t, c):
		rc.holdCell(holdTaskEnd, c, k)
	case rc.nameOpensText(t, c):
		rc.holdCell(holdTextStart, c, k)
	case closingMark(c.S) && len(rc.cur) > 0 && rc.pos >= 0 && textColumn(rc.cols, rc.pos):
		// The full stop a converter wrapped onto a line of its own.
		n := len(rc.cur) - 1
		rc.cur[n] = source.Concat(rc.cur[n], c)
	case rc.mayContinue(t):
		rc.holdCell(holdRest, c, k)
	default:
		rc.place(c, t, k)
	}
}

// holdCell holds c, from line k, until a cell answers question h.
func (rc *rowCutter) holdCell(h holding, c source.Str, k int) {
	rc.held = append(rc.held, heldCell{c, k})
	rc.hold = h
}

// answer settles the cell held for a task's end or a text's start by the
// cell c of type t that follows it: text (not a lone closing mark) says
// it was the rest of the task name or the text's first line; anything
// else releases it.
func (rc *rowCutter) answer(c source.Str, t CellType) {
	h, kind := rc.held[0], rc.hold
	if t != ProseCell && (kind != holdTextStart || t != ShortCell) || closingMark(c.S) {
		rc.release()
		return
	}
	rc.held, rc.hold = nil, holdNone
	if kind == holdTaskEnd {
		n := len(rc.cur) - 1
		rc.cur[n] = source.Concat(rc.cur[n], h.c)
		return
	}
	rc.place(h.c, ProseCell, h.k)
}

// answerRest settles the cells held as the rest of a content cell by the
// cell c of type t, from line k, that follows them (holdRest). It reports
// c taken: held too, or joined to the last of them (a closing mark).
func (rc *rowCutter) answerRest(c source.Str, t CellType, k int) bool {
	switch {
	case closingMark(c.S):
		// The full stop a converter wrapped onto a line of its own.
		n := len(rc.held) - 1
		rc.held[n].c = source.Concat(rc.held[n].c, c)
		return true
	case (t == UnitsCell || t == DeadlineCell) && nextColumn(rc.cols, rc.pos, t) >= 0 || rc.closesHeld(t):
		if len(rc.cur) == rc.pos+1 {
			rc.joinHeld()
			return false
		}
		for _, h := range rc.held {
			rc.cur = append(rc.cur, h.c)
		}
		rc.held, rc.hold = nil, holdNone
	case rc.mayContinue(t):
		rc.held = append(rc.held, heldCell{c, k})
		return true
	default:
		rc.release()
	}
	return false
}

// lastText is the last text of the row being read: the last cell held as
// the rest of its content cell, or else its last cell.
func (rc *rowCutter) lastText() source.Str {
	if rc.hold == holdRest {
		return rc.held[len(rc.held)-1].c
	}
	return rc.cur[len(rc.cur)-1]
}

// nameOpensText reports a cell c of type t that may be the first line of
// the row's text though it reads as one unit name (holdTextStart): the row holds a
// cell for each column up to the text column, which comes next. A list of
// names (、，) stays units.
func (rc *rowCutter) nameOpensText(t CellType, c source.Str) bool {
	if t != UnitsCell || rc.pos < 0 || len(rc.cur) != rc.pos+1 || rc.pos+1 >= len(rc.cols) {
		return false
	}
	return textColumn(rc.cols, rc.pos+1) && !nameList(c.S)
}

// mayEndTask reports a short cell c right after the task cell of a row
// opened by its 序号, where the next column is the content: the rest of a
// task name the converter cut, if prose follows. A converter wraps a line
// at its column's width, so the rest is no wider than the line it cut (a
// longer line after a short task, 生态环境 / 空气质量优良天数稳定在, is the
// content's first).
func (rc *rowCutter) mayEndTask(t CellType, c source.Str) bool {
	if t != ShortCell || rc.seqCol < 0 || len(rc.cur) < 2 || rc.pos < 0 || rc.pos+1 >= len(rc.cols) {
		return false
	}
	if LaidWidth(c.S) > LaidWidth(rc.cur[len(rc.cur)-1].S) {
		return false
	}
	return rc.cols[rc.pos].Role == Task && rc.cols[rc.pos+1].Role == Content
}

// timeOpensText reports a cell read as a deadline (全年引进项目40个，…,
// 年内新建社区书屋12个) where the row being read cannot have reached its
// deadline: the deadline column lies right of a unit column the row has
// not filled, and the row's text is still to come (its last cell stands
// left of the text column) or goes on (the text cell stops in
// mid-sentence). Such a cell is text that opens with a time word: the
// content, or a line of it the source wrapped.
func (rc *rowCutter) timeOpensText(t CellType) bool {
	if t != DeadlineCell || len(rc.cur) == 0 || rc.pos < 0 {
		return false
	}
	at := nextColumn(rc.cols, rc.pos, t)
	if at < 0 || rc.cols[at].Role != Deadline {
		return false
	}
	text, units := false, false
	for j := rc.pos + 1; j < at; j++ {
		text = text || textColumn(rc.cols, j)
		units = units || rc.cols[j].Role == Units
	}
	if !units {
		return false
	}
	if text {
		return true
	}
	if !textColumn(rc.cols, rc.pos) {
		return false
	}
	return !endsSentence(rc.lastText().S)
}

// closesHeld reports a short cell after held cells that ended their
// sentence, in a table whose rows open with a 序号: no such cell opens a
// row, so it is the cell the column right of the content expects (a unit
// name the word list does not know, cut by a converter: 县司法局、各乡镇人)
// and the held cells were the rest of the content.
func (rc *rowCutter) closesHeld(t CellType) bool {
	if t != ShortCell || rc.seqCol < 0 || !endsSentence(rc.lastText().S) {
		return false
	}
	at := nextColumn(rc.cols, rc.pos, t)
	return at >= 0 && (rc.cols[at].Role == Units || rc.cols[at].Role == Deadline)
}

// mayContinue reports a cell of type t that may continue the content cell
// before it: prose or short text right after a cell of the text column
// (textColumn) that stops in
// mid-sentence, where the columns to the right take units or a deadline
// only. (A content cell that ends its sentence is followed by a row of its
// own: a requirement whose unit cell is merged with the one above.)
func (rc *rowCutter) mayContinue(t CellType) bool {
	if t != ProseCell && t != ShortCell || len(rc.cur) == 0 || rc.pos < 0 || !textColumn(rc.cols, rc.pos) {
		return false
	}
	if endsSentence(rc.lastText().S) {
		return false
	}
	at := nextColumn(rc.cols, rc.pos, t)
	return at < 0 || rc.cols[at].Role == Units || rc.cols[at].Role == Deadline
}

// closingMark reports a cell that is nothing but the mark closing a
// sentence (。；) — never a cell of its own.
func closingMark(s string) bool {
	return mayBeMark(s) && onlyClosingMark(s)
}

// onlyClosingMark is closingMark without its gate.
func onlyClosingMark(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && endsSentence(s) && strings.Trim(s, closingMarks) == ""
}

// closingMarks are the marks closingMark lets a cell hold.
const closingMarks = "。！？；.!?;"

// mayBeMark is closingMark's cheap gate, run on every cell: a cell of
// nothing but a closing mark (and spaces) opens with a space or a mark, so
// any other first rune turns it away before the trimming.
func mayBeMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r) || strings.ContainsRune(closingMarks, r)
}

// endsSentence reports text that ends in a full stop or the like.
func endsSentence(s string) bool {
	s = source.TrimRight(s, " \u00a0\u3000”’」』）)")
	for _, end := range []string{"。", "！", "？", "；", ".", "!", "?", ";"} {
		if strings.HasSuffix(s, end) {
			return true
		}
	}
	return false
}

// joinHeld makes the held cells the rest of the content cell before them,
// one line each, as the cell the source broke over lines was. It is called
// when the row holds a cell for each column up to the content: with none
// missing, no held cell can be one misplaced (a long task name read as the
// content), which Align alone can put back.
func (rc *rowCutter) joinHeld() {
	n := len(rc.cur) - 1
	parts := make([]source.Str, 0, len(rc.held)+1)
	parts = append(parts, rc.cur[n])
	for _, h := range rc.held {
		parts = append(parts, h.c)
	}
	rc.cur[n] = source.Join(parts, "\n")
	rc.held, rc.hold = nil, holdNone
}

// release places the held cells as cells of their own, each as the cell
// its text reads as.
func (rc *rowCutter) release() {
	held := rc.held
	rc.held, rc.hold = nil, holdNone
	for _, h := range held {
		rc.place(h.c, rc.v.Classify(h.c.S), h.k)
	}
}

// place puts a cell of type t into the row being read or starts a row.
func (rc *rowCutter) place(c source.Str, t CellType, k int) {
	if len(rc.cur) == 0 {
		rc.line, rc.pos = k, -1
	}
	switch {
	case t == GoalCell:
		rc.flush()
		rc.rows = append(rc.rows, Row{Cells: []source.Str{c}, Line: k, AfterBreak: rc.afterBreak})
		rc.afterBreak = false
		return
	case t == SeqCell && rc.seqCol >= 0:
		if rc.leftOfSeq() {
			// 决策公开 / 1 / …: a merged 类别 cell written on its group's
			// first row, in a column left of 序号, opens that row.
			rc.cur, rc.pos = append(rc.cur, c), rc.seqCol
			return
		}
		// A short cell the row took as one more unit name may be the next
		// group's 类别 cell: it fits left of 序号, so it opens that row.
		var carry []source.Str
		if n := len(rc.cur); n > 1 && rc.pos >= 0 && rc.cols[rc.pos].Role == Units && rc.fitsLeftOfSeq(rc.cur[n-1]) {
			carry = []source.Str{rc.cur[n-1]}
			rc.cur = rc.cur[:n-1]
		}
		rc.flush()
		rc.cur, rc.line, rc.pos = append(carry, c), k, rc.seqCol
		return
	}
	if t == UnitsCell && (rc.nameAfterSeq(c) || rc.nameOpensRow(c)) || t == HeaderCell && rc.afterSeq() {
		t = ShortCell
	}
	at := nextColumn(rc.cols, rc.pos, t)
	if at < 0 {
		rc.flush()
		rc.line = k
		at = max(nextColumn(rc.cols, -1, t), 0)
	}
	rc.cur = append(rc.cur, c)
	rc.pos = at
}

// nameAfterSeq reports a cell that reads as one unit name (改造老旧小区
// ends like 某区) right after the row number, where the column after the
// 序号 column names the task: a task cell is never left out of its row,
// so it is that task's name. A list of names (、，) stays units.
func (rc *rowCutter) nameAfterSeq(c source.Str) bool {
	if rc.seqCol < 0 || rc.pos != rc.seqCol || len(rc.cur) != 1 || rc.seqCol+1 >= len(rc.cols) {
		return false
	}
	return rc.cols[rc.seqCol+1].Role == Task && !nameList(c.S)
}

// afterSeq reports that the row being read holds only its number: the
// cell after it is data, never a column name (a task named like a column,
// 固定资产投资 ending like 投资, is the row's task).
func (rc *rowCutter) afterSeq() bool {
	return rc.seqCol >= 0 && rc.pos == rc.seqCol && len(rc.cur) == 1
}

// nameOpensRow reports a cell that reads as one unit name (优化企业开办
// ends like 县政府办) where it opens a row — no row being read, or one
// that has no column left for units — in a table without a 序号 column
// whose first column names the task: a row opens with its task, and a
// row holding nothing but units is none. A list of names (、，) stays
// units.
func (rc *rowCutter) nameOpensRow(c source.Str) bool {
	if rc.seqCol >= 0 || len(rc.cols) < 2 || rc.cols[0].Role != Task || nameList(c.S) {
		return false
	}
	return len(rc.cur) == 0 || nextColumn(rc.cols, rc.pos, UnitsCell) < 0
}

// leftOfSeq reports that the row being read holds a single cell, no row
// number yet, that fits a column left of the 序号 column (a 重点领域 or
// 类别 cell): the row number that comes next belongs to its row.
func (rc *rowCutter) leftOfSeq() bool {
	return rc.seqCol > 0 && len(rc.cur) == 1 && rc.fitsLeftOfSeq(rc.cur[0])
}

// fitsLeftOfSeq reports a short text that fits a column left of the 序号
// column.
func (rc *rowCutter) fitsLeftOfSeq(c source.Str) bool {
	t := rc.v.Classify(c.S)
	if t != ShortCell && t != GoalCell && t != TaskCell {
		return false
	}
	for j := 0; j < rc.seqCol; j++ {
		if fit[rc.cols[j].Role][t] > 0 {
			return true
		}
	}
	return false
}

// remark reports a row being ended that holds one unit name and nothing
// else, after a row whose last cell stands left of a column that never
// takes units (备注): a row opens with units only where its task follows,
// so the name, a sentence naming where results go (报某办公厅), was that
// row's remark.
func (rc *rowCutter) remark() bool {
	if len(rc.cur) != 1 || len(rc.rows) == 0 || rc.lastPos < 0 || rc.lastPos+1 >= len(rc.cols) || rc.cols[rc.lastPos+1].Role != Ignore {
		return false
	}
	return rc.v.Classify(rc.cur[0].S) == UnitsCell && len(rc.rows[len(rc.rows)-1].Cells) > 1
}

// flush ends the row being read; held cells are placed first.
func (rc *rowCutter) flush() {
	rc.release()
	switch {
	case rc.remark():
		n := len(rc.rows) - 1
		rc.rows[n].Cells = append(rc.rows[n].Cells, rc.cur[0])
	case len(rc.cur) > 0:
		rc.rows = append(rc.rows, Row{Cells: rc.cur, Line: rc.line, AfterBreak: rc.afterBreak})
		rc.afterBreak = false
	}
	rc.lastPos = rc.pos
	rc.cur, rc.pos = nil, -1
}

// regroup puts back in place the second row of a two-row header that a
// rendering flattened after the first: 责任分工 over 牵头单位 | 配合单位
// reads 序号 工作任务 责任分工 完成时限 牵头单位 配合单位, and 工作任务 over
// 任务名称 | 具体要求 reads 序号 工作任务 责任单位 完成时限 任务名称 具体要求.
// The names end in two or more sub-columns of one family (subFamily):
// units, or a task and its content. A group name before them that the
// family names (groupOf) stands over them, and they take its place.
func regroup(heads []source.Str) []source.Str {
	k := len(heads)
	fam := 0
	for k > 0 {
		r, _, _ := HeaderRole(heads[k-1].S)
		f := subFamily(r)
		if f == 0 || fam != 0 && f != fam {
			break
		}
		fam = f
		k--
	}
	if len(heads)-k < 2 {
		return heads
	}
	group := groupOf(heads[:k], heads[k:], fam)
	if group < 0 {
		return heads
	}
	out := make([]source.Str, 0, len(heads)-1)
	out = append(out, heads[:group]...)
	out = append(out, heads[k:]...)
	return append(out, heads[group+1:k]...)
}

// Families of sub-columns a group name of a two-row header stands over.
const (
	unitFamily = 1 // 牵头单位 | 配合单位 under 责任分工 or 责任单位
	taskFamily = 2 // 任务名称 | 具体要求 under 工作任务
)

// subFamily tells the family of sub-columns a column of role r belongs
// to, or 0.
func subFamily(r Role) int {
	switch r {
	case Units:
		return unitFamily
	case Task, Content:
		return taskFamily
	}
	return 0
}

// groupOf returns the index in before of the group name standing over
// the sub-columns subs of family fam, or -1. Unit sub-columns, one of
// them a part (牵头, 配合), stand under the single unit column naming the
// whole duty (责任单位, isUnitGroup), or else under an unknown name (the
// last). A task and its content stand under the single task or content
// name before them: a header naming the task twice split it (an unknown
// name there may be a column of its own, units-first tables putting the
// task last).
func groupOf(before, subs []source.Str, fam int) int {
	if fam == taskFamily {
		group := -1
		for i, h := range before {
			if r, _, _ := HeaderRole(h.S); subFamily(r) == taskFamily {
				if group >= 0 {
					return -1
				}
				group = i
			}
		}
		return group
	}
	parts := false
	for _, h := range subs {
		_, unit, _ := HeaderRole(h.S)
		parts = parts || unit == model.RoleLead || unit == model.RoleCooperate
	}
	group, units := -1, -1
	for i, h := range before {
		switch r, _, _ := HeaderRole(h.S); r {
		case Units:
			if units >= 0 || !isUnitGroup(h.S, r) {
				return -1
			}
			units = i
		case Unknown:
			group = i
		}
	}
	if units >= 0 {
		if !parts {
			return -1
		}
		return units
	}
	return group
}

// pipeRowNext reports that the next line that is not blank is "||".
func pipeRowNext(lines []Line, j, to int) bool {
	for ; j < to; j++ {
		switch {
		case lines[j].Kind == Blank:
		case lines[j].Kind == PipeRow && len(lines[j].Cells) == 0:
			return true
		default:
			return false
		}
	}
	return false
}

// lonePipesAfter returns the index of the line after the lone "|" lines
// (empty cells) from lines[j].
func lonePipesAfter(lines []Line, j, to int) int {
	for j < to && lonePipe(lines[j]) {
		j++
	}
	return j
}

// lonePipesBefore returns the index of the first of the lone "|" lines
// (empty cells) right before lines[i].
func lonePipesBefore(lines []Line, i int) int {
	for i > 0 && lonePipe(lines[i-1]) {
		i--
	}
	return i
}

// lonePipe reports an unread line holding a lone "|": an empty cell of a
// table rendered one cell per line.
func lonePipe(ln Line) bool {
	return !ln.Used && emptyCell(ln)
}

// emptyCell reports a line holding a lone "|", read or not: an empty cell
// of a table rendered one cell per line.
func emptyCell(ln Line) bool {
	return ln.Kind == Noise && ln.S.S == "|"
}

// pipeCells reads the cells of lines[i:j] one per line, a lone "|" being
// an empty cell.
func pipeCells(lines []Line, i, j int) []source.Str {
	var out []source.Str
	for ; i < j; i++ {
		switch ln := lines[i]; {
		case emptyCell(ln):
			out = append(out, source.Str{})
		case ln.Kind == Blank || ln.Kind == Noise:
		default:
			c, _ := singleCell(ln)
			out = append(out, c)
		}
	}
	return out
}
