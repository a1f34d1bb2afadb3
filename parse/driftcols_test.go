package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/table"
	"github.com/zwgk/gongwen/segment"
)

// driftLayout is how a PDF-to-text tool lays out a table of narrow
// columns it could not keep apart: each cell wrapped at its column's
// width, a full line followed by as little as one space (single) before
// the next column's cell, each cell's line straying from its column by up
// to jitter display columns from line to line, a cell left alone on its
// line set one column to the left (the tool packs a sparse line), cells
// centred vertically in their rows or at their top, the header's names
// wrapped at the narrow columns (序 / 号) or on one line.
type driftLayout struct {
	widths     []int
	single     bool
	jitter     int
	centred    bool
	wrapHeader bool
}

// render lays d out: its first row the header, a row whose first cell is
// a heading (一、…) and the rest empty a group row written across the
// table.
func (l driftLayout) render(d tableDoc) string {
	gap := columnGap
	if l.single {
		gap = 1
	}
	starts := make([]int, len(l.widths))
	for j := 1; j < len(starts); j++ {
		starts[j] = starts[j-1] + l.widths[j-1] + gap
	}
	var b strings.Builder
	line := 0
	write := func(cells [][]string, centred bool) {
		n := 0
		for _, c := range cells {
			n = max(n, len(c))
		}
		for k := range n {
			var ps []int // the columns with a piece on this line
			texts := map[int]string{}
			for j, c := range cells {
				top := 0
				if centred {
					top = (n - len(c)) / 2
				}
				if k >= top && k-top < len(c) {
					ps = append(ps, j)
					texts[j] = c[k-top]
				}
			}
			var out strings.Builder
			at := 0
			for _, j := range ps {
				start := starts[j]
				switch {
				case len(ps) == 1 && j >= 2:
					start = starts[j-1] // a sparse line packed to the left
				case j >= 2:
					start += (line*7+j*5)%(2*l.jitter+1) - l.jitter
				}
				if at > 0 {
					start = max(start, at+gap)
				}
				out.WriteString(strings.Repeat(" ", max(start-at, 0)))
				out.WriteString(texts[j])
				at = max(start, at) + table.Width(texts[j])
			}
			b.WriteString(out.String() + "\n")
			line++
		}
	}
	header := make([][]string, len(d.rows[0]))
	for j, name := range d.rows[0] {
		header[j] = []string{name}
		if l.wrapHeader {
			header[j] = wrapCell(name, l.widths[j])
		}
	}
	write(header, false)
	for _, r := range d.rows[1:] {
		if r[1] == "" {
			b.WriteString(r[0] + "\n") // a group row
			line++
			continue
		}
		cells := make([][]string, len(r))
		for j, c := range r {
			cells[j] = wrapCell(c, l.widths[j])
		}
		write(cells, l.centred)
	}
	return b.String()
}

// driftTables are tables of narrow columns, invented: five columns (a
// lead and a partner column) and four (one unit column).
var driftTables = []tableDoc{
	{name: "five columns", prefix: renderingNotice + "附件\n某区2024年政务公开工作任务分工\n", heads: 1, rows: [][]string{
		{"序号", "主要任务", "牵头单位", "配合单位", "完成时限"},
		{"一、规范公开目录", "", "", "", ""},
		{"1", "梳理本部门主动公开事项，编制标准目录并在门户网站集中发布", "区政务服务中心", "区司法局、区档案馆、各街道办事处", "2024年5月底前"},
		{"2", "完善依申请公开受理登记和答复审核制度", "区司法局", "区政务服务中心", "2024年7月底前"},
		{"二、强化解读回应", "", "", "", ""},
		{"3", "重要政策出台时同步发布图文解读，回应社会关切", "区委宣传部", "区融媒体中心、区直有关单位", "长期坚持"},
		{"4", "每季度梳理网民留言办理情况并公开通报", "区融媒体中心", "各街道办事处、区信访局", "2024年12月底前"},
		{"5", "建立舆情监测与快速响应工作机制", "区委网信办", "区公安分局", "2024年9月底前"},
	}},
	{name: "four columns", prefix: renderingNotice + "附件\n某县2024年营商环境提升任务清单\n", heads: 1, rows: [][]string{
		{"序号", "工作任务", "责任单位", "完成时间"},
		{"一、提升办事效率", "", "", ""},
		{"1", "推行企业开办全程网上办理，压缩办理时限至一个工作日以内", "县市场监管局", "2024年6月底前"},
		{"2", "开展工程建设项目审批流程再造，减少审批环节", "县住房城乡建设局、县自然资源局", "2024年8月底前"},
		{"二、优化法治环境", "", "", ""},
		{"3", "清理涉企收费项目并向社会公开清单", "县发展改革局", "2024年10月底前"},
		{"4", "落实包容审慎监管，推行轻微违法行为免罚", "县司法局、县直各执法部门", "长期坚持"},
	}},
}

// driftLayouts are the layouts each table is drawn in: wrap widths,
// cells parted by one space or by two, lines straying or not, centred or
// top-aligned cells, the header wrapped or not.
func driftLayouts(n int) []driftLayout {
	var out []driftLayout
	for _, w := range []struct{ task, lead, coop, date int }{{26, 12, 16, 8}, {30, 14, 20, 10}, {22, 12, 14, 8}} {
		widths := []int{2, w.task, w.lead, w.coop, w.date}
		if n == 4 {
			widths = []int{2, w.task, w.coop, w.date}
		}
		for _, single := range []bool{true, false} {
			for _, centred := range []bool{true, false} {
				for _, jitter := range []int{0, 3} {
					out = append(out, driftLayout{widths: widths, single: single, jitter: jitter, centred: centred, wrapHeader: true})
				}
			}
		}
		out = append(out, driftLayout{widths: widths, single: true, jitter: 3, centred: true})
	}
	return out
}

// TestDriftingColumns: a table whose narrow columns a PDF-to-text tool
// laid out drifting from line to line, cells parted by one space where a
// line fills its column, reads as the same tree as the table written with
// tabs, in every layout (wrap widths, one space or two between cells,
// lines straying or not, cells centred vertically or at their top, the
// header's names wrapped or not), as is and in traditional script.
func TestDriftingColumns(t *testing.T) {
	wants := map[string][]string{
		"five columns": {"G 一 规范公开目录",
			"  T 1 梳理本部门主动公开事项，编制标准目录并在门户网站集中发布", "    I 梳理本部门主动公开事项，编制标准目录并在门户网站集中发布 | 2024年5月底前 | 区政务服务中心/lead、区司法局/cooperate、区档案馆/cooperate、各街道办事处/cooperate",
			"  T 2 完善依申请公开受理登记和答复审核制度", "    I 完善依申请公开受理登记和答复审核制度 | 2024年7月底前 | 区司法局/lead、区政务服务中心/cooperate",
			"G 二 强化解读回应",
			"  T 3 重要政策出台时同步发布图文解读，回应社会关切", "    I 重要政策出台时同步发布图文解读，回应社会关切 | 长期坚持 | 区委宣传部/lead、区融媒体中心/cooperate、区直有关单位/cooperate",
			"  T 4 每季度梳理网民留言办理情况并公开通报", "    I 每季度梳理网民留言办理情况并公开通报 | 2024年12月底前 | 区融媒体中心/lead、各街道办事处/cooperate、区信访局/cooperate",
			"  T 5 建立舆情监测与快速响应工作机制", "    I 建立舆情监测与快速响应工作机制 | 2024年9月底前 | 区委网信办/lead、区公安分局/cooperate"},
		"four columns": {"G 一 提升办事效率",
			"  T 1 推行企业开办全程网上办理，压缩办理时限至一个工作日以内", "    I 推行企业开办全程网上办理，压缩办理时限至一个工作日以内 | 2024年6月底前 | 县市场监管局/responsible",
			"  T 2 开展工程建设项目审批流程再造，减少审批环节", "    I 开展工程建设项目审批流程再造，减少审批环节 | 2024年8月底前 | 县住房城乡建设局/responsible、县自然资源局/responsible",
			"G 二 优化法治环境",
			"  T 3 清理涉企收费项目并向社会公开清单", "    I 清理涉企收费项目并向社会公开清单 | 2024年10月底前 | 县发展改革局/responsible",
			"  T 4 落实包容审慎监管，推行轻微违法行为免罚", "    I 落实包容审慎监管，推行轻微违法行为免罚 | 长期坚持 | 县司法局/responsible、县直各执法部门/responsible"},
	}
	tabs := renderings[0]
	for _, d := range driftTables {
		require.Equal(t, wants[d.name], treeOf(tabs.parse(t, d.text(tabs, transforms[0]))), "%s written with tabs", d.name)
		for _, l := range driftLayouts(len(d.rows[0])) {
			r := rendering{name: fmt.Sprintf("drifting %+v", l), whole: true, render: l.render}
			for _, tr := range transforms[:2] {
				got := treeOf(r.parse(t, d.text(r, tr)))
				for i := range got {
					got[i] = segment.ToSimplified(got[i])
				}
				require.Equal(t, wants[d.name], got, "%s, %s, %s:\n%s", d.name, r.name, tr.name, d.text(r, tr))
			}
		}
	}
}
