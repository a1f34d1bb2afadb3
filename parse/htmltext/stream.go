package htmltext

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// renderSink is the second pass's sink: it renders the article root and
// the metadata box chosen by the first pass as renderBlock renders them,
// and collects the title element's text.
type renderSink struct {
	recs          []record
	root, box, ti int32   // chosen elements (-1: none)
	above         []int32 // headings standing right before the title (titleAbove)
	next          int32   // index of the next element
	stack         []rOpen
	article       builder
	boxText       builder
	title         strings.Builder
	aboveText     []strings.Builder // one per heading of above
}

// What an open element does when it closes.
const (
	endNone    = iota
	endBlock   // a block: ends the line
	endList    // an <ol>
	endItem    // an <li> of a rendered <ol>
	endTable   // a data table: its captions and rows are written
	endRow     // a row of a data table
	endCell    // a cell of a data table
	endCaption // a caption of a data table
	endRegion  // the root or the box: the last line ends
)

// rOpen is an open element during the second pass.
type rOpen struct {
	atom      atom.Atom
	inArticle bool
	titled    bool     // inside the title element
	aboveTi   int      // inside a heading right before it: its place in renderSink.above, plus one
	b         *builder // where its text goes; nil: nowhere
	pre       bool
	end       int
	sub       *builder   // a cell's or caption's own builder
	list      *listState // of an <ol>
	tab       *tableState
	section   bool // thead, tbody or tfoot of a data table
}

// listState numbers the items of a rendered <ol>.
type listState struct {
	n      int
	typ    string
	marker bool
}

// tableState collects a data table.
type tableState struct {
	captions []string
	rows     [][]cell
	cell     cell // the cell being read (its text comes at its end)
}

func (r *renderSink) open(e *elem, as []attr) {
	id := r.next
	r.next++
	o := rOpen{atom: e.atom}
	var p *rOpen
	if n := len(r.stack); n > 0 {
		p = &r.stack[n-1]
		o.inArticle, o.titled, o.aboveTi, o.b, o.pre = p.inArticle, p.titled, p.aboveTi, p.b, p.pre
	}
	o.titled = o.titled || id == r.ti
	for k, a := range r.above {
		if id == a {
			o.aboveTi = k + 1
		}
	}
	inArticle := o.inArticle
	o.inArticle = o.inArticle || e.atom == atom.Article
	switch {
	case id == r.root || id == r.box:
		o.b, o.pre = &r.article, false
		if id == r.box {
			o.b = &r.boxText
		}
		r.node(&o, p, id, as, false)
		if o.end == endNone || o.end == endBlock {
			o.end = endRegion
		}
	case p != nil && p.tab != nil:
		r.tablePart(&o, p, as)
	case o.b != nil:
		r.node(&o, p, id, as, chromeAttrs(e.atom, as, inArticle))
	}
	r.stack = append(r.stack, o)
}

// node starts rendering an element inside the root or the box, as
// renderer.node does.
func (r *renderSink) node(o, p *rOpen, id int32, as []attr, chrome bool) {
	if p != nil && p.list != nil && o.atom == atom.Li {
		// An item of a rendered <ol>, as orderedList numbers it.
		l := p.list
		if v := spanAttr(as, "value", -1, 1<<20); v >= 0 {
			l.n = v
		}
		o.b.breakLine()
		if l.marker && !chrome {
			o.b.prefix = listMarker(l.n, l.typ) + "."
		}
		o.end = endItem
	}
	if chrome {
		o.b = nil
		return
	}
	switch o.atom {
	case atom.Br:
		o.b.br()
		return
	case atom.Hr:
		o.b.breakLine()
		return
	case atom.Table:
		if r.recs[id].flags&fData != 0 {
			o.tab, o.end = &tableState{}, endTable
			return
		}
	case atom.Pre:
		o.pre = true
	case atom.Ol:
		n, typ, marker := listAttrs(as)
		o.list = &listState{n: n, typ: typ, marker: marker}
		o.b.breakLine()
		o.end = endList
		return
	}
	if blockTags[o.atom] {
		o.b.breakLine()
		if o.end == endNone {
			o.end = endBlock
		}
	}
}

// tablePart starts an element directly under a data table or one of its
// sections: a caption, a section, a row, or a row's cell; anything else
// there is not rendered.
func (r *renderSink) tablePart(o, p *rOpen, as []attr) {
	t := p.tab
	o.b = nil
	switch {
	case o.atom == atom.Caption && !p.section && p.end == endTable:
		o.sub = &builder{}
		o.end = endCaption
	case (o.atom == atom.Thead || o.atom == atom.Tbody || o.atom == atom.Tfoot) && p.end == endTable:
		o.tab, o.section = t, true
	case o.atom == atom.Tr && (p.end == endTable || p.section):
		t.rows = append(t.rows, nil)
		o.tab, o.end = t, endRow
	case (o.atom == atom.Td || o.atom == atom.Th) && p.end == endRow:
		t.cell = newCell("", as)
		o.sub = &builder{}
		o.end = endCell
	}
	if o.sub != nil {
		o.b, o.pre = o.sub, false
	}
}

func (r *renderSink) text(s []byte) {
	o := &r.stack[len(r.stack)-1]
	if o.b != nil && o.tab == nil { // not between a data table's rows
		o.b.text(string(s), o.pre)
	}
	if o.titled {
		r.title.Write(s)
	}
	if o.aboveTi > 0 {
		r.aboveText[o.aboveTi-1].Write(s)
	}
}

func (r *renderSink) close(*elem) {
	n := len(r.stack)
	o := r.stack[n-1]
	r.stack = r.stack[:n-1]
	var p *rOpen
	if n > 1 {
		p = &r.stack[n-2]
	}
	switch o.end {
	case endBlock, endList:
		o.b.breakLine()
	case endItem:
		if o.b != nil && blockTags[o.atom] {
			o.b.breakLine()
		}
		l := p.list
		p.b.flushPrefix()
		l.n++
	case endTable:
		o.b.table(o.tab.captions, o.tab.rows)
	case endCaption:
		p.tab.captions = append(p.tab.captions, o.sub.cellLine())
	case endCell:
		c := p.tab.cell
		c.text = o.sub.cellLine()
		rows := p.tab.rows
		rows[len(rows)-1] = append(rows[len(rows)-1], c)
	case endRegion:
		o.b.breakLine()
	}
}
