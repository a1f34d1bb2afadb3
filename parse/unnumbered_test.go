package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// unnumberedRows is a table whose 序号 cells a Word conversion left empty
// (its automatic numbering lost), with goal rows typed by hand.
var unnumberedRows = [][]string{
	{"一、深化政务公开"},
	{"", "更新公开事项目录", "对照标准指引更新基层政务公开事项目录。", "县政务公开办、各乡镇人民政府", "2024年6月底前"},
	{"", "规范政策文件发布", "规范性文件印发后五个工作日内公开。", "县司法局", "持续推进"},
	{"二、加强政策解读", "", "", "", ""},
	{"", "丰富解读形式", "运用图表图解等形式解读重要政策。", "县政府办公室", "2024年12月底前"},
	{"", "做好舆情回应", "对重要舆情在24小时内作出回应。", "县委网信办、县直各部门", "持续推进"},
}

// TestUnnumberedSpacedRows checks that a table typed with runs of spaces
// between its cells, whose 序号 cells are empty so every row opens with
// the gap, gives the tree of the same table as tab rows: gaps of two to
// four spaces (varying from row to row, so the columns do not align),
// through every transformation. Each row is a task without a number.
func TestUnnumberedSpacedRows(t *testing.T) {
	header := []string{"序号", "重点工作", "工作措施", "责任单位", "完成时限"}
	prefix := "某县2024年政务公开工作要点责任分解\n\n"
	var tab strings.Builder
	tab.WriteString(strings.Join(header, "\t") + "\n")
	for _, r := range unnumberedRows {
		tab.WriteString(strings.Join(r, "\t") + "\n")
	}
	want := treeOf(mustText(t, prefix+tab.String()))
	require.Contains(t, want, "  T  更新公开事项目录", "the tab rows' tree")
	require.Contains(t, want, "  T  做好舆情回应", "the tab rows' tree")
	require.Contains(t, want, "    I 对照标准指引更新基层政务公开事项目录。 | 2024年6月底前 | 县政务公开办/responsible、各乡镇人民政府/responsible")
	for _, gaps := range [][]string{{"  "}, {"  ", "   ", "    "}, {"    ", "  "}} {
		var b strings.Builder
		b.WriteString(strings.Join(header, gaps[0]) + "\n")
		for k, r := range unnumberedRows {
			if r[0] != "" {
				b.WriteString(r[0] + "\n")
				continue
			}
			g := gaps[k%len(gaps)]
			b.WriteString(g + strings.Join(r[1:], g) + "\n")
		}
		for _, tr := range transforms {
			text := tr.apply(prefix + b.String())
			got := treeOf(mustText(t, text))
			assert.Equal(t, want, got, fmt.Sprintf("gaps %q/%s:\n%s", gaps, tr.name, text))
		}
	}
}
