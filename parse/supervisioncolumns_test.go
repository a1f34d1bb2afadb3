package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/segment"
)

// The column sets of the tables a supervision office (督查室) handles
// beside the ordinary 序号 | 任务 | 牵头 | 配合 grid: each names its columns
// in words of its own, and each must be read by its header, not by guess.
var supervisionTables = []tableDoc{{
	// A 整改 list answering an inspection: the problem names the task, the
	// measures are its items, the target and the leader (a person) neither.
	name:   "整改任务清单",
	prefix: "某县督察反馈意见整改任务清单\n",
	heads:  1,
	rows: [][]string{
		{"序号", "反馈问题", "整改目标", "整改措施", "责任领导", "责任单位", "整改时限"},
		{"1", "城区污水管网雨污混流问题突出。", "年底前完成雨污分流改造。", "完成老城区雨污分流改造8公里。", "王建（副县长）", "县住建局牵头，县财政局配合", "2020年6月底前"},
		{"", "", "", "每月通报污水处理厂进水浓度。", "", "县生态环境局", "长期坚持"},
		{"2", "部分水源保护区内仍有养殖场。", "年底前完成清理整治。", "依法关闭搬迁保护区内养殖场。", "李敏（副县长）", "县农业农村局、各乡镇人民政府", "2019年12月底前"},
	},
	want: []string{"G  ", "  T 1 城区污水管网雨污混流问题突出", "    I 完成老城区雨污分流改造8公里。 | 2020年6月底前 | 县住建局/lead、县财政局/cooperate", "    I 每月通报污水处理厂进水浓度。 | 长期坚持 | 县生态环境局/responsible", "  T 2 部分水源保护区内仍有养殖场", "    I 依法关闭搬迁保护区内养殖场。 | 2019年12月底前 | 县农业农村局/responsible、各乡镇人民政府/responsible"},
}, {
	// An assessment sheet: the points and the way they are scored are
	// neither numbers nor items nor units.
	name:   "考核细则",
	prefix: "某镇年度目标管理考核细则\n",
	heads:  1,
	rows: [][]string{
		{"序号", "考核项目", "目标任务", "分值", "责任单位", "考核办法"},
		{"1", "财政收入", "完成一般预算收入5000万元。", "12", "财政所", "每少1个百分点扣0.5分"},
		{"2", "招商引资", "新引进亿元以上项目3个。", "10", "招商办牵头，各村配合", "每少1个项目扣2分"},
		{"3", "安全生产", "全年不发生较大安全生产事故。", "8", "安监办", "发生较大事故的一票否决"},
	},
	want: []string{"G  ", "  T 1 财政收入", "    I 完成一般预算收入5000万元。 |  | 财政所/responsible", "  T 2 招商引资", "    I 新引进亿元以上项目3个。 |  | 招商办/lead、各村/cooperate", "  T 3 安全生产", "    I 全年不发生较大安全生产事故。 |  | 安监办/responsible"},
}, {
	// An assignment list of deputies' suggestions: the 序号 numbers the
	// rows, the 编号 is the suggestion's file number, the proposer (a person
	// or a party's committee) carries out nothing.
	name:   "建议提案交办清单",
	prefix: "重点建议提案交办清单\n",
	heads:  1,
	rows: [][]string{
		{"序号", "编号", "建议（提案）标题", "领衔代表（提案者）", "主办单位", "协办单位", "办结时限"},
		{"1", "第0021号", "关于加快县域医疗中心建设的建议", "王丽", "省卫生健康委", "省财政厅", "6月30日前"},
		{"2", "提案第0107号", "关于加强学生心理健康教育的提案", "民盟省委", "省教育厅", "省卫生健康委、省团委", "7月31日前"},
		{"3", "第0254号", "关于提升农村寄递物流服务的建议", "李强", "省邮政管理局", "省商务厅", "6月30日前"},
	},
	want: []string{"G  ", "  T 1 关于加快县域医疗中心建设的建议", "    I 关于加快县域医疗中心建设的建议 | 6月30日前 | 省卫生健康委/lead、省财政厅/cooperate", "  T 2 关于加强学生心理健康教育的提案", "    I 关于加强学生心理健康教育的提案 | 7月31日前 | 省教育厅/lead、省卫生健康委/cooperate、省团委/cooperate", "  T 3 关于提升农村寄递物流服务的建议", "    I 关于提升农村寄递物流服务的建议 | 6月30日前 | 省邮政管理局/lead、省商务厅/cooperate"},
}, {
	// A 督办台账 with a two-row header: 责任分工 stands over a leader
	// column (a person) and the unit columns, 推进情况 over the progress
	// columns, whose cells name units without giving them the task.
	name:   "督办台账 two-row header",
	prefix: "市政府重点工作督办事项台账\n",
	heads:  2,
	rows: [][]string{
		{"序号", "督办事项", "责任分工", "", "", "完成时限", "推进情况", "", ""},
		{"", "", "责任市领导", "牵头单位", "配合单位", "", "进展情况", "完成情况", "督办意见"},
		{"1", "新建改造老旧小区120个。", "张伟", "市住房城乡建设局", "各区人民政府", "11月底", "已开工96个。", "序时推进", "请市财政局加快拨付补助资金。"},
		{"2", "新增城镇就业6万人。", "李红", "市人力资源社会保障局", "市财政局", "12月底", "新增3.1万人。", "序时推进", "无"},
		{"3", "新建幼儿园20所。", "李红", "市教育局", "市发展改革委、市自然资源和规划局", "9月底", "开工15所。", "滞后", "请市教育局会同各区加快办理用地手续。"},
	},
	want: []string{"G  ", "  T 1 新建改造老旧小区120个", "    I 新建改造老旧小区120个。 | 11月底 | 市住房城乡建设局/lead、各区人民政府/cooperate", "  T 2 新增城镇就业6万人", "    I 新增城镇就业6万人。 | 12月底 | 市人力资源社会保障局/lead、市财政局/cooperate", "  T 3 新建幼儿园20所", "    I 新建幼儿园20所。 | 9月底 | 市教育局/lead、市发展改革委/cooperate、市自然资源和规划局/cooperate"},
}}

// TestSupervisionColumns: each of supervisionTables is read by its header
// — 反馈问题/考核项目/建议（提案）标题 the task, 整改措施/目标任务 the
// content, 整改目标, 分值, 考核办法, 编号, 领衔代表（提案者）, 督办意见 and a
// leader under 责任分工 neither items nor units — in both scripts and in
// every rendering that keeps the table's cells in their rows (tabs, bars,
// Markdown, HTML, columns, spaced marks). The one-cell-per-line readers
// are left out: they cut rows by the cells' looks, and read a 整改目标
// sentence as an item (quality says no_units) — a reader of its own.
func TestSupervisionColumns(t *testing.T) {
	requireTreesInRowRenderings(t, supervisionTables)
}

// requireTreesInRowRenderings requires each doc's tree (treeOf, simplified)
// in both scripts and in every rendering that keeps the table's cells in
// their rows (a two-row header only where empty cells keep their places).
func requireTreesInRowRenderings(t *testing.T, docs []tableDoc) {
	t.Helper()
	for _, d := range docs {
		t.Run(d.name, func(t *testing.T) {
			n := 0
			for _, r := range renderings {
				if !r.ok(d) || cellStream(r.name) || d.heads > 1 && !keepsEmptyCells(r.name) {
					continue
				}
				for _, tr := range transforms[:2] {
					doc := r.parse(t, d.text(r, tr))
					got := treeOf(doc)
					for i := range got {
						got[i] = segment.ToSimplified(got[i])
					}
					assert.Equal(t, d.want, got, "%s, %s", r.name, tr.name)
					n++
				}
			}
			require.Positive(t, n)
		})
	}
}

// cellStream reports a rendering that writes the cells one after another,
// rows cut by the cells' looks.
func cellStream(name string) bool {
	return strings.HasPrefix(name, "one cell per line") || strings.HasPrefix(name, "bare |") ||
		strings.HasPrefix(name, "cells ending in") || strings.HasPrefix(name, "run together")
}

// keepsEmptyCells reports a rendering that keeps a row's empty cells in
// place, as a two-row header's group names need (责任分工 over three
// columns): tabs, bars around every cell, a web page's table.
func keepsEmptyCells(name string) bool {
	return name == "tabs" || name == "pipes" || name == "markdown" || strings.HasPrefix(name, "HTML")
}
