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
func Extract(page string) (string, error) {
	return extract(func() io.Reader { return strings.NewReader(page) })
}

// ExtractBytes is Extract for a page held as bytes (valid UTF-8), which it
// reads in place rather than from a copy.
func ExtractBytes(page []byte) (string, error) {
	return extract(func() io.Reader { return bytes.NewReader(page) })
}

// extract returns the article text of the UTF-8 page that src reads,
// streaming (extractStream) unless the markup needs the tree.
func extract(src func() io.Reader) (string, error) {
	// The <title> is read only for an article no heading titles.
	fallback := func() string { return docTitle(src()) }
	if text, err := extractStream(src, fallback); err == nil {
		return text, nil
	}
	return extractTree(src(), fallback)
}

// extractStream extracts the text in two passes over the page's tokens
// without building its tree (replay.go): the first measures every
// element (measure.go) and chooses the root, its title and the metadata
// box; the second renders them (stream.go).
func extractStream(src func() io.Reader, fallback func() string) (text string, err error) {
	defer func() {
		if r := recover(); r != nil {
			// A state the replay did not foresee: the tree reads the page.
			text, err = "", fmt.Errorf("%w: %v", errUnsupported, r)
		}
	}()
	m := newMeasurer()
	if err := runReplay(src(), m); err != nil {
		return "", err
	}
	root := m.root()
	if root < 0 {
		return "", nil
	}
	r := &renderSink{recs: m.recs, root: root, box: m.box(root), ti: m.title(root)}
	r.above = m.titleAbove(r.ti)
	r.aboveText = make([]strings.Builder, len(r.above))
	m = nil
	if err := runReplay(src(), r); err != nil {
		return "", err
	}
	title := ""
	if r.ti >= 0 {
		above := make([]string, len(r.aboveText))
		for k := range r.aboveText {
			above[k] = collapse(r.aboveText[k].String())
		}
		title = withAuthority(above, collapse(r.title.String()))
	}
	box := ""
	if r.box >= 0 {
		box = r.boxText.String() + "\n"
	}
	return compose(r.article.String(), title, fallback, box), nil
}

// extractTree extracts the text from the page's tree.
func extractTree(page io.Reader, fallback func() string) (string, error) {
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
	box := ""
	if n := metaBox(doc, root, st); n != nil {
		var bb builder
		renderBlock(&bb, n, st)
		box = bb.String() + "\n"
	}
	return compose(b.String(), titleFor(root, st), fallback, box), nil
}

// compose puts the title ("" for none; else the notice title fallback
// reads from the page's <title>, asked only when no heading titles the
// article, and taken when the article does not print it anywhere) before
// the article's text unless its first lines already carry it, and the
// metadata box's text (its lines and a newline, or "") before both: the
// portal's box is evidence for the header, one table row per line.
func compose(text, title string, fallback func() string, box string) string {
	if title == "" && fallback != nil {
		if f := fallback(); f != "" && !containsSquashed(text, f) {
			title = f
		}
	}
	if title != "" && !repeats(text, title) {
		text = title + "\n" + text
	}
	return box + text
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
