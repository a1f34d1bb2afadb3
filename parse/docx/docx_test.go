package docx

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

// build makes a DOCX from its parts (name → content).
func build(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range parts {
		w, err := zw.Create(name)
		require.NoError(t, err)
		_, err = w.Write([]byte(data))
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

func document(body string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><w:document ` + wNS + `><w:body>` + body + `</w:body></w:document>`
}

func p(text string) string { return `<w:p><w:r><w:t>` + text + `</w:t></w:r></w:p>` }

func np(numID, ilvl, text string) string {
	return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="` + numID + `"/></w:numPr></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

const numberingXML = `<w:numbering ` + wNS + `>
<w:abstractNum w:abstractNumId="7">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:suff w:val="nothing"/></w:lvl>
 <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%4"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="8">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/><w:suff w:val="space"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="9"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="9"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="8"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>`

func TestNumbering(t *testing.T) {
	body := np("1", "0", "目标甲") + np("1", "1", "任务一") + np("1", "2", "事项") + np("1", "2", "事项") +
		np("1", "3", "细项") + np("1", "1", "任务二") + np("1", "2", "事项") + np("1", "0", "目标乙") +
		np("1", "1", "任务") + p("正文") + np("2", "0", "第一") + np("2", "1", "第一之一") + np("3", "0", "要点") +
		np("4", "0", "重新编号") + np("0", "0", "无编号") + np("1", "0", "") + np("1", "0", "目标丙")
	styles := `<w:styles ` + wNS + `><w:style w:type="paragraph" w:styleId="Goal"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Goal2"><w:basedOn w:val="Goal"/></w:style></w:styles>`
	body += `<w:p><w:pPr><w:pStyle w:val="Goal2"/></w:pPr><w:r><w:t>样式编号</w:t></w:r></w:p>`
	got, err := Extract(build(t, map[string]string{
		"word/document.xml":  document(body),
		"word/numbering.xml": numberingXML,
		"word/styles.xml":    styles,
	}), Limits{})
	require.NoError(t, err)
	assert.Equal(t, strings.Join([]string{
		"一、目标甲", "（一）任务一", "1.事项", "2.事项", "①细项", "（二）任务二", "1.事项", "二、目标乙", "（一）任务", "正文",
		"1 第一", "1.1 第一之一", "要点", "5 重新编号", "无编号", "三、", "四、目标丙", "五、样式编号",
	}, "\n")+"\n", got)
}

func TestChineseNumbers(t *testing.T) {
	for v, want := range map[int]string{1: "一", 9: "九", 10: "十", 11: "十一", 19: "十九", 20: "二十", 23: "二十三",
		100: "一百", 105: "一百零五", 110: "一百一十", 1001: "一千零一", 10000: "一万", 10001: "一万零一", 0: "0"} {
		assert.Equal(t, want, formatNumber(v, "chineseCounting"), v)
	}
	assert.Equal(t, "丙", formatNumber(3, "ideographTraditional"))
	assert.Equal(t, "⑵", formatNumber(2, "decimalEnclosedParen"))
	assert.Equal(t, "iv", formatNumber(4, "lowerRoman"))
	assert.Equal(t, "AA", formatNumber(27, "upperLetter"))
	assert.Equal(t, "１２", formatNumber(12, "decimalFullWidth"))
	assert.Equal(t, "贰拾", formatNumber(20, "chineseLegalSimplified"))
}

func cell(props, text string) string {
	return `<w:tc><w:tcPr>` + props + `</w:tcPr>` + text + `</w:tc>`
}

func TestTables(t *testing.T) {
	row := func(cells ...string) string { return `<w:tr>` + strings.Join(cells, "") + `</w:tr>` }
	nested := `<w:tbl>` + row(cell("", p("内")), cell("", p("表"))) + `</w:tbl>`
	body := p("前言") + `<w:tbl>` +
		row(cell("", p("目标")), cell("", p("任务")), cell("", p("内容")), cell("", p("单位"))) +
		row(cell(`<w:vMerge w:val="restart"/>`, p("一、甲")), cell(`<w:vMerge w:val="restart"/>`, p("（一）乙")), cell("", p("内容一")+p("续")), cell(`<w:vMerge w:val="restart"/>`, p("市局"))) +
		row(cell(`<w:vMerge/>`, `<w:p/>`), cell(`<w:vMerge w:val="continue"/>`, `<w:p/>`), cell("", p("内容二")), cell(`<w:vMerge/>`, `<w:p/>`)) +
		row(cell(`<w:vMerge/>`, `<w:p/>`), cell(`<w:gridSpan w:val="2"/>`, p("跨列")), cell("", p("区局"))) +
		row(cell("", p("二、丙")), cell("", nested+p("后")), cell("", p("a<w:tab/>b"))) +
		`</w:tbl>` + p("后记")
	got, err := Extract(build(t, map[string]string{"word/document.xml": document(body)}), Limits{})
	require.NoError(t, err)
	assert.Equal(t, "前言\n\n目标\t任务\t内容\t单位\n一、甲\t（一）乙\t内容一 续\t市局\n\t\t内容二\t\n\t跨列\t\t区局\n二、丙\t内 表 后\ta b\t\n\n后记\n", got)
}

func TestSkippedContent(t *testing.T) {
	body := `<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>` +
		`<w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:br/><w:t>第二行</w:t></w:r></w:p>` +
		`<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent>` + p("文本框") + `</w:txbxContent></mc:Choice>` +
		`<mc:Fallback><w:txbxContent>` + p("文本框") + `</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>`
	got, err := Extract(build(t, map[string]string{"word/document.xml": document(body)}), Limits{})
	require.NoError(t, err)
	assert.Equal(t, "保留\n第二行\n文本框\n", got)
}

func TestMainPartFromRels(t *testing.T) {
	data := build(t, map[string]string{
		"_rels/.rels":        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>`,
		"word/document2.xml": document(p("主体")),
	})
	assert.True(t, IsDOCX(data))
	got, err := Extract(data, Limits{})
	require.NoError(t, err)
	assert.Equal(t, "主体\n", got)
}

func TestErrors(t *testing.T) {
	_, err := Extract([]byte("not a zip"), Limits{})
	assert.ErrorIs(t, err, ErrMalformed)
	_, err = Extract(build(t, map[string]string{"xl/workbook.xml": "<x/>"}), Limits{})
	assert.ErrorIs(t, err, ErrNotDOCX)
	_, err = Extract(build(t, map[string]string{"word/document.xml": "<w:document><unclosed>"}), Limits{})
	assert.ErrorIs(t, err, ErrMalformed)
	_, err = Extract(build(t, map[string]string{"word/document.xml": document(p("&undefined;"))}), Limits{})
	assert.ErrorIs(t, err, ErrMalformed)

	// A bomb: 2 MiB of markup compressing about 1000:1.
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	require.NoError(t, err)
	chunk := bytes.Repeat([]byte("<w:p/>"), 1<<16)
	for n := 0; n < 2<<20; n += len(chunk) {
		_, err = w.Write(chunk)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	_, err = Extract(buf.Bytes(), Limits{})
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.Contains(t, err.Error(), "word/document.xml")
	_, err = Extract(buf.Bytes(), Limits{MaxPart: 1 << 30, MaxRatio: 10000})
	assert.NoError(t, err, "allowed by explicit limits")
}

func BenchmarkExtract(b *testing.B) {
	row := `<w:tr>` + cell(`<w:vMerge w:val="restart"/>`, p("一、目标")) + cell("", p(strings.Repeat("内容", 100))) + `</w:tr>`
	xmlDoc := document(strings.Repeat(p(strings.Repeat("正文", 80)), 300) + `<w:tbl>` + strings.Repeat(row, 200) + `</w:tbl>`)
	data := build(b, map[string]string{"word/document.xml": xmlDoc})
	b.SetBytes(int64(len(xmlDoc))) // throughput of the uncompressed XML
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(data, Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestTrackedPropertyChanges(t *testing.T) {
	// The paragraph's numbering was removed with tracking on: the old
	// numPr inside pPrChange must not number it.
	body := `<w:p><w:pPr><w:pPrChange w:id="1"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>无编号</w:t></w:r></w:p>` + np("1", "0", "目标")
	got, err := Extract(build(t, map[string]string{"word/document.xml": document(body), "word/numbering.xml": numberingXML}), Limits{})
	require.NoError(t, err)
	assert.Equal(t, "无编号\n一、目标\n", got)
}

// TestTypedColumns: a body paragraph whose tabs part typed columns (a tab
// after text, or two tabs or more) keeps them, so its lines read as tab
// rows; a lone tab before the text is an indent and becomes a space, and
// so does a tab inside a table cell.
func TestTypedColumns(t *testing.T) {
	tab := "<w:tab/>"
	for _, c := range []struct{ name, runs, want string }{
		{"row typed at stops", "1" + tab + "任务" + tab + "县财政局" + tab + "12月底", "1\t任务\t县财政局\t12月底"},
		{"next line of a row", tab + "续写的任务" + tab + "县民政局" + tab, "\t续写的任务\t县民政局\t"},
		{"next line with the task only", tab + "续写。" + tab + tab, "\t续写。\t\t"},
		{"two columns", "工作任务" + tab + "责任单位", "工作任务\t责任单位"},
		{"indent", tab + "一、总体要求", " 一、总体要求"},
		{"no tab", "正文", "正文"},
	} {
		body := `<w:p><w:r><w:t xml:space="preserve">` + strings.ReplaceAll(c.runs, tab, `</w:t></w:r><w:r>`+tab+`</w:r><w:r><w:t xml:space="preserve">`) + `</w:t></w:r></w:p>`
		got, err := Extract(build(t, map[string]string{"word/document.xml": document(body)}), Limits{})
		require.NoError(t, err, c.name)
		assert.Equal(t, c.want+"\n", got, c.name)
	}
}
