package parse

import (
	"slices"

	"github.com/zwgk/gongwen/parse/internal/table"
)

// entryRow tells whether a table row is an entry of a plan with one
// heading level although nothing numbers it: a table with neither a 序号
// nor a task column (工作内容 | 牵头单位 | 配合单位 | 完成时间), whose rows
// stand under a goal or no heading at all, lists its tasks one per row, as
// a 序号 column would number them. Under a task heading (（一）… then a
// table of its measures) the rows stay that task's items, and the first
// row after a repeated header with no unit of its own still continues the
// cell a page break split.
func (b *treeBuilder) entryRow(r row) bool {
	if r.content.Len() == 0 || r.task.Len() > 0 || r.seq.Len() > 0 || b.lay == nil {
		return false
	}
	if r.afterBreak && len(r.units) == 0 {
		return false
	}
	if slices.Contains(b.lay.roles, table.Seq) || slices.Contains(b.lay.roles, table.Task) {
		return false
	}
	t := b.curTask()
	return t == nil || t == b.entryTask
}
