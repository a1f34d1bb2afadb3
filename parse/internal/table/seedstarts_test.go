package table

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSeedStarts: the real pdftotext -layout (a rune a column) of an
// invented ruled table printed by LibreOffice on a landscape page, whose
// first row sets a measure cell one space from the lead cell and that one
// space from the 配合单位 one, at starts the columns' cells show only in
// rows below (设局, 民政府 wrapped under them), reads as the rows the
// table holds: the table is read again knowing where each column's cells
// start from its first line (seedStarts, cutAtStarts; cutKnown for rows
// of cell blocks, 418 in testdata/layouts).
func TestSeedStarts(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want [][]string
	}{{
		name: "no blank lines, three cells one space apart (LibreOffice, landscape)",
		text: "" +
			"序号     重点任务           工作措施        牵头单位       配合单位     完成时限\n" +
			"\n" +
			"1    健全村庄保洁队伍   按照每二百户配备一名保洁员的标 县农业农村局 各乡镇人民政府      2025 年 6 月底\n" +
			"                准充实村级保洁力量，明确保洁范                          前\n" +
			"                围和作业时间。\n" +
			"2    配齐垃圾收运设施   为行政村配置分类垃圾桶和密闭式 县住房城乡建 县财政局、各乡镇人    2025 年 9 月底\n" +
			"                收集车，更新老旧转运站三座。  设局     民政府               前\n" +
			"3    推进源头分类减量   在十个试点村推行“两次四分”分 县经济开发区 县妇联            持续推进\n" +
			"                类方法，引导农户就地处理厨余垃 管委会\n" +
			"                圾。\n" +
			"4    开展环境卫生评比   每季度组织一次村庄环境卫生评   县委农办    县融媒体中心       每季度\n" +
			"                比，评比结果在县级媒体公布。\n" +
			"5    规范收运服务外包   对第三方收运企业实行合同管理和 县城市管理局 县市场监管局、县财    2025 年底前\n" +
			"                服务质量考核，考核结果与费用拨        政局\n" +
			"                付挂钩。\n" +
			"6    落实运行经费保障   将农村垃圾治理经费列入县级财政 县财政局     县农业农村局     2026 年 3 月底\n" +
			"                预算，按人口标准拨付到乡镇。                           前\n",
		want: [][]string{
			{"1", "健全村庄保洁队伍", "按照每二百户配备一名保洁员的标准充实村级保洁力量，明确保洁范围和作业时间。", "县农业农村局", "各乡镇人民政府", "2025年6月底前"},
			{"2", "配齐垃圾收运设施", "为行政村配置分类垃圾桶和密闭式收集车，更新老旧转运站三座。", "县住房城乡建设局", "县财政局、各乡镇人民政府", "2025年9月底前"},
			{"3", "推进源头分类减量", "在十个试点村推行“两次四分”分类方法，引导农户就地处理厨余垃圾。", "县经济开发区管委会", "县妇联", "持续推进"},
			{"4", "开展环境卫生评比", "每季度组织一次村庄环境卫生评比，评比结果在县级媒体公布。", "县委农办", "县融媒体中心", "每季度"},
			{"5", "规范收运服务外包", "对第三方收运企业实行合同管理和服务质量考核，考核结果与费用拨付挂钩。", "县城市管理局", "县市场监管局、县财政局", "2025年底前"},
			{"6", "落实运行经费保障", "将农村垃圾治理经费列入县级财政预算，按人口标准拨付到乡镇。", "县财政局", "县农业农村局", "2026年3月底前"},
		},
	}} {
		t.Run(c.name, func(t *testing.T) {
			ls := lines(c.text)
			g, ok := Columns(ls, 0, len(ls))
			require.True(t, ok)
			assert.Equal(t, squeezedRows(c.want), gridRows(g, true), c.text)
		})
	}
}
