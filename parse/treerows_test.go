package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMergedLeadCell covers a 牵头单位 cell merged over a group of rows,
// which a rendering writes on the group's first row only.
func TestMergedLeadCell(t *testing.T) {
	const head = "某县重点任务分解表\n| 序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- | --- |\n"
	tests := []struct {
		name, rows string
		want       [][]string
	}{
		{"continuation row keeps its own cooperators and gets the lead",
			"| 1 | 规范涉企检查 | 公布年度检查计划。 | 县司法局 | 县市场监管局 |\n| | | 公开检查结果和整改情况。 | | 县应急管理局 |\n",
			[][]string{{"县司法局:lead", "县市场监管局:cooperate"}, {"县司法局:lead", "县应急管理局:cooperate"}}},
		{"a continuation row with its own lead keeps it",
			"| 1 | 规范涉企检查 | 公布年度检查计划。 | 县司法局 | 县市场监管局 |\n| | | 公开检查结果和整改情况。 | 县应急管理局 | 县消防救援大队 |\n",
			[][]string{{"县司法局:lead", "县市场监管局:cooperate"}, {"县应急管理局:lead", "县消防救援大队:cooperate"}}},
		{"a numbered row with cooperators and an empty lead cell is under the merged lead",
			"| 1 | 规范涉企检查 | 公布年度检查计划。 | 县司法局 | 县市场监管局 |\n| 2 | 做好惠企政策公开 | 编制惠企政策清单。 | | 县财政局 |\n",
			[][]string{{"县司法局:lead", "县市场监管局:cooperate"}, {"县司法局:lead", "县财政局:cooperate"}}},
		{"a numbered row whose cooperator cell names its own lead keeps it",
			"| 1 | 规范涉企检查 | 公布年度检查计划。 | 县司法局 | 县市场监管局 |\n| 2 | 做好惠企政策公开 | 编制惠企政策清单。 | | 县发改局牵头，县财政局配合 |\n",
			[][]string{{"县司法局:lead", "县市场监管局:cooperate"}, {"县发改局:lead", "县财政局:cooperate"}}},
		{"a goal row ends the group",
			"| 一、规范执法 | | | | |\n| 1 | 规范涉企检查 | 公布年度检查计划。 | 县司法局 | 县市场监管局 |\n| 二、优化服务 | | | | |\n| 2 | 做好惠企政策公开 | 编制惠企政策清单。 | | 县财政局 |\n",
			[][]string{{"县司法局:lead", "县市场监管局:cooperate"}, {"县财政局:cooperate"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, rolesOf(t, head+tt.rows))
		})
	}
}

// TestLabelledUnitCellsOnePerLine: a table lost to one cell per line whose
// unit cells hold role labels (牵头：A；配合：B) and whose 备注 cells hold
// 持续推进 keeps all its rows.
func TestLabelledUnitCellsOnePerLine(t *testing.T) {
	const text = "某县重点任务清单\n\n序号\n\n重点任务\n\n责任单位\n\n备注\n\n" +
		"1\n\n推行企业开办全程网办。\n\n牵头：县市场监管局；配合：县税务局、县公安局\n\n已完成\n\n" +
		"2\n\n开展涉企收费专项清理。\n\n牵头：县财政局\n\n持续推进\n"
	assert.Equal(t, [][]string{
		{"县市场监管局:lead", "县税务局:cooperate", "县公安局:cooperate"},
		{"县财政局:lead"},
	}, rolesOf(t, text))
}

// TestSeqNo: a 序号 cell gives the bare ordinal, without the punctuation
// after it or the brackets around it.
func TestSeqNo(t *testing.T) {
	tests := []struct {
		cell, no string
		val      int
	}{
		{"3", "3", 3},
		{"3.", "3", 3},
		{"（1）", "1", 1},
		{"(12)", "12", 12},
		{"2）", "2", 2},
		{"（三）", "三", 3},
		{"1-1", "1-1", 0},
	}
	for _, tt := range tests {
		no, val := seqNo(tt.cell)
		assert.Equal(t, tt.no, no, tt.cell)
		assert.Equal(t, tt.val, val, tt.cell)
	}
}
