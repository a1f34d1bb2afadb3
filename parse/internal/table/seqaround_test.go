package table

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSeqAroundNames: the real pdftotext -layout of an invented ruled
// table printed by LibreOffice on a portrait page, its cells centred
// vertically, whose 序号 name wrapped and was centred around the names
// line (序 above it, 号 below), reads the row numbers as the 序号 column
// (withSeqAround), not as a line of the task cell (健全村庄保 / 1 / 洁队伍).
func TestSeqAroundNames(t *testing.T) {
	text := "" +
		"序\n" +
		"     重点任务      工作措施     牵头单位   配合单位    完成时限\n" +
		"号\n" +
		"\n" +
		"            按照每二百户配备一\n" +
		"            名保洁员的标准充实\n" +
		"    健全村庄保               县农业农 各乡镇人民政   2025 年 6\n" +
		"1           村级保洁力量，明确\n" +
		"    洁队伍                 村局   府         月底前\n" +
		"            保洁范围和作业时\n" +
		"            间。\n" +
		"            为行政村配置分类垃\n" +
		"    配齐垃圾收   圾桶和密闭式收集    县住房城 县财政局、各 2025 年 9\n" +
		"2\n" +
		"    运设施     车，更新老旧转运站   乡建设局 乡镇人民政府  月底前\n" +
		"            三座。\n" +
		"            在十个试点村推行\n" +
		"                        县经济开\n" +
		"  推进源头分     “两次四分”分类方\n" +
		"3                       发区管委 县妇联      持续推进\n" +
		"  类减量       法，引导农户就地处\n" +
		"                        会\n" +
		"            理厨余垃圾。\n" +
		"            每季度组织一次村庄\n" +
		"    开展环境卫   环境卫生评比，评比\n" +
		"4                       县委农办 县融媒体中心    每季度\n" +
		"    生评比     结果在县级媒体公\n" +
		"            布。\n" +
		"            对第三方收运企业实\n" +
		"    规范收运服   行合同管理和服务质   县城市管 县市场监管     2025 年\n" +
		"5\n" +
		"    务外包     量考核，考核结果与   理局   局、县财政局     底前\n" +
		"            费用拨付挂钩。\n" +
		"            将农村垃圾治理经费\n" +
		"    落实运行经   列入县级财政预算，                 2026 年 3\n" +
		"6                       县财政局 县农业农村局\n" +
		"    费保障     按人口标准拨付到乡                  月底前\n" +
		"            镇。\n"
	ls := lines(text)
	g, ok := Columns(ls, 1, len(ls)) // the names line, 序 above it
	require.True(t, ok)
	require.NotEmpty(t, g.Header)
	assert.Equal(t, "序号", g.Header[0].S)
	var got [][2]string
	for _, r := range g.Rows {
		got = append(got, [2]string{r.Cells[0].S, r.Cells[1].S})
	}
	assert.Equal(t, [][2]string{
		{"1", "健全村庄保洁队伍"}, {"2", "配齐垃圾收运设施"}, {"3", "推进源头分类减量"},
		{"4", "开展环境卫生评比"}, {"5", "规范收运服务外包"}, {"6", "落实运行经费保障"},
	}, got)
}
