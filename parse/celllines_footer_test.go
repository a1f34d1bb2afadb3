package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCellLinesPageFooter: a web page's footer after a table copied one
// cell per line (its print and close widgets, its 主办/ICP备 licence line,
// its site code and public-security record) ends the table: the tree is
// the one the table gives alone, whatever the footer's wording, brackets,
// script and line ends.
func TestCellLinesPageFooter(t *testing.T) {
	cells := []string{"序号", "工作任务", "牵头单位", "配合单位",
		"1", "建设全县统一的预约挂号平台，覆盖县级医院。", "县卫健局", "县医保局",
		"2", "推行养老服务补贴网上申领，实现全程网办。", "县民政局", "县财政局"}
	footers := []string{
		"【打印此页】　【关闭窗口】\n某县人民政府办公室主办　　滇ICP备10000002号",
		"[打印本页] [关闭本页]\n主办单位：某县人民政府办公室　ICP备案号：滇ICP备10000002号",
		"【打印此頁】【關閉窗口】\n某縣人民政府辦公室主辦　滇ICP備10000002號",
		"［关闭窗口］\n网站标识码：5300000002　滇ICP备10000002号\n滇公网安备 53000002000002号",
		"【關閉本頁】\n網站標識碼：5300000002\n滇ICP備10000002號　滇公網安備 53000002000002號",
	}
	for _, sep := range []string{"\n", "\n\n"} {
		table := "某县2024年便民服务重点任务分工表\n\n" + strings.Join(cells, sep)
		want := treeOf(mustText(t, table))
		require.Len(t, want, 5, "the table alone: a goal and two tasks with their items\n%s", table)
		for _, footer := range footers {
			for _, eol := range []string{"\n", "\r\n"} {
				text := strings.ReplaceAll(table+"\n\n"+footer+"\n", "\n", eol)
				assert.Equal(t, want, treeOf(mustText(t, text)), "footer %q, separator %q, line end %q", footer, sep, eol)
			}
		}
	}
}
