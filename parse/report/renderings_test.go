package report

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"

	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// gridRow is a row of a template table written for the test: its row
// headers, outer first (an outer header spans the rows after it that leave
// it ""), and its values.
type gridRow struct {
	heads []string
	vals  []string
}

// gridTable is a template table: a caption (or ""), header rows (cells in
// grid position, "" under a merged cell), body rows, and the width of the
// row-header part.
type gridTable struct {
	caption string
	header  [][]string
	rows    []gridRow
	heads   int
	// htmlHeader is the header as a page writes it with merged cells,
	// when it has more than one row
	htmlHeader string
}

// testGrid is sections 二 and 三 of a 2021-template report, with the stats
// a reader must find in it.
var testGrid = []gridTable{
	{caption: "第二十条第（一）项", header: [][]string{{"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"}}, heads: 1,
		rows: []gridRow{{[]string{"规章"}, []string{"0", "0", "0"}}, {[]string{"行政规范性文件"}, []string{"3", "1", "12"}}}},
	{caption: "第二十条第（五）项", header: [][]string{{"信息内容", "本年处理决定数量"}}, heads: 1,
		rows: []gridRow{{[]string{"行政许可"}, []string{"57"}}}},
	{header: [][]string{
		{"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况", "", "", "", "", "", ""},
		{"", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"},
		{"", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""}}, heads: 3,
		htmlHeader: "<TR><TH colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</TH><TH colspan=\"7\">申请人情况</TH></TR>\n" +
			"<TR><TH rowspan=\"2\">自然人</TH><TH colspan=\"5\">法人或其他组织</TH><TH rowspan=\"2\">总计</TH></TR>\n" +
			"<TR><TH>商业企业</TH><TH>科研机构</TH><TH>社会公益组织</TH><TH>法律服务机构</TH><TH>其他</TH></TR>\n",
		rows: []gridRow{
			{[]string{"一、本年新收政府信息公开申请数量"}, []string{"6", "2", "0", "0", "1", "0", "9"}},
			{[]string{"二、上年结转政府信息公开申请数量"}, []string{"1", "0", "0", "0", "0", "0", "1"}},
			{[]string{"三、本年度办理结果", "（一）予以公开"}, []string{"5", "1", "0", "0", "1", "0", "7"}},
			{[]string{"", "（三）不予公开", "1.属于国家秘密"}, []string{"0", "0", "0", "0", "0", "0", "0"}},
			{[]string{"", "", "2.其他法律行政法规禁止公开"}, []string{"1", "0", "0", "0", "0", "0", "1"}},
		}},
}

// gridStats are the stats of testGrid: row path / column path = value.
func gridStats() []string {
	cols := [][]string{
		{"本年制发件数", "本年废止件数", "现行有效件数"}, {"本年处理决定数量"},
		{"自然人", "法人或其他组织 / 商业企业", "法人或其他组织 / 科研机构", "法人或其他组织 / 社会公益组织",
			"法人或其他组织 / 法律服务机构", "法人或其他组织 / 其他", "总计"}}
	var out []string
	for k, tb := range testGrid {
		var path []string
		for _, r := range tb.rows {
			for d, h := range r.heads {
				if h != "" {
					path = append(path[:d], h)
				}
			}
			path = path[:len(r.heads)]
			for i, v := range r.vals {
				out = append(out, fmt.Sprintf("%s / %s = %s", strings.Join(path, " / "), cols[k][i], v))
			}
		}
	}
	return out
}

// cellsOf returns a body row's cells in grid position: its row headers
// padded to the table's header width, then its values.
func (tb gridTable) cellsOf(r gridRow) []string {
	cells := append([]string(nil), r.heads...)
	for len(cells) < tb.heads {
		cells = append(cells, "")
	}
	return append(cells, r.vals...)
}

// gridRenderings write testGrid the ways pages, word processors and
// PDF-to-text tools do.
var gridRenderings = []struct {
	name   string
	render func(tb gridTable) string
}{
	{"tab rows, merged cells empty", func(tb gridTable) string { return rowsJoined(tb, "\t", "", "") }},
	{"pipe rows", func(tb gridTable) string { return rowsJoined(tb, " | ", "| ", " |") }},
	{"CSV rows", func(tb gridTable) string { return rowsJoined(tb, ",", "", "") }},
	{"Markdown rows with an alignment row", func(tb gridTable) string {
		s := rowsJoined(tb, " | ", "| ", " |")
		first, rest, _ := strings.Cut(s, "\n")
		return first + "\n|" + strings.Repeat(" --- |", strings.Count(first, "|")-1) + "\n" + rest
	}},
	{"cells padded with runs of spaces", func(tb gridTable) string { return rowsJoined(tb, "        ", "", "") }},
	{"cells separated by an ideographic space", func(tb gridTable) string { return rowsJoined(tb, "\u3000", "", "") }},
	{"rows with full-width commas", func(tb gridTable) string { return rowsJoined(tb, "，", "", "") }},
	{"one cell per line", func(tb gridTable) string { return cellLines(tb, "\n") }},
	{"one cell per line, blank lines", func(tb gridTable) string { return cellLines(tb, "\n\n") }},
	{"PDF number runs", func(tb gridTable) string {
		var b strings.Builder
		if tb.caption != "" {
			b.WriteString(tb.caption + "\n")
		}
		for _, h := range tb.header {
			b.WriteString(strings.Join(nonEmpty(h), " ") + "\n")
		}
		for _, r := range tb.rows {
			heads := nonEmpty(r.heads)
			for _, h := range heads[:len(heads)-1] {
				b.WriteString(h + "\n") // an outer header on a line of its own
			}
			b.WriteString(heads[len(heads)-1] + " " + strings.Join(r.vals, " ") + "\n")
		}
		return b.String()
	}},
	{"HTML rows, merged cells empty", func(tb gridTable) string {
		var b strings.Builder
		b.WriteString("<table>\n")
		if tb.caption != "" {
			b.WriteString("<tr><td>" + tb.caption + "</td><td></td><td></td><td></td></tr>\n")
		}
		for _, h := range tb.header {
			b.WriteString(htmlRow(h, "td"))
		}
		for _, r := range tb.rows {
			b.WriteString(htmlRow(tb.cellsOf(r), "td"))
		}
		return b.String() + "</table>\n"
	}},
	{"HTML rows, &nbsp; in empty cells and after values", func(tb gridTable) string {
		var b strings.Builder
		b.WriteString("<table>\n")
		cell := func(c string) string {
			if c == "" {
				return "&nbsp;"
			}
			return c + "&#160;"
		}
		row := func(cells []string) {
			b.WriteString("<tr>")
			for _, c := range cells {
				b.WriteString("<td>" + cell(c) + "</td>")
			}
			b.WriteString("</tr>\n")
		}
		if tb.caption != "" {
			row([]string{tb.caption, "", "", ""})
		}
		for _, h := range tb.header {
			row(h)
		}
		for _, r := range tb.rows {
			row(tb.cellsOf(r))
		}
		return b.String() + "</table>\n"
	}},
	{"HTML rows with colspan and rowspan, TH headers, upper case", func(tb gridTable) string {
		var b strings.Builder
		b.WriteString("<TABLE border=\"1\">\n")
		if tb.caption != "" {
			fmt.Fprintf(&b, "<TR><TD colspan=\"%d\">%s</TD></TR>\n", tb.heads+len(tb.rows[0].vals), tb.caption)
		}
		if tb.htmlHeader != "" {
			b.WriteString(tb.htmlHeader)
		} else {
			for _, h := range tb.header {
				b.WriteString(htmlRow(h, "TH"))
			}
		}
		for i, r := range tb.rows {
			b.WriteString("<TR>")
			for d, h := range r.heads {
				if h == "" {
					continue // under the rowspan of the header above
				}
				attrs := ""
				if n := rowspan(tb.rows[i+1:], d); n > 1 {
					attrs += fmt.Sprintf(" rowspan=\"%d\"", n)
				}
				if d == len(r.heads)-1 && d < tb.heads-1 {
					attrs += fmt.Sprintf(" colspan=\"%d\"", tb.heads-d)
				}
				b.WriteString("<TD" + attrs + ">" + h + "</TD>")
			}
			for _, v := range r.vals {
				b.WriteString("<TD>" + v + "</TD>")
			}
			b.WriteString("</TR>\n")
		}
		return b.String() + "</TABLE>\n"
	}},
}

// rowsJoined writes every row on a line, cells joined by sep.
func rowsJoined(tb gridTable, sep, open, close string) string {
	var b strings.Builder
	width := tb.heads + len(tb.rows[0].vals)
	line := func(cells []string) {
		b.WriteString(open + strings.Join(cells, sep) + close + "\n")
	}
	if tb.caption != "" {
		line(append([]string{tb.caption}, make([]string, width-1)...))
	}
	for _, h := range tb.header {
		line(h)
	}
	for _, r := range tb.rows {
		line(tb.cellsOf(r))
	}
	return b.String()
}

// cellLines writes every cell that holds something on a line of its own.
func cellLines(tb gridTable, sep string) string {
	var cells []string
	if tb.caption != "" {
		cells = append(cells, tb.caption)
	}
	for _, h := range tb.header {
		cells = append(cells, nonEmpty(h)...)
	}
	for _, r := range tb.rows {
		cells = append(cells, nonEmpty(r.heads)...)
		cells = append(cells, r.vals...)
	}
	return strings.Join(cells, sep) + "\n"
}

// htmlRow writes one <tr> of tag cells.
func htmlRow(cells []string, tag string) string {
	tr := "tr"
	if tag == strings.ToUpper(tag) {
		tr = "TR"
	}
	var b strings.Builder
	b.WriteString("<" + tr + ">")
	for _, c := range cells {
		b.WriteString("<" + tag + ">" + c + "</" + tag + ">")
	}
	return b.String() + "</" + tr + ">\n"
}

// rowspan is the number of rows a row header at depth d spans: its own
// and those of rows that leave that depth empty.
func rowspan(after []gridRow, d int) int {
	n := 1
	for _, r := range after {
		if len(r.heads) <= d || r.heads[d] != "" {
			break
		}
		n++
	}
	return n
}

func nonEmpty(cells []string) []string {
	var out []string
	for _, c := range cells {
		if c != "" {
			out = append(out, c)
		}
	}
	return out
}

// transform is a way of writing the same text again, named.
type transform struct {
	name string
	do   func(string) string
}

// bothScripts are the scripts every sentence is read in: as written, and
// in traditional script.
var bothScripts = []transform{{"simplified", func(s string) string { return s }}, {"traditional", script.ToTraditional}}

// scriptsAndBreaks are the transformations every rendering is read in:
// as written, in traditional script, with CRLF line ends.
var scriptsAndBreaks = append(bothScripts[:len(bothScripts):len(bothScripts)],
	transform{"CRLF", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }})

// joinedRows writes every row on a line, cells joined by sep between open
// and close.
func joinedRows(rows [][]string, sep, open, close string) string {
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(open + strings.Join(r, sep) + close + "\n")
	}
	return b.String()
}

// TestTableRenderingVariants reads testGrid in every rendering, in both
// scripts and with both line ends, and requires the same stats: each row
// labelled by its whole row path, outer first.
func TestTableRenderingVariants(t *testing.T) {
	want := gridStats()
	transforms := append(scriptsAndBreaks[:len(scriptsAndBreaks):len(scriptsAndBreaks)], struct {
		name string
		do   func(string) string
	}{"full-width digits", fullwidthDigits})
	for _, r := range gridRenderings {
		for _, tr := range transforms {
			t.Run(r.name+"/"+tr.name, func(t *testing.T) {
				var b strings.Builder
				b.WriteString("某某镇人民政府2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n")
				for k, tb := range testGrid {
					if k == 2 {
						b.WriteString("三、收到和处理政府信息公开申请情况\n")
					}
					b.WriteString(r.render(tb))
				}
				rep, warns := Build(source.New(tr.do(b.String())), "")
				for _, w := range warns {
					assert.NotEqual(t, model.WarnTableUnread, w.Code, w.Message)
				}
				var got []string
				for _, s := range rep.Stats {
					if strings.Contains(s.Label, " / ") {
						got = append(got, fmt.Sprintf("%s = %s", asciiDigits(script.ToSimplified(s.Label)), fmtNum(s.Value)))
					}
				}
				assert.Equal(t, want, got)
			})
		}
	}
}

// TestTablesUnread warns about template tables whose labels are there and
// whose values the reader cannot read (cells separated by 、, a rendering
// it does not know), and not about a table cut off after one row label.
func TestTablesUnread(t *testing.T) {
	tb := testGrid[2]
	head := "某某镇人民政府2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
	unread := func(text string) int {
		_, warns := Build(source.New(text), "")
		n := 0
		for _, w := range warns {
			if w.Code == model.WarnTableUnread {
				n++
				assert.NotNil(t, w.Span)
			}
		}
		return n
	}
	assert.Equal(t, 1, unread(head+rowsJoined(tb, "、", "", "")), "cells separated by 、")
	assert.Equal(t, 0, unread(head+rowsJoined(tb, "\t", "", "")), "tab rows")
	cut := rowsJoined(tb, "\t", "", "")
	cut = cut[:strings.LastIndex(cut, "2.其他")] + "2.其他法律行政法规禁止公开\n"
	assert.Equal(t, 0, unread(head+cut), "a last row label cut off from its values")
}

// TestReviewTableRenderings reads section 四's table (a three-row header
// over one row of fifteen values) in every rendering, both scripts and
// both line ends.
func TestReviewTableRenderings(t *testing.T) {
	res := []string{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}
	vals := []string{"2", "1", "0", "0", "3", "1", "0", "0", "1", "2", "0", "0", "0", "0", "0"}
	h1 := append([]string{"行政复议", "", "", "", "", "行政诉讼"}, make([]string, 9)...)
	h2 := append(append([]string(nil), res...), "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", "")
	h3 := append(append(make([]string, 5), res...), res...)
	grid := [][]string{h1, h2, h3, vals}
	var want []string
	for g, row := range []string{"行政复议", "行政诉讼 / 未经复议直接起诉", "行政诉讼 / 复议后起诉"} {
		for k, r := range res {
			want = append(want, row+" / "+r+" = "+vals[g*5+k])
		}
	}
	joined := func(sep, open, close string) string { return joinedRows(grid, sep, open, close) }
	var html strings.Builder
	html.WriteString("<table>\n<tr><td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>\n<tr>")
	for _, r := range res {
		html.WriteString("<td rowspan=\"2\">" + r + "</td>")
	}
	html.WriteString("<td colspan=\"5\">未经复议直接起诉</td><td colspan=\"5\">复议后起诉</td></tr>\n")
	html.WriteString(htmlRow(append(append([]string(nil), res...), res...), "td"))
	html.WriteString("<tr><td>&#160;" + strings.Join(vals, "&#160;</td><td>&#160;") + "&#160;</td></tr>\n</table>\n")
	var runs strings.Builder
	for _, r := range grid {
		runs.WriteString(strings.Join(nonEmpty(r), " ") + "\n")
	}
	renderings := map[string]string{
		"tab rows": joined("\t", "", ""), "pipe rows": joined(" | ", "| ", " |"), "CSV rows": joined(",", "", ""),
		"one cell per line": strings.Join(append(append(append(nonEmpty(h1), nonEmpty(h2)...), nonEmpty(h3)...), vals...), "\n") + "\n",
		"PDF number runs":   runs.String(), "HTML rows with colspan and rowspan": html.String(),
	}
	for name, table := range renderings {
		for _, tr := range scriptsAndBreaks {
			t.Run(name+"/"+tr.name, func(t *testing.T) {
				text := "某某镇人民政府2023年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n" + table +
					"五、存在的主要问题及改进情况\n部分信息更新不及时。\n"
				rep, _ := Build(source.New(tr.do(text)), "")
				var got []string
				for _, s := range rep.Stats {
					got = append(got, fmt.Sprintf("%s = %s", script.ToSimplified(s.Label), fmtNum(s.Value)))
				}
				assert.Equal(t, want, got)
			})
		}
	}
}

// fullwidthDigits writes the digits of s full-width (０–９), as a word
// processor may, except inside an HTML character reference (&#160;).
func fullwidthDigits(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], "&#") {
			if k := strings.IndexByte(s[i:], ';'); k > 0 {
				b.WriteString(s[i : i+k+1])
				i += k + 1
				continue
			}
		}
		if c := s[i]; c >= '0' && c <= '9' {
			b.WriteRune(rune(c-'0') + '０')
		} else {
			b.WriteByte(c)
		}
		i++
	}
	return b.String()
}

// asciiDigits folds full-width digits back to ASCII, to compare labels
// that keep them as written.
func asciiDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if d, ok := asciiDigit(r); ok {
			return rune(d)
		}
		return r
	}, s)
}

// TestStatTableRenderings reads the statistics table of a report before
// 2019 (统计指标 | 单位 | 统计数, group rows without a number) in several
// renderings, both scripts and both line ends: each number a stat labelled
// row / 统计数 with the row's unit; its rows are neither sections nor prose.
func TestStatTableRenderings(t *testing.T) {
	rows := [][]string{
		{"统计指标", "单位", "统计数"},
		{"一、主动公开情况", "", ""},
		{"（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "1520"},
		{"其中：主动公开规范性文件数", "条", "36"},
		{"二、依申请公开情况", "", ""},
		{"（一）收到申请数", "件", "25"},
		{"1.当面申请数", "件", "5"},
	}
	want := []string{
		"主动公开政府信息 = 1520 条",
		"（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条） / 统计数 = 1520 条",
		"其中：主动公开规范性文件数 / 统计数 = 36 条",
		"（一）收到申请数 / 统计数 = 25 件", "1.当面申请数 / 统计数 = 5 件",
	}
	joined := func(sep, open, close string) string { return joinedRows(rows, sep, open, close) }
	var html strings.Builder
	for _, r := range rows {
		html.WriteString(htmlRow(r, "td"))
	}
	var pdf strings.Builder
	for _, r := range rows {
		pdf.WriteString(strings.Join(nonEmpty(r), "    ") + "\n")
	}
	renderings := map[string]string{
		"tab rows": joined("\t", "", ""), "pipe rows": joined(" | ", "| ", " |"), "CSV rows": joined(",", "", ""),
		"HTML rows": "<table>\n" + html.String() + "</table>\n", "PDF rows padded with spaces": pdf.String(),
		"one cell per line": strings.Join(nonEmpty(slices.Concat(rows...)), "\n") + "\n",
	}
	for name, table := range renderings {
		for _, tr := range scriptsAndBreaks {
			t.Run(name+"/"+tr.name, func(t *testing.T) {
				text := "某某县人民政府2015年政府信息公开工作年度报告\n一、概述\n2015年，我县主动公开政府信息1520条。\n" +
					"附表\n某某县政府信息公开情况统计表\n" + table
				rep, _ := Build(source.New(tr.do(text)), "")
				var got []string
				for _, s := range rep.Stats {
					got = append(got, fmt.Sprintf("%s = %s %s", script.ToSimplified(s.Label), fmtNum(s.Value), script.ToSimplified(s.Unit)))
				}
				assert.Equal(t, want, got)
				require.Len(t, rep.Sections, 1, "the table's rows are no sections")
			})
		}
	}
}

// TestStatTableNeedsItsHeader leaves alone a 指标 in prose (its count is
// still read) and a header without a unit column, also when it names the
// value column.
func TestStatTableNeedsItsHeader(t *testing.T) {
	for _, text := range []string{
		"某某县2015年政府信息公开工作年度报告\n一、概述\n主要指标\t完成情况\n公开信息\t120\n",
		"某某县2015年政府信息公开工作年度报告\n一、概述\n主要指标\t统计数\n公开信息\t120\n",
		"某某县2015年政府信息公开工作年度报告\n一、概述\n各项指标均已完成，全年公开信息120条。\n",
	} {
		rep, _ := Build(source.New(text), "")
		for _, s := range rep.Stats {
			assert.NotContains(t, s.Label, " / ", text)
		}
	}
	prose := "某某县2015年政府信息公开工作年度报告\n一、概述\n各项指标均已完成，全年公开信息120条。\n"
	rep, _ := Build(source.New(prose), "")
	require.Len(t, rep.Stats, 1, "the prose count is read")
	assert.Equal(t, "全年公开信息", rep.Stats[0].Label)
	assert.Equal(t, 120.0, rep.Stats[0].Value)
}
