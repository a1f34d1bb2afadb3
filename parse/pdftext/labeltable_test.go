package pdftext

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// unruledRows is an invented task table: a header, rows spanning the
// table (nil cells after the first), and task rows.
var unruledRows = [][]string{
	{"序号", "工作任务", "具体措施", "责任单位", "完成时限"},
	{"一、优化营商环境", "", "", "", ""},
	{"1", "推行证照分离改革", "全面梳理涉企经营许可事项，分类推进审批制度改革，实现准入准营同步提速。", "县市场监管局、县政务服务中心", "2024年6月底前"},
	{"2", "规范涉企收费", "公开涉企收费目录清单，清理规范中介服务收费。", "县发展改革局", "持续推进"},
	{"二、加强要素保障", "", "", "", ""},
	{"3", "保障项目用地", "统筹安排新增建设用地计划，优先保障重点项目，盘活存量低效用地。", "县自然资源局", "2024年12月底前"},
	{"4", "缓解融资难题", "建立银企对接常态化机制，开展首贷续贷专项行动。", "县金融工作中心、人行县支行", "每季度"},
}

// unruledLayout is how a table without rules is set.
type unruledLayout struct {
	size   float64   // text size
	widths []float64 // column widths, in characters of the text size
	pad    float64   // cell padding, in points
	pitch  float64   // distance of a cell's lines, in sizes
	middle bool      // cells centred vertically in their row
	labels []string  // header labels replacing unruledRows[0]
	body   bool      // the rows hold no header (a part going on from the page before)
	parent string    // a label over columns 2 and 3, theirs under it
}

// unruledPage sets rows as a table without rules: each cell's text
// wrapped to its column, a row as tall as its tallest cell plus padding,
// spanning rows written from the first column across the table; and
// prose lines of the full width under it.
func unruledPage(rows [][]string, lay unruledLayout, prose []string) []glyph {
	var gs []glyph
	size := lay.size
	left, top := 70.0, 760.0
	xs := []float64{left}
	for _, w := range lay.widths {
		xs = append(xs, xs[len(xs)-1]+w*size+2*lay.pad)
	}
	wrap := func(s string, per int) []string {
		rs := []rune(s)
		var out []string
		for len(rs) > per {
			out = append(out, string(rs[:per]))
			rs = rs[per:]
		}
		if len(rs) > 0 {
			out = append(out, string(rs))
		}
		return out
	}
	put := func(x, y float64, s string) {
		for _, r := range s {
			w := size
			if r < 0x80 {
				w = 0.5 * size
			}
			gs = append(gs, glyph{x: x, y: y, w: w, size: size, s: string(r)})
			x += w
		}
	}
	pitch := lay.pitch * size
	y := top
	for i, row := range rows {
		if i == 0 && lay.labels != nil {
			row = lay.labels
		}
		head := i == 0 && !lay.body
		if !head && row[1] == "" && row[2] == "" {
			put(xs[0]+lay.pad, y-lay.pad-size, row[0])
			y -= pitch + 2*lay.pad
			continue
		}
		if head && lay.parent != "" {
			// The parent over columns 2 and 3 on the first line, their
			// labels on the second, the others between: all centred.
			w := xs[4] - xs[2]
			put(xs[2]+(w-float64(len([]rune(lay.parent)))*size)/2, y-lay.pad-size, lay.parent)
			for j, c := range row {
				dy := 0.5 * pitch
				if j == 2 || j == 3 {
					dy = pitch
				}
				put((xs[j]+xs[j+1]-float64(len([]rune(c)))*size)/2, y-lay.pad-size-dy, c) // centred
			}
			y -= 2*pitch + 2*lay.pad
			continue
		}
		cells := make([][]string, len(row))
		n := 0
		for j, c := range row {
			per := int(math.Floor(lay.widths[j] + 1e-9))
			if !head && j == 0 {
				per = 4
			}
			cells[j] = wrap(c, per)
			n = max(n, len(cells[j]))
		}
		for j, ls := range cells {
			off := 0.0
			if lay.middle || head {
				off = float64(n-len(ls)) / 2 * pitch
			}
			for k, l := range ls {
				put(xs[j]+lay.pad, y-lay.pad-size-off-float64(k)*pitch, l)
			}
		}
		y -= float64(n)*pitch + 2*lay.pad
	}
	y -= pitch
	for _, p := range prose {
		for _, l := range wrap(p, int((xs[len(xs)-1]-left)/size)) {
			put(left, y, l)
			y -= pitch
		}
	}
	return gs
}

// readUnruled reads a page of glyphs as the document reader does and
// returns its lines.
func readUnruled(gs []glyph) []string {
	right := 0.0
	for _, g := range gs {
		right = max(right, g.x+g.w)
	}
	box := rect{0, 0, right + 70, 842} // margins as wide on both sides
	tables, rest := labelTables(gs, &labelState{})
	p := pageResult{num: 1, box: box, tables: tables, lines: buildLines(rest)}
	return strings.Split(assemble([]pageResult{p}, false), "\n")
}

// TestUnruledTableLayouts: a table without rules reads as its rows,
// header first, a spanning row in its first cell, however its columns
// are sized (cells wrapped in any column, the header's labels wrapped in
// narrow columns), padded, spaced and aligned, and the prose under it
// stays prose.
func TestUnruledTableLayouts(t *testing.T) {
	prose := "以上任务由各责任单位按照职责分工抓好落实，每季度末向县政府办公室报送工作进展情况，年底前报送全年任务完成情况。"
	var want []string
	for _, r := range unruledRows {
		want = append(want, strings.Join(r, "\t"))
	}
	want = append(want, prose)
	layouts := map[string]unruledLayout{
		"wide":           {size: 10.5, widths: []float64{2, 9, 26, 14, 8}, pad: 3, pitch: 1.5},
		"narrow":         {size: 10.5, widths: []float64{2, 4, 12, 5, 4}, pad: 3, pitch: 1.5},
		"centred":        {size: 12, widths: []float64{2, 5, 14, 6, 4}, pad: 5, pitch: 1.4, middle: true},
		"tight":          {size: 9, widths: []float64{2, 6, 16, 8, 5}, pad: 1.6, pitch: 1.3},
		"evenly spaced":  {size: 10.5, widths: []float64{2.5, 6.5, 14.5, 7.5, 4.5}, pad: 0, pitch: 1.5},
		"header wrapped": {size: 10.5, widths: []float64{1, 3, 12, 3, 3}, pad: 3, pitch: 1.5, middle: true},
		"spaced labels":  {size: 10.5, widths: []float64{3, 6, 14, 7, 5}, pad: 3, pitch: 1.5, labels: []string{"序　号", "工作任务", "具体措施", "责任单位", "完成时限"}},
	}
	for name, lay := range layouts {
		t.Run(name, func(t *testing.T) {
			got := readUnruled(unruledPage(unruledRows, lay, []string{prose}))
			w := append([]string(nil), want...)
			if lay.labels != nil {
				w[0] = strings.Join([]string{"序号", "工作任务", "具体措施", "责任单位", "完成时限"}, "\t")
			}
			assert.Equal(t, w, got)
		})
	}
}

// TestUnruledTableSubLabels: a header whose label stands over two
// columns named under it (责任单位 over 牵头单位 | 配合单位), the other
// labels centred over both lines, reads as the columns named under it.
func TestUnruledTableSubLabels(t *testing.T) {
	rows := [][]string{
		{"序号", "工作任务", "牵头单位", "配合单位", "完成时限"},
		{"1", "推行证照分离改革，分类推进审批制度改革。", "县市场监管局", "县政务服务中心、县司法局", "2024年6月底前"},
		{"2", "规范涉企收费，公开涉企收费目录清单。", "县发展改革局", "县财政局", "持续推进"},
	}
	for _, size := range []float64{10.5, 12} {
		for _, widths := range [][]float64{{2, 10, 6, 8, 5}, {2, 14, 7, 12, 7}} {
			lay := unruledLayout{size: size, widths: widths, pad: 3, pitch: 1.5, parent: "责任单位"}
			got := readUnruled(unruledPage(rows, lay, nil))
			var want []string
			for _, r := range rows {
				want = append(want, strings.Join(r, "\t"))
			}
			assert.Equal(t, want, got, "size %v, widths %v", size, widths)
		}
	}
}

// TestUnruledTableGoesOn: a table without rules that fills a page goes
// on at the top of the next without its header repeated, under a page
// number or running header, the part's first row a spanning or a task
// row; a page that opens with prose after it holds no table.
func TestUnruledTableGoesOn(t *testing.T) {
	lay := unruledLayout{size: 10.5, widths: []float64{2, 6, 14, 7, 4}, pad: 3, pitch: 1.5}
	var whole []string
	for _, r := range unruledRows {
		whole = append(whole, strings.Join(r, "\t"))
	}
	prose := "以上任务由各责任单位按照职责分工抓好落实，每季度末向县政府办公室报送工作进展情况，年底前报送全年任务完成情况。"
	over := func(s string, gs []glyph) []glyph {
		for i, r := range s {
			gs = append(gs, glyph{x: 250 + 10.5*float64(i), y: 800, w: 10.5, size: 10.5, s: string(r)})
		}
		return gs
	}
	for _, cut := range []int{4, 3, 5} {
		for _, top := range []string{"", "— 2 —", "青岚县优化营商环境工作简报"} {
			first := over(top, unruledPage(unruledRows[:cut], lay, nil))
			first = append(first, glyph{x: 290, y: 60, w: 10.5, size: 10.5, s: "1"})
			body := lay
			body.body = true
			second := over(top, unruledPage(unruledRows[cut:], body, []string{prose}))
			var st labelState
			pages := make([]pageResult, 2)
			for i, gs := range [][]glyph{first, second} {
				tables, rest := labelTables(gs, &st)
				pages[i] = pageResult{num: i + 1, box: rect{0, 0, 595, 842}, tables: tables, lines: buildLines(rest)}
			}
			markFurniture(pages)
			got := strings.Split(assemble(pages, false), "\n")
			assert.Equal(t, append(append([]string(nil), whole...), prose), got, "cut before row %d, %q over the pages", cut, top)
		}
	}
	// Prose at the top of the next page is no part of the table.
	var st labelState
	labelTables(unruledPage(unruledRows, lay, nil), &st)
	require.NotNil(t, st.bounds)
	tables, _ := labelTables(unruledPage(nil, unruledLayout{size: 10.5, widths: []float64{40}, pitch: 1.5}, []string{prose}), &st)
	assert.Empty(t, tables)
}

// TestUnruledTableNot: prose is no table — two columns of it, a line of
// column labels over text that runs across them, labels in a sentence —
// and a header of fewer than three labels is none.
func TestUnruledTableNot(t *testing.T) {
	for _, size := range []float64{10.5, 12} {
		for _, perLine := range []int{12, 18} {
			gs, _ := columnPage(twoColumnText, size, perLine, 2, 0, "")
			tables, _ := labelTables(gs, &labelState{})
			assert.Empty(t, tables, "two columns of prose, size %v, %d a line", size, perLine)
		}
	}
	prose := "各责任单位要按照职责分工，细化工作措施，明确完成时限，确保各项任务落到实处，取得实效，并于每季度末报送进展。"
	cases := map[string][][]string{
		"labels over prose": {unruledRows[0]},
		"two labels":        {{"序号", "工作任务"}, {"1", "推行证照分离改革"}, {"2", "规范涉企收费"}},
	}
	for name, rows := range cases {
		lay := unruledLayout{size: 10.5, widths: make([]float64, len(rows[0])), pad: 3, pitch: 1.5}
		for j := range lay.widths {
			lay.widths[j] = 8
		}
		tables, _ := labelTables(unruledPage(rows, lay, []string{prose, prose}), &labelState{})
		assert.Empty(t, tables, name)
	}
	sentence := unruledPage(nil, unruledLayout{size: 10.5, widths: []float64{40}, pitch: 1.5}, []string{"分工表列出序号、工作任务、具体措施、责任单位和完成时限五项，" + prose})
	tables, _ := labelTables(sentence, &labelState{})
	assert.Empty(t, tables, "labels in a sentence")
}

// TestUnruledTablePrinted: the borderless_* PDFs (LibreOffice Writer,
// made by testdata/borderless.gen.py) read from their table's header on
// as their expected.txt, in every variant — column widths and page width,
// cells wrapped in every column, labels wrapped and centred, the table
// over several pages with its header repeated or printed once and rows
// cut by the breaks, a label over two columns, a note under it, traditional script, and the same table ruled;
// the notice in two columns of prose holds no table row. Spaces are left
// out of the comparison: Writer sets a figure off from ideographs by a
// gap, which the reader keeps as a space (场景 10 个) where a line does.
func TestUnruledTablePrinted(t *testing.T) {
	for _, v := range []string{"narrow", "wide", "headwrap", "twolevel", "pages", "norepeat", "trad", "ruled"} {
		t.Run(v, func(t *testing.T) {
			want, text := readPrinted(t, "borderless_"+v)
			got := strings.Split(strings.ReplaceAll(text, " ", ""), "\n")
			for len(got) > 0 && got[0] != want[0] {
				got = got[1:]
			}
			assert.Equal(t, want, got)
		})
	}
	pdf, err := os.ReadFile(filepath.Join("testdata", "borderless_prose.pdf"))
	require.NoError(t, err)
	res, err := extractWithin(t, pdf, Limits{})
	require.NoError(t, err)
	assert.NotContains(t, res.Text, "\t")
	assert.Greater(t, strings.Count(res.Text, "\n"), 8, fmt.Sprintf("%q", res.Text))
}
