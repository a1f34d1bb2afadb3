package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

// vanishRow is a row of a table with a lead and a secondary unit column:
// seq, task, requirement, lead units, secondary units ("" when empty),
// deadline.
type vanishRow struct{ seq, task, text, lead, second, due string }

// TestCellLinesEmptyUnitCellVanished: a table copied one cell per line
// loses its empty cells, and a row whose secondary unit cell (配合单位,
// 协办单位) was empty keeps one unit cell, which reads like the row under
// a lead cell merged over several rows: the parser says so on exactly
// those rows (guessed_columns), whichever rows lost the cell, whatever the
// columns are called, in either script, with or without a deadline
// column, with or without blank lines between the cells — but for the
// first row, which no merged lead cell can stand over: its reading is
// settled (TestLoneUnitCellReadings). No table here prints one lead on two
// rows in a row, which would settle them all (repeatsLead).
func TestCellLinesEmptyUnitCellVanished(t *testing.T) {
	tables := []struct {
		name  string
		title string
		rows  []vanishRow
	}{
		{
			name:  "middle rows lose the cell",
			title: "某市2023年政务公开重点工作分工",
			rows: []vanishRow{
				{"1", "公开财政预算", "按时公开市级部门预算和决算。", "市财政局", "市直各部门", "2023年8月底前"},
				{"2", "公开重大项目", "公开重大建设项目批准和实施信息。", "市发展改革委", "", "持续推进"},
				{"3", "公开食品抽检", "每季度公开食品安全抽检结果。", "市市场监管局", "", "每季度末"},
				{"4", "公开环境质量", "每月发布空气和水环境质量信息。", "市生态环境局", "各区人民政府", "持续推进"},
			},
		},
		{
			name:  "first and last rows lose the cell",
			title: "某县2024年民生实事工作安排",
			rows: []vanishRow{
				{"1", "老旧小区改造", "完成老旧小区改造六个并公开进度。", "县住建局", "", "2024年11月底前"},
				{"2", "建设养老站点", "新建社区养老服务站四个。", "县民政局", "各乡镇人民政府", "2024年10月底前"},
				{"3", "新增公办学位", "新增公办幼儿园学位九百个。", "县教育局", "", "2024年9月底前"},
			},
		},
		{
			name:  "every row but one loses the cell",
			title: "某区2022年优化营商环境任务分解",
			rows: []vanishRow{
				{"1", "压缩开办时间", "企业开办时间压缩至一个工作日。", "区行政审批局", "", "2022年6月底前"},
				{"2", "推行证照联办", "推行一业一证改革并公开办事指南。", "区市场监管局", "区行政审批局、区卫生健康局", "2022年9月底前"},
				{"3", "公开涉企收费", "公开涉企收费目录清单。", "区财政局", "", "持续推进"},
				{"4", "规范中介服务", "公开中介服务事项清单。", "区政务服务中心", "", "2022年12月底前"},
			},
		},
	}
	columns := []struct{ lead, second string }{
		{"责任单位", "配合单位"},
		{"牵头单位", "配合单位"},
		{"牵头单位", "协办单位"},
		{"责任单位", "协办单位"},
	}
	scripts := []struct {
		name string
		conv func(string) string
	}{{"simplified", func(s string) string { return s }}, {"traditional", toTraditional}}
	for _, tb := range tables {
		for _, cn := range columns {
			for _, due := range []bool{true, false} {
				var cells []string // the table one cell per line, empty cells lost
				header := []string{"序号", "工作事项", "工作要求", cn.lead, cn.second}
				if due {
					header = append(header, "完成时限")
				}
				cells = append(cells, header...)
				var lost []string // the requirements of the rows that lost a cell
				for i, r := range tb.rows {
					cells = append(cells, r.seq, r.task, r.text, r.lead)
					if r.second != "" {
						cells = append(cells, r.second)
					} else if i > 0 {
						lost = append(lost, r.text)
					}
					if due {
						cells = append(cells, r.due)
					}
				}
				for _, sep := range []string{"\n", "\n\n"} {
					for _, sc := range scripts {
						text := sc.conv(tb.title + "\n\n" + strings.Join(cells, sep))
						var want []string
						for _, l := range lost {
							want = append(want, sc.conv(l))
						}
						assert.Equal(t, want, unitDoubtRows(mustText(t, text), text), "%s, %s|%s, deadline %v, %s (separator %q):\n%s",
							tb.name, cn.lead, cn.second, due, sc.name, sep, text)
					}
				}
			}
		}
	}
}

// unitDoubtRows returns, of each unit doubt doc's quality reports, the
// requirement of the row it spans (the row's third line).
func unitDoubtRows(doc *model.Document, text string) []string {
	var out []string
	for _, r := range doc.Quality.Reasons {
		if r.Code != model.ReasonGuessedColumns || !strings.HasPrefix(r.Message, "a row that lost a cell") || r.Span == nil {
			continue
		}
		row := strings.Fields(text[r.Span.Start:r.Span.End])
		if len(row) >= 3 {
			out = append(out, row[2])
		}
	}
	return out
}

// TestCellLinesMergedLeadKept: a table copied one cell per line whose
// lead unit cell was merged over several rows drops it from the rows
// below (a row without number shows it): there the lone unit cell of a
// numbered row is the secondary column's, the lead carried down, and
// the parser has no doubt about it.
func TestCellLinesMergedLeadKept(t *testing.T) {
	cells := []string{
		"序号", "工作任务", "具体措施", "牵头单位", "配合单位", "完成时限",
		"1", "规范村务公开", "按时公开村级重大事项决策过程。", "镇民政办", "镇纪委", "2025年6月底前",
		"公开集体资产处置结果。", "各村民委员会", "每半年",
		"2", "推进低保信息公开", "公开低保对象和发放标准。", "镇社会事务办", "2025年9月底前",
	}
	want := []string{
		"G  ",
		"  T 1 规范村务公开",
		"    I 按时公开村级重大事项决策过程。 | 2025年6月底前 | 镇民政办/lead、镇纪委/cooperate",
		"    I 公开集体资产处置结果。 | 每半年 | 镇民政办/lead、各村民委员会/cooperate",
		"  T 2 推进低保信息公开",
		"    I 公开低保对象和发放标准。 | 2025年9月底前 | 镇民政办/lead、镇社会事务办/cooperate",
	}
	for _, sep := range []string{"\n", "\n\n"} {
		for _, conv := range []func(string) string{func(s string) string { return s }, toTraditional} {
			text := conv("某镇2025年政务公开任务分工\n\n" + strings.Join(cells, sep))
			doc := mustText(t, text)
			assert.Equal(t, want, treeOf(doc), "separator %q:\n%s", sep, text)
			assert.Empty(t, unitDoubtRows(doc, text), "separator %q:\n%s", sep, text)
		}
	}
}
