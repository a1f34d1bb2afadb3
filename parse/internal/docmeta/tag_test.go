package docmeta

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTagAt(t *testing.T) {
	tests := []struct {
		s    string
		want string // the tag read at the start of s
	}{
		{"<p>段落", "<p>"},
		{"</div>", "</div>"},
		{"<br/>下一行", "<br/>"},
		{`<td colspan="3">一、本年新收`, `<td colspan="3">`},
		{`<TD rowspan="2">`, `<TD rowspan="2">`},
		{"<h1>标题</h1>", "<h1>"},
		{"<1>", ""},
		{"< p>", ""},
		{"<td", ""},
		{"a<p>", ""},
		{"", ""},
		{"<td x=\"<\">", ""},
		{"<td " + strings.Repeat("a", 201) + ">", ""},
		{"<td " + strings.Repeat("a", 199) + ">", "<td " + strings.Repeat("a", 199) + ">"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.s[:TagAt(tt.s)], tt.s)
	}
}

func TestCellEndTag(t *testing.T) {
	for s, want := range map[string]bool{"</td>": true, "</TD>x": true, "</th>": true, "</Th>": true,
		"</tr>": false, "<td>": false, "</td": false, "</tdx>": false, "": false} {
		assert.Equal(t, want, CellEndTag(s), s)
	}
}

func TestSpaceEntityAt(t *testing.T) {
	for s, want := range map[string]int{"&nbsp;0": 6, "&#160;": 6, "&#12288;x": 8, "&emsp;": 6, "&amp;": 0, "&nbsp": 0, "nbsp;": 0, "": 0} {
		assert.Equal(t, want, SpaceEntityAt(s), s)
	}
}
