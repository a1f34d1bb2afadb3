package table

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// atChars lays out one line of cells at the character counts starts (a
// cell that reaches the next start is parted from it by one space).
func atChars(starts []int, cells ...string) string {
	var b strings.Builder
	n := 0
	for j, c := range cells {
		if c == "" {
			continue
		}
		if n > 0 && n >= starts[j] {
			b.WriteByte(' ')
			n++
		}
		for ; n < starts[j]; n++ {
			b.WriteByte(' ')
		}
		b.WriteString(c)
		n += utf8.RuneCountInString(c)
	}
	return strings.TrimRight(b.String(), " ") + "\n"
}

// layChars lays out blocks of cell lines (blocks[j] the lines of column
// j, starting on line off[j] of the row) at the character counts starts.
func layChars(blocks [][]string, off []int, starts []int) string {
	n := 0
	for j, c := range blocks {
		n = max(n, off[j]+len(c))
	}
	var b strings.Builder
	for l := range n {
		line := make([]string, len(blocks))
		for j, c := range blocks {
			if k := l - off[j]; k >= 0 && k < len(c) {
				line[j] = c[k]
			}
		}
		b.WriteString(atChars(starts, line...))
	}
	return b.String()
}

// TestColumnsCellsOneSpaceApart: a ruled table that pdftotext -layout
// set by character count, each cell at its column one space after a cell
// that filled the column left of it — the row number before the task
// (1 推进…), a task's line before the lead unit, a lead cell before its
// partners — reads as the table's rows, its cells vertically centred in
// their rows or set at their tops, and, centred, with a row whose cells the tool
// stacked one block under another (the task with its number, then the
// unit cells, then the progress cell) before a row with units of its
// own: the unit cells stay with their row (splitCells), though the
// progress cell under them goes to the next. Generated for several
// column widths.
func TestColumnsCellsOneSpaceApart(t *testing.T) {
	header := []string{"序号", "重点任务", "牵头单位", "配合单位", "进展情况"}
	rows := [][]string{
		{"一、优化政务服务", "", "", "", ""},
		{"1", "推进政务服务事项集成办理，全年新增一件事主题服务20项", "县政务服务中心", "县发展改革局、县司法局、县财政局", "已上线主题服务8项，序时推进。"},
		{"2", "完成农村公路提档升级120公里", "县交通运输局", "县财政局、县自然资源局、各乡镇人民政府", "已完成46公里。"},
		{"二、改善民生保障", "", "", "", ""},
		{"3", "新建城市社区养老服务站6个", "县民政局、县卫生健康局", "县住房城乡建设局、各街道办事处", "已开工4个，序时推进。"},
		{"4", "新增城市绿地300公顷", "县园林绿化局", "各乡镇人民政府", "新增绿地120公顷。"},
	}
	for _, w := range []struct{ task, lead, partner, progress int }{{11, 4, 7, 9}, {12, 5, 8, 9}, {10, 4, 7, 8}, {13, 6, 9, 10}} {
		widths := []int{1, w.task, w.lead, w.partner, w.progress}
		starts := []int{1, 3, 0, 0, 0}
		for j := 2; j < len(widths); j++ {
			starts[j] = starts[j-1] + widths[j-1] + 1
		}
		for _, centred := range []bool{true, false} {
			for _, stacked := range []bool{false, true} {
				if stacked && !centred {
					// Not read: set at the tops of the rows, the stacked
					// unit cells make a row of their own (left).
					continue
				}
				// The names centred over their columns, the first at the edge.
				names := []int{0, 0, 0, 0, 0}
				for j := 1; j < len(header); j++ {
					names[j] = starts[j] + max(0, (widths[j]-4)/2)
				}
				text := atChars(names, header...)
				for x, r := range rows {
					if r[1] == "" {
						text += r[0] + "\n"
						continue
					}
					blocks := make([][]string, len(r))
					blocks[0] = []string{r[0]}
					for j := 1; j < len(r); j++ {
						blocks[j] = wrapChars(r[j], widths[j])
					}
					tall := 0
					for _, c := range blocks {
						tall = max(tall, len(c))
					}
					off := make([]int, len(r))
					switch {
					case stacked && x == 4:
						// 3 新建城市社… / …, then the units, then the progress.
						units := len(blocks[1])
						off[2], off[3] = units, units
						off[4] = units + max(len(blocks[2]), len(blocks[3]))
					case centred:
						for j, c := range blocks {
							off[j] = (tall - len(c)) / 2
						}
					}
					text += layChars(blocks, off, starts)
				}
				t.Run(fmt.Sprintf("widths %v, centred %v, stacked %v", widths, centred, stacked), func(t *testing.T) {
					ls := lines(text)
					g, ok := Columns(ls, 0, len(ls))
					require.True(t, ok, text)
					got, want := rowTexts(g), rows
					for _, r := range got {
						for j := range r {
							r[j] = strings.ReplaceAll(r[j], "\n", "") // wrapped cells joined
						}
					}
					if stacked {
						// The stacked row's progress cell, its last block, is
						// given to the row under it (by the rows' balance
						// about their number lines): a column that gives
						// neither items nor units. Its units are its own.
						got, want = leftColumns(got, 4), leftColumns(rows, 4)
					}
					assert.Equal(t, want, got, text)
				})
			}
		}
	}
}

// leftColumns returns the first n cells of each row.
func leftColumns(rows [][]string, n int) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = r[:min(n, len(r))]
	}
	return out
}

// TestSplitRowNumber: a row number one space before the task text is cut
// off it where the number stands in the 序号 column and the text right of
// it; a number inside the text column, or two spaces apart, is left.
func TestSplitRowNumber(t *testing.T) {
	heads := []piece{{start: 0, end: 2}, {start: 3, end: 14}, {start: 15, end: 21}}
	for _, tt := range []struct {
		name string
		p    piece
		seq  bool
		want []string
	}{
		{"number one space before the task", piece{start: 1, end: 12}, true, []string{"1", "示范区建设，全年新增高"}},
		{"two-digit number", piece{start: 0, end: 12}, true, []string{"12", "示范区建设，全年新增"}},
		{"no 序号 column", piece{start: 1, end: 12}, false, []string{"1 示范区建设，全年新增高"}},
		{"text opening with a number in the task column", piece{start: 3, end: 12}, true, []string{"3 个示范区建设"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.want[0]
			if len(tt.want) > 1 {
				text += " " + tt.want[1]
			}
			tt.p.s = strs(text)[0]
			got := splitRowNumber(heads, []piece{tt.p}, tt.seq)
			var texts []string
			for _, p := range got {
				texts = append(texts, p.s.S)
			}
			assert.Equal(t, tt.want, texts)
		})
	}
}

// TestCentredExtentsOneCellAColumn: in a centred table, a row whose number
// pdftotext -layout set on its task's first line, its unit and deadline
// cells a line lower, keeps its task and unit cells, though the rows' balance about
// their number lines would give them to the next row, whose number line
// stands two lines under them with unit cells of its own: a row holds one
// cell a column (splitCells). Generated for next rows of several heights
// (two lines between the two rows' lead cells: the deadline cell of the
// row before is two lines tall).
func TestCentredExtentsOneCellAColumn(t *testing.T) {
	type cell struct {
		line, col int
		s         string
	}
	for _, deadlineLines := range []int{1, 2} {
		for _, below := range []int{0, 1, 2} {
			if deadlineLines == 1 {
				// Left: one line between the two rows' lead cells, which
				// may be one cell the tool set on the half-lines around
				// a line of another column's.
				continue
			}
			t.Run(fmt.Sprintf("deadline of %d lines, %d lines under the next number", deadlineLines, below), func(t *testing.T) {
				first := []cell{
					{0, 1, "推进不动产登记“一网通办”，"}, {0, 3, "市数据局、各县"}, {0, 4, "2022年"},
					{1, 0, "1"}, {1, 1, "市级事项全程网办率达到98%以"}, {1, 2, "市自然资源局"}, {1, 3, "（市、区）政府"}, {1, 4, "6月底前"},
					{2, 1, "上，县级达到95%以上"},
				}
				second := []cell{
					{3, 0, "2"}, {3, 1, "深化“赣事通”县级分厅建设，新"},
					{4, 1, "增上线高频服务事项不少于100项"}, {4, 2, "市数据资源局"}, {4, 3, "市行政审批局"}, {4, 4, "2022年"},
				}
				if deadlineLines == 2 {
					second = append(second, cell{5, 4, "9月底前"})
				} else {
					second[len(second)-1].s = "9月底前"
				}
				top := second[len(second)-1].line + 1
				third := []cell{
					{top, 1, "推行企业开办“一窗受理、并行办"}, {top, 3, "市公安局、市税务局、"}, {top, 4, "2022年"},
					{top + 1, 0, "3"}, {top + 1, 1, "理”，全流程办理时间压缩至1个工"}, {top + 1, 2, "市市场监管局"}, {top + 1, 3, "市人社局"}, {top + 1, 4, "6月底前"},
				}
				for k := range below {
					third = append(third, cell{top + 2 + k, 1, []string{"作日以内，免费刻制公章", "并寄递到户"}[k]})
				}
				starts := []int{0, 2, 19, 27, 39}
				row := func(cs []cell) colRow {
					r := colRow{parts: make([][]piece, 5)}
					for _, c := range cs {
						n := utf8.RuneCountInString(c.s)
						r.parts[c.col] = append(r.parts[c.col], piece{s: strs(c.s)[0], start: starts[c.col], end: starts[c.col] + n, line: c.line})
					}
					return r
				}
				// Read line by line, the lines above the third number line
				// went to the second row.
				mid := row(append(slices.Clone(second), third[:3]...))
				out := centredExtents([]colRow{row(first), mid, row(third[3:])}, runsOnCells([]int{1, 16, 6, 10, 5}))
				require.Len(t, out, 3)
				want := row(second)
				for j := 1; j < 4; j++ { // (a deadline's second line may go)
					assert.Equal(t, texts(pieceTexts(want.parts[j])), texts(pieceTexts(out[1].parts[j])), "column %d of row 2", j)
				}
			})
		}
	}
}
