package htmltext

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// prescanLimit is how far into a page MetaCharset looks for a <meta>
// charset declaration. Browsers look at 1024 bytes; saved government pages
// often carry long <head>s, so look further.
const prescanLimit = 8 << 10

// MetaCharset returns the charset label a page declares in a
// <meta charset> or <meta http-equiv="Content-Type" content="…; charset=…">
// tag near its start, or "" when it declares none. The label is returned
// as written; resolve it with textenc.Canonical.
func MetaCharset(data []byte) string {
	if len(data) > prescanLimit {
		data = data[:prescanLimit]
	}
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch atom.Lookup(name) {
			case atom.Meta:
			case atom.Body:
				return ""
			default:
				continue
			}
			var charset, httpEquiv, content string
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "charset":
					charset = string(v)
				case "http-equiv":
					httpEquiv = strings.ToLower(string(v))
				case "content":
					content = string(v)
				}
			}
			if charset = strings.TrimSpace(charset); charset != "" {
				return charset
			}
			if httpEquiv == "content-type" {
				if cs := charsetFromContent(content); cs != "" {
					return cs
				}
			}
		}
	}
}

// charsetFromContent extracts the charset parameter of a Content-Type value.
func charsetFromContent(s string) string {
	// Lower-case ASCII only: strings.ToLower may change byte lengths (İ),
	// and the index is used on s itself.
	i := strings.Index(asciiLower(s), "charset")
	if i < 0 {
		return ""
	}
	s = strings.TrimLeft(s[i+len("charset"):], " \t")
	if !strings.HasPrefix(s, "=") {
		return ""
	}
	s = strings.TrimLeft(s[1:], " \t")
	if s == "" {
		return ""
	}
	if q := s[0]; q == '"' || q == '\'' {
		if j := strings.IndexByte(s[1:], q); j >= 0 {
			return s[1 : j+1]
		}
		return ""
	}
	if j := strings.IndexAny(s, "; \t"); j >= 0 {
		s = s[:j]
	}
	return s
}

// asciiLower lower-cases the ASCII letters of s, keeping its byte length.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
