package table

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSettleContent: of two columns their headers name the task, the later
// is the content when its cells are sentences, not when they are phrases;
// a content column the header names, or a later column typed by its cells,
// leaves both as they are.
func TestSettleContent(t *testing.T) {
	task := Column{Role: Task, By: ByHeader}
	tests := []struct {
		name string
		cols []Column
		rows [][]string
		want []Role
	}{
		{"sentences under the later", []Column{task, task}, [][]string{
			{"提高政府立法质量", "提请审议地方性法规草案8件，制定规章6件。"},
			{"加强规范性文件监督管理", "严格执行规范性文件统一登记制度。"}},
			[]Role{Task, Content}},
		{"phrases under both", []Column{task, task}, [][]string{
			{"营商环境", "压缩开办企业时间"},
			{"营商环境", "优化不动产登记"}},
			[]Role{Task, Task}},
		{"a content column named", []Column{task, task, {Role: Content, By: ByHeader}}, [][]string{
			{"提高政府立法质量", "提请审议地方性法规草案8件，制定规章6件。", "按计划推进。"}},
			[]Role{Task, Task, Content}},
		{"the later typed by its cells", []Column{task, {Role: Task, By: ByContent}}, [][]string{
			{"提高政府立法质量", "提请审议地方性法规草案8件，制定规章6件。"}},
			[]Role{Task, Task}},
		{"rows narrower than the table", []Column{task, task}, [][]string{
			{"提请审议地方性法规草案8件，制定规章6件。"}},
			[]Role{Task, Task}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var rows []Row
			for _, r := range tt.rows {
				rows = append(rows, Row{Cells: strs(r...)})
			}
			cols := append([]Column(nil), tt.cols...)
			Vocab{}.settleContent(cols, rows)
			var got []Role
			for _, c := range cols {
				got = append(got, c.Role)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
