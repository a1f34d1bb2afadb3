package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLineUnderTabRows: a line without tabs right under the last tab row is
// a row that kept one cell when the row above stops short of its units, and
// the prose after the table when the row above ends in its units or
// deadline, or when the line speaks of the table.
func TestLineUnderTabRows(t *testing.T) {
	const table = "某县民生实事项目表\n序号\t工作任务\t责任单位\t完成时限\n" +
		"1\t启动建设城区污水处理厂提标改造工程。\t县水务局、县住建局\t12月底前\n"
	items := func(text string) []string {
		var out []string
		for _, l := range treeOf(mustText(t, text)) {
			if strings.HasPrefix(l, "    I") {
				out = append(out, l)
			}
		}
		return out
	}
	first := "    I 启动建设城区污水处理厂提标改造工程。 | 12月底前 | 县水务局/responsible、县住建局/responsible"
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"closing paragraph under a complete row", table + "各责任单位于每季度末报送工作进展情况。\n", []string{first}},
		{"closing paragraph speaking of the table", table + "2\t新建农村公路四十公里。\n以上任务按季度报送进展。\n",
			[]string{first, "    I 新建农村公路四十公里。 |  | 县水务局/responsible、县住建局/responsible"}},
		{"a row that kept one cell under a row without units", table + "2\t新建农村公路四十公里。\n完成农村公路安防工程二十公里。\n",
			[]string{first, "    I 新建农村公路四十公里。 |  | 县水务局/responsible、县住建局/responsible",
				"    I 完成农村公路安防工程二十公里。 |  | 县水务局/responsible、县住建局/responsible"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, items(tt.text))
		})
	}
}
