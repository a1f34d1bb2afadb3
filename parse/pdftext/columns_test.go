package pdftext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// twoColumnText is an invented bulletin article: a title, a number, and
// paragraphs that the columns wrap (the third runs from the foot of the
// left column to the head of the right one).
var twoColumnText = []string{
	"（一）做好经济运行信息公开。每月发布主要经济指标数据，及时解读经济形势。（市统计局牵头，市发展改革委配合）",
	"（二）推进减税降费政策公开。全面公开减税降费政策措施和办理指南，编制涉企收费目录清单并集中公开。（牵头单位：市财政局；配合单位：市税务局）",
	"（三）加强政务服务信息公开。在政务服务网集中公开办事指南，实现要素统一、内容准确、便于查阅，方便企业和群众办事。（责任单位：市行政审批局、市大数据中心）",
	"（四）推进生态环境信息公开。按月公开环境空气质量和水环境质量状况，及时公开环境违法案件查处情况。（责任单位：市生态环境局）",
	"（五）做好教育信息公开。公开义务教育学校划片范围、招生计划和入学办法。（责任单位：市教育局）",
}

// columnPage sets paragraphs in two justified columns of perLine
// characters of the given size, the right column's baselines offset by
// shift, a gap of gap characters between them, a title across both
// columns when title is set, a running header split over the two columns
// and a page number centred under the gutter.
func columnPage(paras []string, size float64, perLine int, gap, shift float64, title string) ([]glyph, rect) {
	var gs []glyph
	put := func(x, y float64, s string) {
		for _, r := range s {
			gs = append(gs, glyph{x: x, y: y, w: size, size: size, s: string(r)})
			x += size
		}
	}
	left := 60.0
	colW := float64(perLine) * size
	right := left + colW + gap*size
	pitch := 1.6 * size
	top := 760.0
	put(left, top+3*size, "某市人民政府公报")
	put(right+colW-8*size, top+3*size, "2019年第6期")
	if title != "" {
		put(left+colW+gap*size/2-float64(len([]rune(title)))*size/2, top, title)
		top -= 2 * pitch
	}
	var lines []string
	for _, p := range paras {
		rs := []rune(p)
		for len(rs) > perLine {
			lines = append(lines, string(rs[:perLine]))
			rs = rs[perLine:]
		}
		lines = append(lines, string(rs))
	}
	half := (len(lines) + 1) / 2
	for i, l := range lines {
		if i < half {
			put(left, top-float64(i)*pitch, l)
		} else {
			put(right, top-float64(i-half)*pitch-shift*size, l)
		}
	}
	put(left+colW+gap*size/2-1.5*size, 60, "· 7 ·")
	return gs, rect{0, 0, right + colW + left, 842}
}

// assembleOne reads the page gs, with a second page of the same layout
// holding other text (so that the running header repeats), and returns
// the first page's text and columns.
func assembleOne(gs []glyph, box rect, second []glyph) (string, []rect) {
	var cs columnState
	pages := []pageResult{{num: 1, box: box}, {num: 2, box: box}}
	pages[0].lines, pages[0].cols = columnLines(gs, box, &cs)
	pages[1].lines, pages[1].cols = columnLines(second, box, &cs)
	markFurniture(pages)
	return assemble(pages[:1], false), pages[0].cols
}

// TestTwoColumnPage: a page set in two columns reads the left column down,
// then the right one, each wrapped paragraph joined (also the one the
// columns break), for several sizes, column widths, gutters and baseline
// offsets, with and without a title across the columns; the running
// header and the page number stay furniture.
func TestTwoColumnPage(t *testing.T) {
	for _, size := range []float64{9, 10.5, 12} {
		for _, perLine := range []int{12, 15, 18} {
			for _, gap := range []float64{1.5, 2.5} {
				for _, shift := range []float64{0, 0.3} {
					for _, title := range []string{"", "某市人民政府办公厅关于印发工作要点的通知"} {
						name := fmt.Sprintf("size %v, %d a line, gap %v, shift %v, title %q", size, perLine, gap, shift, title)
						if float64(2*perLine)*size+gap*size > 480 {
							continue
						}
						gs, box := columnPage(twoColumnText, size, perLine, gap, shift, title)
						other, _ := columnPage([]string{"本期另一篇文章的正文，与上一页的版式相同。"}, size, perLine, gap, shift, "")
						got, cols := assembleOne(gs, box, other)
						want := twoColumnText
						if title != "" {
							want = append([]string{title}, want...)
						}
						assert.Len(t, cols, 2, name)
						assert.Equal(t, strings.Join(want, "\n"), got, name)
					}
				}
			}
		}
	}
}

// TestNotColumns: a page in one column, and a table without rules whose
// narrow right column holds short unit names, are not read as columns.
func TestNotColumns(t *testing.T) {
	size := 10.5
	var one []glyph
	y := 760.0
	for _, p := range twoColumnText {
		rs := []rune(p)
		for len(rs) > 0 {
			n := min(len(rs), 36)
			for i, r := range rs[:n] {
				one = append(one, glyph{x: 60 + float64(i)*size, y: y, w: size, size: size, s: string(r)})
			}
			rs = rs[n:]
			y -= 1.6 * size
		}
	}
	_, cols := assembleOne(one, rect{0, 0, 120 + 36*size, 842}, nil)
	assert.Nil(t, cols, "one column")
	var table []glyph
	y = 760
	for i, p := range twoColumnText {
		rs := []rune(p)
		unit := []rune([]string{"市统计局", "市财政局", "市行政审批局", "市生态环境局", "市教育局"}[i])
		for k := 0; len(rs) > 0; k++ {
			n := min(len(rs), 22)
			for j, r := range rs[:n] {
				table = append(table, glyph{x: 60 + float64(j)*size, y: y, w: size, size: size, s: string(r)})
			}
			if k == 0 {
				for j, r := range unit {
					table = append(table, glyph{x: 60 + 25*size + float64(j)*size, y: y, w: size, size: size, s: string(r)})
				}
			}
			rs = rs[n:]
			y -= 1.6 * size
		}
	}
	_, cols = assembleOne(table, rect{0, 0, 120 + 31*size, 842}, nil)
	assert.Nil(t, cols, "table of tasks and units")
}
