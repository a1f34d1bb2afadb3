package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFramedRowsNotJoined: the lines of a grid are one row only where
// frame lines part every row; a grid framed under its header and at its
// end, or whose runs hold rows of their own (each with its number), keeps
// a row a line, as its tab rendering does.
func TestFramedRowsNotJoined(t *testing.T) {
	rows := [][]string{
		{"序号", "工作任务", "责任单位"},
		{"1", "修缮村部活动室", "镇建设办"},
		{"2", "硬化通组道路", "镇交通办"},
		{"3", "新建公厕两座", "镇环卫所"},
		{"4", "疏浚沟渠", "镇水利站"},
	}
	var tabs strings.Builder
	for _, r := range rows {
		tabs.WriteString(strings.Join(r, "\t") + "\n")
	}
	want := treeOf(mustText(t, renderingNotice+"某镇2023年为民办实事项目\n"+tabs.String()))
	for _, f := range []boxFrame{boxDrawing, asciiGrid} {
		row := func(r []string) string { return f.bar + strings.Join(r, f.bar) + f.bar + "\n" }
		rule := func(p [4]string) string {
			return p[0] + strings.Repeat(p[1], 6) + p[2] + strings.Repeat(p[1], 8) + p[2] + strings.Repeat(p[1], 6) + p[3] + "\n"
		}
		for _, tc := range []struct {
			name string
			grid string
		}{
			{"framed under the header and at the end", rule(f.top) + row(rows[0]) + rule(f.mid) + row(rows[1]) + row(rows[2]) + row(rows[3]) + row(rows[4]) + rule(f.bottom)},
			{"two numbered rows in each run", rule(f.top) + row(rows[0]) + rule(f.mid) + row(rows[1]) + row(rows[2]) + rule(f.mid) + row(rows[3]) + row(rows[4]) + rule(f.bottom)},
		} {
			t.Run(f.name+", "+tc.name, func(t *testing.T) {
				text := renderingNotice + "某镇2023年为民办实事项目\n" + tc.grid
				assert.Equal(t, want, treeOf(mustText(t, text)), text)
			})
		}
	}
}
