package htmltext

import (
	"bytes"

	"golang.org/x/net/html/atom"
)

// record is what the first pass of a streaming extraction keeps of an
// element (by its index in document order) for choosing the article
// root, its title and the metadata box once the page is read.
type record struct {
	parent int32 // -1 under the document
	end    int32 // the index after its last descendant
	text   int32 // visible characters outside links and furniture
	table  int32 // of a table part: its nearest table, else -1
	score  int32 // as a root candidate: text less twice the links and the furniture
	flags  uint8
}

// Flags of a record.
const (
	fTable  uint8 = 1 << iota // <table>
	fData                     // a table of data (isDataTable)
	fPart                     // tr, td, th, thead, tbody, tfoot
	fTitle                    // could title the article (lastHeading)
	fBody                     // <body>
	fChrome                   // the outermost element of a piece of furniture (isChrome)
	fHTML                     // <html>, never the root
)

// measurer is the first pass's sink: the stat of every element, kept as
// records, and the candidates for the root and the metadata box.
type measurer struct {
	recs   []record
	stack  []mOpen
	tables []int // positions in stack of the open box candidates (tables, furniture) still small enough for a box
	best   int32 // the root candidate: highest score, first in document order
	score  int
	boxes  []int32 // candidates that read as a metadata box, in the order they close
}

// mOpen is an open element during the first pass.
type mOpen struct {
	id               int32
	atom             atom.Atom
	inLink, inChrome bool
	inArticle        bool
	heading          bool
	filled           int  // td and th children showing text (of a tr)
	multi            bool // a row of the table has text in more than one cell
	st               stat
	box              labelScan
	boxSize          int // of a table: visible characters outside links read so far
}

func newMeasurer() *measurer { return &measurer{best: -1} }

func (m *measurer) open(e *elem, as []attr) {
	id := int32(len(m.recs))
	r := record{parent: -1, table: -1}
	o := mOpen{id: id, atom: e.atom, heading: headingTag(e.atom, as)}
	if n := len(m.stack); n > 0 {
		p := &m.stack[n-1]
		r.parent = p.id
		o.inLink, o.inChrome, o.inArticle = p.inLink, p.inChrome, p.inArticle
	}
	o.inLink = o.inLink || e.atom == atom.A
	if !o.inChrome && chromeAttrs(e.atom, as, o.inArticle) {
		o.inChrome = true
		r.flags |= fChrome
		if !boxTag(e.atom) {
			m.tables = append(m.tables, len(m.stack))
		}
	}
	o.inArticle = o.inArticle || e.atom == atom.Article
	switch e.atom {
	case atom.Table:
		r.flags |= fTable
		o.st.tables = 1
		m.tables = append(m.tables, len(m.stack))
	case atom.Tr, atom.Td, atom.Th, atom.Thead, atom.Tbody, atom.Tfoot:
		r.flags |= fPart
		for i := len(m.stack) - 1; i >= 0; i-- {
			if m.stack[i].atom == atom.Table {
				r.table = m.stack[i].id
				break
			}
		}
	case atom.Ul, atom.Dl:
		m.tables = append(m.tables, len(m.stack)) // a box may be a list
	case atom.Body:
		r.flags |= fBody
	case atom.Html:
		r.flags |= fHTML
	}
	m.recs = append(m.recs, r)
	m.stack = append(m.stack, o)
}

func (m *measurer) text(s []byte) {
	o := &m.stack[len(m.stack)-1]
	k := visibleBytes(s)
	switch {
	case o.inLink:
		o.st.link += k
	case o.inChrome:
		o.st.chrome += k
	default:
		o.st.text += k
	}
	if len(m.tables) > 0 {
		m.feedBoxes(s, k, o.inLink)
	}
}

// feedBoxes reads text into the open tables that may still be a metadata
// box, and forgets those it makes too large for one.
func (m *measurer) feedBoxes(s []byte, k int, inLink bool) {
	keep := m.tables[:0]
	for _, i := range m.tables {
		t := &m.stack[i]
		if !inLink {
			t.boxSize += k
		}
		if t.boxSize <= maxBoxText {
			if t.box.labels() < 2 { // two labels decide it
				t.box.feed(s)
			}
			keep = append(keep, i)
		}
	}
	m.tables = keep
}

func (m *measurer) close(*elem) {
	n := len(m.stack)
	o := m.stack[n-1]
	m.stack = m.stack[:n-1]
	listed := len(m.tables) > 0 && m.tables[len(m.tables)-1] == n-1
	if listed {
		m.tables = m.tables[:len(m.tables)-1]
	}
	r := &m.recs[o.id]
	r.end = int32(len(m.recs))
	r.text = int32(o.st.text)
	if n > 1 {
		p := &m.stack[n-2]
		p.st.text += o.st.text
		p.st.link += o.st.link
		p.st.chrome += o.st.chrome
		p.st.tables += o.st.tables
		if (o.atom == atom.Td || o.atom == atom.Th) && p.atom == atom.Tr && o.st.shows() {
			p.filled++
		}
		// A row with text in more than one cell makes its table one of data.
		if o.atom == atom.Tr && o.filled > 1 {
			switch {
			case p.atom == atom.Table:
				p.multi = true
			case n > 2 && (p.atom == atom.Thead || p.atom == atom.Tbody || p.atom == atom.Tfoot) && m.stack[n-3].atom == atom.Table:
				m.stack[n-3].multi = true
			}
		}
	}
	if o.heading && o.st.titleSized() {
		r.flags |= fTitle
	}
	if o.atom == atom.Table && o.st.tables <= 1 && o.multi {
		r.flags |= fData
	}
	if listed && o.st.text+o.st.chrome <= maxBoxText && o.box.labels() >= 2 {
		m.boxes = append(m.boxes, o.id)
	}
	if o.atom != atom.Html {
		s := o.st.text - 2*o.st.link - o.st.chrome
		r.score = int32(s)
		if m.best < 0 || s > m.score || s == m.score && o.id < m.best {
			m.best, m.score = o.id, s
		}
	}
}

// outerBoxes returns the metadata boxes that lie in no other box.
func (m *measurer) outerBoxes() []int32 {
	var out []int32
	for _, b := range m.boxes {
		outer := true
		for _, o := range m.boxes {
			if o < b && b < m.recs[o].end {
				outer = false
				break
			}
		}
		if outer {
			out = append(out, b)
		}
	}
	return out
}

// mostlyBox reports whether record c is a metadata box, lies in one, or
// holds little text beside the boxes in it (nine tenths box), as
// mostlyBoxNode does.
func (m *measurer) mostlyBox(c int32) bool {
	in := 0
	for _, b := range m.outerBoxes() {
		switch {
		case b <= c && c < m.recs[b].end:
			return true
		case c < b && b < m.recs[c].end:
			in += int(m.recs[b].text)
		}
	}
	return in > 0 && in*10 >= int(m.recs[c].text)*9
}

// outsideBoxes returns the best root candidate when the metadata boxes'
// text counts for nothing: no box nor anything in one, every other
// element scored without the box text it holds (as chooseRoot's second
// walk). It returns -1 when there is none.
func (m *measurer) outsideBoxes() int32 {
	outer := m.outerBoxes()
	less := make(map[int32]int, len(outer))
	skip := make(map[int32]bool, len(outer))
	for _, b := range outer {
		skip[b] = true
		for p := m.recs[b].parent; p >= 0; p = m.recs[p].parent {
			less[p] += int(m.recs[b].text)
		}
	}
	best, score := int32(-1), 0
	for c := int32(0); c < int32(len(m.recs)); {
		if skip[c] {
			c = m.recs[c].end
			continue
		}
		if r := m.recs[c]; r.flags&fHTML == 0 {
			if s := int(r.score) - less[c]; best < 0 || s > score {
				best, score = c, s
			}
		}
		c++
	}
	return best
}

// root narrows the best candidate, as chooseRoot does, and returns its
// index (-1: none).
func (m *measurer) root() int32 {
	root := m.best
	if root < 0 {
		return -1
	}
	if m.mostlyBox(root) {
		// The portal's metadata box outweighs a short notice whose body is
		// mostly links (附件, 相关解读): the box is never the article.
		if root = m.outsideBoxes(); root < 0 {
			return -1
		}
	}
	for {
		total := int64(m.recs[root].text)
		next := int32(-1)
		for c := root + 1; c < m.recs[root].end; c = m.recs[c].end {
			if int64(m.recs[c].text)*10 >= total*9 && total > 0 && m.descendable(c) {
				next = c
				break
			}
		}
		if next < 0 {
			return root
		}
		root = next
	}
}

// descendable is descendable for a record.
func (m *measurer) descendable(c int32) bool {
	r := m.recs[c]
	switch {
	case r.flags&fTable != 0:
		return r.flags&fData == 0
	case r.flags&fPart != 0:
		return r.table >= 0 && m.recs[r.table].flags&fData == 0
	}
	return true
}

// title returns the element that titles root, as titleFor finds it, or -1.
func (m *measurer) title(root int32) int32 {
	cur := root
	for level := 0; level < 4; level++ {
		par := m.recs[cur].parent
		if par < 0 {
			return -1 // the html element: nothing before it survives pruning
		}
		for j := cur - 1; j > par; j-- {
			if m.recs[j].flags&fTitle != 0 {
				return j
			}
		}
		cur = par
		if m.recs[cur].flags&fBody != 0 {
			break
		}
	}
	return -1
}

// titleAbove returns the headings standing right before the title
// element ti, as headingsAbove finds them: at most two earlier siblings,
// each one that could title the article, holding a short line.
func (m *measurer) titleAbove(ti int32) []int32 {
	if ti < 0 {
		return nil
	}
	var out []int32
	for cur := ti; len(out) < maxAbove; {
		par, prev := m.recs[cur].parent, int32(-1)
		for k := cur - 1; k > par; k-- {
			if m.recs[k].parent == par {
				prev = k
				break
			}
		}
		if prev < 0 || m.recs[prev].flags&fTitle == 0 || m.recs[prev].text > maxAboveText {
			break
		}
		out = append([]int32{prev}, out...)
		cur = prev
	}
	return out
}

// box returns the metadata box outside root or in its furniture, as
// metaBox finds it, or -1.
func (m *measurer) box(root int32) int32 {
	rend := m.recs[root].end
	for _, b := range m.boxes {
		inRoot := b >= root && b < rend
		holdsRoot := root >= b && root < m.recs[b].end
		if !holdsRoot && (!inRoot || m.recs[b].flags&fChrome != 0) {
			return b
		}
	}
	return -1
}

// labelScan finds the metadata box's labels in a table's text as it is
// read, with white space and heading marks removed (as metaBox squashes
// it); tail keeps the end of the text read so far, for labels that
// straddle two pieces.
type labelScan struct {
	found uint32
	tail  []byte
}

// maxLabel is the longest box label in bytes.
const maxLabel = 12

func (l *labelScan) feed(s []byte) {
	buf := squashBytes(l.tail, s)
	for i, lb := range boxLabels {
		if l.found&(1<<i) == 0 && bytes.Contains(buf, []byte(lb)) {
			l.found |= 1 << i
		}
	}
	if len(buf) > maxLabel {
		buf = append(l.tail[:0], buf[len(buf)-maxLabel:]...)
	}
	l.tail = buf
}

// labels counts the different labels found (as boxLabelCount).
func (l *labelScan) labels() int {
	k := 0
	for i := range boxLabels {
		if l.found&(1<<i) != 0 {
			k++
		}
	}
	return k
}
