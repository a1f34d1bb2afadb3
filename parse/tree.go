package parse

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
	"github.com/zwgk/gongwen/segment/script"
)

// piece is content waiting to become an item: a paragraph, or the part of
// one between two unit clauses.
type piece struct {
	s     source.Str
	whole bool // a whole paragraph (candidate for Plan.Closing)
}

// head is what the heading of a goal or task gives it: the ordinal as
// written, its value, the title and the span. The model's Goal and Task
// are made from it once the tree is finished.
type head struct {
	no    string
	index int
	title string
	span  model.Span
}

// bTask is a task being built, with what its heading said.
type bTask struct {
	h        head
	sentence source.Str // the heading text after the ordinal, for one-sentence entries
	runOn    bool       // the heading ran on into content
	selfItem bool       // the task's item is its own heading sentence
	// headItem tells that the task's first item is its heading sentence
	// closed by a unit clause (（一）做好民生信息公开（牵头单位：…）); when
	// numbered entries without units follow, the heading was their title
	// and the clause theirs (dropHeadItem).
	headItem bool
	// subStyle, when not None, is the sub-item style (（1）, ①) whose
	// entries are the task's items, its heading a title only
	// (subItemsAreItems).
	subStyle ord.Style
	// subRows tells that table rows numbered N-k under the task's row N
	// are its items (subRow).
	subRows bool
	// clauses are unit lines right under a heading that is a title (no
	// 。), before any content: they speak for the content that follows.
	clauses []clauseRef
	// head is the unit heading line the task is an entry of (unitheads.go).
	head  *clauseRef
	items []*model.Item
	// side holds the items when they lie side by side in one chunk of
	// the builder's slab, as they usually do: the plan takes them as
	// they are. It is nil when they do not.
	side []model.Item
}

// addItem appends it, which lies at chunk[k], to the task's items.
func (t *bTask) addItem(it *model.Item, chunk []model.Item, k int) {
	n := len(t.side)
	switch {
	case len(t.items) == 0:
		t.side = chunk[k : k+1]
	case n == len(t.items) && k >= n && &chunk[k-n] == &t.side[0]:
		t.side = chunk[k-n : k+1]
	default:
		t.side = nil
	}
	t.items = append(t.items, it)
}

// bGoal is a goal being built, with its prose and tasks.
type bGoal struct {
	h         head
	taskStyle ord.Style    // an item style whose entries are this goal's tasks (1. straight under 一、)
	text      []source.Str // prose directly under the goal
	tasks     []*bTask
	// clauses are the unit clauses closing the goal's heading or standing
	// under it before its first task; they speak for the goal's items that
	// have no units of their own.
	clauses []clauseRef
	// closer is the last item of the goal's last task when a unit line of
	// its own closed it (shareGoalCloser).
	closer *model.Item
}

// treeBuilder assembles goals, tasks and items from the plan region's
// blocks. Headings open goals and tasks, content accumulates, and unit
// clauses close items: "units close items".
type treeBuilder struct {
	src *source.Source
	// slab holds the plan's items, those of a task side by side; the
	// items of a small plan are copied out of it by finish, and it is
	// kept for the next document (release).
	slab    pile[model.Item]
	levels  styleLevels // 1 goal, 2 task, 3 item, 4 sub-item
	goals   []*bGoal
	pending []piece
	itemNo  string
	// itemSub tells that the pending item opened with a sub-item ordinal
	// or a bullet of its own (①…); lastSub, that the last item did.
	// itemFull is that first piece with its ordinal, kept in case more
	// sub-items of the same style join the item (then the ordinals are
	// content, not the item's own number).
	itemSub, lastSub bool
	// itemShi is the value of the 一是, 二是 … that opened the pending
	// item, 0 when none did: a paragraph opening with the next one starts
	// the next item.
	itemShi   int
	itemFull  source.Str
	itemStyle ord.Style
	preamble  []source.Str
	warnings  []model.Warning
	lay       *layout
	inherit   *model.Item  // the last table item with its own units
	groupLead []model.Unit // the leading units of the last row with a 牵头单位 (or lone 责任单位) cell
	// unitColumn is set once the plan has a 责任单位 column: lines that
	// are nothing but unit lists are then that column's cells.
	unitColumn bool
	// rowTasks is set once a table row opened a task.
	rowTasks bool
	// entryTask is the last task a row of a table without 序号 or task
	// column opened (entryRow).
	entryTask *bTask
	// rowSeq tells whether the table's 序号 numbers rows (underMergedTask).
	rowSeq rowSeq
	// rule is a lead rule stated with 下同 in an earlier clause: it covers
	// the clauses that follow. itemRules holds the rule covering each item,
	// applied when the tree is finished; clauses holds the source ranges of
	// the unit clauses read, so that a document-wide rule is not looked for
	// inside them.
	rule      *leadRule
	itemRules map[*model.Item]leadRule
	clauses   [][2]int
	// held are clauses inside a sentence that goes on after them: their
	// units go to the item the sentence belongs to.
	held []clauseRef
	// headClauses is the array heading reads a task heading's clauses
	// into, kept from heading to heading (and for the next document):
	// what it holds is copied out by value before the next heading.
	headClauses []clauseRef
	// unattributed are the open task's items closed by the next ordinal
	// without a unit clause since the last one: a unit line after the
	// block (1.… 2.… 3.… 责任单位：…) speaks for all of them.
	unattributed []*model.Item
	// sharing are the items that took the units of the last unit line
	// with the item it closed: a second line (配合单位：…) adds to them too.
	sharing []*model.Item
	// textEnd is where the source text's trailing space starts, -1 until
	// atEnd first asks.
	textEnd int
	// standing are the units a clause's note named for every later item
	// (以下各项均需…落实，不再列出); itemStanding, the items made since,
	// which take them in finish once their own units are known.
	standing     []model.Unit
	itemStanding map[*model.Item][]model.Unit
	// head is the unit heading line (县发展改革局：) over the entries being
	// read; itemHead, the one over the pending item when that item is its
	// entry; headed, the items made so (unitheads.go).
	head     *unitHead
	itemHead *clauseRef
	headed   map[*model.Item]clauseRef
	// goalPile and taskPile hold the goals and tasks being built; a
	// builder released (release) keeps them for the next document.
	goalPile pile[bGoal]
	taskPile pile[bTask]
}

// newTreeBuilder reads the ordinal styles of the region's paragraphs and
// gives each its heading level.
func newTreeBuilder(src *source.Source, blocks []block) *treeBuilder {
	b := builders.Get().(*treeBuilder)
	b.src, b.textEnd = src, -1
	var seen styleSet
	shi := 0              // paragraphs opening 一是, 二是 … in sequence
	var decimals [2]int   // paragraphs opening 2.1 and 2.1.1
	articlesLead := false // a 第一条 before any （一）
	for _, bl := range blocks {
		if bl.kind != blockPara {
			continue
		}
		if o, ok := ord.Read(bl.s.S); ok {
			articlesLead = articlesLead || o.Style == ord.CnArticle && !seen[ord.CnParen]
			seen[o.Style] = true
		} else if o, ok := ord.Inline(bl.s.S); ok && o.Index == shi+1 && !enumeratesOn(bl.s.S[o.Size:]) {
			shi++
		} else if o, ok := ord.ReadDecimal(bl.s.S); ok {
			decimals[o.Style-ord.Decimal]++
		}
	}
	if seen == (styleSet{}) && shi >= minShiHeadings {
		// A text whose only numbering is paragraphs opening 一是…, 二是…:
		// they are its one heading level.
		seen[ord.CnShi] = true
	}
	if decimals[0] >= minDecimalHeadings {
		// 2.1 完善…, 2.2 提升…: sections numbered the decimal way.
		seen[ord.Decimal] = true
		seen[ord.Decimal3] = decimals[1] > 0
	}
	b.levels = headingLevels(seen)
	if articlesLead && !seen[ord.CnDun] {
		// 第一章 / 第一条 / （一）: a regulation's chapters, articles and
		// the points an article enumerates.
		b.levels = articleLevels(seen)
	}
	if seen == (styleSet{ord.CnDun: true}) && unitsUnderGoals(blocks) {
		// 一、 is the only heading level and its sections assign work
		// (a 纪要's decisions: 一、关于…问题 / …由X牵头，Y配合。): a
		// document with one heading level has its entries as tasks,
		// and their clauses close items, where prose sections without
		// units (一、指导思想) stay goals.
		b.levels[ord.CnDun] = levelTask
	}
	return b
}

// unitsUnderGoals reports whether a paragraph from the first 一、 heading
// on holds a unit clause, or the content a heading runs on into opens
// with one (一、关于…问题。由X牵头，…).
func unitsUnderGoals(blocks []block) bool {
	inGoals := false
	for _, bl := range blocks {
		if bl.kind != blockPara {
			continue
		}
		o, heading := ord.Read(bl.s.S)
		inGoals = inGoals || heading && o.Style == ord.CnDun
		if !inGoals {
			continue
		}
		if len(findClauses(bl.s, false)) > 0 {
			return true
		}
		if _, content := splitRunOn(bl.s.From(o.Size)); heading && content.Len() > 0 && len(findClauses(content, false)) > 0 {
			return true
		}
	}
	return false
}

// minShiHeadings is how many paragraphs must open 一是, 二是 … in
// sequence, with no other heading ordinal in the region, for them to be
// the plan's headings.
const minShiHeadings = 2

// minDecimalHeadings is how many paragraphs must open a decimal section
// number (2.1) for those numbers to be headings: one may be a figure
// that starts a sentence.
const minDecimalHeadings = 2

// readHeading recognises the ordinal of a heading at the start of p: a
// Read ordinal, or 一是 where the paragraphs opening with it are the
// plan's headings.
func (b *treeBuilder) readHeading(p string) (ord.Ordinal, bool) {
	if o, ok := ord.Read(p); ok {
		return o, true
	}
	if b.levels[ord.Decimal] > 0 {
		if o, ok := ord.ReadDecimal(p); ok && b.levels[o.Style] > 0 {
			return o, true
		}
	}
	if b.levels[ord.CnShi] == 0 {
		return ord.Ordinal{}, false
	}
	return ord.Inline(p)
}

// curGoal is the open goal, or nil before the first.
func (b *treeBuilder) curGoal() *bGoal {
	if len(b.goals) == 0 {
		return nil
	}
	return b.goals[len(b.goals)-1]
}

// curTask is the open goal's last task, or nil.
func (b *treeBuilder) curTask() *bTask {
	g := b.curGoal()
	if g == nil || len(g.tasks) == 0 {
		return nil
	}
	return g.tasks[len(g.tasks)-1]
}

// newGoal closes the open task and opens a goal.
func (b *treeBuilder) newGoal(no string, index int, title source.Str, span model.Span) {
	b.closeTask(false)
	b.groupLead = b.groupLead[:0] // no merged lead cell spans a goal row
	t := source.TrimRight(title.S, "。.；;：: \u3000")
	g := b.goalPile.next()
	g.h = head{no: no, index: index, title: t, span: span}
	b.goals = append(b.goals, g)
}

// ensureGoal opens a goal with no ordinal or title when a task comes
// before any goal (a plan with one heading level).
func (b *treeBuilder) ensureGoal(span model.Span) {
	if len(b.goals) == 0 {
		g := b.goalPile.next()
		g.h = head{span: model.Span{Start: span.Start, End: span.Start, Line: span.Line}}
		b.goals = append(b.goals, g)
	}
}

// taskTitleEnd is what a task title is trimmed of at its end.
const taskTitleEnd = "。.；;：: \u3000—"

// newTask closes the open task and opens one in the current goal.
func (b *treeBuilder) newTask(no string, index int, title source.Str, sentence source.Str, runOn bool, span model.Span) {
	b.closeTask(true)
	b.ensureGoal(span)
	g := b.curGoal()
	t := source.TrimRight(title.S, taskTitleEnd)
	task := b.taskPile.next()
	*task = bTask{h: head{no: no, index: index, title: t, span: span}, sentence: sentence, runOn: runOn, head: b.headFor(levelTask)}
	g.tasks = append(g.tasks, task)
}

// addContent adds prose to the current task, splitting it at unit clauses.
func (b *treeBuilder) addContent(s source.Str, whole bool) {
	if b.curTask() == nil {
		if g := b.curGoal(); g != nil {
			// Prose directly under a goal (总体要求…) is the goal's text.
			g.text = append(g.text, s)
		} else {
			b.preamble = append(b.preamble, s)
		}
		return
	}
	b.splitContent(s, findClauses(s, b.atEnd(s)), whole)
}

// splitContent adds prose s to the current task, splitting it at its unit
// clauses, which findClauses found in s.
func (b *treeBuilder) splitContent(s source.Str, clauses []clauseRef, whole bool) {
	prev := 0
	for i, c := range clauses {
		if midSentence(s.S, c) {
			// 实施（卫生院内由卫健部门负责），省政府…: the sentence goes on,
			// so the clause names units of the item without closing it.
			b.held = append(b.held, c)
			sp := b.src.SpanAll(s.Slice(c.start, c.end))
			b.clauses = append(b.clauses, [2]int{sp.Start, sp.End})
			continue
		}
		if len(b.pending) == 0 && trimPiece(s.Slice(prev, c.start)).Len() == 0 {
			// 1.【责任单位：X】公布…: a clause that opens an item speaks for
			// the text after it, up to the next clause.
			end := len(s.S)
			if i+1 < len(clauses) {
				end = clauses[i+1].start
			}
			if after := trimPiece(s.Slice(c.end, end)); after.Len() > 0 {
				if c.inText {
					// 由X牵头，Y配合，公布…: unbracketed, the clause is
					// content too, and the item's text starts at it.
					after = trimPiece(s.Slice(c.start, end))
				}
				b.pending = append(b.pending, piece{s: b.ownOrdinal(after)})
				b.closeItem(c, s.Slice(c.start, c.end))
				prev = end
				continue
			}
		}
		end := c.start
		if c.inText {
			// An unbracketed comma tail is content: the item's text runs
			// through it, up to the end of its piece or sentence.
			end = c.end
		}
		if p := trimPiece(s.Slice(prev, end)); p.Len() > 0 {
			b.pending = append(b.pending, piece{s: b.ownOrdinal(p)})
		}
		b.closeItem(c, s.Slice(c.start, c.end))
		prev = c.end
	}
	if p := trimPiece(s.From(prev)); p.Len() > 0 {
		p = b.ownOrdinal(p)
		b.pending = append(b.pending, piece{s: p, whole: whole && len(clauses) == 0})
	}
}

// trimPiece trims the spaces around a piece of content, the punctuation
// that a unit clause before it left at its start (，2.做好…) and the dash
// that led to a clause after it (推进决策公开——责任单位：…); a piece of
// punctuation alone is empty.
func trimPiece(p source.Str) source.Str {
	p = p.TrimSpace().TrimFunc(func(r rune) bool { return r == '—' || source.IsSpace(r) })
	for {
		r, n := script.DecodeRune(p.S)
		if n == 0 || !source.ContainsRune("，,、；;。.", r) {
			return p
		}
		p = p.From(n).TrimSpace()
	}
}

// midSentence reports whether the sentence goes on after clause c: a
// comma follows it, then more text that does not open a numbered entry.
func midSentence(s string, c clauseRef) bool {
	rest := strings.TrimLeft(s[c.end:], " \u3000")
	r, n := script.DecodeRune(rest)
	if r != '，' && r != ',' && r != '、' {
		return false
	}
	next := strings.TrimSpace(rest[n:])
	_, numbered := ord.Read(next)
	return next != "" && !numbered
}

// ownOrdinal takes an item's own ordinal off the start of its first piece:
// in （一）…。1.建立…（责任单位：…）2.对… the items are 建立… and 对…
// numbered 1 and 2.
func (b *treeBuilder) ownOrdinal(p source.Str) source.Str {
	if len(b.pending) > 0 {
		return p
	}
	if r, n := script.DecodeRune(p.S); source.InSet(bullets, r) {
		b.itemNo = string(r) // a bullet marks the item as its own ordinal would
		b.itemSub = true
		return p.From(n).TrimSpace()
	}
	if o, ok := ord.Inline(p.S); ok && !enumeratesOn(p.S[o.Size:]) {
		// 一是…（责任单位：…）；二是…: each piece its own item. When one
		// clause closes 一是…；二是… together, the numbers are content.
		b.itemNo, b.itemShi = o.No, o.Index
		return p.From(o.Size)
	}
	o, ok := ord.Read(p.S)
	if !ok || o.Style < ord.ArabicDot || b.levels[o.Style] == levelGoal || b.levels[o.Style] == levelTask {
		return p
	}
	if continuesList(p.S[o.Size:], func(t string) bool {
		n, ok := ord.Read(t)
		return ok && n.Style == o.Style && n.Index == o.Index+1
	}) {
		return p // 1.…；2.…；3.… under one clause: the numbers are content, as 一是…；二是…
	}
	b.itemNo = o.No
	b.itemSub = b.levels[o.Style] == levelSubItem
	b.itemFull, b.itemStyle = p, o.Style
	return p.From(o.Size)
}

// enumeratesOn reports whether s goes on to a next 二是… of an inline
// enumeration after a punctuation mark.
func enumeratesOn(s string) bool {
	return continuesList(s, func(t string) bool {
		_, ok := ord.Inline(t)
		return ok
	})
}

// continuesList reports whether s goes on, after a punctuation mark, with
// text that next takes for the next entry of an inline list.
func continuesList(s string, next func(string) bool) bool {
	for i, r := range s {
		if source.ContainsRune("；;，,。", r) && next(strings.TrimLeft(s[i+utf8.RuneLen(r):], " \u3000")) {
			return true
		}
	}
	return false
}

// bullets open list entries in place of an ordinal.
const bullets = "●○■□◆◇▲△★☆•▪◎※·"

// closeItem makes the pending content an item attributed to clause c.
func (b *treeBuilder) closeItem(c clauseRef, written source.Str) {
	b.unattributed = nil
	if len(c.standing) > 0 {
		// 以下各项…: the items after this clause's own.
		defer func() { b.standing = b.units(c.standing) }()
	}
	if c.cut.Len() > 0 {
		b.cutOff(c.cut)
	}
	if len(c.units) == 0 {
		// A person line, or a list whose only unit was cut off; a
		// deadline line after an item's unit lines is that item's.
		if t := b.curTask(); c.deadline != "" && t != nil && len(b.pending) == 0 && len(t.items) > 0 {
			if it := t.items[len(t.items)-1]; it.Deadline == "" {
				it.Deadline = c.deadline
			}
		}
		return
	}
	t := b.curTask()
	if t == nil {
		if g := b.curGoal(); g != nil && g.h.no != "" && len(b.pending) == 0 {
			// 一、深化财政信息公开 / 牵头单位：市财政局 / （一）…: a unit line
			// under the goal heading, before its tasks, is the goal's.
			sp := b.src.SpanAll(written)
			b.clauses = append(b.clauses, [2]int{sp.Start, sp.End})
			g.clauses = append(g.clauses, c)
			return
		}
		b.unplaced(written) // units before any task
		return
	}
	sp := b.src.SpanAll(written)
	b.clauses = append(b.clauses, [2]int{sp.Start, sp.End})
	rule := c.rule
	if rule != nil && rule.onward {
		b.rule = rule
	}
	if rule == nil {
		rule = b.rule
	}
	if len(b.pending) == 0 && len(t.items) == 0 && (len(t.clauses) > 0 || t.sentence.Len() > 0 && !t.runOn && !strings.HasSuffix(strings.TrimSpace(t.sentence.S), "。")) {
		// （一）推进财政信息公开 / 责任单位：市财政局 / 细化…: the line
		// speaks for the content below the title, which has not come yet.
		sp := b.src.SpanAll(written)
		b.clauses = append(b.clauses, [2]int{sp.Start, sp.End})
		t.clauses = append(t.clauses, c)
		return
	}
	if len(b.pending) == 0 {
		if n := len(t.items); n > 0 {
			// A second unit line (牵头单位 then 责任单位) adds to the item.
			it := t.items[n-1]
			b.coverBy(it, rule)
			n := len(it.Units)
			it.Units = b.appendUnits(it.Units, c.units)
			it.UnitsText = strings.TrimSpace(it.UnitsText + "；" + c.text.S)
			if it.Deadline == "" {
				it.Deadline = c.deadline
			}
			b.shareUnits(b.sharing, it.Units[n:])
			return
		}
		if t.sentence.Len() > 0 {
			b.pending = append(b.pending, piece{s: t.sentence})
			t.selfItem = true
		}
	}
	it := b.makeItem()
	if it == nil {
		return
	}
	if len(it.Units) == 0 {
		it.Units = b.units(c.units) // made for this item, at its size
	} else {
		it.Units = b.appendUnits(it.Units, c.units)
	}
	it.UnitsText = joinNonEmpty(it.UnitsText, c.text.S)
	if it.UnitsSpan == nil {
		it.UnitsSpan = &sp
	}
	it.Deadline = c.deadline
	b.coverBy(it, rule)
	if above(c.text.S) && b.opensLine(written) {
		b.coverAbove(it)
	}
}

// above reports a clause that speaks for the work above it: 以上工作由…
// 牵头, 以上任务…负责, 上述工作由…负责. Standing in a paragraph
// (…；3.反馈情况。（以上由X负责）) it speaks for that paragraph only;
// opening a line of its own, for the tasks above (coverAbove).
func above(s string) bool {
	s = source.TrimSpace(s)
	return strings.HasPrefix(s, "以上") || strings.HasPrefix(s, "上述")
}

// opensLine reports whether s starts its line in the source, after spaces
// at most.
func (b *treeBuilder) opensLine(s source.Str) bool {
	if s.Len() == 0 {
		return false
	}
	start := s.Src(0)
	line := b.src.Text[strings.LastIndexByte(b.src.Text[:start], '\n')+1 : start]
	return strings.TrimLeft(line, " \t\u3000\u00a0") == ""
}

// coverAbove gives the units of it, closed by a clause that opens 以上 or
// 上述 (以上工作由市政府办公室牵头…), to the items before it in the same goal
// that have none, back to the last item that has some: the clause closes
// the tasks above it, not only the last.
func (b *treeBuilder) coverAbove(it *model.Item) {
	g := b.curGoal()
	for ti := len(g.tasks) - 1; ti >= 0; ti-- {
		items := g.tasks[ti].items
		for ii := len(items) - 1; ii >= 0; ii-- {
			prev := items[ii]
			if prev == it {
				continue
			}
			if len(prev.Units) > 0 {
				return
			}
			b.takeUnits(prev, it)
		}
	}
}

// takeUnits gives it the units of from, with from's clause as written,
// its span, its deadline and the lead rule that covers from: an item
// without units of its own taking those of the item whose clause speaks
// for it too (coverAbove, dropHeadItem, shareGoalCloser).
func (b *treeBuilder) takeUnits(it, from *model.Item) {
	it.Units = append(it.Units, from.Units...)
	it.UnitsText, it.UnitsSpan, it.Deadline = from.UnitsText, from.UnitsSpan, from.Deadline
	if r, ok := b.itemRules[from]; ok {
		b.coverBy(it, &r)
	}
}

// shareUnits gives units read from a unit line to the items of its block
// that were closed by their successor's ordinal without units of their
// own, as the line gave them to the last item of the block.
func (b *treeBuilder) shareUnits(block []*model.Item, units []model.Unit) {
	t := b.curTask()
	if t == nil || len(t.items) == 0 || len(block) == 0 {
		return
	}
	last := t.items[len(t.items)-1]
	for _, it := range block {
		it.Units = append(it.Units, units...)
		it.UnitsText, it.UnitsSpan, it.Deadline = last.UnitsText, last.UnitsSpan, last.Deadline
		if r, ok := b.itemRules[last]; ok {
			b.coverBy(it, &r)
		}
	}
	b.sharing = block
}

// coverBy notes that a lead rule covers an item; the first rule noted for
// it wins.
func (b *treeBuilder) coverBy(it *model.Item, r *leadRule) {
	if r == nil {
		return
	}
	if _, ok := b.itemRules[it]; !ok {
		if b.itemRules == nil {
			b.itemRules = map[*model.Item]leadRule{}
		}
		b.itemRules[it] = *r
	}
}

// inClause reports whether a source offset lies inside a unit clause read.
func (b *treeBuilder) inClause(off int) bool {
	for _, c := range b.clauses {
		if off >= c[0] && off < c[1] {
			return true
		}
	}
	return false
}

// units turns parsed unit references into model units with spans.
func (b *treeBuilder) units(refs []unitRef) []model.Unit {
	return b.appendUnits(make([]model.Unit, 0, len(refs)), refs)
}

// appendUnits appends the model units of refs to dst: an item's units
// grow in place, without a slice of them made and thrown away.
func (b *treeBuilder) appendUnits(dst []model.Unit, refs []unitRef) []model.Unit {
	for _, u := range refs {
		dst = append(dst, model.Unit{Name: u.name.S, Role: u.role, Span: b.src.SpanAll(u.name)})
	}
	return dst
}

// makeItem turns the pending pieces into an item of the current task.
func (b *treeBuilder) makeItem() *model.Item {
	t := b.curTask()
	if t == nil || len(b.pending) == 0 {
		b.pending = b.pending[:0]
		return nil
	}
	text := b.pending[0].s // one piece, the usual item
	if len(b.pending) > 1 {
		parts := make([]source.Str, len(b.pending))
		for i, p := range b.pending {
			parts[i] = p.s
		}
		if b.itemSub && b.joinedSubItems() {
			// （1）…（2）… closed together: the task's content, numbered inside.
			parts[0], b.itemNo, b.itemSub = b.itemFull, "", false
		}
		text = source.Join(parts, "\n")
	}
	b.itemFull = source.Str{}
	it, chunk, k := b.slab.nextIn()
	*it = model.Item{No: b.itemNo, Text: text.S, Span: b.src.SpanAll(text), Units: []model.Unit{}}
	t.addItem(it, chunk, k)
	if b.standing != nil {
		if b.itemStanding == nil {
			b.itemStanding = map[*model.Item][]model.Unit{}
		}
		b.itemStanding[it] = b.standing
	}
	if c := b.itemHead; c != nil {
		if b.headed == nil {
			b.headed = map[*model.Item]clauseRef{}
		}
		b.headed[it] = *c
		b.itemHead = nil
	}
	b.sharing = nil
	b.pending = b.pending[:0]
	b.itemNo, b.itemShi = "", 0
	b.lastSub, b.itemSub = b.itemSub, false
	for _, c := range b.held {
		it.Units = b.appendUnits(it.Units, c.units)
		it.UnitsText = joinNonEmpty(it.UnitsText, c.text.S)
		if it.UnitsSpan == nil && len(c.units) > 0 {
			sp := b.src.SpanAll(c.text)
			it.UnitsSpan = &sp
		}
		if it.Deadline == "" {
			it.Deadline = c.deadline
		}
		b.coverBy(it, c.rule)
	}
	b.held = nil
	return it
}

// maxItemTitle bounds, in runes, the short title an item may have on a
// line of its own above its unit lines and content.
const maxItemTitle = 20

// holdForContent keeps the unit, person and deadline lines that follow an
// item's short title (1.决策目录管理 / 责任单位：X / 年初公布目录…。) for the
// item, which goes on with the content below them: they are held like a
// clause inside a sentence and given to the item when it is made. A line
// after a sentence, or after items that wait for a line to speak for
// them all, closes as before.
func (b *treeBuilder) holdForContent(c clauseRef, p source.Str) bool {
	if len(b.pending) != 1 || b.itemNo == "" || b.itemSub || len(b.unattributed) > 0 || b.curTask() == nil {
		return false
	}
	if len(c.units) == 0 && len(b.held) == 0 {
		return false // a person or deadline line alone: as before
	}
	title := b.pending[0].s.S
	if source.ContainsAny(title, "。；;") || source.MoreRunes(title, maxItemTitle) || len(findClauses(b.pending[0].s, false)) > 0 {
		return false
	}
	sp := b.src.SpanAll(p)
	b.clauses = append(b.clauses, [2]int{sp.Start, sp.End})
	if c.rule != nil && c.rule.onward {
		b.rule = c.rule
	}
	b.held = append(b.held, c)
	return true
}

// joinedSubItems reports whether a later pending piece opens another
// sub-item of the style the first one opened with.
func (b *treeBuilder) joinedSubItems() bool {
	for _, p := range b.pending[1:] {
		if o, ok := ord.Read(p.s.S); ok && o.Style == b.itemStyle {
			return true
		}
	}
	return false
}

// joinNonEmpty joins unit texts with ；, skipping empty ones.
func joinNonEmpty(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	return a + "；" + b
}

// closeTask flushes content without a unit clause into an item.
// beforeTask tells that a task of the same goal follows: sentences
// between two entries are the upper one's content, never the goal's.
func (b *treeBuilder) closeTask(beforeTask bool) {
	b.unattributed, b.sharing = nil, nil
	t := b.curTask()
	if t == nil {
		b.pending = b.pending[:0]
		return
	}
	if len(b.pending) > 0 && !(beforeTask && sentencesOnly(b.pending)) && b.afterSentenceList(t) {
		// 1.…。 2.…。 then a paragraph closing the goal: the entries are
		// one sentence each and the paragraph speaks for the goal, not for
		// the last entry. Sentences between two entries (第十二条…。
		// 第十三条…。 then a paragraph and 第十四条) are the upper entry's
		// own; a heading line the builder did not take stays out of it.
		g := b.curGoal()
		for _, p := range b.pending {
			g.text = append(g.text, p.s)
		}
		b.pending = b.pending[:0]
	}
	if len(b.pending) > 0 {
		b.makeItem()
	} else if len(t.items) == 0 && t.sentence.Len() > 0 && !t.runOn {
		b.pending = append(b.pending, piece{s: t.sentence})
		b.makeItem()
		t.selfItem = true
	}
	b.unitLinesAbove(t)
	for _, it := range t.items {
		b.giveHead(t, it)
		b.giveClauses(it, t.clauses)
	}
	if t.headItem {
		b.dropHeadItem(t)
	}
}

// dropHeadItem undoes the item a task heading closed by its unit clause
// made of itself, when what follows under the task names no units but by
// numbered entries of its own (1.…, 一是…, ①…): the heading is the title
// of that content, and its clause speaks for each item without units of
// its own (as a goal heading's clause does). Unnumbered content with a
// clause of its own leaves the heading's item as it is.
func (b *treeBuilder) dropHeadItem(t *bTask) {
	if len(t.items) < 2 {
		return
	}
	for _, it := range t.items[1:] {
		if it.No == "" && len(it.Units) > 0 {
			return
		}
	}
	head := t.items[0]
	t.items = t.items[1:]
	if len(t.side) == len(t.items)+1 {
		t.side = t.side[1:]
	} else {
		t.side = nil
	}
	for _, it := range t.items {
		if len(it.Units) == 0 { // else its own clause
			b.takeUnits(it, head)
		}
	}
	delete(b.itemRules, head)
}

// sentencesOnly reports whether every piece is prose ending a sentence
// (。): not a heading line the builder did not take (one opening with an
// ordinal, 6.4.2 …) nor a lead-in closed by a colon.
func sentencesOnly(ps []piece) bool {
	for _, p := range ps {
		t := strings.TrimSpace(p.s.S)
		if !strings.HasSuffix(t, "。") {
			return false
		}
		if _, ok := ord.Read(t); ok {
			return false
		}
		if _, ok := ord.ReadDecimal(t); ok {
			return false
		}
	}
	return true
}

// afterSentenceList reports whether the pending paragraphs follow a run of
// one-sentence entries: t is a whole sentence with nothing attributed yet,
// the entry before it was its own item, and the paragraphs carry no units.
func (b *treeBuilder) afterSentenceList(t *bTask) bool {
	g := b.curGoal()
	if t.runOn || len(t.items) > 0 || !strings.HasSuffix(strings.TrimSpace(t.sentence.S), "。") || len(g.tasks) < 2 || !g.tasks[len(g.tasks)-2].selfItem {
		return false
	}
	for _, p := range b.pending {
		if !p.whole {
			return false
		}
	}
	return true
}

// build feeds the plan region's blocks to the builder in order: a table
// header sets the layout of the rows after it, rows and paragraphs are
// read into the tree. The tables are noted in tables for the quality
// assessment.
func (b *treeBuilder) build(blocks []block, tables *tableEvidence) {
	prevHeader := false
	figures := figureTables(blocks)
	for i, bl := range blocks {
		if figures[i] && b.curTask() == nil && b.curGoal() != nil {
			// A table of figures right under a goal (指标 | 单位 | 2024年目标):
			// the goal's text, not its tasks.
			g := b.curGoal()
			for _, c := range bl.cells {
				if c.Len() > 0 {
					g.text = append(g.text, c)
				}
			}
			continue
		}
		switch bl.kind {
		case blockHeader:
			l := bl.layout()
			if prevHeader && b.lay != nil {
				// A two-row header (责任分工 over 牵头单位 | 配合单位).
				l = b.lay.merge(l)
			}
			b.lay = &l
			b.rowSeq = rowSeq{tasks: b.rowSeq.tasks[:0]}
			tables.header(l)
			for _, r := range l.roles {
				if r == table.Units {
					b.unitColumn = true
				}
			}
		case blockRow:
			guessed := b.lay == nil
			b.tableRow(bl)
			tables.row(bl, guessed, b.lay)
		case blockPara:
			b.para(bl.s)
		}
		prevHeader = bl.kind == blockHeader
	}
}

// para handles a prose paragraph.
func (b *treeBuilder) para(p source.Str) {
	if c, ok := unitLine(p); ok && (!c.weak || b.curTask() != nil) {
		if b.atEnd(p) {
			c.dropCut()
		}
		if b.holdForContent(c, p) {
			return
		}
		block, closing := b.unattributed, len(b.pending) > 0
		b.closeItem(c, p)
		if t := b.curTask(); closing && t != nil && len(t.items) > 0 {
			b.shareUnits(block, t.items[len(t.items)-1].Units)
			b.curGoal().closer = t.items[len(t.items)-1]
		}
		return
	}
	if b.atEnd(p) && isCutLabel(p.S) {
		b.cutOff(p) // 牵头责任 where the excerpt stops inside a label
		return
	}
	o, ok := b.readHeading(p.S)
	if ok && b.levels[o.Style] == levelSubItem && len(b.pending) == 0 && !b.lastSub && !b.subItemsAreItems(o, strings.TrimSpace(p.S)) && len(findClauses(p, false)) == 0 {
		// （1）… after its item's unit clause is still part of that item,
		// unless that item was a sub-item with a clause of its own.
		if b.appendToLastItem(p, "\n") {
			return
		}
	}
	if ok && b.heading(o, p) {
		return
	}
	if b.unitColumn {
		if refs, ok := bareUnitList(p); ok {
			b.closeItem(clauseRef{text: p, units: refs}, p)
			return
		}
	}
	if b.unitHeading(p) {
		return
	}
	if b.itemShi > 0 && b.nextShi(p.S) {
		// 一是…。 / 二是…。 as paragraphs of their own: the pending 一是
		// item ends here, without units so far; a unit line after the
		// block speaks for it too.
		b.closeUnattributed()
	}
	b.contentUnderHead()
	b.addContent(p, true)
}

// subItemsAreItems reports whether a sub-item ordinal o (（1）, ①) opens
// an item of the open task rather than a point inside the item above it,
// and notes it in the task when it first does: the task's heading is a
// title only (1.公开许可事项清单。) and nothing but entries of that style,
// from 1 on, has been written under it (a ① under such a （1） stays
// inside its item); a first entry p ending in ；enumerates the points of
// one item instead.
func (b *treeBuilder) subItemsAreItems(o ord.Ordinal, p string) bool {
	t := b.curTask()
	switch {
	case t == nil || (o.Style != ord.ArabicParen && o.Style != ord.Circled):
		return false // 2.1.2 under 2.1 is a section of its own
	case t.subStyle != ord.None:
		return t.subStyle == o.Style
	case o.Index != 1 || t.runOn || t.h.title == "" || len(t.items) > 0 || len(b.pending) > 0:
		return false
	case strings.HasSuffix(p, "；") || strings.HasSuffix(p, ";"):
		return false // （1）…；（2）…。 enumerates within one item
	}
	t.subStyle = o.Style
	return true
}

// nextShi reports whether paragraph p opens with the 一是, 二是 … that
// follows the one the pending item opened with, and is not itself an
// enumeration run together in one paragraph.
func (b *treeBuilder) nextShi(p string) bool {
	o, ok := ord.Inline(p)
	return ok && o.Index == b.itemShi+1 && len(b.pending) > 0 && !enumeratesOn(p[o.Size:])
}

// closeUnattributed makes the pending content an item closed by what
// follows rather than by a unit clause, and keeps it among the block's
// items without units.
func (b *treeBuilder) closeUnattributed() {
	if len(b.pending) == 0 {
		return
	}
	if it := b.makeItem(); it != nil && len(it.Units) == 0 {
		b.unattributed = append(b.unattributed, it)
	}
}

// appendToLastItem adds text to the last item of the current task, after
// sep: the continuation of a cell split by a page break (sep ""), or a
// sub-item written after its item's unit clause (sep "\n").
func (b *treeBuilder) appendToLastItem(s source.Str, sep string) bool {
	t := b.curTask()
	if t == nil || len(t.items) == 0 {
		return false
	}
	it := t.items[len(t.items)-1]
	// The text continues across the break; the span grows to cover it.
	it.Text += sep + s.S
	it.Span.End = s.SrcEnd(s.Len())
	return true
}

// finish closes the last task, moves trailing unattributed paragraphs to
// Plan.Closing, assigns IDs and returns the plan.
func (b *treeBuilder) finish(docID string) *model.Plan {
	plan := &model.Plan{Goals: make([]model.Goal, 0, len(b.goals))}
	// Trailing whole paragraphs after an attributed item are the closing.
	// That is so after an item closed by its units, and after the content of
	// a heading that ran on (the task's own paragraph ended before them).
	if t := b.curTask(); t != nil {
		k := len(b.pending)
		for k > 0 && b.pending[k-1].whole {
			k--
		}
		attributed := len(t.items) > 0 && len(t.items[len(t.items)-1].Units) > 0 && k == 0
		afterRunOn := t.runOn && len(t.items) == 0 && k > 0 && k < len(b.pending)
		if attributed || afterRunOn {
			for _, p := range b.pending[k:] {
				plan.Closing = append(plan.Closing, model.Field{Value: p.s.S, Span: b.src.SpanAll(p.s)})
			}
			b.pending = b.pending[:k]
		}
	}
	b.closeTask(false)
	if !b.unitsTaskByTask() {
		for _, g := range b.goals {
			b.shareGoalCloser(g)
		}
	}
	if len(b.preamble) > 0 {
		pre := source.Join(b.preamble, "\n")
		plan.Preamble = &model.Field{Value: pre.S, Span: b.src.SpanAll(pre)}
	}
	var ids idWriter
	ids.grow(docID, b.goals)
	var small []model.Item // a small plan's items, copied out of the slab
	if b.slab.kept() {
		small = make([]model.Item, 0, itemCount(b.goals))
	}
	for gi, g := range b.goals {
		b.shareGoalClause(g)
		goal := model.Goal{No: g.h.no, Index: g.h.index, Title: g.h.title, Span: g.h.span}
		goal.ID = ids.id(docID, "/g", gi+1)
		goal.Tasks = make([]model.Task, 0, len(g.tasks))
		if len(g.text) > 0 {
			txt := source.Join(g.text, "\n")
			goal.Text = &model.Field{Value: txt.S, Span: b.src.SpanAll(txt)}
		}
		for ti, t := range g.tasks {
			task := model.Task{No: t.h.no, Index: t.h.index, Title: t.h.title, Span: t.h.span}
			task.ID = ids.id(goal.ID, "/t", ti+1)
			switch n := len(t.side); {
			case small != nil:
				k := len(small)
				for _, it := range t.items {
					small = append(small, *it)
				}
				task.Items = small[k:len(small):len(small)]
			case n > 0 && n == len(t.items):
				task.Items = t.side[:n:n] // the items themselves, no copy
			default:
				task.Items = make([]model.Item, len(t.items))
				for ii, it := range t.items {
					task.Items[ii] = *it
				}
			}
			for ii, it := range t.items {
				item := &task.Items[ii]
				if r, ok := b.itemRules[it]; ok {
					r.apply(item.Units)
				}
				if us, ok := b.itemStanding[it]; ok && len(item.Units) > 0 {
					item.Units = addStanding(item.Units, us)
				}
				item.ID = ids.id(task.ID, "/i", ii+1)
			}
			goal.Tasks = append(goal.Tasks, task)
		}
		plan.Goals = append(plan.Goals, goal)
		b.goals[gi] = nil // copied into the plan
	}
	b.checkOrdinals(plan)
	// The stages after the tree read only the builder's clause ranges and
	// warnings: what it built is in the plan now, and need not stay live
	// (on a large plan, another copy of every item).
	b.goals, b.itemRules, b.inherit, b.unattributed, b.held, b.itemStanding = nil, nil, nil, nil, nil, nil
	return plan
}

// goalClause reads the unit clauses that close a goal heading (s starts
// at the first) and keeps them for the goal's items.
func (b *treeBuilder) goalClause(s source.Str) {
	g := b.curGoal()
	for _, c := range findClauses(s, b.atEnd(s)) {
		if c.cut.Len() > 0 {
			b.cutOff(c.cut)
		}
		sp := b.src.SpanAll(s.Slice(c.start, c.end))
		b.clauses = append(b.clauses, [2]int{sp.Start, sp.End})
		if len(c.units) > 0 {
			g.clauses = append(g.clauses, c)
		}
	}
}

// shareGoalClause gives the units of g's heading clauses to each item of
// g that has none of its own.
func (b *treeBuilder) shareGoalClause(g *bGoal) {
	if len(g.clauses) == 0 {
		return
	}
	for _, t := range g.tasks {
		for _, it := range t.items {
			b.giveClauses(it, g.clauses)
		}
	}
}

// unitsTaskByTask reports a plan that names units task by task: a goal
// with two or more tasks whose items carry unit lines of their own
// (different ones). There a unit line after a goal's last task is that
// task's, and an earlier task without one has no units (二、保障措施 /
// （一）加强组织领导。… / （二）强化督查考核。… / 责任单位：…), so
// shareGoalCloser does not apply.
func (b *treeBuilder) unitsTaskByTask() bool {
	for _, g := range b.goals {
		var first model.Span
		for _, t := range g.tasks {
			for _, it := range t.items {
				if it.UnitsSpan == nil || len(it.Units) == 0 {
					continue
				}
				if first == (model.Span{}) {
					first = *it.UnitsSpan
				} else if *it.UnitsSpan != first {
					return true
				}
				break
			}
		}
	}
	return false
}

// shareGoalCloser gives the units of a unit line written once after all
// the tasks of goal g (责任单位：… closing the goal) to the items of its
// earlier tasks, when the line closed g's last task — it is the last thing
// in g and speaks for every item of that task — and no item of the
// earlier tasks names a unit of its own (nor does g's heading).
func (b *treeBuilder) shareGoalCloser(g *bGoal) {
	c := g.closer
	g.closer = nil
	if c == nil || c.UnitsSpan == nil || len(g.tasks) < 2 || len(g.clauses) > 0 {
		return
	}
	last, earlier := g.tasks[len(g.tasks)-1], g.tasks[:len(g.tasks)-1]
	if len(last.items) == 0 || last.items[len(last.items)-1] != c {
		return // content followed the line
	}
	for _, it := range last.items {
		if it.UnitsSpan == nil || *it.UnitsSpan != *c.UnitsSpan {
			return
		}
	}
	for _, t := range earlier {
		if len(t.items) == 0 {
			return
		}
		for _, it := range t.items {
			if len(it.Units) > 0 {
				return
			}
		}
	}
	for _, t := range earlier {
		for _, it := range t.items {
			b.takeUnits(it, c)
		}
	}
}

// giveClauses gives the units of clauses to it when it has none of its own.
func (b *treeBuilder) giveClauses(it *model.Item, clauses []clauseRef) {
	if len(clauses) == 0 || len(it.Units) > 0 {
		return
	}
	sp := b.src.SpanAll(clauses[0].text)
	it.UnitsSpan = &sp
	for _, c := range clauses {
		it.Units = b.appendUnits(it.Units, c.units)
		it.UnitsText = joinNonEmpty(it.UnitsText, c.text.S)
		if it.Deadline == "" {
			it.Deadline = c.deadline
		}
		b.coverBy(it, c.rule)
	}
}

// atEnd reports whether s ends the source text: an excerpt cut off there
// may have cut a unit name too.
func (b *treeBuilder) atEnd(s source.Str) bool {
	if b.textEnd < 0 {
		b.textEnd = len(strings.TrimRightFunc(b.src.Text, unicode.IsSpace))
	}
	return s.SrcEnd(s.Len()) >= b.textEnd
}

// unplaced warns about text that belongs to no goal, task or item.
func (b *treeBuilder) unplaced(s source.Str) {
	sp := b.src.SpanAll(s)
	b.warnings = append(b.warnings, model.Warning{Code: model.WarnUnplaced,
		Message: "text at line " + strconv.Itoa(sp.Line) + " belongs to no goal, task or item", Span: &sp})
}

// cutOff warns about a unit name or label cut off by the end of the text,
// which is left out.
func (b *treeBuilder) cutOff(s source.Str) {
	sp := b.src.SpanAll(s)
	b.warnings = append(b.warnings, model.Warning{Code: model.WarnCutOff,
		Message: strconv.Quote(s.S) + " at line " + strconv.Itoa(sp.Line) + " is cut off by the end of the text and left out", Span: &sp})
}
