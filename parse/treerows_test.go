package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// unitsOf lists each item's units as name:role, items separated by |.
func unitsOf(doc *model.Document) string {
	var items []string
	for _, g := range doc.Plan.Goals {
		for _, t := range g.Tasks {
			for _, it := range t.Items {
				var us []string
				for _, u := range it.Units {
					us = append(us, u.Name+":"+string(u.Role))
				}
				items = append(items, strings.Join(us, ","))
			}
		}
	}
	return strings.Join(items, "|")
}

// TestMergedLeadCell covers a 牵头单位 cell merged over a group of rows,
// which a rendering writes on the group's first row only.
func TestMergedLeadCell(t *testing.T) {
	const head = "某县重点任务分解表\n| 序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- | --- |\n"
	tests := []struct {
		name, rows, want string
	}{
		{"continuation row keeps its own cooperators and gets the lead",
			"| 1 | 规范涉企检查 | 公布年度检查计划。 | 县司法局 | 县市场监管局 |\n| | | 公开检查结果和整改情况。 | | 县应急管理局 |\n",
			"县司法局:lead,县市场监管局:cooperate|县司法局:lead,县应急管理局:cooperate"},
		{"a continuation row with its own lead keeps it",
			"| 1 | 规范涉企检查 | 公布年度检查计划。 | 县司法局 | 县市场监管局 |\n| | | 公开检查结果和整改情况。 | 县应急管理局 | 县消防救援大队 |\n",
			"县司法局:lead,县市场监管局:cooperate|县应急管理局:lead,县消防救援大队:cooperate"},
		{"a numbered row with an empty lead cell starts a new group",
			"| 1 | 规范涉企检查 | 公布年度检查计划。 | 县司法局 | 县市场监管局 |\n| 2 | 做好惠企政策公开 | 编制惠企政策清单。 | | 县财政局 |\n",
			"县司法局:lead,县市场监管局:cooperate|县财政局:cooperate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Text(head + tt.rows)
			require.NoError(t, err)
			require.NotNil(t, doc.Plan)
			assert.Equal(t, tt.want, unitsOf(doc))
		})
	}
}
