package parse

import (
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// unitHead is a line that names a unit and closes with a colon, over the
// numbered entries of that unit (责任分工 by unit: 县发展改革局： / 1.… /
// 2.… / 县市场监管局： / 1.…): it speaks for each entry below it, up to the
// next such line or a heading above the entries' level.
type unitHead struct {
	c     clauseRef
	level int // the heading level of its entries, 0 until the first
}

// maxUnitHead bounds, in runes, the text of a unit heading line.
const maxUnitHead = 40

// readUnitHead recognises a unit heading line: organisation names and a
// closing colon, nothing else — no label (责任单位：), no role verb.
func readUnitHead(p source.Str) (clauseRef, bool) {
	t := strings.TrimSpace(p.S)
	body, ok := strings.CutSuffix(t, "：")
	if !ok {
		body, ok = strings.CutSuffix(t, ":")
	}
	if !ok || body == "" || source.MoreRunes(body, maxUnitHead) || hasColon(body) {
		return clauseRef{}, false
	}
	if _, _, isLabel := matchLabel(body); isLabel {
		return clauseRef{}, false
	}
	if _, _, verb := findRoleWord(body); verb {
		return clauseRef{}, false
	}
	at := strings.Index(p.S, body)
	list := p.Slice(at, at+len(body))
	refs, ok := bareUnitList(list)
	if !ok {
		return clauseRef{}, false
	}
	return clauseRef{text: list, units: refs}, true
}

// unitHeading takes p as a unit heading line when it is one inside the
// plan: the content before it is closed as an item, and the line speaks
// for the entries that follow.
func (b *treeBuilder) unitHeading(p source.Str) bool {
	if b.curGoal() == nil {
		return false
	}
	c, ok := readUnitHead(p)
	if !ok {
		return false
	}
	if len(b.pending) > 0 {
		b.makeItem()
	}
	sp := b.src.SpanAll(p)
	b.clauses = append(b.clauses, [2]int{sp.Start, sp.End})
	b.head = &unitHead{c: c}
	return true
}

// seeEntry notes a heading of level under a unit heading line: the first
// fixes the level of the line's entries, one above it ends the line's
// reach.
func (b *treeBuilder) seeEntry(level int) {
	switch h := b.head; {
	case h == nil:
	case h.level == 0:
		h.level = level
	case level < h.level:
		b.head = nil
	}
}

// contentUnderHead handles prose right under a unit heading line, before
// any numbered entry (县财政局： / 按季度公开…): the line's entries are
// then unnumbered items of the open task, and the pending one is the
// first; with no task open, the line speaks for nothing.
func (b *treeBuilder) contentUnderHead() {
	h := b.head
	if h == nil || h.level != 0 {
		return
	}
	if b.curTask() == nil {
		b.head = nil
		return
	}
	h.level = levelItem
	if len(b.pending) == 0 {
		b.itemHead = &h.c
	}
}

// headFor returns the unit heading that speaks for a new element of
// level, if any.
func (b *treeBuilder) headFor(level int) *clauseRef {
	if b.head == nil || b.head.level != level {
		return nil
	}
	return &b.head.c
}

// giveHead gives the units of the unit heading line over it to an item
// of t without units of its own: the task's, when the task was the
// line's entry, else the item's.
func (b *treeBuilder) giveHead(t *bTask, it *model.Item) {
	if t.head != nil {
		b.giveClauses(it, []clauseRef{*t.head})
	} else if c, ok := b.headed[it]; ok {
		b.giveClauses(it, []clauseRef{c})
	}
}
