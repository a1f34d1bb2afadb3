package docmeta

import (
	"strings"

	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// pageNumberFirst and pageNumberLast hold the runes a page number starts
// with (a dash, 第, P or a digit) and ends with (a dash, 页 or a digit),
// and what folds to them.
var (
	pageNumberFirst = foldingTo("-—–－_第Pp0123456789０１２３４５６７８９")
	pageNumberLast  = foldingTo("-—–－_页0123456789０１２３４５６７８９")
)

// PageNumber recognises a page number standing on its own line: - 3 -,
// — 12 —, 第3页, 第 3 页，共 10 页 (or 第 3 頁 共 10 頁), Page 3, 3/10.
func PageNumber(s string) bool {
	if first, _ := script.DecodeRune(s); !pageNumberFirst.has(first) && !source.IsSpace(first) {
		return false // most lines: no need to trim them (IsSpace holds all TrimSpace trims)
	}
	s = source.TrimSpace(s)
	if len(s) > 64 {
		return false
	}
	first, _ := script.DecodeRune(s)
	last, _ := script.DecodeLastRune(s)
	if !pageNumberFirst.has(first) || !pageNumberLast.has(last) {
		return false // the fold below is for 第…页 and 頁 only
	}
	c := cursor{s: foldedHead(s, len(s))}
	dash := func() bool {
		n := 0
		for source.ContainsRune("-—–－_", c.peek()) && c.more() {
			c.next()
			n++
		}
		return n > 0
	}
	num := func() bool { c.skipSpace(); ok := c.digits(1, 4) >= 0; c.skipSpace(); return ok }
	end := func() bool { return !c.more() }
	switch r := c.peek(); {
	case source.ContainsRune("-—–－_", r):
		return dash() && num() && dash() && end()
	case r == '第':
		c.next()
		if !num() || !c.word("页") {
			return false
		}
		if end() {
			return true
		}
		if r := c.peek(); r == '，' || r == ',' {
			c.next()
		}
		c.skipSpace()
		return c.word("共") && num() && c.word("页") && end()
	case r == 'P' || r == 'p':
		for _, w := range []string{"PAGE", "Page", "page"} {
			if strings.HasPrefix(c.s, w) {
				c.i = len(w)
				return num() && end()
			}
		}
		return false
	default:
		return num() && c.peek() == '/' && func() bool { c.next(); return num() }() && end()
	}
}
