package htmltext

import (
	"bytes"
	"slices"

	"golang.org/x/net/html/atom"
)

// The list of active formatting elements: inline formatting that the
// tree construction reopens in the blocks that follow until its end tag.

// formatting adds a formatting element: inserted, and remembered (at most
// three alike since the last marker) so that it is reopened in the blocks
// that follow while it is not closed.
func (p *replay) formatting() error {
	e, err := p.insertToken()
	if err != nil {
		return err
	}
	e.attr = make([]attr, len(p.tok.attr))
	for i, a := range p.tok.attr {
		e.attr[i] = attr{bytes.Clone(a.key), bytes.Clone(a.val)}
	}
	slices.SortFunc(e.attr, func(x, y attr) int {
		if c := bytes.Compare(x.key, y.key); c != 0 {
			return c
		}
		return bytes.Compare(x.val, y.val)
	})
	same := 0
	for i := len(p.afe) - 1; i >= 0; i-- {
		f := p.afe[i]
		if f.marker {
			break
		}
		if f.atom != e.atom || !slices.EqualFunc(f.attr, e.attr, func(x, y attr) bool {
			return bytes.Equal(x.key, y.key) && bytes.Equal(x.val, y.val)
		}) {
			continue
		}
		if same++; same >= 3 {
			p.afe = slices.Delete(p.afe, i, i+1)
		}
	}
	p.afe = append(p.afe, e)
	return nil
}

// afeIndex returns the position of e in the list of active formatting
// elements, or -1.
func (p *replay) afeIndex(e *elem) int {
	for i := len(p.afe) - 1; i >= 0; i-- {
		if p.afe[i] == e {
			return i
		}
	}
	return -1
}

// clearFormatting forgets the formatting elements up to the last marker.
func (p *replay) clearFormatting() {
	for len(p.afe) > 0 {
		e := p.afe[len(p.afe)-1]
		p.afe = p.afe[:len(p.afe)-1]
		if e.marker {
			return
		}
	}
}

// reopen inserts again the formatting elements that were closed by a
// block's end but never by their own.
func (p *replay) reopen() error {
	n := len(p.afe)
	if n == 0 || p.afe[n-1].marker || p.index(p.afe[n-1]) >= 0 {
		return nil
	}
	i := n - 1
	for i > 0 && !p.afe[i-1].marker && p.index(p.afe[i-1]) < 0 {
		i--
	}
	for ; i < n; i++ {
		f := p.afe[i]
		c, err := p.insert(f.atom, []byte(f.name), f.attr)
		if err != nil {
			return err
		}
		c.attr = f.attr
		p.afe[i] = c
	}
	return nil
}

// endFormatting closes a formatting element (the adoption agency of the
// standard, in the cases that move no node).
func (p *replay) endFormatting(a atom.Atom, name []byte) error {
	if t := p.top(); t.atom == a && (a != 0 || t.name == string(name)) && p.afeIndex(t) < 0 {
		p.pop()
		return nil
	}
	var f *elem
	for i := len(p.afe) - 1; i >= 0 && !p.afe[i].marker; i-- {
		if p.afe[i].atom == a {
			f = p.afe[i]
			break
		}
	}
	if f == nil {
		p.endOther(a, name)
		return nil
	}
	fi := p.index(f)
	if fi < 0 {
		p.afe = slices.Delete(p.afe, p.afeIndex(f), p.afeIndex(f)+1)
		return nil
	}
	if p.inScope(defaultScope, a) < 0 {
		return nil
	}
	for _, e := range p.oe[fi:] {
		if special(e.atom) {
			return errUnsupported // the furthest block: nodes move
		}
	}
	p.popTo(fi)
	p.afe = slices.Delete(p.afe, p.afeIndex(f), p.afeIndex(f)+1)
	return nil
}

// endOther is the standard's "any other end tag".
func (p *replay) endOther(a atom.Atom, name []byte) {
	for i := len(p.oe) - 1; i >= 0; i-- {
		e := p.oe[i]
		if e.atom == a && (a != 0 || e.name == string(name)) {
			p.popTo(i)
			return
		}
		if special(e.atom) {
			return
		}
	}
}
