package table

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// traditional writes the cells of TestColumnsCellBlocks in traditional
// script.
var traditional = strings.NewReplacer("进", "進", "旧", "舊", "区", "區", "设", "設", "个", "個", "装", "裝", "电", "電", "养", "養",
	"县", "縣", "乡", "鄉", "间", "間", "时", "時", "长", "長", "馆", "館", "级", "級", "务", "務", "综", "綜", "游", "遊",
	"头", "頭", "镇", "鎮", "实", "實", "条", "條", "应", "應", "发", "發", "业", "業", "训", "訓", "贷", "貸", "担", "擔",
	"资", "資", "会", "會", "营", "營", "环", "環", "压", "壓", "缩", "縮", "办", "辦", "内", "內", "证", "證", "审", "審",
	"场", "場", "监", "監", "责", "責", "负", "負", "坚", "堅", "牵", "牽", "号", "號", "协", "協", "范", "範", "单", "單", "开", "開")

// layBlocks lays a ruled table out as pdftotext -layout does with a PDF
// whose cells are centred vertically and of uneven heights: every glyph
// one character cell, each cell wrapped at its column's width and set as
// one block, all its lines at one start column; that column worked out
// row by row from the cell left of it — its widest line's end plus one
// and a few columns more (jitter, row by row), so that a column's cells
// start at other columns from row to row and off the names — and where
// a line of the cell left of it reaches there, one space after it (the
// two cells parted by a single space); a cell of k lines in a row of h
// set on half-line positions around the row's middle, each position a
// line of its own; a blank line between two rows (their rule). The names
// stand at the columns' nominal starts.
func layBlocks(header []string, rows [][]string, widths []int, jitter func(row, col int) int) string {
	var b strings.Builder
	nominal := 0
	var names []rune
	for j, h := range header {
		for len(names) < nominal {
			names = append(names, ' ')
		}
		names = append(names, []rune(h)...)
		nominal += widths[j] + 2
	}
	b.WriteString(string(names) + "\n\n")
	for x, r := range rows {
		cells := make([][]string, len(r))
		h := 0
		for j, c := range r {
			cells[j] = wrapCell(c, widths[j])
			h = max(h, len(cells[j]))
		}
		starts := make([]int, len(r))
		for j := 1; j < len(r); j++ {
			widest := 0
			for _, s := range cells[j-1] {
				widest = max(widest, len([]rune(s)))
			}
			starts[j] = starts[j-1] + widest + 1 + jitter(x, j)
			if j == 1 {
				starts[j] += 2 // the number centred in its cell
			}
		}
		at := map[int][][2]int{} // half-line position → (column, line of the cell)
		for j, c := range cells {
			for i := range c {
				p := 2*i + h - len(c)
				at[p] = append(at[p], [2]int{j, i})
			}
		}
		var pos []int
		for p := range at {
			pos = append(pos, p)
		}
		slices.Sort(pos)
		for _, p := range pos {
			var out []rune
			for _, ci := range at[p] {
				s := start(starts[ci[0]], len(out))
				for len(out) < s {
					out = append(out, ' ')
				}
				out = append(out, []rune(cells[ci[0]][ci[1]])...)
			}
			b.WriteString(string(out) + "\n")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// wrapCell wraps c at width characters as a word processor does: never
// inside a run of digits, never before a closing mark (，。、；), which
// stays on the line it closes; each line without the spaces at its ends.
func wrapCell(c string, width int) []string {
	rs := []rune(c)
	var out []string
	for len(rs) > width {
		cut := width
		for cut > 1 && isDigitRune(rs[cut-1]) && isDigitRune(rs[cut]) {
			cut--
		}
		if strings.ContainsRune("，。、；", rs[cut]) {
			cut++
		}
		out = append(out, strings.TrimSpace(string(rs[:cut])))
		rs = rs[cut:]
	}
	return append(out, strings.TrimSpace(string(rs)))
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

// start is where a cell's line starts on a line already holding end
// columns: at its block's start, or one space after the text left of it.
func start(block, end int) int {
	if end >= block {
		return end + 1
	}
	return block
}

// TestColumnsCellBlocks: a task table as pdftotext -layout writes a ruled
// table whose cells are centred vertically and wrap to different heights
// (layBlocks: each cell one block of lines at one start column, that
// column moving from row to row and off the names, cells parted by a
// single space where a line reaches the next cell's block, a blank line
// between rows) reads as its rows: each cell whole, a deadline glued to a
// unit cell's lines (县住房城乡建 2021 年 10) parted from it, digits
// kept with the words around them (完成 12 条). Generated for several
// column widths, jitters, scripts and heights.
func TestColumnsCellBlocks(t *testing.T) {
	header := []string{"序号", "工作任务", "主要内容", "责任单位", "完成时间"}
	rows := [][]string{
		{"1", "推进老旧小区改造", "完成老旧小区改造 35 个，同步加装电梯 60 部，完善社区养老托育设施。", "县住房城乡建设局", "2021 年 6 月底前"},
		{"2", "加快文化设施建设", "建成县图书馆新馆和 10 个村级综合文化服务中心。", "县文化旅游局牵头，各乡镇人民政府配合", "长期坚持"},
		{"3", "推进河湖长制落实", "落实县乡村三级河长巡河制度，完成 12 条河道清淤疏浚。", "县水利局牵头，县应急管理局、县发展改革局配合", "2021 年 10 月"},
		{"4", "强化就业服务", "新增城镇就业 2000 人，开展职业技能培训 3000 人次，发放创业担保贷款。", "县人力资源社会保障局", "全年"},
		{"5", "优化营商环境", "压缩企业开办时间至 2 个工作日以内，全面推行涉企证照电子化。", "县行政审批局、县市场监管局负责", "2021 年 9 月底前"},
	}
	for _, w := range [][]int{{3, 4, 14, 6, 6}, {3, 5, 16, 7, 7}, {3, 4, 12, 8, 5}, {3, 6, 18, 6, 6}} {
		for seed := range uint64(4) {
			for _, trad := range []bool{false, true} {
				rs, names := rows, header
				if trad {
					rs, names = nil, nil
					for _, r := range rows {
						c := slices.Clone(r)
						for j := range c {
							c[j] = traditional.Replace(c[j])
						}
						rs = append(rs, c)
					}
					for _, h := range header {
						names = append(names, traditional.Replace(h))
					}
				}
				rnd := rand.New(rand.NewPCG(seed, 7))
				jit := map[[2]int]int{}
				jitter := func(row, col int) int {
					k := [2]int{row, col}
					if _, ok := jit[k]; !ok {
						jit[k] = rnd.IntN(4)
					}
					return jit[k]
				}
				text := layBlocks(names, rs, w, jitter)
				t.Run(fmt.Sprintf("widths %v seed %d traditional %v", w, seed, trad), func(t *testing.T) {
					ls := lines(text)
					g, ok := Columns(ls, 0, len(ls))
					require.True(t, ok, text)
					assert.Equal(t, squeezedRows(rs), gridRows(g, true), text)
				})
			}
		}
	}
}
