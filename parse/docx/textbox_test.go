package docx

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// box is a floating text box as Word and LibreOffice write it: DrawingML
// in mc:Choice, the same paragraphs again as VML in mc:Fallback.
func box(paras ...string) string {
	in := strings.Join(paras, "")
	return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>` + in +
		`</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>` + in +
		`</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
}

func run(text string) string { return `<w:r><w:t>` + text + `</w:t></w:r>` }

// TestTextBoxLines: a text box's paragraphs are lines of their own before
// the paragraph anchoring it — wherever in that paragraph the box stands,
// in the body or in a table cell — never glued into its text.
func TestTextBoxLines(t *testing.T) {
	tests := []struct {
		name string
		body string
		want string
	}{
		{"box alone in its paragraph", `<w:p>` + box(p("旧县镇人民政府文件")) + `</w:p>` + p("旧政〔2010〕8号"),
			"旧县镇人民政府文件\n旧政〔2010〕8号\n"},
		{"box anchored before the number", `<w:p>` + box(p("旧县镇人民政府文件")) + run("旧政〔2010〕8号") + `</w:p>`,
			"旧县镇人民政府文件\n旧政〔2010〕8号\n"},
		{"box anchored after the number", `<w:p>` + run("淮政办发〔2018〕27号") + box(p("淮安市人民政府办公室文件")) + `</w:p>`,
			"淮安市人民政府办公室文件\n淮政办发〔2018〕27号\n"},
		{"two issuers stacked in one box", `<w:p>` + box(p("淮安市人民政府办公室"), p("淮安市财政局")) + run("淮财发〔2018〕9号") + `</w:p>`,
			"淮安市人民政府办公室\n淮安市财政局\n淮财发〔2018〕9号\n"},
		{"box in a box", `<w:p>` + box(`<w:p>`+box(p("内"))+run("外")+`</w:p>`) + run("正文") + `</w:p>`,
			"内\n外\n正文\n"},
		{"box in a table cell", `<w:tbl><w:tr><w:tc><w:p>` + box(p("印章")) + run("甲") + `</w:p></w:tc><w:tc>` + p("乙") + `</w:tc></w:tr></w:tbl>`,
			"印章 甲\t乙\n"},
		{"empty box", `<w:p>` + box(p("")) + run("正文") + `</w:p>`, "正文\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Extract(build(t, map[string]string{"word/document.xml": document(tc.body)}), Limits{})
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}
