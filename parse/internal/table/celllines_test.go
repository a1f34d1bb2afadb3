package table

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestClosingMarkGate: mayBeMark, the gate run on every cell, turns away
// no cell the full reading would take as a lone closing mark. Every cell
// of up to three pieces from marks, spaces of each width, closing quotes
// and brackets, text and a broken byte is tried.
func TestClosingMarkGate(t *testing.T) {
	pieces := []string{"", "。", "；", "！", "？", ".", ";", "!", "?", " ", "\u3000", "\u00a0", "\t", "\n", "”", "）", ")", "」", "文", "a", "1", "\xff"}
	taken, turned := 0, 0
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				s := a + b + c
				full := onlyClosingMark(s)
				if full {
					taken++
					require.Truef(t, mayBeMark(s), "gate turns away %q", s)
				}
				if !mayBeMark(s) {
					turned++
				}
				assert.Equalf(t, full, closingMark(s), "%q", s)
			}
		}
	}
	// The test means something only if both sides of the gate are met.
	assert.Positive(t, taken)
	assert.Positive(t, turned)
}

// TestCellLinesTaskNamedLikeColumn: a task whose name reads as a column
// name (技改投资 ends like 投资, 项目名称 like 名称, 办理时间 like 时间) stands
// right after its row's number, where no column name does: it is the
// row's task, in a table one cell per line with or without blank lines.
func TestCellLinesTaskNamedLikeColumn(t *testing.T) {
	for _, name := range []string{"技改投资", "专项资金", "重点项目名称", "压缩办理时间"} {
		for _, sep := range []string{"\n", "\n\n"} {
			cells := []string{"序号", "重点工作", "工作措施", "牵头部门", "完成时限",
				"1", "扩大有效投入", "新开工项目二十个。", "县发改局", "12月底前",
				"2", name, "全年完成目标任务。", "县财政局", "长期坚持",
				"3", "优化营商环境", "推行一窗通办。", "县政务办", "6月底前"}
			text := strings.Join(cells, sep) + "\n"
			ls := lines(text)
			g, ok := CellLines(ls, 0, len(ls), testVocab)
			require.True(t, ok, text)
			require.Len(t, g.Rows, 3, "%q", text)
			assert.Equal(t, []string{"2", name, "全年完成目标任务。", "县财政局", "长期坚持"}, texts(g.Rows[1].Cells), "%q", text)
		}
	}
}

// TestRunTogetherUnknownNames: a header run together with its rows on one
// line may hold names the list does not know between known ones
// (存在问题, 问题描述); they are the header's, wherever they stand (how
// the rows are then cut by type is TestLayoutRenderings' part). A short
// cell after the last known name (a 类别 cell opening the first row) is
// data, and so is a run of unknown cells too long for names.
func TestRunTogetherUnknownNames(t *testing.T) {
	rows := [][]string{
		{"1", "栏目长期未更新", "清查全部栏目，建立月报制度。", "县政府办", "6月底前"},
		{"2", "解读形式单一", "制作图解和视频解读。", "县司法局", "9月底前"},
	}
	for _, header := range [][]string{
		{"序号", "存在问题", "整改措施", "责任单位", "完成时限"},
		{"序号", "问题描述", "具体措施", "责任单位", "完成时限"},
		{"序号", "存在问题", "整改方向", "责任单位", "完成时限"},
	} {
		// Rows kept apart by the empty cell two rows' outer bars leave.
		cells := append([]string(nil), header...)
		for _, r := range rows {
			cells = append(append(cells, ""), r...)
		}
		t.Run(strings.Join(header, "|"), func(t *testing.T) {
			g, ok := RunTogether(strs(cells...), 0, testVocab)
			require.True(t, ok)
			assert.Equal(t, header, texts(g.Header))
			require.NotEmpty(t, g.Rows)
			assert.Equal(t, "1", g.Rows[0].Cells[0].S, "the first row opens with its number")
		})
	}
	g, ok := RunTogether(strs("类别", "序号", "工作任务", "责任单位", "完成时限", "稳增长", "1", "扩大有效投资。", "县发改局", "12月底前"), 0, testVocab)
	require.True(t, ok)
	assert.Equal(t, []string{"类别", "序号", "工作任务", "责任单位", "完成时限"}, texts(g.Header))
	g, ok = RunTogether(strs("序号", "甲事", "乙事", "丙事", "责任单位", "1", "修路。", "县交通局"), 0, testVocab)
	assert.False(t, ok && len(g.Header) == 5, "three unknown cells in a row are no names")
}
