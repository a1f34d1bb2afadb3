package parse

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// piece is content waiting to become an item: a paragraph, or the part of
// one between two unit clauses.
type piece struct {
	s     source.Str
	whole bool // a whole paragraph (candidate for Plan.Closing)
}

type bTask struct {
	t        model.Task
	sentence source.Str // the heading text after the ordinal, for one-sentence entries
	runOn    bool       // the heading ran on into content
	selfItem bool       // the task's item is its own heading sentence
	items    []*model.Item
}

type bGoal struct {
	g         model.Goal
	taskStyle ord.Style    // an item style whose entries are this goal's tasks (1. straight under 一、)
	text      []source.Str // prose directly under the goal
	tasks     []*bTask
}

// treeBuilder assembles goals, tasks and items from the plan region's
// blocks. Headings open goals and tasks, content accumulates, and unit
// clauses close items: "units close items".
type treeBuilder struct {
	src      *source.Source
	levels   map[ord.Style]int // 1 goal, 2 task, 3 item
	goals    []*bGoal
	pending  []piece
	itemNo   string
	preamble []source.Str
	warnings []model.Warning
	lay      *layout
	inherit  *model.Item // the last table item with its own units
	// unitColumn is set once the plan has a 责任单位 column: lines that
	// are nothing but unit lists are then that column's cells.
	unitColumn bool
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
}

func newTreeBuilder(src *source.Source, blocks []block) *treeBuilder {
	b := &treeBuilder{src: src, levels: map[ord.Style]int{}, itemRules: map[*model.Item]leadRule{}}
	seen := map[ord.Style]bool{}
	for _, bl := range blocks {
		if bl.kind != blockPara {
			continue
		}
		if o, ok := ord.Read(bl.s.S); ok {
			seen[o.Style] = true
		}
	}
	b.levels = headingLevels(seen)
	return b
}

func (b *treeBuilder) curGoal() *bGoal {
	if len(b.goals) == 0 {
		return nil
	}
	return b.goals[len(b.goals)-1]
}

func (b *treeBuilder) curTask() *bTask {
	g := b.curGoal()
	if g == nil || len(g.tasks) == 0 {
		return nil
	}
	return g.tasks[len(g.tasks)-1]
}

func (b *treeBuilder) newGoal(no string, index int, title source.Str, span model.Span) {
	b.closeTask()
	t := strings.TrimRight(title.S, "。.；; \u3000")
	b.goals = append(b.goals, &bGoal{g: model.Goal{No: no, Index: index, Title: t, Span: span}})
}

func (b *treeBuilder) ensureGoal(span model.Span) {
	if len(b.goals) == 0 {
		b.goals = append(b.goals, &bGoal{g: model.Goal{Span: model.Span{Start: span.Start, End: span.Start, Line: span.Line}}})
	}
}

func (b *treeBuilder) newTask(no string, index int, title source.Str, sentence source.Str, runOn bool, span model.Span) {
	b.closeTask()
	b.ensureGoal(span)
	g := b.curGoal()
	t := strings.TrimRight(title.S, "。.；; \u3000")
	g.tasks = append(g.tasks, &bTask{t: model.Task{No: no, Index: index, Title: t, Span: span}, sentence: sentence, runOn: runOn})
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
	prev := 0
	clauses := findClauses(s, b.atEnd(s))
	for _, c := range clauses {
		if midSentence(s.S, c) {
			// 实施（技工院校内由人社部门负责），国务院…: the sentence goes on,
			// so the clause names units of the item without closing it.
			b.held = append(b.held, c)
			sp := b.src.SpanAll(s.Slice(c.start, c.end))
			b.clauses = append(b.clauses, [2]int{sp.Start, sp.End})
			continue
		}
		if p := trimPiece(s.Slice(prev, c.start)); p.Len() > 0 {
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

// trimPiece trims the spaces around a piece of content and the
// punctuation that a unit clause before it left at its start (，2.做好…);
// a piece of punctuation alone is empty.
func trimPiece(p source.Str) source.Str {
	p = p.TrimSpace()
	for {
		r, n := utf8.DecodeRuneInString(p.S)
		if n == 0 || !strings.ContainsRune("，,、；;。.", r) {
			return p
		}
		p = p.From(n).TrimSpace()
	}
}

// midSentence reports whether the sentence goes on after clause c: a
// comma follows it, then more text that does not open a numbered entry.
func midSentence(s string, c clauseRef) bool {
	rest := strings.TrimLeft(s[c.end:], " \u3000")
	r, n := utf8.DecodeRuneInString(rest)
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
	if r, n := utf8.DecodeRuneInString(p.S); source.InSet(bullets, r) {
		b.itemNo = string(r) // a bullet marks the item as its own ordinal would
		return p.From(n).TrimSpace()
	}
	o, ok := ord.Read(p.S)
	if !ok || o.Style < ord.ArabicDot || b.levels[o.Style] == levelGoal || b.levels[o.Style] == levelTask {
		return p
	}
	b.itemNo = o.No
	return p.From(o.Size)
}

// bullets open list entries in place of an ordinal.
const bullets = "●○■□◆◇▲△★☆•▪◎※·"

// closeItem makes the pending content an item attributed to clause c.
func (b *treeBuilder) closeItem(c clauseRef, written source.Str) {
	if c.cut.Len() > 0 {
		b.cutOff(c.cut)
	}
	if len(c.units) == 0 {
		return // a person line, or a list whose only unit was cut off
	}
	t := b.curTask()
	if t == nil {
		b.unplaced(written) // units before any task
		return
	}
	units := b.units(c.units)
	sp := b.src.SpanAll(written)
	b.clauses = append(b.clauses, [2]int{sp.Start, sp.End})
	rule := c.rule
	if rule != nil && rule.onward {
		b.rule = rule
	}
	if rule == nil {
		rule = b.rule
	}
	if len(b.pending) == 0 {
		if n := len(t.items); n > 0 {
			// A second unit line (牵头单位 then 责任单位) adds to the item.
			it := t.items[n-1]
			b.coverBy(it, rule)
			it.Units = append(it.Units, units...)
			it.UnitsText = strings.TrimSpace(it.UnitsText + "；" + c.text.S)
			if it.Deadline == "" {
				it.Deadline = c.deadline
			}
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
	it.Units = append(it.Units, units...)
	it.UnitsText = joinNonEmpty(it.UnitsText, c.text.S)
	if it.UnitsSpan == nil {
		it.UnitsSpan = &sp
	}
	it.Deadline = c.deadline
	b.coverBy(it, rule)
}

// coverBy notes that a lead rule covers an item; the first rule noted for
// it wins.
func (b *treeBuilder) coverBy(it *model.Item, r *leadRule) {
	if r == nil {
		return
	}
	if _, ok := b.itemRules[it]; !ok {
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

func (b *treeBuilder) units(refs []unitRef) []model.Unit {
	out := make([]model.Unit, 0, len(refs))
	for _, u := range refs {
		out = append(out, model.Unit{Name: u.name.S, Role: u.role, Span: b.src.SpanAll(u.name)})
	}
	return out
}

// makeItem turns the pending pieces into an item of the current task.
func (b *treeBuilder) makeItem() *model.Item {
	t := b.curTask()
	if t == nil || len(b.pending) == 0 {
		b.pending = nil
		return nil
	}
	parts := make([]source.Str, len(b.pending))
	for i, p := range b.pending {
		parts[i] = p.s
	}
	text := source.Join(parts, "\n")
	it := &model.Item{No: b.itemNo, Text: text.S, Span: b.src.SpanAll(text), Units: []model.Unit{}}
	t.items = append(t.items, it)
	b.pending = nil
	b.itemNo = ""
	for _, c := range b.held {
		it.Units = append(it.Units, b.units(c.units)...)
		it.UnitsText = joinNonEmpty(it.UnitsText, c.text.S)
		if it.UnitsSpan == nil {
			sp := b.src.SpanAll(c.text)
			it.UnitsSpan = &sp
		}
	}
	b.held = nil
	return it
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
func (b *treeBuilder) closeTask() {
	t := b.curTask()
	if t == nil {
		b.pending = nil
		return
	}
	if len(b.pending) > 0 && b.afterSentenceList(t) {
		// 1.…。 2.…。 then a paragraph: the entries are one sentence each
		// and the paragraph speaks for the goal, not for the last entry.
		g := b.curGoal()
		for _, p := range b.pending {
			g.text = append(g.text, p.s)
		}
		b.pending = nil
	}
	if len(b.pending) > 0 {
		b.makeItem()
	} else if len(t.items) == 0 && t.sentence.Len() > 0 && !t.runOn {
		b.pending = append(b.pending, piece{s: t.sentence})
		b.makeItem()
		t.selfItem = true
	}
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

// heading handles a paragraph that starts with an ordinal.
func (b *treeBuilder) heading(o ord.Ordinal, p source.Str) bool {
	level := b.levels[o.Style]
	if level == 0 || level == levelSubItem {
		return false // a sub-item is content of the item above it
	}
	if g := b.curGoal(); level == levelItem && g != nil && g.g.No != "" && (len(g.tasks) == 0 || g.taskStyle == o.Style) {
		// 1. straight under 一、 in a document that has （一） elsewhere:
		// the entries are that goal's tasks.
		level, g.taskStyle = levelTask, o.Style
	}
	rest := p.From(o.Size)
	span := b.src.SpanAll(p)
	switch level {
	case levelGoal:
		title, content := splitRunOn(rest)
		b.newGoal(o.No, o.Index, title, span)
		if content.Len() > 0 {
			b.addContent(content, false) // the goal's own text
		}
	case levelTask:
		if o.Style == ord.CnParen && len(b.goals) == 0 {
			b.sectionGoal()
		}
		// A heading that is one sentence closed by its unit clause:
		// 1.努力实现…增长6.2%左右（牵头单位：区发改局）, 2、做好准备。(民政局)
		if k, ok := closedSentence(rest, b.atEnd(rest)); ok {
			title := rest.Slice(0, k).TrimFunc(func(r rune) bool { return r == '。' || source.IsSpace(r) })
			b.newTask(o.No, o.Index, title, source.Str{}, true, span)
			b.addContent(rest, false)
			return true
		}
		title, content := splitRunOn(rest)
		b.newTask(o.No, o.Index, title, rest, content.Len() > 0, span)
		if content.Len() > 0 {
			b.addContent(content, false)
		}
	case levelItem:
		if b.curTask() == nil {
			b.newTask("", 0, source.Str{}, source.Str{}, true, span)
		}
		if len(b.pending) > 0 {
			b.makeItem()
		}
		b.itemNo = o.No
		b.addContent(rest, false)
	}
	return true
}

// sectionGoal opens a goal with no ordinal for an unnumbered short section
// line (重点任务) that stands right before the first （一） of a plan
// without 一、 headings.
func (b *treeBuilder) sectionGoal() {
	n := len(b.preamble)
	if n == 0 || !isSectionLine(b.preamble[n-1].S) {
		return
	}
	line := b.preamble[n-1]
	b.preamble = b.preamble[:n-1]
	b.newGoal("", 0, line.TrimSpace(), b.src.SpanAll(line))
}

// isSectionLine reports a short line of Han text only, as a section
// heading without an ordinal is written: 主要任务, 工作措施.
func isSectionLine(s string) bool {
	s = strings.TrimSpace(s)
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 15 {
		return false
	}
	for _, r := range s {
		if !source.IsHan(r) {
			return false
		}
	}
	return true
}

// closedSentence reports whether s is one sentence followed only by unit
// clauses, and where the first clause starts.
func closedSentence(s source.Str, truncated bool) (int, bool) {
	cs := findClauses(s, truncated)
	if len(cs) == 0 {
		return 0, false
	}
	blank := func(t string) bool { return strings.Trim(t, "。；; \u3000\t") == "" }
	head := strings.TrimRight(s.S[:cs[0].start], "。 \u3000")
	if strings.Contains(head, "。") || head == "" {
		return 0, false
	}
	for i, c := range cs {
		next := len(s.S)
		if i+1 < len(cs) {
			next = cs[i+1].start
		}
		if !blank(s.S[c.end:next]) {
			return 0, false
		}
	}
	return cs[0].start, true
}

// splitRunOn splits a heading that runs on into content at its first 。:
// the title is the text before it, the content what follows.
func splitRunOn(s source.Str) (title, content source.Str) {
	k := strings.Index(s.S, "。")
	if k < 0 {
		return s.TrimSpace(), source.Str{}
	}
	title = s.Slice(0, k).TrimSpace()
	content = s.From(k + len("。")).TrimSpace()
	return title, content
}

// para handles a prose paragraph.
func (b *treeBuilder) para(p source.Str) {
	if c, ok := unitLine(p); ok {
		if b.atEnd(p) {
			c.dropCut()
		}
		b.closeItem(c, p)
		return
	}
	if b.atEnd(p) && isCutLabel(p.S) {
		b.cutOff(p) // 牵头责任 where the excerpt stops inside a label
		return
	}
	o, ok := ord.Read(p.S)
	if ok && b.levels[o.Style] == levelSubItem && len(b.pending) == 0 && len(findClauses(p, false)) == 0 {
		// （1）… after its item's unit clause is still part of that item.
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
	b.addContent(p, true)
}

// tableRow handles a table row read through the current layout.
func (b *treeBuilder) tableRow(bl block) {
	if b.lay == nil {
		l := guessLayout(len(bl.cells))
		b.lay = &l
	}
	r := b.lay.read(bl)
	span := b.src.SpanAll(firstNonEmpty(bl.cells))
	// A row holding only a first-level heading (一、…) spans the table
	// whatever column it sits in.
	if only, n := firstNonEmpty(bl.cells), nonEmpty(bl.cells); n == 1 {
		if o, ok := ord.Read(only.S); ok && o.Style == ord.CnDun {
			b.newGoal(o.No, o.Index, only.From(o.Size), b.src.SpanAll(only))
			return
		}
	}
	// Merged cells filled down (spreadsheet exports, some PDF and HTML
	// renderings) repeat the goal and task on every row: a repeat
	// continues the open goal or task.
	if g := b.curGoal(); g != nil && r.goal.Len() > 0 && sameHeading(r.goal.S, g.g.No, g.g.Title) {
		r.goal = source.Str{}
	}
	if t := b.curTask(); t != nil && r.task.Len() > 0 && sameHeading(r.task.S, t.t.No, t.t.Title) {
		r.task = source.Str{}
		if r.seq.Len() > 0 && seqSame(r.seq.S, t.t.No) {
			r.seq = source.Str{}
		}
	}
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
		default:
			title, _ := splitRunOn(r.task)
			no, idx := "", 0
			if r.seq.Len() > 0 {
				no, idx = seqNo(r.seq.S)
			}
			b.newTask(no, idx, title, r.task, false, b.src.SpanAll(r.task))
		}
	} else if r.seq.Len() > 0 {
		no, idx := seqNo(r.seq.S)
		title, _ := splitRunOn(r.content)
		b.newTask(no, idx, title, source.Str{}, true, span)
	}
	if r.content.Len() == 0 && r.task.Len() == 0 {
		if len(r.units) > 0 && b.curTask() != nil {
			b.pending = nil
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
	if content.Len() == 0 {
		content = r.task
		if o, ok := ord.Read(content.S); ok {
			content = content.From(o.Size)
		}
	}
	b.pending = []piece{{s: content}}
	it := b.makeItem()
	if it == nil {
		return
	}
	it.Deadline = r.deadline.S
	if len(r.units) > 0 {
		it.Units = b.units(b.cellUnits(r.units))
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

// cellUnits parses unit cells; a cell under a 牵头单位/配合单位 column
// gives its role to units written without a verb.
func (b *treeBuilder) cellUnits(cells []unitCell) []unitRef {
	var out []unitRef
	for _, c := range cells {
		refs := parseClause(c.s)
		if c.role != "" && c.role != model.RoleResponsible {
			for i := range refs {
				if _, _, hasVerb := findRoleWord(c.s.S); !hasVerb {
					refs[i].role = c.role
				}
			}
		}
		out = append(out, refs...)
	}
	return out
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

func nonEmpty(cells []source.Str) int {
	n := 0
	for _, c := range cells {
		if c.Len() > 0 {
			n++
		}
	}
	return n
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

func seqNo(s string) (string, int) {
	s = strings.TrimRight(strings.TrimSpace(s), ".．、")
	if v, n := ord.ArabicPrefix(s); n == len(s) && n > 0 {
		return s, v
	}
	if v := ord.CnValue(s); v > 0 {
		return s, v
	}
	return s, 0
}

// finish closes the last task, moves trailing unattributed paragraphs to
// Plan.Closing, assigns IDs and returns the plan.
func (b *treeBuilder) finish(docID string) *model.Plan {
	plan := &model.Plan{Goals: []model.Goal{}}
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
	b.closeTask()
	if len(b.preamble) > 0 {
		pre := source.Join(b.preamble, "\n")
		plan.Preamble = &model.Field{Value: pre.S, Span: b.src.SpanAll(pre)}
	}
	for gi, g := range b.goals {
		goal := g.g
		goal.ID = fmt.Sprintf("%s/g%d", docID, gi+1)
		goal.Tasks = []model.Task{}
		if len(g.text) > 0 {
			txt := source.Join(g.text, "\n")
			goal.Text = &model.Field{Value: txt.S, Span: b.src.SpanAll(txt)}
		}
		for ti, t := range g.tasks {
			task := t.t
			task.ID = fmt.Sprintf("%s/t%d", goal.ID, ti+1)
			task.Items = []model.Item{}
			for ii, it := range t.items {
				if r, ok := b.itemRules[it]; ok {
					r.apply(it.Units)
				}
				item := *it
				item.ID = fmt.Sprintf("%s/i%d", task.ID, ii+1)
				task.Items = append(task.Items, item)
			}
			goal.Tasks = append(goal.Tasks, task)
		}
		plan.Goals = append(plan.Goals, goal)
	}
	b.checkOrdinals(plan)
	return plan
}

// atEnd reports whether s ends the source text: an excerpt cut off there
// may have cut a unit name too.
func (b *treeBuilder) atEnd(s source.Str) bool {
	return strings.TrimSpace(b.src.Text[s.SrcEnd(s.Len()):]) == ""
}

// unplaced warns about text that belongs to no goal, task or item.
func (b *treeBuilder) unplaced(s source.Str) {
	sp := b.src.SpanAll(s)
	b.warnings = append(b.warnings, model.Warning{Code: model.WarnUnplaced,
		Message: fmt.Sprintf("text at line %d belongs to no goal, task or item", sp.Line), Span: &sp})
}

// cutOff warns about a unit name or label cut off by the end of the text,
// which is left out.
func (b *treeBuilder) cutOff(s source.Str) {
	sp := b.src.SpanAll(s)
	b.warnings = append(b.warnings, model.Warning{Code: model.WarnCutOff,
		Message: fmt.Sprintf("%q at line %d is cut off by the end of the text and left out", s.S, sp.Line), Span: &sp})
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
