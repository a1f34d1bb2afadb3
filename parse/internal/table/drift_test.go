package table

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDrifting: a table whose narrow columns drift from line to line, its
// cells parted by one space and centred in their rows, reads as its rows,
// and says its positions could not be trusted (Drifted).
func TestDrifting(t *testing.T) {
	text := "序      重点任务              牵头单位      配合单位         完成时\n" +
		"号                                                             限\n" +
		"一、提升效能\n" +
		"  推进政务服务事项网上可办，              县大数据中心、各乡镇人 2021年\n" +
		"1 压缩办理时限至三个工作日以 县行政审批局  民政府               6月底前\n" +
		"  内\n" +
		"2 深化分厅建设，新增服务事项\n" +
		"  不少于一百项                 县大数据中心   县行政审批局     长期坚\n" +
		"                                            持\n"
	g, ok := Drifting(lines(text), 0, len(lines(text)), testVocab)
	require.True(t, ok)
	assert.True(t, g.Drifted)
	assert.Equal(t, []string{"序号", "重点任务", "牵头单位", "配合单位", "完成时限"}, texts(g.Header))
	assert.Equal(t, [][]string{
		{"一、提升效能", "", "", "", ""},
		{"1", "推进政务服务事项网上可办，压缩办理时限至三个工作日以内", "县行政审批局", "县大数据中心、各乡镇人民政府", "2021年6月底前"},
		{"2", "深化分厅建设，新增服务事项不少于一百项", "县大数据中心", "县行政审批局", "长期坚持"},
	}, rowTexts(g))
}

// TestDriftingNot: prose under a line opening with 序, and tables whose
// positions can be trusted (aligned columns, rows flattened one a line),
// are not taken for a drifting table.
func TestDriftingNot(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"prose", "序言\n本方案依据有关规定制定，现印发给你们。\n1 各单位要认真落实。\n2 请于月底前报送。\n"},
		{"aligned columns", "序号  工作任务          牵头单位    完成时限\n" +
			"1     推进财政预决算    县财政局    6月底前\n" +
			"      公开\n" +
			"2     编制公开目录      县政务办    长期坚持\n"},
		{"rows one a line", "序号 工作任务 责任单位 完成时限\n1 公开规范性文件 县司法局 6月底前\n2 编制目录 县政务办 长期坚持\n"},
	} {
		ls := lines(c.text)
		g, ok := Drifting(ls, 0, len(ls), testVocab)
		assert.False(t, ok && g.Drifted, c.name)
	}
}
