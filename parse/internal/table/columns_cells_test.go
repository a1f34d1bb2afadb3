package table

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// layCharCells lays a table out as pdftotext -layout does with a PDF whose
// cells are centred vertically: every glyph in one character cell (a Han
// character one column, like a digit), each cell wrapped at its column's
// width, a cell of k lines in a row of h set k-1 half lines around the
// row's middle (a two-line cell beside one-line ones goes above and
// below the line holding those), each half-line position a line of its
// own; a cell starts at its column's start unless the text left of it on
// its line reaches there, then one space after it (cells that filled
// their columns parted by a single space). The names are centred over
// their columns and wrapped as the cells are. Top-aligned (centred false),
// each cell starts on the row's first line.
func layCharCells(header []string, rows [][]string, widths []int, gap int, centred bool) string {
	return layCharCellsPacked(header, rows, widths, gap, centred, 0, 0)
}

// layCharCellsPacked is layCharCells with the columns after the first
// moved pack columns left from row from on (pdftotext packs a page's
// columns tighter from some line on).
func layCharCellsPacked(header []string, rows [][]string, widths []int, gap int, centred bool, from, pack int) string {
	wide := make([]int, len(widths))
	for j := 1; j < len(widths); j++ {
		wide[j] = wide[j-1] + widths[j-1] + gap
	}
	starts := wide
	type cellLine struct {
		col int
		s   string
	}
	var b strings.Builder
	emit := func(ls []cellLine) {
		var out []rune
		for _, c := range ls {
			at := starts[c.col]
			if len(out) >= at {
				at = len(out) + 1
			}
			for len(out) < at {
				out = append(out, ' ')
			}
			out = append(out, []rune(c.s)...)
		}
		b.WriteString(string(out) + "\n")
	}
	for x, r := range append([][]string{header}, rows...) {
		if x == from+1 && pack > 0 {
			starts = slices.Clone(wide)
			for j := 1; j < len(starts); j++ {
				starts[j] -= pack
			}
		}
		cells := make([][]string, len(r))
		h := 0
		for j, c := range r {
			cells[j] = wrapChars(c, widths[j])
			h = max(h, len(cells[j]))
			if x == 0 { // a name, centred over its column
				for i, s := range cells[j] {
					cells[j][i] = strings.Repeat(" ", (widths[j]-len([]rune(s)))/2) + s
				}
			}
		}
		at := map[int][]cellLine{} // half-line position → the cells' lines there
		for j, c := range cells {
			for i, s := range c {
				pos := 2 * i
				if centred {
					pos += h - len(c)
				}
				if s != "" {
					at[pos] = append(at[pos], cellLine{j, s})
				}
			}
		}
		var pos []int
		for p := range at {
			pos = append(pos, p)
		}
		slices.Sort(pos)
		for _, p := range pos {
			emit(at[p])
		}
	}
	return b.String()
}

// wrapChars wraps c at width characters.
func wrapChars(c string, width int) []string {
	rs := []rune(c)
	var out []string
	for len(rs) > width {
		out = append(out, string(rs[:width]))
		rs = rs[width:]
	}
	return append(out, string(rs))
}

// TestColumnsCharCells: a task table as pdftotext -layout writes it from a
// PDF (each glyph one character cell, rows centred vertically, cells that
// filled their columns parted by a single space, the names centred over
// their columns, wrapped as the cells are) reads as its rows — the phase
// cells whole, the units joined across their wraps — for several column
// widths, gaps of one to three spaces (two at least where the wrapped
// names would touch), half- and full-width digits (pdftotext sets a space
// between Han and half-width digits), centred or top-aligned.
func TestColumnsCharCells(t *testing.T) {
	header := []string{"序号", "重点任务", "第一阶段（2015年）", "第二阶段（2016年）", "第三阶段（2017年）", "责任单位"}
	rows := [][]string{
		{"1", "农村道路硬化", "完成通村道路硬化 200 公里", "完成通组道路硬化 300 公里", "实现村村通硬化路", "县交通运输局、各乡镇人民政府"},
		{"2", "饮水安全巩固提升", "解决 1 万人饮水不安全问题", "解决 2 万人饮水不安全问题", "农村集中供水率达到 90%", "县水务局牵头，县卫生健康局配合"},
		{"3", "学校标准化建设", "改造薄弱学校 10 所", "改造薄弱学校 15 所", "全面达到办学标准", "县教育局"},
		{"4", "集镇环境整治", "完成 30 个集镇环境整治", "完成 40 个集镇环境整治", "全面完成集镇环境整治", "各乡镇人民政府"},
		{"5", "城乡环境卫生长效管理", "制定城乡环境卫生管理办法", "建立城乡环境卫生考核评比制度", "形成城乡环境卫生长效管理机制", "县城市管理局"},
	}
	fullWidth := strings.NewReplacer(" 200 ", "２００", " 300 ", "３００", " 1 ", "１", " 2 ", "２", " 10 ", "１０", " 15 ", "１５", " 90%", "９０％", " 30 ", "３０", " 40 ", "４０")
	for _, w := range []struct{ task, phase, unit int }{{8, 10, 12}, {10, 12, 15}, {11, 14, 15}} {
		for _, gap := range []int{1, 2, 3} {
			if gap == 1 && w.phase < 11 {
				// The names wrapped at the column's width touch the next
				// ones (第一阶段（2015年 第二阶段（2016年): a header parted by
				// single spaces is Drifting's, not Columns'.
				continue
			}
			for _, full := range []bool{false, true} {
				for _, centred := range []bool{true, false} {
					rs := rows
					if full {
						rs = nil
						for _, r := range rows {
							c := slices.Clone(r)
							for j := range c {
								c[j] = fullWidth.Replace(c[j])
							}
							rs = append(rs, c)
						}
					}
					widths := []int{3, w.task, w.phase, w.phase, w.phase, w.unit}
					text := layCharCells(header, rs, widths, gap, centred)
					t.Run(fmt.Sprintf("widths %v gap %d full-width %v centred %v", widths, gap, full, centred), func(t *testing.T) {
						ls := lines(text)
						g, ok := Columns(ls, 0, len(ls))
						require.True(t, ok, text)
						assert.Equal(t, squeezedRows(rs), gridRows(g, false), text)
					})
				}
			}
		}
	}
}

// TestColumnsCharCellsPacked: a responsibility list as pdftotext -layout
// writes it, its content cells wrapped over three to five lines and
// centred (two lines above the number line), its task cells wrapped in a
// narrow column above and below the number line, its columns packed
// tighter from the third row on by two or three columns (half the
// narrowest column's pitch at most: further, a wrapped task line stands
// as near the column before), reads as its rows, for two content widths
// and gaps of two or three spaces.
func TestColumnsCharCellsPacked(t *testing.T) {
	header := []string{"序号", "工作任务", "工作内容及标准", "责任领导", "责任单位", "完成时限"}
	rows := [][]string{
		{"1", "道路硬化提质", "完成通村道路硬化 200 公里，整村推进示范村 3 个，建立道路养护长效机制。", "张明", "县交通运输局、各乡镇人民政府", "2021 年 10 月底"},
		{"2", "饮水安全巩固", "解决 1 万人饮水不安全问题，每村配备管水员不少于 2 名。", "李华", "县水务局", "全年"},
		{"3", "学校标准化建设", "改造薄弱学校 10 所，完成城区学校扩容，新增学位 3000 个。", "王强", "县教育局、县财政局", "2021 年 9 月底"},
		{"4", "集镇环境整治", "开展集镇环境专项整治，拆除危旧杂房，清理房前屋后乱堆乱放。", "赵敏", "各乡镇人民政府", "2021 年 12 月底"},
		{"5", "督查考评", "每月开展一次督查评比，结果全县通报并与年度考核挂钩。", "孙伟", "县委督查室、县政府办公室", "每月"},
	}
	for _, content := range []int{12, 14} {
		for _, gap := range []int{2, 3} {
			for _, pack := range []int{0, 2, 3} {
				widths := []int{8, 4, content, 5, 8, 9}
				text := layCharCellsPacked(header, rows, widths, gap, true, 2, pack)
				t.Run(fmt.Sprintf("content %d gap %d packed by %d", content, gap, pack), func(t *testing.T) {
					ls := lines(text)
					g, ok := Columns(ls, 0, len(ls))
					require.True(t, ok, text)
					assert.Equal(t, squeezedRows(rows), gridRows(g, false), text)
				})
			}
		}
	}
}

// gridRows returns the cells of g's rows as text, each squeezed
// (source.Squeeze), its line breaks dropped first when unbreak is set: a
// grid read, to compare with squeezedRows of the rows laid out.
func gridRows(g Grid, unbreak bool) [][]string {
	var out [][]string
	for _, r := range g.Rows {
		c := make([]string, len(r.Cells))
		for j, s := range r.Cells {
			if unbreak {
				s.S = strings.ReplaceAll(s.S, "\n", "")
			}
			c[j] = source.Squeeze(s.S)
		}
		out = append(out, c)
	}
	return out
}

// squeezedRows returns rows with each cell squeezed (source.Squeeze).
func squeezedRows(rows [][]string) [][]string {
	var out [][]string
	for _, r := range rows {
		c := make([]string, len(r))
		for j, s := range r {
			c[j] = source.Squeeze(s)
		}
		out = append(out, c)
	}
	return out
}
