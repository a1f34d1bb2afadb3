package parse

import (
	"html"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// symbolMatrixDOCX writes a responsibility matrix as a Word file: unit
// columns, a mark in the cells of the units a task names, the legend
// under the table. mark writes one cell's run for ● (lead) or ○.
func symbolMatrixDOCX(t *testing.T, mark func(lead bool) string) []byte {
	p := func(s string) string { return "<w:p><w:r><w:t>" + html.EscapeString(s) + "</w:t></w:r></w:p>" }
	tc := func(inner string) string { return "<w:tc>" + inner + "</w:tc>" }
	units := []string{"市发展改革委", "市财政局", "市商务局", "市市场监管局"}
	rows := []struct {
		no, task string
		marks    map[int]bool // unit column → lead
	}{
		{"1", "全面推行企业开办一窗受理、一网通办", map[int]bool{3: true, 2: false}},
		{"2", "清理规范涉企收费项目，公布收费目录清单", map[int]bool{1: true, 0: false}},
		{"3", "优化外商投资服务，落实负面清单管理制度", map[int]bool{2: true, 3: false, 0: false}},
	}
	var b strings.Builder
	b.WriteString(p("2019年全市优化营商环境重点任务责任分工"))
	b.WriteString("<w:tbl><w:tr>" + tc(p("序号")) + tc(p("重点任务")))
	for _, u := range units {
		b.WriteString(tc(p(u)))
	}
	b.WriteString(tc(p("完成时限")) + "</w:tr>")
	for _, r := range rows {
		b.WriteString("<w:tr>" + tc(p(r.no)) + tc(p(r.task)))
		for j := range units {
			cell := "<w:p/>"
			if lead, ok := r.marks[j]; ok {
				cell = "<w:p>" + mark(lead) + "</w:p>"
			}
			b.WriteString(tc(cell))
		}
		b.WriteString(tc(p("2019年12月底前")) + "</w:tr>")
	}
	b.WriteString("</w:tbl>" + p("注：表中“●”为牵头单位，“○”为配合单位。"))
	return docxOfBody(t, b.String())
}

// TestSymbolMatrixDOCX: a matrix whose ● and ○ were inserted from
// Wingdings — as Word stores them (w:sym) and as LibreOffice does
// (private-use characters or letters in a Wingdings run) — reads as the
// same matrix typed with the characters themselves: every mark a unit,
// lead or cooperate by the legend.
func TestSymbolMatrixDOCX(t *testing.T) {
	text := func(lead bool) string {
		if lead {
			return "<w:r><w:t>●</w:t></w:r>"
		}
		return "<w:r><w:t>○</w:t></w:r>"
	}
	want, err := Bytes(symbolMatrixDOCX(t, text))
	require.NoError(t, err)
	tree := treeOf(want)
	require.Contains(t, tree, "    I 全面推行企业开办一窗受理、一网通办 | 2019年12月底前 | 市商务局/cooperate、市市场监管局/lead")
	wingdings := func(code func(lead bool) string) func(bool) string {
		return func(lead bool) string {
			return `<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr><w:t>` + code(lead) + `</w:t></w:r>`
		}
	}
	for name, mark := range map[string]func(bool) string{
		"w:sym": func(lead bool) string {
			if lead {
				return `<w:r><w:sym w:font="Wingdings" w:char="F06C"/></w:r>`
			}
			return `<w:r><w:sym w:font="Wingdings" w:char="F0A1"/></w:r>`
		},
		"private use": wingdings(func(lead bool) string {
			if lead {
				return "\uf06c"
			}
			return "\uf0a1"
		}),
		"letters": wingdings(func(lead bool) string {
			if lead {
				return "l"
			}
			return "\u00a1"
		}),
	} {
		doc, err := Bytes(symbolMatrixDOCX(t, mark))
		require.NoError(t, err)
		assert.Equal(t, tree, treeOf(doc), name)
	}
}
