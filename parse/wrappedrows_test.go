package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wrapRow is a table row of TestWrappedRows: its number, its one-sentence
// task and its unit cell as role-labelled fields (牵头：X, 配合：Y).
type wrapRow struct {
	no, task string
	units    []string
	deadline string
}

var wrapRows = []wrapRow{
	{"1", "推进基层政务公开标准化规范化建设，动态更新公开事项目录。", []string{"牵头：县政务公开办", "配合：各乡镇人民政府"}, "2024年6月底前"},
	{"2", "县政府出台的重要政策文件同步发布解读材料，多元化解读比例不低于50%。", []string{"牵头：县政府办公室", "配合：县直各部门、各乡镇（街道）"}, "持续推进"},
	{"3", "按季度公开财政预决算执行情况和政府债务信息。", []string{"牵头：县财政局"}, "每季度"},
	{"4", "做好重大建设项目批准和实施领域信息公开，公开项目审批、招标投标和施工管理信息。", []string{"牵头单位：县发展改革局、县住建局", "配合单位：县自然资源局"}, "2024年12月底前"},
}

// renderWrapped writes the rows as table lines whose task cell wraps at
// width runes (0: no wrap) and whose labelled unit fields stand one a line
// (split) or on one line joined by ；, the continuation lines leaving the
// row number and deadline empty; cells are written by cellsLine.
func renderWrapped(rows []wrapRow, width int, split bool, cellsLine func([]string) string) string {
	var b strings.Builder
	b.WriteString(cellsLine([]string{"序号", "工作任务", "责任单位", "完成时限"}))
	for _, r := range rows {
		task := []string{r.task}
		if width > 0 {
			task = wrapCell(r.task, 2*width) // display columns: two a Han rune
		}
		units := []string{strings.Join(r.units, "；")}
		if split {
			units = r.units
		}
		for k := 0; k < max(len(task), len(units)); k++ {
			cells := []string{"", "", "", ""}
			if k == 0 {
				cells[0], cells[3] = r.no, r.deadline
			}
			if k < len(task) {
				cells[1] = task[k]
			}
			if k < len(units) {
				cells[2] = units[k]
			}
			b.WriteString(cellsLine(cells))
		}
	}
	return b.String()
}

// TestWrappedRows checks that pipe and tab rows a page wrapped onto the next
// line (the task cell going on under itself in mid-sentence, the unit
// cell's 配合 field on the line below its 牵头 field, the other cells
// empty) give the tree of the same table unwrapped: at several widths,
// with the unit fields split or not, in pipes with and without an
// alignment row and in tabs, through every transformation. A row whose
// text starts afresh under a finished sentence or that brings a bare unit
// list of its own stays a row (seed 000 and the layouts keep that).
func TestWrappedRows(t *testing.T) {
	pipes := func(c []string) string { return "| " + strings.Join(c, " | ") + " |\n" }
	tabs := func(c []string) string { return strings.Join(c, "\t") + "\n" }
	prefix := "某县2024年政务公开工作要点任务分工\n\n"
	want := treeOf(mustText(t, prefix+renderWrapped(wrapRows, 0, false, pipes)))
	require.Len(t, want, 1+2*len(wrapRows), "the unwrapped table's tree")
	require.Contains(t, want, "    I 县政府出台的重要政策文件同步发布解读材料，多元化解读比例不低于50%。 | 持续推进 | 县政府办公室/lead、县直各部门/cooperate、各乡镇(街道)/cooperate")
	for _, width := range []int{0, 12, 16, 23} {
		for _, split := range []bool{true, false} {
			for name, cells := range map[string]func([]string) string{"pipes": pipes, "tabs": tabs} {
				table := renderWrapped(wrapRows, width, split, cells)
				if name == "pipes" && width == 16 {
					table = strings.Replace(table, "\n", "\n| --- | --- | --- | --- |\n", 1)
				}
				for _, tr := range transforms {
					text := tr.apply(prefix + table)
					assert.Equal(t, want, treeOf(mustText(t, text)), fmt.Sprintf("%s/width %d/split %v/%s:\n%s", name, width, split, tr.name, text))
				}
			}
		}
	}
}
