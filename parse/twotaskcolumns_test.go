package parse

import (
	"testing"
)

// twoTaskColumnTables name the task twice in their headers: a short
// 工作要点 or 重点工作 phrase, then 主要任务 or 工作任务 sentences saying
// what is to be done (layout 410). The phrase is the task, the sentences
// its items; a task merged down over two rows has two.
var twoTaskColumnTables = []tableDoc{{
	name:   "工作要点 | 主要任务",
	prefix: "某省2012年推进依法行政工作要点\n",
	heads:  1,
	rows: [][]string{
		{"序号", "工作要点", "主要任务", "牵头单位", "协办单位", "完成时限"},
		{"1", "提高政府立法质量", "提请省人大常委会审议地方性法规草案8件，制定省政府规章6件。", "省政府法制办", "省直有关部门", "12月底前"},
		{"2", "加强规范性文件监督管理", "严格执行规范性文件统一登记、统一编号、统一公布制度。", "省政府法制办", "/", "全年"},
		{"", "", "开展规范性文件清理，清理结果向社会公布。", "省政府法制办", "各市州人民政府", "9月底前"},
		{"3", "深化行政执法体制改革", "推进城市管理等领域相对集中行政处罚权工作，在3个县市开展试点。", "省编办", "省政府法制办、省文化厅", "11月底前"},
	},
	want: []string{"G  ",
		"  T 1 提高政府立法质量", "    I 提请省人大常委会审议地方性法规草案8件，制定省政府规章6件。 | 12月底前 | 省政府法制办/lead、省直有关部门/cooperate",
		"  T 2 加强规范性文件监督管理", "    I 严格执行规范性文件统一登记、统一编号、统一公布制度。 | 全年 | 省政府法制办/lead",
		"    I 开展规范性文件清理，清理结果向社会公布。 | 9月底前 | 省政府法制办/lead、各市州人民政府/cooperate",
		"  T 3 深化行政执法体制改革", "    I 推进城市管理等领域相对集中行政处罚权工作，在3个县市开展试点。 | 11月底前 | 省编办/lead、省政府法制办/cooperate、省文化厅/cooperate"},
}, {
	name:   "重点工作 | 工作任务",
	prefix: "某市2020年优化营商环境重点工作分工\n",
	heads:  1,
	rows: [][]string{
		{"序号", "重点工作", "工作任务", "责任单位", "完成时间"},
		{"1", "压缩开办企业时间", "推行企业开办全程网上办，开办时间压缩至1个工作日。", "市市场监管局牵头，市税务局配合", "6月底前"},
		{"2", "优化不动产登记", "实行不动产登记、交易和缴税一窗受理，一般登记5个工作日办结。", "市自然资源局", "9月底前"},
	},
	want: []string{"G  ",
		"  T 1 压缩开办企业时间", "    I 推行企业开办全程网上办，开办时间压缩至1个工作日。 | 6月底前 | 市市场监管局/lead、市税务局/cooperate",
		"  T 2 优化不动产登记", "    I 实行不动产登记、交易和缴税一窗受理，一般登记5个工作日办结。 | 9月底前 | 市自然资源局/responsible"},
}}

// TestTwoTaskColumns: of two columns whose headers both name the task, the
// one of sentences is the content — in both scripts and every rendering
// that keeps the cells in their rows.
func TestTwoTaskColumns(t *testing.T) {
	requireTreesInRowRenderings(t, twoTaskColumnTables)
}
