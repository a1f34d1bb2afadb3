package table

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// layRowCentred lays out a row as a PDF whose cells are centred
// vertically prints it: each cell's lines centred over the row's height
// (the tallest cell's), so that a one-line cell (序号) stands on the
// middle line and a taller one starts on lines above it.
func layRowCentred(cells [][]string, starts []int, pad rune) string {
	n := 0
	for _, c := range cells {
		n = max(n, len(c))
	}
	shifted := make([][]string, len(cells))
	for j, c := range cells {
		shifted[j] = append(make([]string, (n-len(c))/2), c...)
	}
	return layRow(shifted, starts, pad)
}

// TestColumnsCentredRows: a column table whose cells wrap over two to
// four lines and are centred vertically in their rows (the 序号 and a
// short lead unit on a row's middle line, its task and partners starting
// on lines above) reads as the same rows as the table printed with its
// cells top-aligned and as the table unwrapped. Generated for several
// column widths, with and without a header wrapped at narrow columns,
// with spaces or ideographic spaces, with or without a blank line where
// the rule between two rows was.
func TestColumnsCentredRows(t *testing.T) {
	header := []string{"序号", "重点任务", "牵头单位", "配合单位", "完成时限"}
	rows := [][]string{
		{"一、健全公开制度", "", "", "", ""},
		{"1", "梳理公开事项目录，逐项明确公开主体、公开内容和公开时限，形成标准化清单", "县政务办", "县司法局、各乡镇人民政府、县直各部门", "六月底前"},
		{"2", "完善依申请公开办理流程", "县司法局", "县政务办", "长期坚持"},
		{"3", "建立政策解读与政策文件同步起草、同步审签、同步发布的工作机制", "县委宣传部", "县直各部门、各乡镇人民政府", "九月底前"},
		{"二、加强平台建设", "", "", "", ""},
		{"4", "整合政府网站栏目，推动政务公开专栏标准统一、内容完整", "县政务办", "县融媒体中心", "十二月底前"},
		{"5", "优化政务新媒体矩阵，及时回应群众关切", "县融媒体中心", "县政务办、县直各部门", "长期坚持"},
	}
	for _, w := range []struct{ task, unit, date int }{{12, 10, 6}, {14, 12, 8}, {18, 10, 6}, {22, 14, 10}} {
		for _, wrappedHeader := range []bool{false, true} {
			// A header on one line needs columns as wide as its names.
			widths := []int{4, w.task, w.unit, w.unit + 2, max(w.date, 8)}
			if wrappedHeader {
				widths[0], widths[4] = 2, w.date
			}
			starts := make([]int, len(widths))
			for j := 1; j < len(widths); j++ {
				starts[j] = starts[j-1] + widths[j-1] + 2
			}
			for _, centred := range []bool{false, true} {
				for _, v := range []struct {
					pad   rune
					ruled bool // a blank line where the rule between rows was
				}{{' ', false}, {'\u3000', false}, {' ', true}, {'\u3000', true}} {
					pad := v.pad
					var b strings.Builder
					if wrappedHeader {
						head := make([][]string, len(header))
						for j, h := range header {
							head[j] = wrapAt(h, widths[j])
						}
						b.WriteString(layRow(head, starts, pad))
					} else {
						b.WriteString(at(pad, starts, header...))
					}
					tall := 0
					for _, r := range rows {
						cells := make([][]string, len(r))
						for j, c := range r {
							if j == 0 || c == "" {
								cells[j] = []string{c}
								continue
							}
							cells[j] = wrapAt(c, widths[j])
						}
						if cells[1][0] != "" && cells[2][0] != "" {
							tall = max(tall, len(cells[1]))
						}
						if centred {
							b.WriteString(layRowCentred(cells, starts, pad))
						} else {
							b.WriteString(layRow(cells, starts, pad))
						}
						if v.ruled {
							b.WriteString("\n")
						}
					}
					text := b.String()
					t.Run(fmt.Sprintf("widths %v, wrapped header %v, centred %v, pad %q, ruled %v", widths, wrappedHeader, centred, pad, v.ruled), func(t *testing.T) {
						require.GreaterOrEqual(t, tall, 3, "the layout does not wrap the tasks over enough lines:\n%s", text)
						ls := lines(text)
						g, ok := Columns(ls, 0, len(ls))
						require.True(t, ok, text)
						assert.Equal(t, header, texts(g.Header), text)
						assert.Equal(t, rows, rowTexts(g), text)
					})
				}
			}
		}
	}
}

// TestColumnsCentredRowsRuled: where every line of the centred tasks
// fills its column and no task ends its sentence, the cells cannot tell
// where one row ends; the blank line a rule between the rows left does.
// Generated for two column widths and row heights.
func TestColumnsCentredRowsRuled(t *testing.T) {
	header := []string{"序号", "工作任务", "牵头单位", "完成时限"}
	for _, w := range []int{8, 10} {
		for _, h := range []int{3, 5} {
			full := func(s string) string { // s repeated over h full lines
				return string([]rune(strings.Repeat(s, w*h))[:w/2*h])
			}
			rows := [][]string{
				{"1", full("推进政务公开标准化"), "县政务办", "年底前"},
				{"2", full("规范依申请公开办理"), "县司法局", "长期坚持"},
				{"3", full("加强政策解读"), "县委宣传部", "年底前"},
			}
			widths := []int{4, w, 10, 8}
			starts := make([]int, len(widths))
			for j := 1; j < len(widths); j++ {
				starts[j] = starts[j-1] + widths[j-1] + 2
			}
			text := at(' ', starts, header...)
			for _, r := range rows {
				cells := [][]string{{r[0]}, wrapAt(r[1], w), {r[2]}, {r[3]}}
				text += layRowCentred(cells, starts, ' ') + "\n"
			}
			t.Run(fmt.Sprintf("width %d, %d lines", w, h), func(t *testing.T) {
				require.Len(t, wrapAt(rows[0][1], w), h, text)
				ls := lines(text)
				g, ok := Columns(ls, 0, len(ls))
				require.True(t, ok, text)
				assert.Equal(t, rows, rowTexts(g), text)
			})
		}
	}
}
