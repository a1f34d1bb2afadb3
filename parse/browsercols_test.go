package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/table"
)

// browserTable is a task table with prose unit cells, invented: its
// header, its rows (一、 group rows alone in the second cell).
var browserTable = [][]string{
	{"序号", "重点任务", "责任单位", "完成时限"},
	{"", "一、优化政务服务", "", ""},
	{"1", "推行政务服务事项“一网通办”，网上可办率达到95%以上。", "县行政审批局牵头，县数据资源局、县直有关部门配合", "2023年6月底前"},
	{"2", "规范设置综合受理窗口，推行“前台综合受理、后台分类审批”。", "县行政审批局", "2023年9月底前"},
	{"3", "开展“好差评”工作，差评整改率达到100%。", "县政务服务中心负责", "持续推进"},
	{"", "二、加强信息公开", "", ""},
	{"4", "建成县政府信息公开专栏，公开法定主动公开内容。", "县政府办公室牵头，各乡镇人民政府落实", "2023年10月底前"},
	{"5", "公开重大建设项目批准服务、招标投标、征收土地、重大设计变更、施工管理和竣工验收信息。", "县发展改革局、县住房城乡建设局", "长期坚持"},
}

// browserLayout is how a text browser dumps a table whose frame a style
// sheet drew (w3m -dump ignores the CSS, so no frame): each cell wrapped
// at its column's width, the columns ONE space apart, the header's names
// centred over their columns (wrapped too: 序 / 号), a group row on a line
// of its own, and each row's shorter cells centred vertically in it
// (valign middle: a one-line 序号 stands on the middle line of a three-line
// row) or at its top.
type browserLayout struct {
	widths  []int // display columns of each column
	centred bool
}

func (l browserLayout) render(rows [][]string) string {
	var b strings.Builder
	for i, r := range rows {
		if r[0] == "" && r[2] == "" && r[3] == "" {
			b.WriteString("\n" + r[1] + "\n\n")
			continue
		}
		cells := make([][]string, len(r))
		h := 0
		for j, c := range r {
			cells[j] = wrapCell(c, l.widths[j])
			if i == 0 { // names centred
				for k, s := range cells[j] {
					pad := (l.widths[j] - table.Width(s)) / 2
					cells[j][k] = strings.Repeat(" ", pad) + s
				}
			}
			h = max(h, len(cells[j]))
		}
		for k := 0; k < h; k++ {
			var line []string
			for j := range r {
				off := 0
				if l.centred {
					off = (h - len(cells[j])) / 2
				}
				s := ""
				if k-off >= 0 && k-off < len(cells[j]) {
					s = cells[j][k-off]
				}
				line = append(line, s+strings.Repeat(" ", l.widths[j]-table.Width(s)))
			}
			b.WriteString(strings.TrimRight(strings.Join(line, " "), " ") + "\n")
		}
		if i == 0 {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// TestTextBrowserColumns: a table dumped by a text browser — cells wrapped
// in columns one space apart where a cell fills its column, the names
// centred and wrapped, cells centred vertically in their rows or at their
// top — reads as the tree of the same table written with tabs, at several
// column widths, through the script and line-end transforms.
func TestTextBrowserColumns(t *testing.T) {
	prefix := "某县2023年优化营商环境重点任务分工\n\n"
	var tabs strings.Builder
	for _, r := range browserTable {
		tabs.WriteString(strings.Join(r, "\t") + "\n")
	}
	for _, tr := range scriptsAndBreaks {
		want := treeOf(mustText(t, tr.apply(prefix+tabs.String())))
		require.Len(t, want, 2+5*2, "the tab table's tree")
		if tr.name == scriptsAndBreaks[0].name { // the tab reading itself, pinned by hand
			assert.Equal(t, "G 一 优化政务服务", want[0])
			assert.Contains(t, want[2], "| 2023年6月底前 | 县行政审批局/lead、县数据资源局/cooperate、县直有关部门/cooperate")
		}
		for _, widths := range [][]int{{2, 36, 32, 7}, {2, 34, 30, 8}, {4, 40, 26, 14}} {
			for _, centred := range []bool{true, false} {
				text := tr.apply(prefix + browserLayout{widths, centred}.render(browserTable))
				assert.Equal(t, want, treeOf(mustText(t, text)), fmt.Sprintf("%s/widths %v/centred %v:\n%s", tr.name, widths, centred, text))
			}
		}
	}
}
