package htmltext

import (
	"errors"
	"io"
	"slices"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// errUnsupported stops a replay at markup whose tree it does not rebuild
// in document order (see replay); the page is then read with html.Parse.
var errUnsupported = errors.New("htmltext: markup the streaming reader leaves to the tree")

// maxOpen is html.Parse's bound on the stack of open elements.
const maxOpen = 512

// sink receives the tree of a replay in document order: an element opens
// as the last child of the element opened before it and still open, text
// goes to the innermost open element, and an element closes when nothing
// more can enter it. Pruned subtrees (prune.go) never reach the sink.
type sink interface {
	open(e *elem, attr []attr)
	close(e *elem)
	text(s []byte)
}

// attr is an attribute of the current tag (valid until the next token) or
// a formatting element's copy.
type attr struct{ key, val []byte }

// get returns the value of the first attribute named key.
func get(as []attr, key string) ([]byte, bool) {
	for _, a := range as {
		if string(a.key) == key {
			return a.val, true
		}
	}
	return nil, false
}

// elem is an element on the stack of open elements, or an entry of the
// list of active formatting elements (where marker separates scopes).
type elem struct {
	atom     atom.Atom
	name     string // the tag name when atom is 0
	drop     bool   // pruned, or inside a pruned element: the sink never sees it
	hasChild bool   // something was added under it (for <pre>'s first newline)
	marker   bool
	attr     []attr // a formatting element's attributes, sorted, for clones
}

// mode is an insertion mode of the HTML parsing algorithm.
type mode int

const (
	modeInitial mode = iota
	modeBeforeHTML
	modeBeforeHead
	modeInHead
	modeAfterHead
	modeInBody
	modeText
	modeInTable
	modeInCaption
	modeInColumnGroup
	modeInTableBody
	modeInRow
	modeInCell
	modeAfterBody
	modeAfterAfterBody
)

// token is the current token, read from the tokenizer without copying.
type token struct {
	typ  html.TokenType
	atom atom.Atom
	name []byte
	attr []attr
	data []byte // text
}

// replay rebuilds, token by token, the tree html.Parse builds (the HTML
// standard's tree construction as golang.org/x/net/html implements it:
// implied and omitted end tags, scopes, implied html/head/body and table
// sections, reopened formatting elements) for the markup whose tree grows
// in document order, and hands it to a sink without building it. Markup
// that makes html.Parse move nodes already inserted (foster parenting of
// content misplaced in a table, the adoption agency's furthest block) or
// that this reader leaves aside (frameset, template, svg, math, plaintext,
// nobr, attributes added to html or body late, the depth limit) stops it
// with errUnsupported.
type replay struct {
	z         *html.Tokenizer
	sink      sink
	tok       token
	mode      mode
	orig      mode // the mode to return to after raw text
	quirks    bool
	oe        []*elem // stack of open elements
	afe       []*elem // list of active formatting elements
	form      *elem
	headSeen  bool
	fostering bool // inside the table modes' fallback to the body's rules
	attrBuf   []attr
	free      []*elem // closed elements nothing refers to
}

// runReplay replays the page r reads into s.
func runReplay(r io.Reader, s sink) error {
	p := &replay{z: html.NewTokenizer(r), sink: s}
	for {
		tt := p.z.Next()
		p.read(tt)
		if tt == html.ErrorToken {
			if err := p.z.Err(); err != io.EOF {
				return err
			}
		}
		if err := p.process(); err != nil {
			return err
		}
		if tt == html.ErrorToken {
			for len(p.oe) > 0 {
				p.pop()
			}
			return nil
		}
	}
}

// read loads the current token.
func (p *replay) read(tt html.TokenType) {
	p.tok = token{typ: tt}
	switch tt {
	case html.TextToken:
		p.tok.data = p.z.Text()
	case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
		name, more := p.z.TagName()
		p.tok.name = name
		p.tok.atom = atom.Lookup(name)
		p.attrBuf = p.attrBuf[:0]
		if tt == html.EndTagToken && p.tok.atom != atom.Br {
			more = false // only </br>, read as <br>, uses its attributes
		}
		for more {
			var k, v []byte
			k, v, more = p.z.TagAttr()
			p.attrBuf = append(p.attrBuf, attr{k, v})
		}
		p.tok.attr = p.attrBuf
		if tt == html.SelfClosingTagToken {
			p.tok.typ = html.StartTagToken
		}
	}
}

// process runs the current token through the insertion modes until one
// consumes it.
func (p *replay) process() error {
	for {
		done, err := p.step()
		if err != nil || done {
			return err
		}
	}
}

// implied processes a tag that is not in the markup, then restores the token.
func (p *replay) implied(tt html.TokenType, a atom.Atom) error {
	saved := p.tok
	p.tok = token{typ: tt, atom: a, name: []byte(a.String())}
	err := p.process()
	p.tok = saved
	return err
}

// top is the current node (nil before <html>).
func (p *replay) top() *elem {
	if len(p.oe) == 0 {
		return nil
	}
	return p.oe[len(p.oe)-1]
}

// pop closes the current node.
func (p *replay) pop() {
	e := p.oe[len(p.oe)-1]
	p.oe = p.oe[:len(p.oe)-1]
	if !e.drop {
		p.sink.close(e)
	}
	if e.attr == nil && e != p.form {
		p.free = append(p.free, e) // nothing refers to it any more
	}
}

// newElem returns a cleared element, reusing a closed one.
func (p *replay) newElem(a atom.Atom) *elem {
	if n := len(p.free); n > 0 {
		e := p.free[n-1]
		p.free = p.free[:n-1]
		*e = elem{atom: a}
		return e
	}
	return &elem{atom: a}
}

// popTo closes the nodes above index i, i included.
func (p *replay) popTo(i int) {
	for len(p.oe) > i {
		p.pop()
	}
}

// insert adds an element as the last child of the current node and opens it.
func (p *replay) insert(a atom.Atom, name []byte, as []attr) (*elem, error) {
	if len(p.oe) >= maxOpen {
		return nil, errUnsupported // html.Parse fails; let it say so
	}
	if err := p.fosterCheck(); err != nil {
		return nil, err
	}
	e := p.newElem(a)
	if a == 0 {
		e.name = string(name)
	}
	parent := p.top()
	if parent != nil {
		parent.hasChild = true
		e.drop = parent.drop
	}
	e.drop = e.drop || dropTags[a] || hiddenAttrs(as)
	p.oe = append(p.oe, e)
	if !e.drop {
		p.sink.open(e, as)
	}
	return e, nil
}

// insertToken inserts the current tag's element.
func (p *replay) insertToken() (*elem, error) {
	return p.insert(p.tok.atom, p.tok.name, p.tok.attr)
}

// insertVoid inserts an element that closes at once.
func (p *replay) insertVoid() error {
	if _, err := p.insertToken(); err != nil {
		return err
	}
	p.pop()
	return nil
}

// text adds character data to the current node.
func (p *replay) text(s []byte) error {
	if len(s) == 0 {
		return nil
	}
	if err := p.fosterCheck(); err != nil {
		return err
	}
	t := p.top()
	t.hasChild = true
	if !t.drop {
		p.sink.text(s)
	}
	return nil
}

// fosterCheck stops at content html.Parse moves before the table it
// stands in (foster parenting).
func (p *replay) fosterCheck() error {
	if !p.fostering {
		return nil
	}
	switch p.top().atom {
	case atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
		return errUnsupported
	}
	return nil
}

// comment adds a comment: nothing a reader sees, but a child all the same.
func (p *replay) comment() {
	if t := p.top(); t != nil {
		t.hasChild = true
	}
}

// index returns the position of e on the stack, or -1.
func (p *replay) index(e *elem) int {
	for i := len(p.oe) - 1; i >= 0; i-- {
		if p.oe[i] == e {
			return i
		}
	}
	return -1
}

// contains reports an element a on the stack.
func (p *replay) contains(a atom.Atom) bool {
	for _, e := range p.oe {
		if e.atom == a {
			return true
		}
	}
	return false
}

// scope is a set of elements that bound a search for an element in scope.
type scope int

const (
	defaultScope scope = iota
	listItemScope
	buttonScope
	tableScope
)

// inScope returns the index of the highest element among as in scope, or -1.
func (p *replay) inScope(s scope, as ...atom.Atom) int {
	for i := len(p.oe) - 1; i >= 0; i-- {
		a := p.oe[i].atom
		if slices.Contains(as, a) {
			return i
		}
		switch s {
		case listItemScope:
			if a == atom.Ol || a == atom.Ul {
				return -1
			}
		case buttonScope:
			if a == atom.Button {
				return -1
			}
		case tableScope:
			if a == atom.Html || a == atom.Table || a == atom.Template {
				return -1
			}
		}
		if s != tableScope {
			switch a {
			case atom.Applet, atom.Caption, atom.Html, atom.Table, atom.Td, atom.Th, atom.Marquee, atom.Object, atom.Template, atom.Select:
				return -1
			}
		}
	}
	return -1
}

// popUntil closes up to the highest element among as in scope and reports
// whether there was one.
func (p *replay) popUntil(s scope, as ...atom.Atom) bool {
	if i := p.inScope(s, as...); i >= 0 {
		p.popTo(i)
		return true
	}
	return false
}

// clearTo closes elements until one of stops is the current node.
func (p *replay) clearTo(stops ...atom.Atom) {
	for i := len(p.oe) - 1; i >= 0; i-- {
		if a := p.oe[i].atom; a == atom.Html || a == atom.Template || slices.Contains(stops, a) {
			p.popTo(i + 1)
			return
		}
	}
}

// impliedEnd closes dd, dt, li, option, optgroup, p, rb, rp, rt and rtc
// elements, except one named except.
func (p *replay) impliedEnd(except atom.Atom) {
	for len(p.oe) > 0 {
		switch a := p.top().atom; a {
		case atom.Dd, atom.Dt, atom.Li, atom.Optgroup, atom.Option, atom.P, atom.Rb, atom.Rp, atom.Rt, atom.Rtc:
			if a != except {
				p.pop()
				continue
			}
		}
		return
	}
}

// special reports the standard's special elements (HTML namespace).
func special(a atom.Atom) bool { return specialTags[a] }

var specialTags = map[atom.Atom]bool{
	atom.Address: true, atom.Applet: true, atom.Area: true, atom.Article: true, atom.Aside: true,
	atom.Base: true, atom.Basefont: true, atom.Bgsound: true, atom.Blockquote: true, atom.Body: true,
	atom.Br: true, atom.Button: true, atom.Caption: true, atom.Center: true, atom.Col: true,
	atom.Colgroup: true, atom.Dd: true, atom.Details: true, atom.Dir: true, atom.Div: true, atom.Dl: true,
	atom.Dt: true, atom.Embed: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.Frame: true, atom.Frameset: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Head: true, atom.Header: true,
	atom.Hgroup: true, atom.Hr: true, atom.Html: true, atom.Iframe: true, atom.Img: true, atom.Input: true,
	atom.Keygen: true, atom.Li: true, atom.Link: true, atom.Listing: true, atom.Main: true,
	atom.Marquee: true, atom.Menu: true, atom.Meta: true, atom.Nav: true, atom.Noembed: true,
	atom.Noframes: true, atom.Noscript: true, atom.Object: true, atom.Ol: true, atom.P: true,
	atom.Param: true, atom.Plaintext: true, atom.Pre: true, atom.Script: true, atom.Section: true,
	atom.Select: true, atom.Source: true, atom.Style: true, atom.Summary: true, atom.Table: true,
	atom.Tbody: true, atom.Td: true, atom.Template: true, atom.Textarea: true, atom.Tfoot: true,
	atom.Th: true, atom.Thead: true, atom.Title: true, atom.Tr: true, atom.Track: true, atom.Ul: true,
	atom.Wbr: true, atom.Xmp: true,
}

// isSpace reports HTML white space.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' }

// trimLeftSpace drops leading HTML white space.
func trimLeftSpace(s []byte) []byte {
	for len(s) > 0 && isSpace(s[0]) {
		s = s[1:]
	}
	return s
}

// leadingSpace adds the white space that starts a text token to the
// current node and keeps the rest as the token; done: nothing is left.
func (p *replay) leadingSpace() (done bool, err error) {
	s := trimLeftSpace(p.tok.data)
	if len(s) < len(p.tok.data) {
		if err := p.text(p.tok.data[:len(p.tok.data)-len(s)]); err != nil {
			return false, err
		}
		p.tok.data = s
	}
	return len(s) == 0, nil
}

// allSpace reports text of HTML white space only.
func allSpace(s []byte) bool { return len(trimLeftSpace(s)) == 0 }
