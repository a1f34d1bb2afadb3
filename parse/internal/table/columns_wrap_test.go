package table

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wrapAt breaks a cell into lines of at most width display columns.
func wrapAt(c string, width int) []string {
	var out []string
	var line strings.Builder
	w := 0
	for _, r := range c {
		if rw := RuneWidth(r); w+rw > width && w > 0 {
			out = append(out, line.String())
			line.Reset()
			w = 0
		}
		line.WriteRune(r)
		w += RuneWidth(r)
	}
	return append(out, line.String())
}

// layColumns lays rows out as a PDF-to-text converter does: each cell
// wrapped at its column's width, the columns two display columns apart,
// the row's lines one under the other with pad between the cells.
func layColumns(rows [][]string, widths []int, pad rune) string {
	starts := make([]int, len(widths))
	for j := 1; j < len(widths); j++ {
		starts[j] = starts[j-1] + widths[j-1] + 2
	}
	var b strings.Builder
	for _, r := range rows {
		cells := make([][]string, len(r))
		for j, c := range r {
			cells[j] = wrapAt(c, widths[j])
		}
		b.WriteString(layRow(cells, starts, pad))
	}
	return b.String()
}

// layRow lays out a row whose cells are already broken into lines, each
// cell's lines at its start column, one under the other.
func layRow(cells [][]string, starts []int, pad rune) string {
	n := 0
	for _, c := range cells {
		n = max(n, len(c))
	}
	var b strings.Builder
	for l := range n {
		line := make([]string, len(cells))
		for j := range cells {
			if l < len(cells[j]) {
				line[j] = cells[j][l]
			}
		}
		b.WriteString(at(pad, starts, line...))
	}
	return b.String()
}

// TestColumnsWrapGoesOn: a cell whose line the converter ended after a
// decimal point (提高到2. / 5%) or after a semicolon in a unit cell
// (牵头：A； / 配合：B, beside a cell stopped in mid-sentence) goes on on
// the next line; the row is not cut there. Generated for several column
// widths, numbers and names, with spaces or ideographic spaces.
func TestColumnsWrapGoesOn(t *testing.T) {
	header := []string{"序号", "工作任务", "责任单位", "完成时限"}
	for _, w := range []int{14, 16, 18, 20} {
		for _, num := range []string{"2.5", "13.75", "0.8"} {
			for _, pad := range []rune{' ', '\u3000'} {
				whole, frac, _ := strings.Cut(num, ".")
				// The line ends right after the point.
				lead := strings.Repeat("新", (w-len(whole)-1)/2)
				if (w-len(whole)-1)%2 == 1 {
					lead += "a"
				}
				task := lead + whole + "." + frac + "万亩。"
				name := "县" + strings.Repeat("农", (w-14)/2) + "业局" // the line ends at the semicolon
				unit := "牵头：" + name + "；配合：县财政局"
				rows := [][]string{
					header,
					{"1", task, "县农业局", "6月底"},
					{"2", "推进" + strings.Repeat("公开", w/4) + "平台建设。", unit, "年底"},
					{"3", "公开预算。", "县财政局", "长期"},
				}
				widths := []int{4, w, w, 8}
				t.Run(fmt.Sprintf("width %d, %s, pad %q", w, num, pad), func(t *testing.T) {
					text := layColumns(rows, widths, pad)
					if !strings.HasSuffix(wrapAt(task, w)[0], whole+".") || !strings.HasSuffix(wrapAt(unit, w)[0], "；") {
						t.Fatalf("the layout does not break where the test means it to:\n%s", text)
					}
					ls := lines(text)
					g, ok := Columns(ls, 0, len(ls))
					require.True(t, ok, text)
					assert.Equal(t, rows[1:], rowTexts(g), text)
				})
			}
		}
	}
}

// TestColumnsSemicolonAlone: a line whose only piece goes on under a unit
// cell that ended in a semicolon, beside cells that ended their
// sentences, is a row of its own (its merged cells left blank), as a
// line under a full stop is.
func TestColumnsSemicolonAlone(t *testing.T) {
	for _, end := range []string{"；", ";", "。"} {
		text := "序号  工作任务      责任单位          完成时限\n" +
			"1     公开预算。    县财政局" + end + "  年底\n" +
			"                    县审计局\n"
		ls := lines(text)
		g, ok := Columns(ls, 0, len(ls))
		require.True(t, ok)
		assert.Len(t, g.Rows, 2, text)
	}
}

// TestColumnsNarrowHeader: names wrapped at a narrow width stand over up
// to four lines (a name of seven runes at two a line) and are read whole,
// also where its first lines name another column (工作目标 / 及措 / 施);
// a second header row of part names under a group name (牵头 / 单位 under
// 责任 / 分工) is read as its columns, not stacked onto the first row.
func TestColumnsNarrowHeader(t *testing.T) {
	for _, long := range []string{"工作内容", "项目进度及目标", "建设内容及目标", "建设规模与内容", "工作目标及措施"} {
		for _, pad := range []rune{' ', '\u3000'} {
			t.Run(fmt.Sprintf("%s, pad %q", long, pad), func(t *testing.T) {
				rows := [][]string{{"序号", long, "责任单位", "完成时限"}, {"1", "修缮村部。", "镇建设办", "年底"}}
				widths := []int{4, 12, 12, 12}
				var b strings.Builder
				head := make([][]string, len(rows[0]))
				for j, c := range rows[0] {
					head[j] = wrapAt(c, 4)
				}
				b.WriteString(layRow(head, []int{0, 6, 20, 34}, pad))
				b.WriteString(layColumns(rows[1:], widths, pad))
				ls := lines(b.String())
				g, ok := Columns(ls, 0, len(ls))
				require.True(t, ok, b.String())
				assert.Equal(t, rows[0], texts(g.Header), b.String())
				assert.Equal(t, rows[1:], rowTexts(g), b.String())
			})
		}
	}
	text := "序号  工作  责任              完成\n" +
		"      任务  分工              时限\n" +
		"            牵头    配合\n" +
		"            单位    单位\n" +
		"1     修缮  镇建设办  各村    年底\n"
	ls := lines(text)
	g, ok := Columns(ls, 0, len(ls))
	require.True(t, ok)
	assert.Equal(t, []string{"序号", "工作任务", "牵头单位", "配合单位", "完成时限"}, texts(g.Header))
}

// TestColumnsNamesLeftOfEmptyColumns: the header's names typed some
// columns left of their cells, over a table one of whose columns no row
// fills (配合单位 none) or only some rows fill (备注), each name off by
// less than a column's width: rows that open with
// their number and leave cells empty still put each cell in its column.
// Generated for several shifts, empty columns and pads.
func TestColumnsNamesLeftOfEmptyColumns(t *testing.T) {
	header := []string{"序号", "工作内容", "责任单位", "配合单位", "完成时限", "备注"}
	rows := [][]string{
		{"1", "公开年度财政预算和部门预算，细化到款级科目。", "县财政局", "", "一季度", ""},
		{"2", "动态调整权责清单并集中公开。", "县司法局", "", "二季度", "持续推进"},
		{"3", "按季度公开重点项目进展。", "县发改局", "", "每季度末", ""},
	}
	for _, shift := range []int{4, 6, 10} {
		// Names off by less than a column's width: off by more, a name
		// stands over the next column's cells, which no reader can tell.
		narrow := max(8, shift+4)
		widths := []int{4, 30, 16, narrow, narrow, narrow}
		for _, empty := range []int{3, 5} {
			for _, pad := range []rune{' ', '\u3000'} {
				data := make([][]string, len(rows))
				for i, r := range rows {
					data[i] = append([]string(nil), r...)
					if empty == 5 {
						data[i][3], data[i][5] = data[i][5], "" // the remark in the 配合 column, 备注 empty
					}
				}
				starts := make([]int, len(widths))
				for j := 1; j < len(widths); j++ {
					starts[j] = starts[j-1] + widths[j-1] + 2
				}
				names := make([]int, len(starts))
				for j := range starts {
					names[j] = starts[j]
					if j > 1 {
						names[j] = max(starts[j]-shift, names[j-1]+Width(header[j-1])+2)
					}
				}
				text := at(pad, names, header...) + layColumns(data, widths, pad)
				t.Run(fmt.Sprintf("shift %d, empty column %d, pad %q", shift, empty, pad), func(t *testing.T) {
					ls := lines(text)
					g, ok := Columns(ls, 0, len(ls))
					require.True(t, ok, text)
					assert.Equal(t, data, rowTexts(g), text)
				})
			}
		}
	}
}
