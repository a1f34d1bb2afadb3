package parse

import "testing"

// groupRowsLost are the renderings that drop a group row's empty cells
// (one cell per line, flattened rows), where the numeral and the title
// are not told from a task row yet; the list only shrinks.
var groupRowsLost = map[string]string{}

// TestCnNumberedGroupRows: a task table whose group rows carry their
// numeral in the 序号 column and their title in the next cell, the rest of
// the row empty (一 | 提升政务服务效能, merged over the row), reads those
// rows as goals over the rows numbered 1, 2 … below them, in every
// rendering that carries the empty cells, in both scripts.
func TestCnNumberedGroupRows(t *testing.T) {
	d := tableDoc{name: "numeral group rows", prefix: "某省2025年优化营商环境重点任务分工方案\n", heads: 1, rows: [][]string{
		{"序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"},
		{"一", "提升政务服务效能", "", "", "", ""},
		{"1", "深化一件事改革", "新推出13个一件事集成办理事项。", "省行政审批局", "省市场监管局", "6月底前"},
		{"2", "推行免申即享", "梳理免申即享政策清单。", "省发展改革委", "省财政厅", "9月底前"},
		{"二", "优化市场准入环境", "", "", "", ""},
		{"3", "破除市场准入壁垒", "开展市场准入壁垒清理整治。", "省发展改革委", "省财政厅、省住房城乡建设厅", "10月底前"},
		{"十", "加强法治保障", "", "", "", ""},
		{"4", "规范涉企行政执法", "推广首违不罚清单。", "省司法厅", "省直有关执法部门", "持续推进"},
	}}
	want := []string{"G 一 提升政务服务效能",
		"  T 1 深化一件事改革", "    I 新推出13个一件事集成办理事项。 | 6月底前 | 省行政审批局/lead、省市场监管局/cooperate",
		"  T 2 推行免申即享", "    I 梳理免申即享政策清单。 | 9月底前 | 省发展改革委/lead、省财政厅/cooperate",
		"G 二 优化市场准入环境",
		"  T 3 破除市场准入壁垒", "    I 开展市场准入壁垒清理整治。 | 10月底前 | 省发展改革委/lead、省财政厅/cooperate、省住房城乡建设厅/cooperate",
		"G 十 加强法治保障",
		"  T 4 规范涉企行政执法", "    I 推广首违不罚清单。 | 持续推进 | 省司法厅/lead、省直有关执法部门/cooperate"}
	t.Logf("%d renderings", requireEveryRendering(t, d, want, groupRowsLost))
}

// TestCnNumberedGroupRowsVariants: the group rows of TestCnNumberedGroupRows
// read as goals whatever their numeral (十一, 二十), whether the table
// opens with one or with a data row, with a 责任单位 column alone, a title
// as long as a requirement, or a group holding one row (a requirement
// holding an ASCII comma: CSV quotes it).
func TestCnNumberedGroupRowsVariants(t *testing.T) {
	d := tableDoc{name: "numeral group rows, variants", prefix: "某市2024年政务公开工作要点任务分解\n", heads: 1, rows: [][]string{
		{"序号", "工作任务", "具体要求", "责任单位", "完成时间"},
		{"1", "公开政府工作报告", "及时公开政府工作报告及解读材料。", "市政府办公室", "3月底前"},
		{"十一", "加强重点领域信息公开和政策解读回应", "", "", ""},
		{"2", "公开财政预决算", "按规定公开部门预算,决算。", "市财政局", "持续推进"},
		{"3", "公开重大项目进展", "公开重大建设项目批准和实施信息。", "市发展改革委、市住房城乡建设局", "12月底前"},
		{"二十", "提升平台", "", "", ""},
		{"4", "规范政府网站", "每季度抽查政府网站并公开结果。", "市政务服务数据管理局", "每季度末"},
	}}
	want := []string{"G  ",
		"  T 1 公开政府工作报告", "    I 及时公开政府工作报告及解读材料。 | 3月底前 | 市政府办公室/responsible",
		"G 十一 加强重点领域信息公开和政策解读回应",
		"  T 2 公开财政预决算", "    I 按规定公开部门预算,决算。 | 持续推进 | 市财政局/responsible",
		"  T 3 公开重大项目进展", "    I 公开重大建设项目批准和实施信息。 | 12月底前 | 市发展改革委/responsible、市住房城乡建设局/responsible",
		"G 二十 提升平台",
		"  T 4 规范政府网站", "    I 每季度抽查政府网站并公开结果。 | 每季度末 | 市政务服务数据管理局/responsible"}
	t.Logf("%d renderings", requireEveryRendering(t, d, want, nil))
}

// TestGoalRowInTaskColumn: goal rows whose 序号 cell is empty and whose
// 一、 heading stands in the task column (the rest of the row empty) are
// goals, not lines wrapped from the task row above, whose title ends
// without a full stop: in every rendering (PDF column layouts included),
// in both scripts.
func TestGoalRowInTaskColumn(t *testing.T) {
	d := tableDoc{name: "goal rows in the task column", prefix: "某县2025年农村人居环境整治提升工作方案\n", heads: 1, rows: [][]string{
		{"序号", "重点任务", "工作措施", "牵头单位", "配合单位", "完成时限"},
		{"", "一、农村厕所革命", "", "", "", ""},
		{"1", "推进户厕问题排查整改", "逐户建立问题台账，发现一户整改一户。", "县农业农村局", "县卫生健康局", "6月底前"},
		{"2", "健全厕具管护机制", "完善粪污收运体系。", "县农业农村局", "县财政局", "12月底前"},
		{"", "二、农村生活垃圾治理", "", "", "", ""},
		{"3", "提升垃圾收运能力", "新建乡镇垃圾转运站2座。", "县综合行政执法局", "县财政局", "10月底前"},
		{"", "三、农村生活污水治理", "", "", "", ""},
		{"4", "整治农村黑臭水体", "实施销号管理", "县生态环境分局", "县水利局", "12月底前"},
	}}
	want := []string{"G 一 农村厕所革命",
		"  T 1 推进户厕问题排查整改", "    I 逐户建立问题台账，发现一户整改一户。 | 6月底前 | 县农业农村局/lead、县卫生健康局/cooperate",
		"  T 2 健全厕具管护机制", "    I 完善粪污收运体系。 | 12月底前 | 县农业农村局/lead、县财政局/cooperate",
		"G 二 农村生活垃圾治理",
		"  T 3 提升垃圾收运能力", "    I 新建乡镇垃圾转运站2座。 | 10月底前 | 县综合行政执法局/lead、县财政局/cooperate",
		"G 三 农村生活污水治理",
		"  T 4 整治农村黑臭水体", "    I 实施销号管理 | 12月底前 | 县生态环境分局/lead、县水利局/cooperate"}
	t.Logf("%d renderings", requireEveryRendering(t, d, want, nil))
}

// TestNamedGroupRows: a task table whose group rows carry a name and no
// numeral in the 序号 column, the rest of the row empty (优化政策服务
// merged over the row), reads those rows as goals with no number over the
// rows numbered 1, 2 … below them, in every rendering that carries the
// empty cells, in both scripts.
func TestNamedGroupRows(t *testing.T) {
	d := tableDoc{name: "named group rows", prefix: "某市2026年政务公开重点任务清单\n", heads: 1, rows: [][]string{
		{"序号", "重点任务", "具体要求", "责任单位", "完成时限"},
		{"优化政策服务", "", "", "", ""},
		{"1", "推进政策集中发布", "集中公开现行有效的行政规范性文件。", "市司法局、市政府办公室", "6月底前"},
		{"2", "开展政策直达快享", "推动政策精准推送、免申即享。", "市发展改革委牵头，市财政局配合", "9月底前"},
		{"深化重点领域公开", "", "", "", ""},
		{"3", "公开财政资金信息", "公开惠民惠农补贴资金发放情况。", "市财政局", "12月底前"},
		{"夯实基础", "", "", "", ""},
		{"4", "规范政务新媒体", "开展政务新媒体季度抽查。", "市政府办公室", "每季度"},
	}}
	want := []string{"G  优化政策服务",
		"  T 1 推进政策集中发布", "    I 集中公开现行有效的行政规范性文件。 | 6月底前 | 市司法局/responsible、市政府办公室/responsible",
		"  T 2 开展政策直达快享", "    I 推动政策精准推送、免申即享。 | 9月底前 | 市发展改革委/lead、市财政局/cooperate",
		"G  深化重点领域公开",
		"  T 3 公开财政资金信息", "    I 公开惠民惠农补贴资金发放情况。 | 12月底前 | 市财政局/responsible",
		"G  夯实基础",
		"  T 4 规范政务新媒体", "    I 开展政务新媒体季度抽查。 | 每季度 | 市政府办公室/responsible"}
	t.Logf("%d renderings", requireEveryRendering(t, d, want, namedGroupRowsLost))
}

// namedGroupRowsLost are the renderings that drop a group row's empty
// cells, where a lone name is not told from a wrapped line; the list only
// shrinks.
var namedGroupRowsLost = map[string]string{
	"HTML rows pasted as text":                  "the group row's empty cells are gone or not read as cells: the name is taken for a task or a wrapped line",
	"bare | lines between cells":                "the group row's empty cells are gone or not read as cells: the name is taken for a task or a wrapped line",
	"cells ending in ' |', no row separator":    "the group row's empty cells are gone or not read as cells: the name is taken for a task or a wrapped line",
	"full-width ｜ between cells, no outer bars": "the group row's empty cells are gone or not read as cells: the name is taken for a task or a wrapped line",
	"one cell per line":                         "the group row's empty cells are gone or not read as cells: the name is taken for a task or a wrapped line",
	"one cell per line, blank lines":            "the group row's empty cells are gone or not read as cells: the name is taken for a task or a wrapped line",
	"one cell per line, each closed by a tab":   "the group row's empty cells are gone or not read as cells: the name is taken for a task or a wrapped line",
	"rows flattened with spaces":                "the group row's empty cells are gone or not read as cells: the name is taken for a task or a wrapped line",
	"run together on one line with pipes":       "the group row's empty cells are gone or not read as cells: the name is taken for a task or a wrapped line",
	"| between cells, no outer bars":            "the group row's empty cells are gone or not read as cells: the name is taken for a task or a wrapped line",
}
