package docx

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// listStyleNumbering is numbering.xml as Word writes a list defined as a
// list style: abstract 0 only names the style (w:numStyleLink), the style
// names list instance 5, whose abstract 3 holds the levels (w:styleLink).
// Abstract 1 names a style that does not exist; abstract 2 names a style
// whose list is abstract 2 itself.
const listStyleNumbering = `<w:numbering ` + wNS + `>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/><w:numStyleLink w:val="GWList"/></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Missing"/></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="Loop"/></w:abstractNum>
<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="multilevel"/><w:styleLink w:val="GWList"/>
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="7"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`

const listStyleStyles = `<w:styles ` + wNS + `>
<w:style w:type="numbering" w:styleId="GWList"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
<w:style w:type="numbering" w:styleId="Loop"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="H2"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>`

func styled(style, text string) string {
	return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

// TestListStyleLink: headings numbered through a list style read with
// their numbers, whether the paragraph names the list or its style, and
// every list of the style counts on as one; a link that leads nowhere
// gives no number and no error.
func TestListStyleLink(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"paragraph numPr", np("1", "0", "总体要求") + np("1", "0", "重点任务") + np("1", "1", "加强组织领导"),
			[]string{"一、总体要求", "二、重点任务", "（一）加强组织领导"}},
		{"heading styles", styled("H1", "总体要求") + styled("H2", "推进公开") + styled("H2", "强化督查") + styled("H1", "保障措施"),
			[]string{"一、总体要求", "（一）推进公开", "（二）强化督查", "二、保障措施"}},
		{"two lists of one style count on", np("1", "0", "甲") + np("2", "0", "乙") + np("5", "0", "丙"),
			[]string{"一、甲", "二、乙", "三、丙"}},
		{"missing style", np("6", "0", "无样式"), []string{"无样式"}},
		{"style naming its own list", np("7", "0", "自指"), []string{"自指"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Extract(build(t, map[string]string{
				"word/document.xml":  document(tc.body),
				"word/numbering.xml": listStyleNumbering,
				"word/styles.xml":    listStyleStyles,
			}), Limits{})
			require.NoError(t, err)
			assert.Equal(t, strings.Join(tc.want, "\n")+"\n", got)
		})
	}
}
