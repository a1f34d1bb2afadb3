package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPipeCellsExportEmptyColumns: a table rendered one cell per line,
// each cell ending in " |" and rows parted by "||", whose rows keep an
// export's empty columns (first, last, between the names) gives the tree
// of its tab rendering without them, in both scripts.
func TestPipeCellsExportEmptyColumns(t *testing.T) {
	header := []string{"序号", "工作任务", "具体措施", "牵头单位", "配合单位", "完成时限"}
	body := [][]string{
		{"1", "改造城区供水管网", "更新老旧管网十二公里。", "县水务局", "县住建局、县财政局", "2025年6月底前"},
		{"2", "建设社区养老中心", "新建养老服务中心两处。", "县民政局", "各街道办事处", "2025年10月底前"},
		{"3", "整治农村人居环境", "完成五十个村庄环境整治。", "县农业农村局", "各乡镇人民政府", "2025年12月底前"},
	}
	tree := []string{"G  ",
		"  T 1 改造城区供水管网", "    I 更新老旧管网十二公里。 | 2025年6月底前 | 县水务局/lead、县住建局/cooperate、县财政局/cooperate",
		"  T 2 建设社区养老中心", "    I 新建养老服务中心两处。 | 2025年10月底前 | 县民政局/lead、各街道办事处/cooperate",
		"  T 3 整治农村人居环境", "    I 完成五十个村庄环境整治。 | 2025年12月底前 | 县农业农村局/lead、各乡镇人民政府/cooperate"}
	gaps := []struct {
		name             string
		first, mid, last bool
	}{
		{"empty first", true, false, false},
		{"empty last", false, false, true},
		{"empty first and last", true, false, true},
		{"empty first, middle and last", true, true, true},
		{"empty middle and last", false, true, true},
	}
	for _, conv := range []struct {
		name string
		f    func(string) string
	}{{"simplified", func(s string) string { return s }}, {"traditional", toTraditional}} {
		for _, g := range gaps {
			t.Run(fmt.Sprintf("%s/%s", conv.name, g.name), func(t *testing.T) {
				withGap := func(r []string) []string {
					var out []string
					if g.first {
						out = append(out, "")
					}
					out = append(out, r[:3]...)
					if g.mid {
						out = append(out, "")
					}
					out = append(out, r[3:]...)
					if g.last {
						out = append(out, "")
					}
					return out
				}
				var tab, piped strings.Builder
				for _, r := range append([][]string{header}, body...) {
					tab.WriteString(strings.Join(r, "\t") + "\n")
					piped.WriteString(strings.Join(withGap(r), " |\n") + " |\n||\n")
				}
				prefix := renderingNotice + "某县2025年民生实事项目责任分解表\n"
				require.Equal(t, tree, treeOf(mustText(t, conv.f(prefix+tab.String()))), "the tab rendering")
				assert.Equal(t, tree, treeOf(mustText(t, conv.f(prefix+piped.String()))))
			})
		}
	}
}
