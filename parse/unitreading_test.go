package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// readingRow is a row of a table with a lead and a secondary unit column,
// as its author wrote it: a group row (一、…) when group is set, else seq,
// task, requirement, lead units, secondary units and deadline. merged
// marks a row under a lead cell merged from the row above: its lead is
// that row's and shows nowhere on it.
type readingRow struct {
	group                              string
	seq, task, text, lead, second, due string
	merged                             bool
}

// readingTable is a table whose rows the text rendering leaves with one
// unit cell where the source had a lead and a secondary column. undecided
// tables give the rows around such a row no evidence of how it lost its
// cell: the parser keeps the merged-lead reading and flags the rows.
type readingTable struct {
	name      string
	rows      []readingRow
	undecided bool
}

// TestLoneUnitCellReadings: a table copied one cell per line loses its
// empty cells, so a row with one unit cell under a lead and a secondary
// column either lost its empty secondary cell (the unit leads) or stands
// under a lead cell merged over the rows (the unit is secondary, the lead
// carried down). Where the other rows tell which, the parser reads it so,
// silently: a row with no lead above it in its group (first under the
// header or under a group row) has no merged cell over it; a lead that
// would be carried down naming the lone unit would have it assist
// itself; a unit the table shows in only one of the two columns elsewhere
// keeps that column. Where they do not, the merged-lead reading stays and
// the rows are flagged. Both readings, in every column naming, one cell
// per line with or without blank lines and one row per line with the
// cells parted by one space (a reader view or a web table flattened: its
// empty cells leave no trace either), under every transformation.
func TestLoneUnitCellReadings(t *testing.T) {
	tables := []readingTable{
		{name: "vanished: first row under the header", rows: []readingRow{
			{seq: "1", task: "公开政策文件", text: "集中公开现行有效的规范性文件。", lead: "县司法局", due: "2024年6月底前"},
			{seq: "2", task: "公开财政预算", text: "按时公开部门预算和决算。", lead: "县财政局", second: "县直各部门", due: "2024年8月底前"},
			{seq: "3", task: "公开就业信息", text: "每月发布企业招聘岗位信息。", lead: "县人社局", second: "各乡镇人民政府", due: "持续推进"},
		}},
		{name: "vanished: first row under a group row", rows: []readingRow{
			{group: "一、加强重点领域信息公开"},
			{seq: "1", task: "公开财政预算", text: "按时公开部门预算和决算。", lead: "市财政局", second: "市直各部门", due: "2023年8月底前"},
			{group: "二、提升政务公开平台水平"},
			{seq: "2", task: "规范政府网站", text: "每季度抽查政府网站并公开结果。", lead: "市政务服务数据管理局", due: "每季度末"},
			{seq: "3", task: "办好政务新媒体", text: "及时回应网民留言关切。", lead: "市委网信办", second: "市政府办公室", due: "持续推进"},
		}},
		{name: "vanished: the lead above is the lone unit", rows: []readingRow{
			{seq: "1", task: "公开食品抽检", text: "每季度公开食品安全抽检结果。", lead: "区市场监管局", second: "区卫生健康局", due: "每季度末"},
			{seq: "2", task: "公开价格监测", text: "按月公开重要民生商品价格。", lead: "区市场监管局", due: "持续推进"},
			{seq: "3", task: "公开环境质量", text: "每月发布空气和水环境质量信息。", lead: "区生态环境局", second: "各街道办事处", due: "持续推进"},
		}},
		{name: "vanished: the lone unit leads elsewhere", rows: []readingRow{
			{seq: "1", task: "压缩开办时间", text: "企业开办时间压缩至一个工作日。", lead: "区行政审批局", second: "区市场监管局", due: "2022年6月底前"},
			{seq: "2", task: "公开涉企收费", text: "公开涉企收费目录清单。", lead: "区财政局", due: "持续推进"},
			{seq: "3", task: "规范涉企检查", text: "公开涉企检查事项清单和检查结果。", lead: "区财政局", second: "区司法局", due: "2022年12月底前"},
		}},
		{name: "vanished: the table repeats a shared lead on rows in a row", rows: []readingRow{
			{seq: "1", task: "推行一网通办", text: "政务服务事项网上可办率达到百分之九十五。", lead: "区行政审批局", second: "区大数据中心", due: "2025年6月底前"},
			{seq: "2", task: "推行一窗受理", text: "综合窗口覆盖全部进驻事项。", lead: "区行政审批局", second: "区政务服务中心", due: "2025年9月底前"},
			{seq: "3", task: "建立用工服务专员", text: "为重点企业配备用工服务专员。", lead: "区人社局", due: "每季度"},
			{seq: "4", task: "开展涉企收费检查", text: "开展涉企违规收费专项检查。", lead: "区财政局", second: "区市场监管局", due: "2025年10月底前"},
		}},
		{name: "merged: the lone unit assists elsewhere", rows: []readingRow{
			{seq: "1", task: "压缩审批时间", text: "压缩工程建设项目审批时间。", lead: "区住建局", second: "区自然资源局", due: "2024年6月底前"},
			{seq: "2", task: "推行告知承诺", text: "推行施工许可告知承诺制。", lead: "区住建局", second: "区行政审批局", due: "2024年9月底前", merged: true},
			{seq: "3", task: "公开审批结果", text: "公开施工许可审批结果。", lead: "区政务服务中心", second: "区行政审批局", due: "长期坚持"},
		}},
		{name: "merged: no evidence", undecided: true, rows: []readingRow{
			{seq: "1", task: "压缩审批时间", text: "压缩工程建设项目审批时间。", lead: "区住建局", second: "区自然资源局、区生态环境局", due: "2024年6月底前"},
			{seq: "2", task: "推行告知承诺", text: "推行施工许可告知承诺制。", lead: "区住建局", second: "区行政审批局", due: "2024年9月底前", merged: true},
			{seq: "3", task: "建立诉求直达", text: "建立企业诉求直达机制。", lead: "区工商联", second: "区发改局", due: "长期坚持"},
			{seq: "4", task: "规范中介服务", text: "规范中介服务收费。", lead: "区工商联", second: "区市场监管局", due: "2024年12月底前", merged: true},
		}},
	}
	columns := []struct{ lead, leadRole, second string }{
		{"牵头单位", "lead", "配合单位"},
		{"责任单位", "responsible", "配合单位"},
		{"牵头单位", "lead", "协办单位"},
		{"责任单位", "responsible", "协办单位"},
	}
	for _, tb := range tables {
		for _, cn := range columns {
			if hasMerged(tb.rows) {
				if cn.leadRole != "lead" {
					continue // the tree carries a merged lead down, not a responsible unit
				}
			}
			cells := []string{"序号", "工作事项", "工作要求", cn.lead, cn.second, "完成时限"}
			lines := []string{strings.Join(cells, " ")} // the same table one row a line, cells parted by spaces
			var want, flagged []string
			goal := false
			for _, r := range tb.rows {
				if r.group != "" {
					cells = append(cells, r.group)
					lines = append(lines, r.group)
					no, title, _ := strings.Cut(r.group, "、")
					want = append(want, "G "+no+" "+title)
					goal = true
					continue
				}
				if !goal {
					want = append(want, "G  ")
					goal = true
				}
				n := len(cells)
				cells = append(cells, r.seq, r.task, r.text)
				if !r.merged {
					cells = append(cells, r.lead)
				}
				if r.second != "" {
					cells = append(cells, r.second)
				}
				cells = append(cells, r.due)
				lines = append(lines, strings.Join(cells[n:], " "))
				if tb.undecided && r.merged {
					flagged = append(flagged, r.text)
				}
				var us []string
				for _, u := range strings.Split(r.lead, "、") {
					us = append(us, u+"/"+cn.leadRole)
				}
				for _, u := range strings.Split(r.second, "、") {
					if u != "" {
						us = append(us, u+"/cooperate")
					}
				}
				want = append(want, "  T "+r.seq+" "+r.task, "    I "+r.text+" | "+r.due+" | "+strings.Join(us, "、"))
			}
			renderings := []string{strings.Join(cells, "\n"), strings.Join(cells, "\n\n"), strings.Join(lines, "\n")}
			for _, table := range renderings {
				sep := table[:min(len(table), 40)]
				for _, tr := range transforms {
					text := tr.apply("某区2024年政务公开重点任务分工\n\n" + table)
					doc := mustText(t, text)
					assert.Equal(t, want, treeOf(doc), "%s, %s|%s, %s (rendering %q…):\n%s", tb.name, cn.lead, cn.second, tr.name, sep, text)
					var got []string
					for _, f := range unitDoubtRows(doc, text) {
						got = append(got, norm(f))
					}
					assert.Equal(t, flagged, got, "flagged rows: %s, %s|%s, %s (rendering %q…):\n%s", tb.name, cn.lead, cn.second, tr.name, sep, text)
				}
			}
		}
	}
}

// hasMerged reports a row under a merged lead cell.
func hasMerged(rows []readingRow) bool {
	for _, r := range rows {
		if r.merged {
			return true
		}
	}
	return false
}
