package htmltext

import (
	"bytes"
	"io"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// step runs the current token through the current insertion mode and
// reports whether it was consumed (false: process it again).
func (p *replay) step() (bool, error) {
	switch p.mode {
	case modeInitial:
		return p.initial()
	case modeBeforeHTML:
		return p.beforeHTML()
	case modeBeforeHead:
		return p.beforeHead()
	case modeInHead:
		return p.inHead()
	case modeAfterHead:
		return p.afterHead()
	case modeInBody:
		return p.inBody()
	case modeText:
		return p.inText()
	case modeInTable:
		return p.inTable()
	case modeInCaption:
		return p.inCaption()
	case modeInColumnGroup:
		return p.inColumnGroup()
	case modeInTableBody:
		return p.inTableBody()
	case modeInRow:
		return p.inRow()
	case modeInCell:
		return p.inCell()
	case modeAfterBody, modeAfterAfterBody:
		return p.afterBody()
	}
	return false, errUnsupported
}

// initial reads the doctype, which decides quirks mode (where a table
// does not end an open paragraph).
func (p *replay) initial() (bool, error) {
	switch p.tok.typ {
	case html.TextToken:
		if p.dropSpace() {
			return true, nil
		}
	case html.CommentToken:
		return true, nil
	case html.DoctypeToken:
		p.quirks = quirks(p.z.Raw())
		p.mode = modeBeforeHTML
		return true, nil
	}
	p.quirks = true
	p.mode = modeBeforeHTML
	return false, nil
}

// dropSpace drops the white space a text token starts with and reports
// whether nothing is left.
func (p *replay) dropSpace() bool {
	p.tok.data = trimLeftSpace(p.tok.data)
	return len(p.tok.data) == 0
}

// ignoredEnd reports an end tag that the modes before the head ignore:
// all but head, body, html and br, which imply what is missing.
func (p *replay) ignoredEnd() bool {
	switch p.tok.atom {
	case atom.Head, atom.Body, atom.Html, atom.Br:
		return false
	}
	return true
}

// quirks reports whether html.Parse reads a page with this doctype in
// quirks mode: it asks html.Parse whether a table then stays inside a p.
func quirks(doctype []byte) bool {
	doc, err := html.Parse(io.MultiReader(bytes.NewReader(doctype), strings.NewReader("<p><table>")))
	if err != nil {
		return true
	}
	for n := range doc.Descendants() {
		if n.DataAtom == atom.Table {
			return n.Parent.DataAtom == atom.P
		}
	}
	return true
}

// beforeHTML: white space, comments and doctypes are dropped until the
// html element, which any other token implies.
func (p *replay) beforeHTML() (bool, error) {
	switch p.tok.typ {
	case html.DoctypeToken, html.CommentToken:
		return true, nil
	case html.TextToken:
		if p.dropSpace() {
			return true, nil
		}
	case html.StartTagToken:
		if p.tok.atom == atom.Html {
			if _, err := p.insertToken(); err != nil {
				return false, err
			}
			p.mode = modeBeforeHead
			return true, nil
		}
	case html.EndTagToken:
		if p.ignoredEnd() {
			return true, nil
		}
	}
	if _, err := p.insert(atom.Html, nil, nil); err != nil {
		return false, err
	}
	p.mode = modeBeforeHead
	return false, nil
}

func (p *replay) beforeHead() (bool, error) {
	switch p.tok.typ {
	case html.TextToken:
		if p.dropSpace() {
			return true, nil
		}
	case html.StartTagToken:
		switch p.tok.atom {
		case atom.Head:
			if _, err := p.insertToken(); err != nil {
				return false, err
			}
			p.headSeen = true
			p.mode = modeInHead
			return true, nil
		case atom.Html:
			return p.inBody()
		}
	case html.EndTagToken:
		if p.ignoredEnd() {
			return true, nil
		}
	case html.CommentToken:
		p.comment()
		return true, nil
	case html.DoctypeToken:
		return true, nil
	}
	return false, p.implied(html.StartTagToken, atom.Head)
}

func (p *replay) inHead() (bool, error) {
	switch p.tok.typ {
	case html.TextToken:
		if done, err := p.leadingSpace(); done || err != nil {
			return done, err
		}
	case html.StartTagToken:
		switch p.tok.atom {
		case atom.Html:
			return p.inBody()
		case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta:
			return true, p.insertVoid()
		case atom.Noscript, atom.Script, atom.Title, atom.Noframes, atom.Style:
			// With scripting on, as html.Parse runs, noscript is raw text.
			return true, p.rawText()
		case atom.Head:
			return true, nil
		case atom.Template:
			return false, errUnsupported
		}
	case html.EndTagToken:
		switch p.tok.atom {
		case atom.Head:
			p.pop()
			p.mode = modeAfterHead
			return true, nil
		case atom.Body, atom.Html, atom.Br:
		case atom.Template:
			return false, errUnsupported
		default:
			return true, nil
		}
	case html.CommentToken:
		p.comment()
		return true, nil
	case html.DoctypeToken:
		return true, nil
	}
	return false, p.implied(html.EndTagToken, atom.Head)
}

// rawText inserts an element whose content the tokenizer read as text
// (script, style, title, textarea, xmp, iframe, noembed, noframes,
// noscript).
func (p *replay) rawText() error {
	if _, err := p.insertToken(); err != nil {
		return err
	}
	p.orig, p.mode = p.mode, modeText
	return nil
}

func (p *replay) inText() (bool, error) {
	switch p.tok.typ {
	case html.ErrorToken:
		p.pop()
	case html.TextToken:
		d := p.tok.data
		if t := p.top(); t.atom == atom.Textarea && !t.hasChild {
			d = bytes.TrimPrefix(bytes.TrimPrefix(d, []byte("\r")), []byte("\n"))
		}
		return true, p.text(d)
	case html.EndTagToken:
		p.pop()
	}
	p.mode = p.orig
	return p.tok.typ == html.EndTagToken, nil
}

func (p *replay) afterHead() (bool, error) {
	switch p.tok.typ {
	case html.TextToken:
		if done, err := p.leadingSpace(); done || err != nil {
			return done, err
		}
	case html.StartTagToken:
		switch p.tok.atom {
		case atom.Html:
			return p.inBody()
		case atom.Body:
			if _, err := p.insertToken(); err != nil {
				return false, err
			}
			p.mode = modeInBody
			return true, nil
		case atom.Frameset, atom.Template:
			return false, errUnsupported
		case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Noframes, atom.Script, atom.Style, atom.Title:
			// html.Parse puts them into the head, which is pruned.
			return p.intoHead()
		case atom.Head:
			return true, nil
		}
	case html.EndTagToken:
		switch p.tok.atom {
		case atom.Body, atom.Html, atom.Br:
		case atom.Template:
			return false, errUnsupported
		default:
			return true, nil
		}
	case html.CommentToken:
		p.comment()
		return true, nil
	case html.DoctypeToken:
		return true, nil
	}
	if err := p.implied(html.StartTagToken, atom.Body); err != nil {
		return false, err
	}
	return p.tok.typ == html.ErrorToken, nil
}

// intoHead processes a head element met after the head: html.Parse
// reopens the head for it, so it lands in a pruned element.
func (p *replay) intoHead() (bool, error) {
	head := &elem{atom: atom.Head, drop: true}
	p.oe = append(p.oe, head)
	done, err := p.inHead()
	if i := p.index(head); i >= 0 {
		p.oe = slices.Delete(p.oe, i, i+1) // a raw text element stays open, pruned
	}
	return done, err
}

// resetMode chooses the insertion mode from the stack of open elements.
func (p *replay) resetMode() error {
	for i := len(p.oe) - 1; i >= 0; i-- {
		switch p.oe[i].atom {
		case atom.Td, atom.Th:
			p.mode = modeInCell
		case atom.Tr:
			p.mode = modeInRow
		case atom.Tbody, atom.Thead, atom.Tfoot:
			p.mode = modeInTableBody
		case atom.Caption:
			p.mode = modeInCaption
		case atom.Colgroup:
			p.mode = modeInColumnGroup
		case atom.Table:
			p.mode = modeInTable
		case atom.Template, atom.Frameset:
			return errUnsupported
		case atom.Head:
			p.mode = modeInHead
		case atom.Body:
			p.mode = modeInBody
		case atom.Html:
			p.mode = modeBeforeHead
			if p.headSeen {
				p.mode = modeAfterHead
			}
		default:
			if i == 0 {
				p.mode = modeInBody
				return nil
			}
			continue
		}
		return nil
	}
	return nil
}
