package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/table"
)

// labelable reports a table whose rows can be flattened into blocks of
// field lines (序号：1 / 工作任务：… / 责任单位：…): one header row of names
// the word list knows, opening with the row number or the task and naming
// a unit and a task or content column; every data row opening with its
// first cell, none a heading row alone, no cell broken over lines.
func labelable(d tableDoc) bool {
	if d.heads != 1 || len(d.rows) < 3 {
		return false
	}
	units, text := false, false
	for j, name := range d.rows[0] {
		role, _, ok := table.HeaderRole(name)
		if !ok || role == table.Unknown {
			return false
		}
		if j == 0 && role != table.Seq && role != table.Task {
			return false
		}
		units = units || role == table.Units
		text = text || role == table.Task || role == table.Content
	}
	if !units || !text {
		return false
	}
	for i, r := range d.rows {
		if i == 0 {
			continue
		}
		if d.header(i) || len(r) != len(d.rows[0]) || r[0] == "" || len(nonEmptyCells(r)) < 3 {
			return false
		}
		for _, c := range r {
			if strings.Contains(c, "\n") {
				return false
			}
		}
	}
	return true
}

// labelBlocks renders each data row as a block of field lines NAME<colon>
// value (empty cells left out), the blocks separated by sep.
func labelBlocks(d tableDoc, colon, sep string) string {
	var blocks []string
	for _, r := range d.rows[1:] {
		var b strings.Builder
		for j, c := range r {
			if c != "" {
				b.WriteString(d.rows[0][j] + colon + c + "\n")
			}
		}
		blocks = append(blocks, b.String())
	}
	return strings.Join(blocks, sep)
}

// TestLabelBlockRenderings checks that a table whose rows were flattened
// into blocks of field lines, one field per line, gives the tab
// rendering's tree: every table the rendering generator knows that such a
// rendering can carry, with full- or half-width colons, blank lines, rule
// lines (task cards) or nothing between the blocks, through every
// transformation.
func TestLabelBlockRenderings(t *testing.T) {
	docs := append(renderingDocs(t), labelBlockTable, taskCards)
	tried := 0
	for _, d := range docs {
		if !labelable(d) {
			continue
		}
		want := treeOf(renderings[0].parse(t, d.text(renderings[0], transforms[0])))
		require.NotEmpty(t, want, d.name)
		if d.want != nil {
			require.Equal(t, d.want, want, "%s: the tab rendering's tree", d.name)
		}
		for _, colon := range []string{"：", ":"} {
			for _, sep := range []string{"\n", "", "━━━━━━━━━━━━━━━━\n", "————————————\n"} {
				for _, tr := range transforms {
					tried++
					text := tr.apply(d.prefix + labelBlocks(d, colon, sep) + d.suffix)
					assert.Equal(t, want, treeOf(mustText(t, text)), "%s/%q/%q/%s:\n%s", d.name, colon, sep, tr.name, text)
				}
			}
		}
	}
	assert.GreaterOrEqual(t, tried, 4*len(transforms)*4, "too few tables carry field blocks")
}

// labelBlockTable is a department's task list whose rows lost their table
// to field lines (layout 186's shape, in other words).
var labelBlockTable = tableDoc{name: "field blocks", prefix: "某局2022年政务公开工作任务清单\n", heads: 1, rows: [][]string{
	{"序号", "工作任务", "具体措施", "责任单位", "完成时限"},
	{"1", "推进规划信息公开", "及时公开规划编制进展和批准后的规划成果。", "规划科", "2022年12月底前"},
	{"2", "做好审批信息公开", "按月公开用地批准文件，方便群众查询。", "用途管制科、耕地保护科", "每月"},
	{"3", "加强政策解读", "出台政策文件时同步发布解读材料。", "局办公室牵头，各科室配合", ""},
}, want: []string{
	"G  ",
	"  T 1 推进规划信息公开",
	"    I 及时公开规划编制进展和批准后的规划成果。 | 2022年12月底前 | 规划科/responsible",
	"  T 2 做好审批信息公开",
	"    I 按月公开用地批准文件，方便群众查询。 | 每月 | 用途管制科/responsible、耕地保护科/responsible",
	"  T 3 加强政策解读",
	"    I 出台政策文件时同步发布解读材料。 |  | 局办公室/lead、各科室/cooperate",
}}

// taskCards is a task list written as cards without a row number (layout
// 244's shape): most name 牵头单位 and 配合单位, one only 责任单位, a name
// the first card does not use; its units are its own, not the card's
// above.
var taskCards = tableDoc{name: "task cards", prefix: "某市2024年优化营商环境重点任务清单\n", heads: 1, rows: [][]string{
	{"重点任务", "具体措施", "牵头单位", "配合单位", "责任单位", "完成时限"},
	{"压缩开办时间", "推行企业开办一网通办，一个工作日内办结。", "市市场监管局", "市税务局、市公安局", "", "2024年6月底前"},
	{"兑现惠企政策", "梳理惠企政策清单，推行免申即享。", "", "", "市财政局、市工信局", "持续推进"},
	{"优化审批服务", "推行告知承诺制，压减审批材料三成。", "市行政审批局", "市司法局", "", "2024年9月底前"},
}, want: []string{
	"G  ",
	"  T  压缩开办时间",
	"    I 推行企业开办一网通办，一个工作日内办结。 | 2024年6月底前 | 市市场监管局/lead、市税务局/cooperate、市公安局/cooperate",
	"  T  兑现惠企政策",
	"    I 梳理惠企政策清单，推行免申即享。 | 持续推进 | 市财政局/responsible、市工信局/responsible",
	"  T  优化审批服务",
	"    I 推行告知承诺制，压减审批材料三成。 | 2024年9月底前 | 市行政审批局/lead、市司法局/cooperate",
}}
