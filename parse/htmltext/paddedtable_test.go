package htmltext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPaddingTableIsLayout: a table whose rows hold text in one cell only,
// the others empty padding, is layout — a signature set right by an empty
// cell before it, or a date row under an office row. Its text comes out as
// lines, not as tab-separated rows a reader would take for a data table.
// A table with one row of text in two cells stays data, padding or not.
func TestPaddingTableIsLayout(t *testing.T) {
	body := `<p>各乡镇人民政府，县政府各部门：</p><p>现将《某县某某工作实施方案》印发给你们，请认真组织实施，内容足够长，内容足够长。</p>`
	after := `<p>某县某某工作实施方案</p><p>一、总体目标，内容足够长，内容足够长，内容足够长。</p>`
	pads := []string{"", "&nbsp;", "&nbsp;&nbsp;", "　", " "}
	type shape struct {
		name string
		tmpl string // %[1]s padding, %[2]s office, %[3]s date
	}
	shapes := []shape{
		{"pad left, br", `<table width="100%%"><tr><td width="60%%">%[1]s</td><td align="center">%[2]s<br>%[3]s</td></tr></table>`},
		{"pad left, paragraphs", `<table><tbody><tr><td>%[1]s</td><td><p>%[2]s</p><p>%[3]s</p></td></tr></tbody></table>`},
		{"two rows", `<table width="100%%"><tr><td width="60%%">%[1]s</td><td align="center">%[2]s</td></tr><tr><td>%[1]s</td><td align="center">%[3]s</td></tr></table>`},
		{"pad right", `<TABLE><TR><TD>%[2]s<BR>%[3]s</TD><TD WIDTH="30%%">%[1]s</TD></TR></TABLE>`},
		{"pad both sides, th", `<table><tr><th>%[1]s</th><td>%[2]s</td><td>%[1]s</td></tr><tr><th>%[1]s</th><td>%[3]s</td><td>%[1]s</td></tr></table>`},
	}
	offices := []string{"某县人民政府办公室", "某市教育局"}
	dates := []string{"2017年5月9日", "二〇一一年二月十四日"}
	for i, sh := range shapes {
		for j, pad := range pads {
			office, date := offices[(i+j)%2], dates[j%2]
			name := fmt.Sprintf("%s/pad%d", sh.name, j)
			page := `<div id="zoom">` + body + fmt.Sprintf(sh.tmpl, pad, office, date) + after + `</div>`
			t.Run(name, func(t *testing.T) {
				got, err := Extract(page)
				require.NoError(t, err)
				assert.NotContains(t, got, "\t", "padding read as a data table")
				assert.Contains(t, dropBlankLines(got), "\n"+office+"\n"+date+"\n", got)
				sameAsTree(t, name, page)
			})
		}
	}
	// Data stays data: one row with text in two cells is enough, the
	// others padded or not.
	for j, pad := range pads {
		page := `<div id="zoom">` + body + `<table><tr><td>序号</td><td>工作任务</td></tr><tr><td>` + pad + `</td><td>第一项任务</td></tr></table>` + after + `</div>`
		t.Run(fmt.Sprintf("data/pad%d", j), func(t *testing.T) {
			got, err := Extract(page)
			require.NoError(t, err)
			assert.Contains(t, got, "序号\t工作任务\n", got)
			assert.True(t, strings.Contains(got, "\t第一项任务\n"), got)
			sameAsTree(t, "data", page)
		})
	}
}

// dropBlankLines removes the lines holding only white space (a padding
// cell of U+3000 is a block of its own, as any such block).
func dropBlankLines(s string) string {
	var b strings.Builder
	for line := range strings.Lines(s) {
		if strings.TrimSpace(line) != "" {
			b.WriteString(line)
		}
	}
	return b.String()
}
