package report

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// TestQuotedLabelIsNoTable writes the template's labels into the
// sentences of a plan (the quote opening, inside or closing a clause; in
// quotation marks or not; the sentence wrapped after the label or not) in
// both scripts and requires no report mark; the same labels standing in
// the template's tables, in six renderings, are a table each, two marks.
func TestQuotedLabelIsNoTable(t *testing.T) {
	// quotes are phrases holding the template's labels that findLayout
	// takes for the start of a table
	quotes := []string{
		"本年新收政府信息公开申请数量",
		"条例第二十条第（一）项",
		"行政复议结果维持、结果纠正",
		"第二十条第（五）项所列事项的上一年项目数量",
	}
	sentences := []struct{ before, after string }{
		{"各科室按月汇总", "，报区政务公开办备案。"},
		{"对", "较多的领域加强政策解读，及时回应关切。"},
		{"依照要求，统计", "；按时上报。"},
		{"", "等数据由办公室统一汇总？"},
		{"请各单位核实", "！"},
		{"加强对", "相关工作的指导和督促检查，确保各项数据真实准确、口径统一。"},
	}
	marks := [][2]string{{"", ""}, {"“", "”"}, {"「", "」"}}
	wraps := []string{"", "\n"}
	n := 0
	for _, q := range quotes {
		for _, s := range sentences {
			for _, m := range marks {
				for _, wrap := range wraps {
					for _, tr := range bothScripts {
						text := tr.do("（一）做好统计。" + s.before + m[0] + q + m[1] + wrap + s.after + "\n")
						assert.Zero(t, Evidence(source.New(text)), "a sentence quoting a label is no table: %q", text)
						n++
					}
				}
			}
		}
	}
	assert.Equal(t, len(quotes)*len(sentences)*len(marks)*len(wraps)*len(bothScripts), n)

	// tables are the template's tables, a row of cells each
	tables := [][][]string{
		{{"第二十条第（一）项"}, {"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"}, {"规章", "0", "0", "2"}, {"行政规范性文件", "3", "1", "12"}},
		{{"第二十条第（五）项"}, {"信息内容", "上一年项目数量", "本年增/减", "处理决定数量"}, {"行政许可", "12", "1", "98"}},
		{{"信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"}, {"规章", "5", "5", "5"}},
		{{"一、本年新收政府信息公开申请数量", "7", "1", "0", "8"}},
		{{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}, {"1", "0", "0", "0", "1"}},
	}
	seps := map[string]string{"pipes": " | ", "tabs": "\t", "ideographic spaces": "\u3000", "spaces": "   ", "glued": "", "cell lines": "\n"}
	for _, tb := range tables {
		for name, sep := range seps {
			for _, tr := range bothScripts {
				text := tr.do(joinedRows(tb, sep, "", ""))
				assert.Equal(t, 2, Evidence(source.New(text)), "%s: the template's table: %q", name, text)
			}
		}
	}
}
