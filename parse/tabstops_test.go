package parse

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tabStopRow is a row of a table typed at tab stops: its number, its
// one-sentence task and its prose unit cell, each cut into the pieces the
// typist put on the row's successive lines (a cell too wide for its
// column goes on in the same column on the next line), and its deadline.
type tabStopRow struct {
	no          string
	task, units []string
	due         string
}

// tabStopTable is a plan of two goals typed at tab stops; the unit cells
// are cut after a 、 or a ， inside their list, or not at all.
var tabStopTable = []struct {
	goal string
	rows []tabStopRow
}{
	{"一、产业发展", []tabStopRow{
		{"1", []string{"完成全县社会消费品零售总额", "增长8%的目标。"}, []string{"县商务局牵头，县统计局、", "各乡镇人民政府配合"}, "12月底"},
		{"2", []string{"新建农村公路50公里，改造危桥", "3座。"}, []string{"县交通运输局"}, "10月底"},
		{"3", []string{"完成农村危房改造200户。"}, []string{"县住建局、县民政局，", "各乡镇人民政府"}, "9月底"},
	}},
	{"二、民生保障", []tabStopRow{
		{"4", []string{"新增城镇就业岗位1200个，转移", "农村劳动力800人。"}, []string{"县人社局牵头，", "各乡镇人民政府负责"}, "全年"},
		{"5", []string{"城乡居民医保参保率稳定在", "95%以上。"}, []string{"县医保局"}, "12月底"},
	}},
}

const tabStopPrefix = "某县2012年重点工作责任分解\n\n"

// tabStopLines writes the table as lines of cells: the header, each goal
// alone in the task column, each row on as many lines as its longest cell
// has pieces (joined: one line a row), later lines leaving the number and
// the deadline empty.
func tabStopLines(joined bool) [][]string {
	out := [][]string{{"序号", "工作任务", "责任单位", "完成时间"}}
	for _, g := range tabStopTable {
		out = append(out, []string{"", g.goal, "", ""})
		for _, r := range g.rows {
			task, units := r.task, r.units
			if joined {
				task, units = []string{strings.Join(task, "")}, []string{strings.Join(units, "")}
			}
			for k := 0; k < max(len(task), len(units)); k++ {
				cells := []string{"", "", "", ""}
				if k == 0 {
					cells[0], cells[3] = r.no, r.due
				}
				if k < len(task) {
					cells[1] = task[k]
				}
				if k < len(units) {
					cells[2] = units[k]
				}
				out = append(out, cells)
			}
		}
	}
	return out
}

// tabStopDOCX writes the lines as a Word file with no table: one
// paragraph a line, the cells parted by w:tab (the stops do the aligning),
// a goal line opening with its tab.
func tabStopDOCX(t *testing.T, lines [][]string, conv func(string) string) []byte {
	p := func(s string) string {
		return "<w:p><w:r><w:t xml:space=\"preserve\">" + html.EscapeString(conv(s)) + "</w:t></w:r></w:p>"
	}
	var body strings.Builder
	body.WriteString(p(strings.TrimSpace(tabStopPrefix)))
	for _, l := range lines {
		body.WriteString("<w:p>")
		for j, c := range l {
			if j > 0 {
				body.WriteString("<w:r><w:tab/></w:r>")
			}
			if c != "" {
				body.WriteString("<w:r><w:t>" + html.EscapeString(conv(c)) + "</w:t></w:r>")
			}
		}
		body.WriteString("</w:p>")
	}
	return docxOfBody(t, body.String())
}

// docxOfBody packs a document.xml body (paragraphs and tables) into a
// minimal Word file.
func docxOfBody(t *testing.T, body string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"word/document.xml":   `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`,
	} {
		w, err := zw.Create(name)
		require.NoError(t, err)
		_, err = w.Write([]byte(content))
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

// TestTabStopTable: a table typed at tab stops, each row's cells going on
// over the next lines in their columns — the task in mid-sentence, the
// unit list after its 、 or ， — gives the tree of the same table with a
// row a line: as a Word file of tabbed paragraphs (no w:tbl) and as tab
// or pipe text, through every transformation of the text.
func TestTabStopTable(t *testing.T) {
	tabs := func(c []string) string { return strings.Join(c, "\t") + "\n" }
	pipes := func(c []string) string { return "| " + strings.Join(c, " | ") + " |\n" }
	render := func(lines [][]string, cells func([]string) string) string {
		var b strings.Builder
		b.WriteString(tabStopPrefix)
		for _, l := range lines {
			b.WriteString(cells(l))
		}
		return b.String()
	}
	want := treeOf(mustText(t, render(tabStopLines(true), tabs)))
	require.Len(t, want, 2+5*2, "the one-line table's tree")
	require.Contains(t, want, "    I 完成全县社会消费品零售总额增长8%的目标。 | 12月底 | 县商务局/lead、县统计局/cooperate、各乡镇人民政府/cooperate")
	require.Contains(t, want, "    I 完成农村危房改造200户。 | 9月底 | 县住建局/responsible、县民政局/responsible、各乡镇人民政府/responsible")
	require.Contains(t, want, "    I 新增城镇就业岗位1200个，转移农村劳动力800人。 | 全年 | 县人社局/lead、各乡镇人民政府/responsible")
	for name, cells := range map[string]func([]string) string{"tabs": tabs, "pipes": pipes} {
		for _, tr := range transforms {
			text := tr.apply(render(tabStopLines(false), cells))
			assert.Equal(t, treeOf(mustText(t, tr.apply(render(tabStopLines(true), tabs)))), treeOf(mustText(t, text)), fmt.Sprintf("%s/%s:\n%s", name, tr.name, text))
		}
	}
	for _, tr := range scriptsAndBreaks[:2] {
		doc, err := Bytes(tabStopDOCX(t, tabStopLines(false), tr.apply))
		require.NoError(t, err)
		assert.Equal(t, treeOf(mustText(t, tr.apply(render(tabStopLines(true), tabs)))), treeOf(doc), "Word file/"+tr.name)
	}
}
