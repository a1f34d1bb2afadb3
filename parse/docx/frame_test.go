package docx

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFramingTable: a task table nested in a one-column table that only
// frames it (a title row, the table, a 备注 row; one or two frames deep;
// with or without empty paragraphs around the nested table) reads as the
// same text as the table standing in the body without its frame; a table
// nested in a cell of a real table (two columns) still joins that cell.
func TestFramingTable(t *testing.T) {
	row := func(cells ...string) string { return `<w:tr>` + strings.Join(cells, "") + `</w:tr>` }
	inner := `<w:tbl>` +
		row(cell("", p("序号")), cell("", p("工作任务")), cell("", p("责任单位"))) +
		row(cell("", p("1")), cell("", p("开展专项整治")), cell("", p("牵头：甲办")+p("配合：乙所"))) +
		row(cell("", p("2")), cell("", p("做好防汛工作")), cell("", p("丙站、丁中心"))) +
		`</w:tbl>`
	title, note := p("某镇2025年重点工作任务分解表"), p("备注：每季度末报送进展。")
	frame := func(rows ...string) string {
		var b strings.Builder
		b.WriteString(`<w:tbl>`)
		for _, r := range rows {
			b.WriteString(row(cell("", r)))
		}
		b.WriteString(`</w:tbl>`)
		return b.String()
	}
	extract := func(body string) string {
		got, err := Extract(build(t, map[string]string{"word/document.xml": document(p("附件") + body + p("完"))}), Limits{})
		require.NoError(t, err)
		return got
	}
	tests := []struct {
		name            string
		framed, unboxed string
	}{
		{"title, table, note", frame(title, inner+`<w:p/>`, note), title + inner + note},
		{"table alone", frame(inner), inner},
		{"title and table in one cell", frame(title+inner+`<w:p/>`, note), title + inner + note},
		{"empty paragraphs around", frame(`<w:p/>`+title, `<w:p/>`+inner+`<w:p/>`, note), title + inner + note},
		{"two frames deep", frame(title, frame(inner), note), title + inner + note},
	}
	for _, tt := range tests {
		want := extract(tt.unboxed)
		assert.Contains(t, want, "1\t开展专项整治\t牵头：甲办 配合：乙所\n", tt.name)
		assert.Equal(t, want, extract(tt.framed), tt.name)
	}
	// Two columns make a table, not a frame: the nested table joins its cell.
	got := extract(`<w:tbl>` + row(cell("", p("附表")), cell("", inner)) + `</w:tbl>`)
	assert.Contains(t, got, "附表\t序号 工作任务 责任单位 1 开展专项整治")
}
