package table

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestUnitParagraphsCharCount: the real pdftotext -layout (a rune a
// column) of an invented ruled table printed by LibreOffice, each unit a
// paragraph of its cell (县市场监管局 over 县财政局, one rune short of the
// column's widest line 各乡镇人民政府), reads the two names as two: a line
// counted by character that stops a rune short did not fill its column
// (fillsBy), while a name wrapped at the column's width (县住房城乡建设 /
// 局, 县经济开发区管 / 委会) is joined.
func TestUnitParagraphsCharCount(t *testing.T) {
	text := "" +
		"序号     重点任务          工作措施           牵头单位      配合单位      完成时限\n" +
		"\n" +
		"1    健全村庄保洁   按照每二百户配备一名保洁员的标准充实 县农业农村局     各乡镇人民政府   2025 年 6 月\n" +
		"     队伍       村级保洁力量，明确保洁范围和作业时                          底前\n" +
		"              间。\n" +
		"2    配齐垃圾收运   为行政村配置分类垃圾桶和密闭式收集   县住房城乡建设   县财政局      2025 年 9 月\n" +
		"     设施       车，更新老旧转运站三座。        局         各乡镇人民政府      底前\n" +
		"3    推进源头分类   在十个试点村推行“两次四分”分类方   县经济开发区管   县妇联        持续推进\n" +
		"     减量       法，引导农户就地处理厨余垃圾。     委会\n" +
		"4    开展环境卫生   每季度组织一次村庄环境卫生评比，评比 县委农办       县融媒体中心      每季度\n" +
		"     评比       结果在县级媒体公布。\n" +
		"5    规范收运服务   对第三方收运企业实行合同管理和服务质 县城市管理局     县市场监管局    2025 年底前\n" +
		"     外包       量考核，考核结果与费用拨付挂钩。              县财政局\n" +
		"6    落实运行经费   将农村垃圾治理经费列入县级财政预算， 县财政局       县农业农村局    2026 年 3 月\n" +
		"     保障       按人口标准拨付到乡镇。                                底前\n"
	ls := lines(text)
	g, ok := Columns(ls, 0, len(ls))
	require.True(t, ok)
	require.Len(t, g.Rows, 6)
	for _, c := range []struct {
		row, col int
		want     string
	}{
		{1, 3, "县住房城乡建设局"},
		{1, 4, "县财政局\n各乡镇人民政府"},
		{2, 3, "县经济开发区管委会"},
		{4, 4, "县市场监管局\n县财政局"},
		{5, 3, "县财政局"},
	} {
		assert.Equal(t, c.want, g.Rows[c.row].Cells[c.col].S, "row %d column %d", c.row+1, c.col)
	}
}
