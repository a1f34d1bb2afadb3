package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/internal/table"
)

// frequencyDeadlineTables end in a row whose 完成时限 says how often the
// work recurs (每年, 每季度 …), then the plan's closing paragraph: the row
// ends there, and the paragraph is the prose after the table, no item of
// the last task carrying its units (layout 409 read as its PDF).
func frequencyDeadlineTables() []tableDoc {
	var docs []tableDoc
	for _, every := range []string{"每年", "每季度", "每半年", "每月"} {
		docs = append(docs, tableDoc{
			name:   every,
			prefix: "某省农村寄递物流体系建设实施方案\n重点任务及分工如下：\n",
			heads:  1,
			rows: [][]string{
				{"序号", "重点任务", "具体措施", "责任单位", "完成时限"},
				{"1", "推广客运班线代运邮件", "支持农村客运车辆代运邮件快件，完善交接规范。", "省交通运输厅牵头，省邮政管理局配合", "2024年底前"},
				{"2", "开展试点示范", "认定一批客货邮融合发展样板县，总结推广经验做法。", "省交通运输厅牵头，省农业农村厅配合", every},
			},
			suffix: "各地、各有关部门要加强组织领导，细化工作措施，确保各项任务落到实处。\n",
			want: []string{"G  ",
				"  T 1 推广客运班线代运邮件", "    I 支持农村客运车辆代运邮件快件，完善交接规范。 | 2024年底前 | 省交通运输厅/lead、省邮政管理局/cooperate",
				"  T 2 开展试点示范", "    I 认定一批客货邮融合发展样板县，总结推广经验做法。 | " + every + " | 省交通运输厅/lead、省农业农村厅/cooperate"},
		})
	}
	return docs
}

// TestFrequencyDeadlineEndsRow: a 时限 cell holding only a frequency is a
// deadline cell, so the paragraph under the last row is no part of it.
func TestFrequencyDeadlineEndsRow(t *testing.T) {
	requireTreesInRowRenderings(t, frequencyDeadlineTables())
	for _, tt := range []struct {
		cell string
		want bool
	}{
		{"每年", true}, {"每季度", true}, {"每半年", true}, {" 每月 ", true}, {"2024年底前", true}, {"长期坚持", true},
		{"每年认定一批样板县", false}, {"年度考核", false}, {"省交通运输厅", false},
	} {
		assert.Equal(t, tt.want, tableVocab.Classify(tt.cell) == table.DeadlineCell, tt.cell)
	}
}
