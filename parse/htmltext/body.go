package htmltext

import (
	"bytes"
	"slices"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The rules "in body", where most of a page is read.

// blockStarts close an open p and open a block.
var blockStarts = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Center: true,
	atom.Details: true, atom.Dialog: true, atom.Dir: true, atom.Div: true, atom.Dl: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Header: true, atom.Hgroup: true,
	atom.Main: true, atom.Menu: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Search: true,
	atom.Section: true, atom.Summary: true, atom.Ul: true,
}

// blockEnds close their element when it is in scope.
var blockEnds = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Button: true,
	atom.Center: true, atom.Details: true, atom.Dialog: true, atom.Dir: true, atom.Div: true, atom.Dl: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Header: true,
	atom.Hgroup: true, atom.Listing: true, atom.Main: true, atom.Menu: true, atom.Nav: true, atom.Ol: true,
	atom.Pre: true, atom.Search: true, atom.Section: true, atom.Select: true, atom.Summary: true, atom.Ul: true,
}

// formattingTags are reopened in later blocks until their end tag.
var formattingTags = map[atom.Atom]bool{
	atom.A: true, atom.B: true, atom.Big: true, atom.Code: true, atom.Em: true, atom.Font: true, atom.I: true,
	atom.S: true, atom.Small: true, atom.Strike: true, atom.Strong: true, atom.Tt: true, atom.U: true,
}

var headings = []atom.Atom{atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6}

func (p *replay) inBody() (bool, error) {
	switch p.tok.typ {
	case html.TextToken:
		d := p.tok.data
		if t := p.top(); (t.atom == atom.Pre || t.atom == atom.Listing) && !t.hasChild {
			d = bytes.TrimPrefix(bytes.TrimPrefix(d, []byte("\r")), []byte("\n"))
		}
		if bytes.IndexByte(d, 0) >= 0 {
			d = bytes.ReplaceAll(d, []byte{0}, nil)
		}
		if len(d) == 0 {
			return true, nil
		}
		if err := p.reopen(); err != nil {
			return false, err
		}
		return true, p.text(d)
	case html.StartTagToken:
		return p.bodyStart()
	case html.EndTagToken:
		return p.bodyEnd()
	case html.CommentToken:
		p.comment()
	}
	return true, nil
}

func (p *replay) bodyStart() (bool, error) {
	a := p.tok.atom
	switch {
	case a == atom.Html || a == atom.Body:
		if len(p.tok.attr) > 0 && !p.contains(atom.Template) {
			return false, errUnsupported // html.Parse adds the attributes to the element
		}
		return true, nil
	case blockStarts[a]:
		p.popUntil(buttonScope, atom.P)
		_, err := p.insertToken()
		return true, err
	case formattingTags[a]:
		if a == atom.A {
			for i := len(p.afe) - 1; i >= 0 && !p.afe[i].marker; i-- {
				if n := p.afe[i]; n.atom == atom.A {
					if err := p.endFormatting(atom.A, nil); err != nil {
						return false, err
					}
					if p.index(n) >= 0 {
						return false, errUnsupported
					}
					if k := p.afeIndex(n); k >= 0 {
						p.afe = slices.Delete(p.afe, k, k+1)
					}
					break
				}
			}
		}
		if err := p.reopen(); err != nil {
			return false, err
		}
		return true, p.formatting()
	}
	switch a {
	case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Noframes, atom.Script, atom.Style, atom.Template, atom.Title:
		return p.inHead()
	case atom.Frameset, atom.Plaintext, atom.Nobr, atom.Math, atom.Svg:
		return false, errUnsupported
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		p.popUntil(buttonScope, atom.P)
		if slices.Contains(headings, p.top().atom) {
			p.pop()
		}
	case atom.Pre, atom.Listing:
		p.popUntil(buttonScope, atom.P)
	case atom.Form:
		if p.form != nil && !p.contains(atom.Template) {
			return true, nil
		}
		p.popUntil(buttonScope, atom.P)
		e, err := p.insertToken()
		if !p.contains(atom.Template) {
			p.form = e
		}
		return true, err
	case atom.Li, atom.Dd, atom.Dt:
		for i := len(p.oe) - 1; i >= 0; i-- {
			n := p.oe[i].atom
			if n == a || a != atom.Li && (n == atom.Dd || n == atom.Dt) {
				p.popTo(i)
				break
			}
			if n != atom.Address && n != atom.Div && n != atom.P && special(n) {
				break
			}
		}
		p.popUntil(buttonScope, atom.P)
	case atom.Button:
		if p.inScope(defaultScope, atom.Button) >= 0 {
			p.impliedEnd(0)
			p.popUntil(defaultScope, atom.Button)
		}
		if err := p.reopen(); err != nil {
			return false, err
		}
	case atom.Applet, atom.Marquee, atom.Object:
		if err := p.reopen(); err != nil {
			return false, err
		}
		_, err := p.insertToken()
		p.afe = append(p.afe, &elem{marker: true})
		return true, err
	case atom.Table:
		if !p.quirks {
			p.popUntil(buttonScope, atom.P)
		}
		_, err := p.insertToken()
		p.mode = modeInTable
		return true, err
	case atom.Area, atom.Br, atom.Embed, atom.Img, atom.Keygen, atom.Wbr:
		if err := p.reopen(); err != nil {
			return false, err
		}
		return true, p.insertVoid()
	case atom.Input:
		p.popUntil(defaultScope, atom.Select)
		if err := p.reopen(); err != nil {
			return false, err
		}
		return true, p.insertVoid()
	case atom.Param, atom.Source, atom.Track:
		return true, p.insertVoid()
	case atom.Hr:
		if p.inScope(buttonScope, atom.P) >= 0 {
			p.impliedEnd(atom.P)
			p.popUntil(defaultScope, atom.P)
		}
		if p.inScope(defaultScope, atom.Select) >= 0 {
			p.impliedEnd(0)
		}
		return true, p.insertVoid()
	case atom.Image:
		p.tok.atom, p.tok.name = atom.Img, []byte("img")
		return false, nil
	case atom.Textarea, atom.Iframe, atom.Noembed, atom.Noscript:
		return true, p.rawText()
	case atom.Xmp:
		p.popUntil(buttonScope, atom.P)
		if err := p.reopen(); err != nil {
			return false, err
		}
		return true, p.rawText()
	case atom.Select:
		if p.popUntil(defaultScope, atom.Select) {
			return true, nil
		}
		if err := p.reopen(); err != nil {
			return false, err
		}
	case atom.Option, atom.Optgroup:
		if p.inScope(defaultScope, atom.Select) >= 0 {
			except := atom.Optgroup
			if a == atom.Optgroup {
				except = 0
			}
			p.impliedEnd(except)
		} else if p.top().atom == atom.Option {
			p.pop()
		}
		if err := p.reopen(); err != nil {
			return false, err
		}
	case atom.Rb, atom.Rtc, atom.Rp, atom.Rt:
		if p.inScope(defaultScope, atom.Ruby) >= 0 {
			except := atom.Atom(0)
			if a == atom.Rp || a == atom.Rt {
				except = atom.Rtc
			}
			p.impliedEnd(except)
		}
	case atom.Caption, atom.Col, atom.Colgroup, atom.Frame, atom.Head, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
		return true, nil
	default:
		if err := p.reopen(); err != nil {
			return false, err
		}
	}
	_, err := p.insertToken()
	return true, err
}

func (p *replay) bodyEnd() (bool, error) {
	a := p.tok.atom
	switch {
	case blockEnds[a]:
		if p.inScope(defaultScope, a) >= 0 {
			p.impliedEnd(0)
			p.popUntil(defaultScope, a)
		}
		return true, nil
	case formattingTags[a]:
		return true, p.endFormatting(a, p.tok.name)
	}
	switch a {
	case atom.Body:
		if p.inScope(defaultScope, atom.Body) >= 0 {
			p.mode = modeAfterBody
		}
	case atom.Html:
		if p.inScope(defaultScope, atom.Body) >= 0 {
			return false, p.implied(html.EndTagToken, atom.Body)
		}
	case atom.Form:
		if p.contains(atom.Template) {
			return false, errUnsupported
		}
		node := p.form
		p.form = nil
		i := p.inScope(defaultScope, atom.Form)
		if node == nil || i < 0 || p.oe[i] != node {
			return true, nil
		}
		p.impliedEnd(0)
		if p.top() != node {
			return false, errUnsupported // the form leaves the stack, its open children stay
		}
		p.pop()
	case atom.P:
		if p.inScope(buttonScope, atom.P) < 0 {
			if err := p.implied(html.StartTagToken, atom.P); err != nil {
				return false, err
			}
		}
		p.popUntil(buttonScope, atom.P)
	case atom.Li:
		p.popUntil(listItemScope, atom.Li)
	case atom.Dd, atom.Dt:
		p.popUntil(defaultScope, a)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		p.popUntil(defaultScope, headings...)
	case atom.Nobr:
		return false, errUnsupported
	case atom.Applet, atom.Marquee, atom.Object:
		if p.popUntil(defaultScope, a) {
			p.clearFormatting()
		}
	case atom.Br:
		p.tok.typ = html.StartTagToken
		return false, nil
	case atom.Template:
		return false, errUnsupported
	default:
		p.endOther(a, p.tok.name)
	}
	return true, nil
}
