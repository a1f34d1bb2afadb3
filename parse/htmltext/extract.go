package htmltext

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"

	"github.com/zwgk/gongwen/parse/internal/errs"
)

// ErrMalformed reports a page the HTML parser refuses (for example one
// nested deeper than 512 elements).
// It wraps the parse package's ErrMalformed (parse/internal/errs).
var ErrMalformed = errs.Sub(errs.Malformed, "malformed HTML")

// Extract returns the article text of a page given as UTF-8.
func Extract(page string) (string, error) { return extract(strings.NewReader(page)) }

// ExtractBytes is Extract for a page held as bytes (valid UTF-8), which it
// reads in place rather than from a copy.
func ExtractBytes(page []byte) (string, error) { return extract(bytes.NewReader(page)) }

// extract returns the article text of the UTF-8 page r reads.
func extract(page io.Reader) (string, error) {
	doc, err := parseHTML(page)
	if err != nil {
		return "", err
	}
	prune(doc)
	st := measure(doc)
	root := chooseRoot(doc, st)
	if root == nil {
		return "", nil
	}
	var b builder
	renderBlock(&b, root, st)
	text := b.String()
	if title := titleFor(root, st); title != "" && !repeats(text, title) {
		text = title + "\n" + text
	}
	if box := metaBox(doc, root, st); box != nil {
		// The portal's metadata box is evidence for the header: it
		// goes before the article, one table row per line.
		var bb builder
		renderBlock(&bb, box, st)
		text = bb.String() + "\n" + text
	}
	return text, nil
}

// parseHTML parses page, turning the parser's panics and errors into ErrMalformed.
func parseHTML(page io.Reader) (doc *html.Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("%w: %v", ErrMalformed, r)
		}
	}()
	doc, err = html.Parse(page)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	return doc, nil
}

// repeats reports whether the article's first lines already carry the
// title (white space and heading marks aside), so it is not added twice.
func repeats(text, title string) bool {
	head := text
	for i, n := 0, 0; i < len(head); i++ {
		if head[i] == '\n' {
			if n++; n == 12 {
				head = head[:i]
				break
			}
		}
	}
	return strings.Contains(squash(head), squash(title))
}
