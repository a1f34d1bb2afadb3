package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCellLinesUnitCellOverLabelLines: a 督办台账 copied one cell per line
// (a CMS that made each cell a paragraph, or a web copy) whose unit cells
// hold their labelled lists on two lines (牵头：X / 配合：Y, a <br> in the
// cell), beside person and phone columns (责任领导, 责任人, 联系电话 or
// 联系方式): every row is read, the last one too, the units by their labels,
// and no person or phone number becomes text — whatever the labels, the
// contact column's name, blank lines between the cells or none, the page
// or text form, the script and the line ends.
func TestCellLinesUnitCellOverLabelLines(t *testing.T) {
	type labels struct{ lead, coop string }
	for _, lb := range []labels{{"牵头：", "配合："}, {"牵头单位：", "配合单位："}, {"牵头:", "配合:"}} {
		for _, contact := range []string{"联系电话", "联系方式"} {
			rows := [][]string{
				{"序号", "督办事项", "责任领导", "责任单位", "责任人", contact, "办结时限"},
				{"1", "完成年度空气质量改善目标任务。", "黄国强", lb.lead + "大气环境科\n" + lb.coop + "市监测站", "梁晓燕", "0758-2281306", "2022年12月底前"},
				{"2", "完成挥发性有机物治理项目30个。", "黄国强", "大气环境科", "梁晓燕", "0758-2281306", "2022年10月底前"},
				{"3", "组织开展执法检查不少于800家次。", "周敏", lb.lead + "执法支队\n" + lb.coop + "各分局、法规科", "冯志强", "13902687451", "2022年12月底前"},
			}
			want := []string{
				"G  ", "T 1 完成年度空气质量改善目标任务", "I 完成年度: 大气环境科/lead 市监测站/cooperate",
				"T 2 完成挥发性有机物治理项目30个", "I 完成挥发: 大气环境科/responsible",
				"T 3 组织开展执法检查不少于800家次", "I 组织开展: 执法支队/lead 各分局/cooperate 法规科/cooperate",
			}
			for _, last := range []bool{false, true} {
				rs := rows
				if last { // the unit cell over two lines closes the text
					rs = make([][]string, len(rows))
					for k, row := range rows {
						rs[k] = row[:4:4] // up to 责任单位
					}
				}
				for _, r := range cellRenderings {
					for _, tr := range scriptsAndBreaks {
						name := fmt.Sprintf("%s/%s/last %v/%s/%s", lb.lead, contact, last, r.name, tr.name)
						t.Run(name, func(t *testing.T) {
							doc, err := Bytes([]byte(tr.apply(r.page(rs))), WithName("ledger"+r.ext))
							require.NoError(t, err)
							assert.Equal(t, want, foldTree(levelTree(doc)))
						})
					}
				}
			}
		}
	}
}

// cellRenderings write a notice whose table lost its markup to one cell per
// line: as text with or without blank lines between the cells, and as a
// saved page whose editor made every cell a paragraph, a <br> inside.
var cellRenderings = []struct {
	name, ext string
	page      func([][]string) string
}{
	{"lines", ".txt", func(rows [][]string) string { return ledgerNotice(cellsJoined(rows, "\n")) }},
	{"blank lines", ".txt", func(rows [][]string) string { return ledgerNotice(cellsJoined(rows, "\n\n")) }},
	{"paragraphs", ".html", func(rows [][]string) string {
		var b strings.Builder
		b.WriteString("<html><head><meta charset=\"utf-8\"><title>通知</title></head><body><div class=\"article\">\n")
		for _, l := range strings.Split(ledgerNotice(""), "\n") {
			if l != "" {
				b.WriteString("<p>" + l + "</p>\n")
			}
		}
		for _, r := range rows {
			for _, c := range r {
				b.WriteString("<p>" + strings.ReplaceAll(c, "\n", "<br>") + "</p>\n")
			}
		}
		b.WriteString("</div></body></html>\n")
		return b.String()
	}},
}

// cellsJoined writes every cell on its own line(s), sep between cells.
func cellsJoined(rows [][]string, sep string) string {
	var cells []string
	for _, r := range rows {
		cells = append(cells, r...)
	}
	return strings.Join(cells, sep) + "\n"
}

// ledgerNotice wraps a table in a short notice issuing a 督办台账.
func ledgerNotice(table string) string {
	return "某市生态环境局关于印发《某市生态环境局2022年重点工作督办台账》的通知\n某环〔2022〕56号\n局各科室、各分局：\n" +
		"现将《某市生态环境局2022年重点工作督办台账》印发给你们，请认真落实。\n某市生态环境局\n2022年3月8日\n附件\n某市生态环境局2022年重点工作督办台账\n" + table
}
