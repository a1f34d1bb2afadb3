package htmltext

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The rules inside tables: sections, rows, cells, captions and column
// groups are implied and closed; other content makes html.Parse move it
// before the table (foster parenting), which the replay leaves to the tree.

// tableParts are the elements that hold a table's rows.
var tableParts = []atom.Atom{atom.Tbody, atom.Thead, atom.Tfoot}

func (p *replay) inTable() (bool, error) {
	switch p.tok.typ {
	case html.TextToken:
		if bytes.IndexByte(p.tok.data, 0) >= 0 {
			p.tok.data = bytes.ReplaceAll(p.tok.data, []byte{0}, nil)
		}
		switch p.top().atom {
		case atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
			if allSpace(p.tok.data) {
				return true, p.text(p.tok.data)
			}
		}
	case html.StartTagToken:
		switch p.tok.atom {
		case atom.Caption:
			p.clearTo(atom.Table)
			p.afe = append(p.afe, &elem{marker: true})
			p.mode = modeInCaption
			_, err := p.insertToken()
			return true, err
		case atom.Colgroup:
			p.clearTo(atom.Table)
			p.mode = modeInColumnGroup
			_, err := p.insertToken()
			return true, err
		case atom.Col:
			return false, p.implied(html.StartTagToken, atom.Colgroup)
		case atom.Tbody, atom.Tfoot, atom.Thead:
			p.clearTo(atom.Table)
			p.mode = modeInTableBody
			_, err := p.insertToken()
			return true, err
		case atom.Td, atom.Th, atom.Tr:
			return false, p.implied(html.StartTagToken, atom.Tbody)
		case atom.Table:
			if p.popUntil(tableScope, atom.Table) {
				return false, p.resetMode()
			}
			return true, nil
		case atom.Style, atom.Script, atom.Template:
			return p.inHead()
		case atom.Input:
			if v, ok := get(p.tok.attr, "type"); ok && bytes.EqualFold(v, []byte("hidden")) {
				return true, p.insertVoid()
			}
		case atom.Form:
			if p.contains(atom.Template) || p.form != nil {
				return true, nil
			}
			e, err := p.insertToken()
			if err != nil {
				return false, err
			}
			p.form = e // before the pop, which would reuse it
			p.pop()
			return true, nil
		}
	case html.EndTagToken:
		switch p.tok.atom {
		case atom.Table:
			if p.popUntil(tableScope, atom.Table) {
				return true, p.resetMode()
			}
			return true, nil
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
			return true, nil
		case atom.Template:
			return false, errUnsupported
		}
	case html.CommentToken:
		p.comment()
		return true, nil
	case html.DoctypeToken:
		return true, nil
	case html.ErrorToken:
		return p.inBody()
	}
	p.fostering = true
	defer func() { p.fostering = false }()
	return p.inBody()
}

func (p *replay) inCaption() (bool, error) {
	switch p.tok.typ {
	case html.StartTagToken:
		switch p.tok.atom {
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Td, atom.Tfoot, atom.Thead, atom.Tr:
			if !p.popUntil(tableScope, atom.Caption) {
				return true, nil
			}
			p.clearFormatting()
			p.mode = modeInTable
			return false, nil
		}
	case html.EndTagToken:
		switch p.tok.atom {
		case atom.Caption:
			if p.popUntil(tableScope, atom.Caption) {
				p.clearFormatting()
				p.mode = modeInTable
			}
			return true, nil
		case atom.Table:
			if !p.popUntil(tableScope, atom.Caption) {
				return true, nil
			}
			p.clearFormatting()
			p.mode = modeInTable
			return false, nil
		case atom.Body, atom.Col, atom.Colgroup, atom.Html, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
			return true, nil
		}
	}
	return p.inBody()
}

func (p *replay) inColumnGroup() (bool, error) {
	switch p.tok.typ {
	case html.TextToken:
		if done, err := p.leadingSpace(); done || err != nil {
			return done, err
		}
	case html.CommentToken:
		p.comment()
		return true, nil
	case html.DoctypeToken:
		return true, nil
	case html.StartTagToken:
		switch p.tok.atom {
		case atom.Html:
			return p.inBody()
		case atom.Col:
			return true, p.insertVoid()
		case atom.Template:
			return false, errUnsupported
		}
	case html.EndTagToken:
		switch p.tok.atom {
		case atom.Colgroup:
			if p.top().atom == atom.Colgroup {
				p.pop()
				p.mode = modeInTable
			}
			return true, nil
		case atom.Col:
			return true, nil
		case atom.Template:
			return false, errUnsupported
		}
	case html.ErrorToken:
		return p.inBody()
	}
	if p.top().atom != atom.Colgroup {
		return true, nil
	}
	p.pop()
	p.mode = modeInTable
	return false, nil
}

func (p *replay) inTableBody() (bool, error) {
	switch p.tok.typ {
	case html.StartTagToken:
		switch p.tok.atom {
		case atom.Tr:
			p.clearTo(tableParts...)
			p.mode = modeInRow
			_, err := p.insertToken()
			return true, err
		case atom.Td, atom.Th:
			return false, p.implied(html.StartTagToken, atom.Tr)
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Tfoot, atom.Thead:
			if p.popUntil(tableScope, tableParts...) {
				p.mode = modeInTable
				return false, nil
			}
			return true, nil
		}
	case html.EndTagToken:
		switch p.tok.atom {
		case atom.Tbody, atom.Tfoot, atom.Thead:
			if p.inScope(tableScope, p.tok.atom) >= 0 {
				p.clearTo(tableParts...)
				p.pop()
				p.mode = modeInTable
			}
			return true, nil
		case atom.Table:
			if p.popUntil(tableScope, tableParts...) {
				p.mode = modeInTable
				return false, nil
			}
			return true, nil
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html, atom.Td, atom.Th, atom.Tr:
			return true, nil
		}
	case html.CommentToken:
		p.comment()
		return true, nil
	}
	return p.inTable()
}

func (p *replay) inRow() (bool, error) {
	switch p.tok.typ {
	case html.StartTagToken:
		switch p.tok.atom {
		case atom.Td, atom.Th:
			p.clearTo(atom.Tr)
			p.mode = modeInCell
			_, err := p.insertToken()
			p.afe = append(p.afe, &elem{marker: true})
			return true, err
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
			return p.endRow(false)
		}
	case html.EndTagToken:
		switch p.tok.atom {
		case atom.Tr:
			return p.endRow(true)
		case atom.Table:
			return p.endRow(false)
		case atom.Tbody, atom.Tfoot, atom.Thead:
			if p.inScope(tableScope, p.tok.atom) < 0 {
				return true, nil
			}
			return p.endRow(false)
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html, atom.Td, atom.Th:
			return true, nil
		}
	}
	return p.inTable()
}

// endRow closes the open row, if any, and reports whether the token is
// consumed (consumed: the token was </tr>).
func (p *replay) endRow(consumed bool) (bool, error) {
	if p.inScope(tableScope, atom.Tr) < 0 {
		return true, nil
	}
	p.clearTo(atom.Tr)
	p.pop()
	p.mode = modeInTableBody
	return consumed, nil
}

func (p *replay) inCell() (bool, error) {
	switch p.tok.typ {
	case html.StartTagToken:
		switch p.tok.atom {
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
			if p.popUntil(tableScope, atom.Td, atom.Th) {
				p.clearFormatting()
				p.mode = modeInRow
				return false, nil
			}
			return true, nil
		}
	case html.EndTagToken:
		switch p.tok.atom {
		case atom.Td, atom.Th:
			if !p.popUntil(tableScope, p.tok.atom) {
				return true, nil
			}
			p.clearFormatting()
			p.mode = modeInRow
			return true, nil
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html:
			return true, nil
		case atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
			if p.inScope(tableScope, p.tok.atom) < 0 {
				return true, nil
			}
			if p.popUntil(tableScope, atom.Td, atom.Th) {
				p.clearFormatting()
			}
			p.mode = modeInRow
			return false, nil
		}
	}
	return p.inBody()
}

func (p *replay) afterBody() (bool, error) {
	switch p.tok.typ {
	case html.ErrorToken:
		return true, nil
	case html.TextToken:
		if allSpace(p.tok.data) {
			return p.inBody()
		}
	case html.StartTagToken:
		if p.tok.atom == atom.Html {
			return p.inBody()
		}
	case html.EndTagToken:
		if p.tok.atom == atom.Html && p.mode == modeAfterBody {
			p.mode = modeAfterAfterBody
			return true, nil
		}
	case html.CommentToken:
		return true, nil // to the html element or the document
	case html.DoctypeToken:
		if p.mode == modeAfterAfterBody {
			return p.inBody()
		}
	}
	p.mode = modeInBody
	return false, nil
}
