package parse

import "testing"

// mergedResponsibleRows is a task table whose 责任单位 cell is merged over
// each group of rows (written on the group's first row only) while every
// row fills its own 配合单位 cell; unit is the responsible column's name.
func mergedResponsibleRows(unit string) [][]string {
	return [][]string{
		{"序号", "重点任务", unit, "配合单位", "完成时限"},
		{"1", "编制年度预算公开目录。", "区财政局", "区审计局", "2025年3月底前"},
		{"2", "公开政府采购意向。", "", "区公共资源交易中心", "2025年6月底前"},
		{"3", "推进义务教育招生信息公开。", "区教育局", "各街道办事处", "2025年5月底前"},
		{"4", "公开校外培训机构白名单。", "", "区市场监管局、区文化旅游体育局", "2025年8月底前"},
		{"5", "公开学校收费项目和标准。", "", "区发展改革局", "长期坚持"},
		{"6", "公开养老服务补贴发放情况。", "区民政局", "区财政局", "每季度末"},
		{"7", "公开养老机构等级评定结果。", "", "区卫生健康局", "2025年12月底前"},
	}
}

// mergedResponsibleWant is the tree of mergedResponsibleRows: each row
// keeps its group's responsible units ahead of its own cooperating ones.
var mergedResponsibleWant = []string{"G  ",
	"  T 1 编制年度预算公开目录", "    I 编制年度预算公开目录。 | 2025年3月底前 | 区财政局/responsible、区审计局/cooperate",
	"  T 2 公开政府采购意向", "    I 公开政府采购意向。 | 2025年6月底前 | 区财政局/responsible、区公共资源交易中心/cooperate",
	"  T 3 推进义务教育招生信息公开", "    I 推进义务教育招生信息公开。 | 2025年5月底前 | 区教育局/responsible、各街道办事处/cooperate",
	"  T 4 公开校外培训机构白名单", "    I 公开校外培训机构白名单。 | 2025年8月底前 | 区教育局/responsible、区市场监管局/cooperate、区文化旅游体育局/cooperate",
	"  T 5 公开学校收费项目和标准", "    I 公开学校收费项目和标准。 | 长期坚持 | 区教育局/responsible、区发展改革局/cooperate",
	"  T 6 公开养老服务补贴发放情况", "    I 公开养老服务补贴发放情况。 | 每季度末 | 区民政局/responsible、区财政局/cooperate",
	"  T 7 公开养老机构等级评定结果", "    I 公开养老机构等级评定结果。 | 2025年12月底前 | 区民政局/responsible、区卫生健康局/cooperate",
}

// TestMergedResponsibleCell: a 责任单位 (责任部门, 落实单位) cell merged over
// a group of rows whose 配合单位 cells are filled is carried down to the
// group's later rows with its own role, as a merged 牵头单位 cell is:
// cooperating needs someone to cooperate with. Every rendering, in both
// scripts, reads it so (requireEveryRendering).
func TestMergedResponsibleCell(t *testing.T) {
	for _, unit := range []string{"责任单位", "责任部门", "落实单位"} {
		t.Run(unit, func(t *testing.T) {
			d := tableDoc{name: "merged " + unit, prefix: "某区2025年政务公开重点任务分解表\n", heads: 1, rows: mergedResponsibleRows(unit)}
			t.Logf("%d renderings", requireEveryRendering(t, d, mergedResponsibleWant, nil))
		})
	}
}

// TestOwnResponsibleCells: a table whose every row fills its own 责任单位
// cell is untouched by the carrying down: each row keeps its own
// responsible units, none from the row above.
func TestOwnResponsibleCells(t *testing.T) {
	rows := mergedResponsibleRows("责任单位")
	own := []string{"", "", "区政务服务中心", "", "区人力资源社会保障局", "区教育局", "", "区医疗保障局"}
	for i := range rows {
		if rows[i][2] == "" {
			rows[i][2] = own[i]
		}
	}
	d := tableDoc{name: "own 责任单位 cells", prefix: "某区2025年政务公开重点任务分解表\n", heads: 1, rows: rows}
	want := []string{"G  ",
		"  T 1 编制年度预算公开目录", "    I 编制年度预算公开目录。 | 2025年3月底前 | 区财政局/responsible、区审计局/cooperate",
		"  T 2 公开政府采购意向", "    I 公开政府采购意向。 | 2025年6月底前 | 区政务服务中心/responsible、区公共资源交易中心/cooperate",
		"  T 3 推进义务教育招生信息公开", "    I 推进义务教育招生信息公开。 | 2025年5月底前 | 区教育局/responsible、各街道办事处/cooperate",
		"  T 4 公开校外培训机构白名单", "    I 公开校外培训机构白名单。 | 2025年8月底前 | 区人力资源社会保障局/responsible、区市场监管局/cooperate、区文化旅游体育局/cooperate",
		"  T 5 公开学校收费项目和标准", "    I 公开学校收费项目和标准。 | 长期坚持 | 区教育局/responsible、区发展改革局/cooperate",
		"  T 6 公开养老服务补贴发放情况", "    I 公开养老服务补贴发放情况。 | 每季度末 | 区民政局/responsible、区财政局/cooperate",
		"  T 7 公开养老机构等级评定结果", "    I 公开养老机构等级评定结果。 | 2025年12月底前 | 区医疗保障局/responsible、区卫生健康局/cooperate",
	}
	t.Logf("%d renderings", requireEveryRendering(t, d, want, nil))
}
