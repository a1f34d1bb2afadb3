package pdftext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTaskCardAcrossPages: a task card (a key/value table: a field name in
// the left cell, its value in the right) cut by a page break between two
// of its rows keeps every row apart — the field name atop the new page
// opens its own row, whatever the field names, wherever the cut, whether
// the value above ended its sentence or not — while a row the break cut
// inside its value (the name cell empty on the new page) is joined back.
func TestTaskCardAcrossPages(t *testing.T) {
	box := rect{0, 0, 595, 842}
	mkTable := func(top float64, rows [][]string) table {
		inh := make([][]bool, len(rows))
		for i := range inh {
			inh[i] = make([]bool, 2)
		}
		return table{top: top, bottom: top - 200, bounds: []float64{50, 180, 550}, rows: rows, inherit: inh, spanning: make([]bool, 2), openTop: make([]bool, 2), openBottom: make([]bool, 2)}
	}
	for _, names := range [][]string{
		{"工作内容", "牵头科室", "配合科室（单位）", "完成时限"},
		{"主要任务", "责任单位", "配合单位", "时间节点"},
		{"具体措施", "牵头部门", "协办部门", "完成时间"},
	} {
		for _, ended := range []bool{true, false} {
			content := "落实课后服务质量评估，覆盖率保持全年稳定"
			if ended {
				content += "。"
			}
			values := []string{content, "区教育局", "区财政局、各街道办事处", "2025年12月底前"}
			for cut := 1; cut < len(names); cut++ {
				name := fmt.Sprintf("%s ended %v cut after %d", names[0], ended, cut)
				rows := [][]string{{"（三）推进课后服务提质", ""}}
				for i := range names {
					rows = append(rows, []string{names[i], values[i]})
				}
				p1 := pageResult{num: 1, box: box, tables: []table{mkTable(300, rows[:1+cut])}}
				p2 := pageResult{num: 2, box: box, tables: []table{mkTable(760, rows[1+cut:])}}
				var want []string
				for _, r := range rows {
					want = append(want, strings.Join(r, "\t"))
				}
				assert.Equal(t, strings.Join(want, "\n"), assemble([]pageResult{p1, p2}, false), name)
			}
		}
		// A value cut by the break goes on atop the next page under an
		// empty name cell: one row.
		rows := [][]string{{"（一）深化集团化办学", ""}, {names[0], "新组建教育集团三个，推动集团内课程"}, {names[1], "区教育局"}}
		p1 := pageResult{num: 1, box: box, tables: []table{mkTable(300, rows[:2])}}
		p2 := pageResult{num: 2, box: box, tables: []table{mkTable(760, [][]string{{"", "共建、师资共享。"}, rows[2]})}}
		want := "（一）深化集团化办学\t\n" + names[0] + "\t新组建教育集团三个，推动集团内课程共建、师资共享。\n" + names[1] + "\t区教育局"
		assert.Equal(t, want, assemble([]pageResult{p1, p2}, false), names[0]+" cut in its value")
	}
}

// TestRightSetLineEndsParagraph: a line set against the right margin (a
// signature's date), however short, ends its paragraph: the line at the
// left margin under it (（此件主动公开）, 附件) opens its own, for several
// date lengths and font sizes; a paragraph's first line indented two
// characters that runs to the margin still goes on.
func TestRightSetLineEndsParagraph(t *testing.T) {
	for _, size := range []float64{14, 16} {
		const margin, perLine = 80.0, 28
		right := margin + perLine*size
		box := rect{0, 0, right + margin, 842}
		mk := func(y float64, text string, indent float64) line {
			return line{x0: margin + indent*size, x1: margin + (indent+float64(len([]rune(text))))*size, y: y, size: size, text: text}
		}
		full := strings.Repeat("全", perLine)
		for _, date := range []string{"2025年2月18日", "二〇二五年二月十八日", "2025年12月8日"} {
			for _, next := range []string{"（此件主动公开）", "附件", "此页无正文"} {
				n := float64(len([]rune(date)))
				ls := []line{mk(700, full, 0), mk(680, "某某区教育局", perLine-6), mk(660, date, perLine-n), mk(640, next, 0)}
				name := fmt.Sprintf("size %v %s / %s", size, date, next)
				assert.Equal(t, []string{full, "某某区教育局", date, next}, paraTexts(ls, box), name)
			}
		}
		first := strings.Repeat("首", perLine-2)
		ls := []line{mk(700, first, 2), mk(680, "续行完。", 0)}
		assert.Equal(t, []string{first + "续行完。"}, paraTexts(ls, box), "indented first line")
	}
}
