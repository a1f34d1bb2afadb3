package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// TestTaskKindColumnName: a task column named for the kind of task its rows
// are (攻坚任务, 改革任务, 年度重点任务) is read as the task column, as 重点任务
// is, in every rendering and script: the rows give the same tree and the
// columns are typed by the header, not guessed from their content.
func TestTaskKindColumnName(t *testing.T) {
	table := func(name string) tableDoc {
		return tableDoc{name: name, prefix: "某开发区2025年安全生产治本攻坚任务清单\n", heads: 1, rows: [][]string{
			{"序号", name, "具体内容", "责任领导", "责任部门", "完成时间"},
			{"1", "压实企业主体责任", "组织规模以上企业主要负责人开展安全培训。", "张建华", "安全生产监督管理局", "6月底前"},
			{"2", "开展危化品专项整治", "对涉及危险化学品的企业开展全覆盖检查。", "李明", "安全生产监督管理局、消防救援站", "8月底前"},
			{"3", "提升应急救援能力", "修订园区综合应急预案并组织演练。", "王志强", "应急管理办公室", "11月底前"},
		}}
	}
	control := table("重点任务")
	want := []string{"G  ",
		"  T 1 压实企业主体责任", "    I 组织规模以上企业主要负责人开展安全培训。 | 6月底前 | 安全生产监督管理局/responsible",
		"  T 2 开展危化品专项整治", "    I 对涉及危险化学品的企业开展全覆盖检查。 | 8月底前 | 安全生产监督管理局/responsible、消防救援站/responsible",
		"  T 3 提升应急救援能力", "    I 修订园区综合应急预案并组织演练。 | 11月底前 | 应急管理办公室/responsible"}
	tabs := renderings[0]
	require.Equal(t, want, treeOf(tabs.parse(t, control.text(tabs, transforms[0]))), "the control table")
	n := 0
	for _, name := range []string{"攻坚任务", "改革任务", "年度重点任务", "整治任务"} {
		d := table(name)
		for _, r := range renderings {
			if !r.ok(d) {
				continue
			}
			for _, tr := range transforms[:2] {
				ctl := r.parse(t, control.text(r, tr))
				doc := r.parse(t, d.text(r, tr))
				assert.Equal(t, treeOf(ctl), treeOf(doc), "%s, %s, %s", name, r.name, tr.name)
				if !strings.Contains(reasonCodes(ctl), model.ReasonGuessedColumns) {
					assert.NotContains(t, reasonCodes(doc), model.ReasonGuessedColumns, "%s, %s, %s", name, r.name, tr.name)
				}
				n++
			}
		}
		doc := tabs.parse(t, d.text(tabs, transforms[0]))
		assert.Equal(t, want, treeOf(doc), name)
	}
	require.Positive(t, n, "no rendering was checked")
}
