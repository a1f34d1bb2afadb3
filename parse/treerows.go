package parse

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
	"github.com/zwgk/gongwen/segment"
)

// tableRow handles a table row read through the current layout.
func (b *treeBuilder) tableRow(bl block) {
	if totalRow(bl.cells) {
		return // 合计 … 11800: the sums of the rows above, no task
	}
	if b.lay == nil {
		l := guessLayout(len(bl.cells))
		b.lay = &l
	}
	r := b.lay.read(bl)
	span := b.src.SpanAll(firstNonEmpty(bl.cells))
	if at, ok := loneCell(bl.cells); ok {
		only := bl.cells[at]
		// A row holding only a first-level heading (一、…) spans the
		// table whatever column it sits in.
		if o, ok := ord.Read(only.S); ok && o.Style == ord.CnDun {
			heading, prose := headingOverProse(only)
			b.newGoal(o.No, o.Index, heading.From(o.Size), b.src.SpanAll(heading))
			for _, p := range prose {
				b.para(p)
			}
			return
		}
		if it, ok := b.unitGroupRow(only); ok {
			b.inherit = it // the units of the rows below, as a merged unit cell's
			return
		}
		if title, ok := b.namedGroupRow(at, only); ok {
			b.newGoal("", 0, title, b.src.SpanAll(title))
			return
		}
	}
	if no, idx, title, ok := b.cnGroupRow(bl.cells); ok {
		b.newGoal(no, idx, title, b.src.SpanAll(title))
		return
	}
	// Merged cells filled down (spreadsheet exports, some PDF and HTML
	// renderings) repeat the goal and task on every row: a repeat
	// continues the open goal or task.
	if g := b.curGoal(); g != nil && r.goal.Len() > 0 && sameHeading(r.goal.S, g.h.no, g.h.title) {
		r.goal = source.Str{}
	}
	if t := b.curTask(); t != nil && r.task.Len() > 0 && sameHeading(r.task.S, t.h.no, t.h.title) {
		r.task = source.Str{}
		if r.seq.Len() > 0 && seqSame(r.seq.S, t.h.no) {
			r.seq = source.Str{}
		}
	}
	if b.continuesCutTask(r) {
		return
	}
	b.groupOverDecimalRows(r)
	subNo := b.subRow(&r)
	var entryRest source.Str
	if r.goal.Len() > 0 {
		if o, ok := ord.Read(r.goal.S); ok && o.Style == ord.CnDun {
			b.newGoal(o.No, o.Index, r.goal.From(o.Size), b.src.SpanAll(r.goal))
		} else if r.task.Len() == 0 && r.content.Len() == 0 && r.seq.Len() == 0 && len(r.units) == 0 {
			// A stray row: text that slipped into the first column belongs
			// to the item above.
			if !b.appendToLastItem(r.goal, "") {
				b.unplaced(r.goal)
			}
			return
		} else {
			b.newGoal("", 0, r.goal, b.src.SpanAll(r.goal))
		}
	}
	if r.task.Len() > 0 {
		o, ok := ord.Read(r.task.S)
		switch {
		case ok && o.Style == ord.CnDun && r.goal.Len() == 0:
			b.newGoal(o.No, o.Index, r.task.From(o.Size), b.src.SpanAll(r.task))
			if r.content.Len() == 0 && len(r.units) == 0 {
				return
			}
		case ok:
			title, _ := splitRunOn(r.task.From(o.Size))
			b.newTask(o.No, o.Index, title, r.task.From(o.Size), false, b.src.SpanAll(r.task))
			b.rowTasks = true
		default:
			title, _ := splitRunOn(r.task)
			no, idx := "", 0
			if r.seq.Len() > 0 && !b.rowSeq.rows {
				no, idx = seqNo(r.seq.S)
			}
			b.newTask(no, idx, title, r.task, false, b.src.SpanAll(r.task))
			b.rowTasks = true
			if r.seq.Len() > 0 {
				b.rowSeq.tasks = append(b.rowSeq.tasks, b.curTask())
			}
		}
	} else if b.underMergedTask(r) {
		// An item of the open task: its text stands in the next row.
	} else if r.seq.Len() > 0 {
		no, idx := seqNo(r.seq.S)
		title, _ := splitRunOn(r.content)
		b.newTask(no, idx, title, source.Str{}, true, span)
		b.rowTasks = true
	} else if b.entryRow(r) {
		title, rest := splitRunOn(r.content)
		b.newTask("", 0, title, source.Str{}, true, span)
		b.rowTasks = true
		b.entryTask = b.curTask()
		entryRest = rest // X。Y…: as in prose, the item opens after the title
	}
	if r.content.Len() == 0 && r.task.Len() == 0 {
		if len(r.units) > 0 && b.curTask() != nil {
			b.pending = b.pending[:0]
			b.closeItem(clauseRef{text: r.units[0].s, units: b.cellUnits(r.units)}, r.units[0].s)
		}
		return
	}
	if r.content.Len() > 0 && r.afterBreak && r.goal.Len() == 0 && r.task.Len() == 0 && r.seq.Len() == 0 && len(r.units) == 0 {
		// The first row after a repeated header continues the cell that
		// the page break split.
		if b.appendToLastItem(r.content, "") {
			return
		}
	}
	if b.curTask() == nil {
		b.newTask("", 0, source.Str{}, source.Str{}, true, span)
	}
	content := r.content
	if entryRest.Len() > 0 {
		content = entryRest
	}
	if content.Len() == 0 {
		content = r.task
		if o, ok := ord.Read(content.S); ok {
			content = content.From(o.Size)
			if _, rest := splitRunOn(content); rest.Len() > 0 {
				content = rest // （一）X。Y…: as in prose, the item opens after the title
			}
		}
		if _, rest, ok := bracketTitle(content); ok {
			content = rest // 【决策公开】建立…: the title is the task's
		}
	}
	b.pending = append(b.pending[:0], piece{s: content})
	it := b.makeItem()
	if it == nil {
		return
	}
	if subNo != "" {
		it.No = subNo
	}
	it.Deadline = r.deadline.S
	if len(r.units) > 0 {
		it.Units = b.units(b.cellUnits(r.units))
		it.Units = b.mergedLead(it.Units, r)
		var texts []string
		for _, u := range r.units {
			texts = append(texts, u.s.S)
		}
		it.UnitsText = strings.Join(texts, "；")
		sp := b.src.SpanAll(r.units[0].s)
		it.UnitsSpan = &sp
		b.inherit = it
	} else if b.inherit != nil && len(b.inherit.Units) > 0 && !bl.short {
		// An empty unit cell under a merged cell: the units above apply.
		it.Units = append([]model.Unit(nil), b.inherit.Units...)
		it.UnitsText = b.inherit.UnitsText
		it.UnitsSpan = b.inherit.UnitsSpan
		it.UnitsInherited = true
	}
}

// cnGroupRow reads a row that heads a group of the table's rows, as a
// lone 一、 cell does: its 序号 cell numbered 一, 二 … (the data rows
// below count 1, 2 …) and one title cell, the other columns of a table of
// three or more left empty (一 | 提升政务服务效能, the title merged over
// the row). It returns the numeral, its value and the title.
func (b *treeBuilder) cnGroupRow(cells []source.Str) (no string, idx int, title source.Str, ok bool) {
	if b.lay == nil || len(b.lay.roles) < 3 || table.Filled(cells) != 2 {
		return "", 0, source.Str{}, false
	}
	filled := func(c source.Str) bool { return c.Len() > 0 }
	first := slices.IndexFunc(cells, filled)
	if first >= len(b.lay.roles) || b.lay.roles[first] != table.Seq {
		return "", 0, source.Str{}, false
	}
	if no, idx = table.GroupNumeral(cells[first].S); idx <= 0 {
		return "", 0, source.Str{}, false
	}
	second := first + 1 + slices.IndexFunc(cells[first+1:], filled)
	return no, idx, cells[second].TrimSpace(), true
}

// maxGroupName bounds, in runes, the name of a group row (namedGroupRow).
const maxGroupName = 16

// namedGroupRow reads a row that heads a group of the table's rows with a
// name and no numeral (优化政策服务 merged over the row above its rows 1,
// 2 …): its one filled cell, cell at column at, stands in the 序号 column
// of a table of three or more and holds a short name — Han characters
// only, no ordinal, no number, no sentence. The group is a goal with no
// number.
func (b *treeBuilder) namedGroupRow(at int, cell source.Str) (source.Str, bool) {
	if b.lay == nil || len(b.lay.roles) < 3 || at >= len(b.lay.roles) || b.lay.roles[at] != table.Seq {
		return source.Str{}, false
	}
	name := cell.TrimSpace()
	if n := utf8.RuneCountInString(name.S); n < 2 || n > maxGroupName {
		return source.Str{}, false
	}
	if _, ok := ord.Read(name.S); ok {
		return source.Str{}, false
	}
	for _, r := range name.S {
		if !source.IsHan(r) {
			return source.Str{}, false
		}
	}
	return name, true
}

// headingOverProse splits a lone heading cell whose lines below its first
// are prose sentences (三、保障措施 / 各单位要…。): a reader of one cell per
// line joins the lines with no blank line between them into one cell, so
// a section heading right after the table takes the paragraph under it.
// The first line is the heading and each line below a paragraph of its
// own, when the heading line holds no sentence end and the last line
// ends one; otherwise (a heading wrapped over lines) the cell is the
// heading whole.
func headingOverProse(cell source.Str) (source.Str, []source.Str) {
	nl := strings.IndexByte(cell.S, '\n')
	if nl < 0 || strings.ContainsAny(cell.S[:nl], "。；！？") {
		return cell, nil
	}
	rest := strings.TrimSpace(cell.S[nl+1:])
	if r, _ := utf8.DecodeLastRuneInString(rest); r != '。' && r != '！' && r != '？' {
		return cell, nil
	}
	var prose []source.Str
	for _, p := range cell.From(nl + 1).Split("\n") {
		if p = p.TrimSpace(); p.Len() > 0 {
			prose = append(prose, p)
		}
	}
	return cell.Slice(0, nl).TrimSpace(), prose
}

// subRow reads a row numbered N-k (1-1, 1-2 …) or （k） under the row
// numbered N, whose cell is only the task's title (no units of its own):
// those rows are the task's items, not tasks of their own. The title-only item the N row
// gave is dropped at the first of them, the row's text becomes the item's
// content, and its number is returned (the item's own ordinal); "" when
// r is no such row.
func (b *treeBuilder) subRow(r *row) string {
	t := b.curTask()
	if t == nil || r.seq.Len() == 0 || r.goal.Len() > 0 {
		return ""
	}
	no := strings.TrimSpace(r.seq.S)
	if parent, _, ok := table.CutSubNumber(no); (!ok || parent != t.h.no) && !parenUnderNumber(no, t.h.no) {
		return ""
	}
	if !t.subRows {
		if len(t.items) != 1 || len(t.items[0].Units) > 0 && !t.items[0].UnitsInherited || strings.TrimRight(t.items[0].Text, "。") != t.h.title {
			return ""
		}
		t.items, t.side, t.subRows = t.items[:0], nil, true
	}
	if r.content.Len() == 0 {
		r.content = r.task
	}
	r.task, r.seq = source.Str{}, source.Str{}
	return no
}

// parenUnderNumber reports a row number （1） (or (1), 1）, ⑴) under a
// task row numbered with a bare number: the parts of that task, as N-k
// rows are (the table's one bare-number level is the task's).
func parenUnderNumber(no, task string) bool {
	o, _ := ord.Read(no) // not ok: no text after it, but its style is read
	return o.Style == ord.ArabicParen && o.Size == len(no) && table.IsNumber(task)
}

// totalWords open a row that sums the rows above it.
var totalWords = []string{"合计", "总计", "小计"}

// figureTables marks the blocks of each run of table rows (with its
// header, read or not: the first row) whose data rows are all figures
// rows, at least two of them.
func figureTables(blocks []block) []bool {
	marks := make([]bool, len(blocks))
	for i := 0; i < len(blocks); {
		if blocks[i].kind == blockPara {
			i++
			continue
		}
		j, figures, other, rows := i, 0, 0, 0
		for ; j < len(blocks) && blocks[j].kind != blockPara; j++ {
			if blocks[j].kind != blockRow {
				continue // a header read as one
			}
			switch rows++; {
			case figuresRow(blocks[j].cells):
				figures++
			case rows > 1:
				other++ // the first may be a header not read as one
			}
		}
		if figures >= 2 && other == 0 {
			for k := i; k < j; k++ {
				marks[k] = true
			}
		}
		i = j
	}
	return marks
}

// figuresRow reports a row of figures: a label, then at least two numbers
// (7000, 98.5%) and otherwise only short measure words (条, 篇, 个).
func figuresRow(cells []source.Str) bool {
	numbers := 0
	for k, c := range cells {
		t := source.TrimSpace(c.S)
		switch {
		case t == "" || k == 0:
		case isFigure(t):
			numbers++
		case source.MoreRunes(t, 2):
			return false
		}
	}
	return numbers >= 2
}

// isFigure reports a cell that is a number: digits with a decimal point,
// thousands commas or a percent sign.
func isFigure(t string) bool {
	digits := 0
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case source.ContainsRune(".,%％‰", r):
		default:
			return false
		}
	}
	return digits > 0
}

// totalRow reports a row whose first cell is 合计, 总计 or 小计 (spaced or
// in traditional script): a 民生实事 table's sums, neither task nor item.
func totalRow(cells []source.Str) bool {
	first := firstNonEmpty(cells)
	if first.Len() == 0 || first.Len() > 3*len("合计") {
		return false
	}
	return slices.Contains(totalWords, segment.ToSimplified(source.Squeeze(first.S)))
}

// mergedLead handles a 牵头单位 cell merged over a group of rows, or a
// 责任单位 (责任部门, 落实单位) one in a table with no 牵头单位 column: the
// rendering writes it on the group's first row only, so a row whose own
// cell in that column is empty gets the units of the row above that lead
// the work, in their own role (lead, or responsible), ahead of its own
// when it continues the group (no 序号, no task) or when it is a task of
// its own with a 配合单位 cell and none of those units: cooperating needs a
// lead, so the cell was merged over the row (an HTML rowspan). Any other
// row starts a new group. Beside a 牵头单位 column a 责任单位 one holds the
// units doing the work, which lead no group.
func (b *treeBuilder) mergedLead(units []model.Unit, r row) []model.Unit {
	col, leads := model.RoleLead, isLead
	if b.lay != nil && !slices.Contains(b.lay.unitRoles, model.RoleLead) {
		col, leads = model.RoleResponsible, leadsWork
	}
	hasLeadCell, hasCoopCell := false, false
	for _, c := range r.units {
		hasLeadCell = hasLeadCell || c.role == col
		hasCoopCell = hasCoopCell || c.role == model.RoleCooperate
	}
	continuation := r.seq.Len() == 0 && r.task.Len() == 0 && r.goal.Len() == 0
	leadless := hasCoopCell && r.goal.Len() == 0 && !slices.ContainsFunc(units, leads)
	switch {
	case hasLeadCell:
		b.groupLead = b.groupLead[:0]
		for _, u := range units {
			if leads(u) {
				b.groupLead = append(b.groupLead, u)
			}
		}
	case (continuation || leadless) && len(b.groupLead) > 0:
		return append(append([]model.Unit(nil), b.groupLead...), units...)
	default:
		b.groupLead = b.groupLead[:0] // its array serves the next group
	}
	return units
}

func isLead(u model.Unit) bool { return u.Role == model.RoleLead }

// leadsWork reports a unit leading or responsible for a row's work, which
// the units of a 配合单位 cell assist.
func leadsWork(u model.Unit) bool {
	return u.Role == model.RoleLead || u.Role == model.RoleResponsible
}

// cellUnits parses unit cells; a cell under a 牵头单位/配合单位 column
// gives its role to units written without a verb.
func (b *treeBuilder) cellUnits(cells []unitCell) []unitRef {
	var out []unitRef
	for _, c := range cells {
		refs := parseClause(c.s)
		if c.role != "" && c.role != model.RoleResponsible {
			if _, _, hasVerb := findRoleWord(c.s.S); !hasVerb {
				for i := range refs {
					refs[i].role = c.role
				}
			}
		}
		out = append(out, refs...)
	}
	return out
}

// loneCell returns the index of a row's one filled cell, false when the
// row has none or more than one.
func loneCell(cells []source.Str) (int, bool) {
	at := -1
	for j, c := range cells {
		if c.Len() > 0 {
			if at >= 0 {
				return 0, false
			}
			at = j
		}
	}
	return at, at >= 0
}

func firstNonEmpty(cells []source.Str) source.Str {
	for _, c := range cells {
		if c.Len() > 0 {
			return c
		}
	}
	if len(cells) > 0 {
		return cells[0]
	}
	return source.Str{}
}

// seqNo reads a 序号 cell as a task's bare ordinal and its value: the
// punctuation after it and the brackets around it (（1）, (2), 3）) are not
// part of the ordinal.
func seqNo(s string) (string, int) {
	s = strings.TrimRight(strings.TrimSpace(s), ".．、")
	if inner := strings.TrimRight(strings.TrimLeft(s, "（(﹙"), "）)﹚"); inner != "" {
		s = inner
	}
	if v, n := ord.ArabicPrefix(s); n == len(s) && n > 0 {
		return s, v
	}
	if v := ord.CnValue(s); v > 0 {
		return s, v
	}
	return s, 0
}

// sameHeading reports whether a cell repeats the heading no/title.
func sameHeading(cell, no, title string) bool {
	rest := cell
	o, ok := ord.Read(cell)
	if ok {
		if o.No != no {
			return false
		}
		rest = cell[o.Size:]
	} else if no != "" {
		return false
	}
	t, _ := splitRunOn(source.New(rest).At(0, len(rest)))
	return strings.TrimRight(t.S, "。.；; \u3000") == title
}

func seqSame(cell, no string) bool {
	n, _ := seqNo(cell)
	return n == no
}

// continuesCutTask appends to the open task the row after a repeated
// header (a page break, often under 续表) that holds only a task cell, in a
// table numbered by a 序号 column: no 序号, content, units or deadline
// means the break cut the row above, whose task cell goes on here (推进A、
// / — 2 — / 续表 / header / 　B等领域信息公开。). The one-sentence item that
// is the task cell itself goes on with it.
func (b *treeBuilder) continuesCutTask(r row) bool {
	if !r.afterBreak || r.task.Len() == 0 || r.goal.Len() > 0 || r.seq.Len() > 0 || r.content.Len() > 0 ||
		len(r.units) > 0 || r.deadline.Len() > 0 || !slices.Contains(b.lay.roles, table.Seq) {
		return false
	}
	t := b.curTask()
	if t == nil || len(t.items) != 1 || t.sentence.Len() == 0 || t.items[0].Text != t.sentence.S {
		return false
	}
	t.h.title = strings.TrimRight(t.sentence.S+r.task.S, taskTitleEnd)
	t.h.span.End = r.task.SrcEnd(r.task.Len())
	t.sentence = source.Concat(t.sentence, r.task)
	return b.appendToLastItem(r.task, "")
}

// rowSeq tells, for the table being read, whether its 序号 numbers the
// rows rather than the tasks: a row numbered under a task cell merged
// over it (tasks lists the tasks numbered by their first row's 序号 so
// far, whose numbers are then the rows').
type rowSeq struct {
	rows  bool
	tasks []*bTask
}

// underMergedTask reports a row numbered in the 序号 column with its text
// in the content column under a task opened by a task cell, its own task
// cell empty (二级任务 | 工作措施 with 加强政治建设 merged over rows 1 and
// 2): the task cell was merged over it, so the row is an item of that task
// and the 序号 numbers rows, not tasks. The tasks numbered by their first
// row lose that number.
func (b *treeBuilder) underMergedTask(r row) bool {
	t := b.curTask()
	if r.seq.Len() == 0 || r.content.Len() == 0 || r.goal.Len() > 0 || t == nil || !slices.Contains(b.rowSeq.tasks, t) {
		return false
	}
	b.rowSeq.rows = true
	for _, t := range b.rowSeq.tasks {
		t.h.no, t.h.index = "", 0
	}
	return true
}

// groupOverDecimalRows reads a row numbered N.k (1.1, 1.2 …) with a task
// cell of its own under the row numbered N whose only text is its task
// cell's (1 | 产业发展, a group's name merged over the row): that row
// heads a group of tasks, so it is a goal numbered N, not a task, and the
// N.k rows are its tasks (numbered as printed, 1.1, as decimal section
// numbers are). The goal with neither number nor title that the N row's
// task opened, left empty, goes.
func (b *treeBuilder) groupOverDecimalRows(r row) {
	t := b.curTask()
	if t == nil || r.task.Len() == 0 || r.goal.Len() > 0 || !titleOnly(t) {
		return
	}
	if parent, ok := decimalParent(strings.TrimSpace(r.seq.S)); !ok || parent != t.h.no {
		return
	}
	b.closeTask(false)
	g := b.curGoal()
	g.tasks = g.tasks[:len(g.tasks)-1]
	if len(g.tasks) == 0 && g.h.no == "" && g.h.title == "" && len(g.text) == 0 {
		b.goals = b.goals[:len(b.goals)-1]
	}
	goal := b.goalPile.next()
	goal.h = t.h
	b.goals = append(b.goals, goal)
	b.groupLead = b.groupLead[:0]
	b.inherit = nil // the group row's units were inherited, not its own
}

// titleOnly reports a task whose one item is its title, with no units of
// its own: a row holding only its task cell.
func titleOnly(t *bTask) bool {
	return len(t.items) == 1 && (len(t.items[0].Units) == 0 || t.items[0].UnitsInherited) &&
		strings.TrimRight(t.items[0].Text, "。") == t.h.title
}

// decimalParent reads a decimal row number N.k (1.1, 2．3: one to three
// digits each side of a dot) and returns N.
func decimalParent(s string) (string, bool) {
	for _, dot := range []string{".", "．"} {
		if a, b, found := strings.Cut(s, dot); found && shortDigits(a) && shortDigits(b) {
			return a, true
		}
	}
	return "", false
}

// shortDigits reports one to three ASCII digits.
func shortDigits(s string) bool {
	_, n := ord.ArabicPrefix(s)
	return n == len(s) && n > 0 && n <= 3
}
