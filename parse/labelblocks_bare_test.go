package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/table"
)

// partlyLabelled renders each data row as a block of lines, the cells of
// the columns in bare printed without their name (a portal's text version
// that names some columns only), the blocks separated by sep.
func partlyLabelled(d tableDoc, bare []bool, colon, sep string) string {
	var blocks []string
	for _, r := range d.rows[1:] {
		var b strings.Builder
		for j, c := range r {
			switch {
			case c == "":
			case bare[j]:
				b.WriteString(c + "\n")
			default:
				b.WriteString(d.rows[0][j] + colon + c + "\n")
			}
		}
		blocks = append(blocks, b.String())
	}
	return strings.Join(blocks, sep)
}

// bareable returns the columns of a labelable table a text version may
// print without their name and a reader can still place: never the first
// (it opens each block), never an empty cell (a bare line that is not
// there moves the ones after it) nor one written NAME：value itself,
// content and deadline columns, and a
// 配合 units column right after the 牵头 one, whose role the lead column
// beside it tells. A content column goes bare only beside a named task
// column: a block names a text column (labelHeaderOK).
func bareable(d tableDoc) []int {
	var out []int
	head := d.rows[0]
	task := false
	for _, h := range head {
		role, _, _ := table.HeaderRole(h)
		task = task || role == table.Task
	}
	for j := 1; j < len(head); j++ {
		full := true // and no cell that reads as a field line itself (目标：…)
		for _, r := range d.rows[1:] {
			full = full && r[j] != "" && !strings.ContainsAny(r[j], ":：")
		}
		role, unit, _ := table.HeaderRole(head[j])
		_, prevUnit, _ := table.HeaderRole(head[j-1])
		ok := role == table.Content && task || role == table.Deadline ||
			role == table.Units && unit == model.RoleCooperate && prevUnit == model.RoleLead
		if full && ok {
			out = append(out, j)
		}
	}
	return out
}

// TestPartlyLabelledBlockRenderings checks that a table flattened into
// blocks of lines where only some columns keep their names (序号：1 /
// 重点任务：… / a bare requirement line / 牵头单位：… / a bare unit line /
// a bare deadline line) gives the tab rendering's tree: every labelable
// table of the rendering generator, each bare-able column alone and all
// of them at once, with either colon, blank lines or nothing between the
// blocks, through every transformation.
func TestPartlyLabelledBlockRenderings(t *testing.T) {
	docs := append(renderingDocs(t), labelBlockTable, taskCards, partnerTable)
	tried := 0
	for _, d := range docs {
		if !labelable(d) {
			continue
		}
		cols := bareable(d)
		if len(cols) == 0 {
			continue
		}
		want := treeOf(renderings[0].parse(t, d.text(renderings[0], transforms[0])))
		require.NotEmpty(t, want, d.name)
		if d.want != nil {
			require.Equal(t, d.want, want, "%s: the tab rendering's tree", d.name)
		}
		masks := [][]int{cols}
		for _, c := range cols {
			if len(cols) > 1 {
				masks = append(masks, []int{c})
			}
		}
		for _, m := range masks {
			bare := make([]bool, len(d.rows[0]))
			for _, c := range m {
				bare[c] = true
			}
			for _, colon := range []string{"：", ":"} {
				for _, sep := range []string{"\n", ""} {
					for _, tr := range transforms {
						tried++
						text := tr.apply(d.prefix + partlyLabelled(d, bare, colon, sep) + d.suffix)
						assert.Equal(t, want, treeOf(mustText(t, text)), "%s/%v/%q/%q/%s:\n%s", d.name, m, colon, sep, tr.name, text)
					}
				}
			}
		}
	}
	assert.GreaterOrEqual(t, tried, 3*2*2*len(transforms), "too few tables carry bare columns")
}

// partnerTable is a bureau's list with 牵头科室 and 配合单位 side by side
// and every cell filled: its 配合单位, 工作措施 and 完成时限 columns may
// each go bare.
var partnerTable = tableDoc{name: "lead and partner columns", prefix: "某局2025年安全生产重点工作任务清单\n", heads: 1, rows: [][]string{
	{"序号", "重点工作", "工作措施", "牵头科室", "配合单位", "完成时限"},
	{"1", "开展隐患排查", "每季度对辖区重点企业开展一次全覆盖检查。", "执法监督科", "各乡镇人民政府、县消防救援大队", "2025年12月底前"},
	{"2", "强化应急演练", "组织危化品泄漏事故应急演练不少于两次。", "应急管理科", "县生态环境局", "2025年10月底前"},
	{"3", "推进执法公示", "执法检查结果在门户网站七日内公开。", "政策法规科", "局办公室", "2025年6月底前"},
}, want: []string{
	"G  ",
	"  T 1 开展隐患排查",
	"    I 每季度对辖区重点企业开展一次全覆盖检查。 | 2025年12月底前 | 执法监督科/lead、各乡镇人民政府/cooperate、县消防救援大队/cooperate",
	"  T 2 强化应急演练",
	"    I 组织危化品泄漏事故应急演练不少于两次。 | 2025年10月底前 | 应急管理科/lead、县生态环境局/cooperate",
	"  T 3 推进执法公示",
	"    I 执法检查结果在门户网站七日内公开。 | 2025年6月底前 | 政策法规科/lead、局办公室/cooperate",
}}

// TestPartlyLabelledBlocksUnderHeadings checks such blocks grouped under
// 一、/二、 lines, the numbering running on across the groups: each group
// is read under its heading, every bare line in its column.
func TestPartlyLabelledBlocksUnderHeadings(t *testing.T) {
	const text = `某厅2025年重点任务清单

一、优化办事流程

序号：1
重点任务：压减办理材料
全面清理申报材料，能共享的一律免于提交。
牵头处室：行政审批处
信息中心、办公室
2025年6月底前

序号：2
重点任务：推行一窗受理
在政务大厅设立综合窗口，实现前台受理后台办理。
牵头处室：政务服务处
无
2025年9月底前

二、加强事中事后监管

序号：3
重点任务：推行双随机抽查
年度抽查计划于3月底前向社会公布。
牵头处室：监督检查处
政策法规处
长期坚持

序号：4
重点任务：公开抽查结果
抽查结果在20个工作日内通过门户网站公开。
牵头处室：监督检查处
办公室、信息中心
2025年12月底前
`
	want := []string{
		"G 一 优化办事流程",
		"  T 1 压减办理材料",
		"    I 全面清理申报材料，能共享的一律免于提交。 | 2025年6月底前 | 行政审批处/lead、信息中心/cooperate、办公室/cooperate",
		"  T 2 推行一窗受理",
		"    I 在政务大厅设立综合窗口，实现前台受理后台办理。 | 2025年9月底前 | 政务服务处/lead",
		"G 二 加强事中事后监管",
		"  T 3 推行双随机抽查",
		"    I 年度抽查计划于3月底前向社会公布。 | 长期坚持 | 监督检查处/lead、政策法规处/cooperate",
		"  T 4 公开抽查结果",
		"    I 抽查结果在20个工作日内通过门户网站公开。 | 2025年12月底前 | 监督检查处/lead、办公室/cooperate、信息中心/cooperate",
	}
	for _, tr := range transforms {
		assert.Equal(t, want, treeOf(mustText(t, tr.apply(text))), tr.name)
	}
}
