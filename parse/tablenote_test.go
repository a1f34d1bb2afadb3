package parse

import (
	"fmt"
	"testing"
)

// TestNoteUnderTable: a note printed under a task table (注：…, 备注：…,
// 说明：…) is the prose after it, not one more item of the last row, also
// when that row ends in a filled 备注 cell rather than its units or
// deadline — in every rendering that carries the table, in both scripts.
func TestNoteUnderTable(t *testing.T) {
	for _, note := range []string{
		"注：各牵头单位于每季度最后一个月25日前将进展情况书面报送市城管委办公室。",
		"备注：各村（社区）于每月25日前将整治进展情况报镇农办。",
		"说明:表中任务按季度调度，调度结果在全市通报。",
	} {
		d := tableDoc{name: fmt.Sprintf("note %s", note), prefix: "某市2016年城市管理工作任务分解表\n", heads: 1, rows: [][]string{
			{"序号", "工作任务", "具体内容", "牵头单位", "配合单位", "完成时间", "备注"},
			{"1", "背街小巷改造", "完成背街小巷改造60条。", "市住建委", "市城管委、市财政局", "2016年11月", "纳入年度目标考核"},
			{"2", "考核评价机制", "每月对各城区城市管理工作进行考核排名。", "市城管委", "市督查室", "2016年4月", "考核结果与奖补资金挂钩"},
		}, suffix: note + "\n抄送：市委办公室。\n"}
		want := []string{"G  ",
			"  T 1 背街小巷改造", "    I 完成背街小巷改造60条。 | 2016年11月 | 市住建委/lead、市城管委/cooperate、市财政局/cooperate",
			"  T 2 考核评价机制", "    I 每月对各城区城市管理工作进行考核排名。 | 2016年4月 | 市城管委/lead、市督查室/cooperate"}
		t.Logf("%d renderings", requireEveryRendering(t, d, want, nil))
	}
}

// TestNoteLabelledCell: a row's own 备注 cell may open with the same
// labels (注：…, 说明：…); inside the table it is a cell, the rows after
// it go on — in every rendering that carries the table, in both scripts.
func TestNoteLabelledCell(t *testing.T) {
	d := tableDoc{name: "labelled 备注 cells", prefix: "某市2016年城市管理工作任务分解表\n", heads: 1, rows: [][]string{
		{"序号", "工作任务", "具体内容", "牵头单位", "完成时间", "备注"},
		{"1", "背街小巷改造", "完成背街小巷改造60条。", "市住建委", "2016年11月", "注：含老旧小区道路"},
		{"2", "考核评价机制", "每月对各城区进行考核排名。", "市城管委", "2016年4月", "说明：结果与奖补挂钩"},
		{"3", "环卫保洁", "提高道路机扫率。", "市环卫局", "2016年12月", "纳入年度考核"},
	}}
	want := []string{"G  ",
		"  T 1 背街小巷改造", "    I 完成背街小巷改造60条。 | 2016年11月 | 市住建委/lead",
		"  T 2 考核评价机制", "    I 每月对各城区进行考核排名。 | 2016年4月 | 市城管委/lead",
		"  T 3 环卫保洁", "    I 提高道路机扫率。 | 2016年12月 | 市环卫局/lead"}
	t.Logf("%d renderings", requireEveryRendering(t, d, want, nil))
}
