package docmeta

import (
	"strings"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// maxTagAttrs bounds the attributes of an HTML tag left in a text line.
const maxTagAttrs = 200

// TagAt returns the length of an HTML tag at the start of s (<p>, </div>,
// <br/>, <td colspan="3">), or 0: a name of ASCII letters and digits
// starting with a letter, then at most maxTagAttrs bytes of attributes
// after white space, without < or >.
func TagAt(s string) int {
	if s == "" || s[0] != '<' {
		return 0
	}
	i := 1
	if i < len(s) && s[i] == '/' {
		i++
	}
	if i >= len(s) || !isLetter(s[i]) {
		return 0
	}
	for i < len(s) && (isLetter(s[i]) || s[i] >= '0' && s[i] <= '9') {
		i++
	}
	if i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f') {
		k := strings.IndexAny(s[i:min(len(s), i+maxTagAttrs+2)], "<>")
		if k < 0 || s[i+k] == '<' {
			return 0
		}
		i += k
	}
	if i < len(s) && s[i] == '/' {
		i++
	}
	if i < len(s) && s[i] == '>' {
		return i + 1
	}
	return 0
}

// CellEndTag reports whether s starts with a tag that closes a table cell
// (</td>, </th>, any case), which separates cells as a tab does.
func CellEndTag(s string) bool {
	return len(s) >= 5 && s[0] == '<' && s[1] == '/' && (s[2] == 't' || s[2] == 'T') &&
		source.ContainsRune("dDhH", rune(s[3])) && s[4] == '>'
}

// spaceEntities are the HTML character references of white space a page
// leaves in a cell (an empty cell written <td>&nbsp;</td>).
var spaceEntities = []string{"&nbsp;", "&#160;", "&#xa0;", "&#xA0;", "&ensp;", "&emsp;", "&#12288;", "&#x3000;"}

// SpaceEntityAt returns the length of an HTML reference to white space at
// the start of s (&nbsp;, &#160;, &emsp; …), or 0.
func SpaceEntityAt(s string) int {
	if s == "" || s[0] != '&' {
		return 0
	}
	for _, e := range spaceEntities {
		if strings.HasPrefix(s, e) {
			return len(e)
		}
	}
	return 0
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
