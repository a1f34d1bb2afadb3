package htmltext

import (
	"bytes"
	"html"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/parse/internal/docmeta"
)

// titleScan bounds the bytes read for a page's <title>: it stands in the
// head, before the body.
const titleScan = 64 << 10

// titleSeparators cut a page's <title> into the notice's title and the
// site's or column's name (关于…的通知_某县人民政府, 某某 | 政府文件).
var titleSeparators = []string{"_", "|", "｜", " - ", "－", "—", "–", "--"}

// docTitle returns the notice title a page names in its <title> element,
// for an article whose own heading is not marked up as one: the part of
// the element's text, cut at titleSeparators, that ends in a 文种
// (docmeta.DocType). It returns "" when there is none.
func docTitle(page io.Reader) string {
	head, _ := io.ReadAll(io.LimitReader(page, titleScan))
	raw, ok := titleElement(head)
	if !ok {
		return ""
	}
	t := strings.Join(strings.Fields(html.UnescapeString(raw)), " ")
	parts := []string{t}
	for _, sep := range titleSeparators {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if _, _, ok := docmeta.DocType(p); ok && utf8.RuneCountInString(p) >= 6 {
			return p
		}
	}
	return ""
}

// titleElement returns the raw text of the first <title> element in b
// (tag names in any case), and whether there is one.
func titleElement(b []byte) (string, bool) {
	open := indexFold(b, "<title")
	if open < 0 {
		return "", false
	}
	gt := bytes.IndexByte(b[open:], '>')
	if gt < 0 {
		return "", false
	}
	start := open + gt + 1
	end := indexFold(b[start:], "</title")
	if end < 0 {
		return "", false
	}
	return string(b[start : start+end]), true
}

// indexFold is the offset of the first ASCII-case-insensitive occurrence
// of the lower-case tag prefix tag in b, or -1.
func indexFold(b []byte, tag string) int {
	for i := 0; i < len(b); {
		k := bytes.IndexByte(b[i:], '<')
		if k < 0 {
			return -1
		}
		i += k
		if len(b)-i >= len(tag) && bytes.EqualFold(b[i:i+len(tag)], []byte(tag)) {
			return i
		}
		i++
	}
	return -1
}
