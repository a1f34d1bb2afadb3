package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
	"github.com/zwgk/gongwen/segment/script"
)

// heading handles a paragraph that starts with an ordinal.
func (b *treeBuilder) heading(o ord.Ordinal, p source.Str) bool {
	level := b.levels[o.Style]
	if level == levelSubItem && b.subItemsAreItems(o, strings.TrimSpace(p.S)) {
		level = levelItem // （1） under a title-only task: its items
	}
	if level == 0 && o.Style == ord.CnPart {
		// 第二部分　保障措施 over 一、 goals divides the text between the
		// goals: it is not the content of the item before it.
		return true
	}
	if level == 0 || level == levelSubItem {
		return false // a sub-item is content of the item above it
	}
	if g := b.curGoal(); level == levelItem && g != nil && g.h.no != "" && (len(g.tasks) == 0 || g.taskStyle == o.Style) {
		// 1. straight under 一、 in a document that has （一） elsewhere:
		// the entries are that goal's tasks.
		level, g.taskStyle = levelTask, o.Style
	}
	b.seeEntry(level)
	rest := p.From(o.Size)
	if level != levelItem && isClauseOpen(rest.FirstRune()) {
		if c, after, written, ok := leadingClause(rest, b.atEnd(rest)); ok {
			// （一）【牵头单位：X】推进…: the clause before the title speaks
			// for the items under the heading, read once it is open.
			rest = after
			defer b.headingClause(level, c, written)
		}
	}
	if level != levelGoal {
		if citesOnly(rest.S) {
			return false // 1.《…条例》 under 编制依据: a list entry, not a heading
		}
		rest = rest.From(fieldLabel(rest.S))
	}
	span := b.src.SpanAll(p)
	switch level {
	case levelGoal:
		if k, ok := closedSentence(rest, findClauses(rest, b.atEnd(rest))); ok {
			// 一、深化财政信息公开（牵头单位：…）: the goal names the units
			// of every item under it that names none of its own.
			b.newGoal(o.No, o.Index, rest.Slice(0, k), span)
			b.goalClause(rest.From(k))
			return true
		}
		title, content := splitRunOn(rest)
		if t, c, ok := colonTitle(rest); ok {
			title, content = t, c // 一、会议时间：3月15日上午9:00。
		}
		b.newGoal(o.No, o.Index, title, span)
		if content.Len() > 0 {
			b.addContent(content, false) // the goal's own text
		}
	case levelTask:
		if o.Style == ord.CnParen && len(b.goals) == 0 {
			b.sectionGoal()
		}
		// A heading that is one sentence closed by its unit clause:
		// 1.努力实现…增长6.2%左右（牵头单位：区发改局）, 2、做好准备。(民政局).
		// In 【决策公开】建立…（责任单位：…） the bracket is the title instead.
		var cs []clauseRef // rest's clauses, when searched for
		labelTail := -1    // and where its label tail starts
		_, _, titled := bracketTitle(rest)
		if !titled {
			cs, labelTail = clausesInto(b.headClauses[:0], rest, b.atEnd(rest))
			b.headClauses = cs[:0]
			if k, ok := closedSentence(rest, cs); ok {
				title := rest.Slice(0, k).TrimFunc(func(r rune) bool { return r == '。' || source.IsSpace(r) })
				b.newTask(o.No, o.Index, title, source.Str{}, true, span)
				b.splitContent(rest, cs, false) // the clauses just found, not searched for again
				if t := b.curTask(); len(t.items) == 1 {
					t.headItem = true
				}
				return true
			}
		}
		if !titled && b.midHeadingClause(o, rest, cs, span) {
			return true
		}
		title, content := splitRunOn(rest)
		entry, isEntry := unitRunOnTitle(title, content)
		if t, c, ok := colonTitle(rest); ok && !titled && (len(cs) == 0 || cs[0].start > t.Len()) {
			title, content = t, c // （一）会议时间：5月8日上午9:00。
		}
		if !titled && len(cs) == 0 {
			if t, c, u, ok := unitEntry(rest); ok {
				title, content, entry, isEntry = t, c, u, true // （一）县财政局：负责…。
			}
		}
		b.newTask(o.No, o.Index, title, rest, content.Len() > 0, span)
		if t := b.curTask(); isEntry && t.head == nil {
			head := entry // a copy, so that only a heading with an entry allocates one
			t.head = &head
		}
		if content.Len() == 0 {
			break
		}
		// The heading runs on: its content is the end of rest, whose
		// clauses were found above when the search of rest tells them.
		if off := len(rest.S) - len(content.S); !titled && rest.S[off:] == content.S {
			if tail, ok := clausesAfter(rest, cs, labelTail, off); ok {
				b.splitContent(rest.From(off), tail, false)
				break
			}
		}
		b.addContent(content, false)
	case levelItem:
		if b.curTask() == nil {
			b.newTask("", 0, source.Str{}, source.Str{}, true, span)
		}
		b.closeUnattributed()
		b.itemNo, b.itemHead = o.No, b.headFor(levelItem)
		if b.itemHead == nil {
			if c, ok := unitEntryClause(rest); ok && len(findClauses(rest, b.atEnd(rest))) == 0 {
				head := c          // a copy, so that only an entry allocates one
				b.itemHead = &head // 1.县财政局：负责…。: the entry's own units
			}
		}
		b.addContent(rest, false)
	}
	return true
}

// midHeadingClause reads a task heading whose title is closed by a
// bracketed unit clause with the content running on after it, in the
// same sentence: （一）推进决策公开（牵头单位：X）完善征求意见机制。 The
// title is the text before the clause, and the clause speaks for the
// content after it as a clause on its own line under the title would.
// cs are rest's clauses; it reports false, doing nothing, for any other
// heading.
func (b *treeBuilder) midHeadingClause(o ord.Ordinal, rest source.Str, cs []clauseRef, span model.Span) bool {
	if len(cs) == 0 {
		return false
	}
	c := cs[0]
	stop := source.Index(rest.S, "。")
	if c.start == 0 || c.end >= len(rest.S) || stop >= 0 && stop < c.end || !isClauseOpen(rest.From(c.start).FirstRune()) {
		return false
	}
	title, after := trimPiece(rest.Slice(0, c.start)), trimPiece(rest.From(c.end))
	if title.Len() == 0 || after.Len() == 0 || strings.ContainsAny(title.S, "，,；;") {
		return false
	}
	b.newTask(o.No, o.Index, title, rest, true, span)
	b.headingClause(levelTask, c, rest.Slice(c.start, c.end))
	b.addContent(after, false) // its own clauses, if any, searched for there
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

// closedSentence reports whether s is one sentence followed only by its
// unit clauses cs (as findClauses found them in s), and where the first
// clause starts.
func closedSentence(s source.Str, cs []clauseRef) (int, bool) {
	if len(cs) == 0 {
		return 0, false
	}
	blank := func(t string) bool { return strings.Trim(t, "。；; \u3000\t") == "" }
	head := source.TrimRight(s.S[:cs[0].start], "。 \u3000")
	if source.Contains(head, "。") || head == "" {
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

// clausesAfter returns the unit clauses of s.From(off), given cs and
// labelTail, those findClausesTail found in s and where its label tail
// starts, when they are the same as a search of s.From(off)
// would find: no clause of cs starts at off (before it, a bracket there
// may close a sentence) or runs across it (a closing sentence of units
// found in s does), and a label tail is looked for after the same 。 in
// both: s.From(off) holds a 。 of its own, or s has no label tail at all;
// and s.From(off) does not open with 由, as a clause opening it does.
// Otherwise ok is false, and s.From(off) is to be searched itself. The
// clauses returned are those of cs, moved: cs is not to be read after.
func clausesAfter(s source.Str, cs []clauseRef, labelTail, off int) (tail []clauseRef, ok bool) {
	if off <= 0 || off > len(s.S) || strings.HasPrefix(s.S[off:], "由") || opensWithBracket(s.S[off:]) {
		return nil, false // s.From(off) may open with its clause (commaHead, leadingBracket)
	}
	for _, c := range cs {
		if c.start == off || c.start < off && c.end > off {
			return nil, false
		}
	}
	if !source.Contains(strings.TrimRight(s.S[off:], "。；; \u3000"), "。") && labelTail >= 0 {
		return nil, false
	}
	// cs is in order of position: the clauses after off end it, and are
	// moved to s.From(off)'s offsets where they lie (cs is not read again).
	k := len(cs)
	for k > 0 && cs[k-1].start > off {
		k--
	}
	tail = cs[k:]
	for i := range tail {
		tail[i].start, tail[i].end = tail[i].start-off, tail[i].end-off
	}
	return tail, true
}

// opensWithBracket reports whether s opens, after spaces, with a bracket
// that may open a unit clause.
func opensWithBracket(s string) bool {
	r, _ := script.DecodeRune(strings.TrimLeft(s, " \u3000"))
	return isClauseOpen(r)
}

// maxFieldLabel bounds a field label before its colon, in bytes (six
// Han characters).
const maxFieldLabel = 6 * 3

// fieldLabel returns the length of a task or content field label with its
// colon (任务：, 工作内容：) at the start of a numbered entry — a table row
// flattened to fields, 1. 任务：…；责任单位：… — or 0. The label names a
// column, so it is neither title nor content; a label with nothing after
// it is left alone.
func fieldLabel(s string) int {
	head := s[:min(len(s), maxFieldLabel+len("："))] // where such a colon lies
	k, n := source.Index(head, "："), len("：")
	if k < 0 || k > maxFieldLabel {
		k, n = strings.IndexByte(head, ':'), 1
	}
	if k <= 0 || k > maxFieldLabel || strings.TrimSpace(s[k+n:]) == "" {
		return 0
	}
	if role, _, ok := table.HeaderRole(s[:k]); ok && (role == table.Task || role == table.Content) {
		return k + n
	}
	return 0
}

// maxColonTitle bounds, in runes, the short title a heading ends with a
// colon before its content (会议时间：…).
const maxColonTitle = 10

// colonTitle splits a heading whose short title ends in a colon before the
// content on the same line (会议时间：2015年4月23日上午9:00，会期半天。):
// the title is the words before the colon, as a section title stops
// there. The colon must come before any 。, the words before it hold no
// punctuation, and a colon between digits (9:00) is a time.
func colonTitle(s source.Str) (title, content source.Str, ok bool) {
	k, n := source.Index(s.S, "："), len("：")
	if a := strings.IndexByte(s.S, ':'); a >= 0 && (k < 0 || a < k) {
		if a > 0 && ord.IsASCIIDigit(s.S[a-1]) {
			return source.Str{}, source.Str{}, false // 9:00 before any label colon
		}
		k, n = a, 1
	}
	if k <= 0 {
		return source.Str{}, source.Str{}, false
	}
	if end := source.Index(s.S, "。"); end >= 0 && end < k {
		return source.Str{}, source.Str{}, false
	}
	label := strings.TrimSpace(s.S[:k])
	if c := utf8.RuneCountInString(label); c < 2 || c > maxColonTitle || strings.ContainsAny(label, "，,、；;。（(《“\"【[ \u3000") {
		return source.Str{}, source.Str{}, false
	}
	content = s.From(k + n).TrimSpace()
	if content.Len() == 0 {
		return source.Str{}, source.Str{}, false
	}
	return s.Slice(0, k).TrimSpace(), content, true
}

// splitRunOn splits a heading that runs on into content at its first 。:
// the title is the text before it, the content what follows. A heading
// that opens with a short title in 【】 has that title and the rest as its
// content.
func splitRunOn(s source.Str) (title, content source.Str) {
	if title, content, ok := bracketTitle(s); ok {
		return title, content
	}
	k := source.Index(s.S, "。")
	if k < 0 {
		return s.TrimSpace(), source.Str{}
	}
	title = s.Slice(0, k).TrimSpace()
	content = s.From(k + len("。")).TrimSpace()
	return title, content
}

// maxBracketTitle bounds a short title in 【】, in runes.
const maxBracketTitle = 15

// bracketTitle reads a short title in 【】 at the start of s with content
// after it (【决策公开】建立重大行政决策事项目录…): the title without its
// brackets and the content. A bracket holding a label or a sentence
// (【责任单位：…】) is no title.
func bracketTitle(s source.Str) (title, content source.Str, ok bool) {
	if !strings.HasPrefix(s.S, "【") {
		return source.Str{}, source.Str{}, false
	}
	end := source.Index(s.S, "】")
	if end < 0 {
		return source.Str{}, source.Str{}, false
	}
	title = s.Slice(len("【"), end).TrimSpace()
	content = s.From(end + len("】")).TrimSpace()
	if title.Len() == 0 || content.Len() == 0 || utf8.RuneCountInString(title.S) > maxBracketTitle || source.ContainsAny(title.S, "：:，,。；;") {
		return source.Str{}, source.Str{}, false
	}
	return title, content, true
}

// citesOnly reports whether s is nothing but the titles of documents in
// 《》, each perhaps followed by its number or a note in brackets
// (《中华人民共和国政府信息公开条例》（国务院令第711号）；): an entry of a
// list of the plan's grounds (编制依据, 政策依据), which assigns no work.
// A bracket that may be a unit clause (《…办法》（市司法局牵头）) makes it
// a task after all.
func citesOnly(s string) bool {
	s = source.TrimRight(s, "；;。，,、 \u3000")
	if !strings.HasPrefix(s, "《") {
		return false
	}
	for s != "" {
		switch {
		case strings.HasPrefix(s, "《"):
			end := source.Index(s, "》")
			if end < 0 {
				return false
			}
			s = s[end+len("》"):]
		default:
			r, n := script.DecodeRune(s)
			if isClauseOpen(r) {
				end := matchBracket(s, 0)
				if end < 0 {
					return false
				}
				if _, cn := script.DecodeLastRune(s[:end]); mayBeClause(s[n : end-cn]) {
					return false
				}
				n = end
			} else if !source.ContainsRune("、，,和及与 \u3000", r) {
				return false
			}
			s = s[n:]
		}
	}
	return true
}

// leadingClause reads a unit clause that opens a heading's text, before its
// title: the clause, the text after it and the clause as written.
func leadingClause(rest source.Str, atEnd bool) (c clauseRef, after, written source.Str, ok bool) {
	cs := findClauses(rest, atEnd)
	if len(cs) == 0 || strings.TrimSpace(rest.S[:cs[0].start]) != "" || len(cs[0].units) == 0 {
		return clauseRef{}, source.Str{}, source.Str{}, false
	}
	after = trimPiece(rest.From(cs[0].end))
	if after.Len() == 0 {
		return clauseRef{}, source.Str{}, source.Str{}, false
	}
	return cs[0], after, rest.Slice(cs[0].start, cs[0].end), true
}

// headingClause keeps a clause that opened the heading just read for the
// goal's or the task's items that name no units of their own.
func (b *treeBuilder) headingClause(level int, c clauseRef, written source.Str) {
	sp := b.src.SpanAll(written)
	b.clauses = append(b.clauses, [2]int{sp.Start, sp.End})
	if c.rule != nil && c.rule.onward {
		b.rule = c.rule
	}
	if level == levelGoal {
		if g := b.curGoal(); g != nil {
			g.clauses = append(g.clauses, c)
		}
		return
	}
	if t := b.curTask(); t != nil {
		t.clauses = append(t.clauses, c)
	}
}
