package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/table"
)

// charTable is a task table of our own words, its cells long enough to
// wrap at the column widths of layAligned.
var charTable = [][]string{
	{"序号", "工作任务", "具体措施", "牵头单位", "完成时限"},
	{"1", "推进政务数据共享", "建立全市政务数据目录，按季度更新共享清单并通报进度。", "市数据局", "2024年6月底前"},
	{"2", "优化不动产登记服务", "推行交易登记缴税一窗受理，办理时间压缩至3个工作日。", "市自然资源局", "2024年9月底前"},
	{"3", "规范涉企检查", "推行综合查一次，公布年度检查计划，杜绝重复检查。", "市司法局", "2024年12月底前"},
}

// charWidths are the columns' widths in characters.
var charWidths = []int{4, 6, 14, 8, 10}

// layAligned lays rows out as typed with spaces, columns measured by
// runeWidth (one a character when typed by hand, RuneWidth for a
// PDF-to-text tool): each cell wrapped at its column's width, its lines
// under its start, the columns two apart, the names over their cells.
func layAligned(rows [][]string, widths []int, runeWidth func(rune) int, eol string) string {
	width := func(s string) int {
		n := 0
		for _, r := range s {
			n += runeWidth(r)
		}
		return n
	}
	starts := make([]int, len(widths))
	for j := 1; j < len(widths); j++ {
		starts[j] = starts[j-1] + widths[j-1] + 2
	}
	var b strings.Builder
	for _, row := range rows {
		var cells [][]string
		n := 0
		for j, c := range row {
			var ls []string
			line, w := "", 0
			for _, r := range c {
				if w+runeWidth(r) > widths[j] {
					ls, line, w = append(ls, line), "", 0
				}
				line += string(r)
				w += runeWidth(r)
			}
			cells = append(cells, append(ls, line))
			n = max(n, len(ls)+1)
		}
		for l := range n {
			col := 0
			var out strings.Builder
			for j, c := range cells {
				if l >= len(c) {
					continue
				}
				out.WriteString(strings.Repeat(" ", starts[j]-col))
				out.WriteString(c[l])
				col = starts[j] + width(c[l])
			}
			b.WriteString(out.String() + eol)
		}
	}
	return b.String()
}

// TestCharAlignedColumns: a table typed by hand and aligned by character
// count (a Han character one column), its cells wrapped onto the next
// lines in the same column, reads as the same tree as the table in tab
// cells — and so does the table aligned by display width (a Han character
// two columns) — in both scripts, with LF or CRLF line ends.
func TestCharAlignedColumns(t *testing.T) {
	for _, sc := range []struct {
		name string
		f    func(string) string
	}{{"simplified", func(s string) string { return s }}, {"traditional", toTraditional}} {
		var tabs strings.Builder
		for _, r := range charTable {
			tabs.WriteString(strings.Join(r, "\t") + "\n")
		}
		want, err := Text(sc.f(outHead + tabs.String()))
		require.NoError(t, err)
		wantTree := treeOf(want)
		require.Len(t, want.Plan.Goals[0].Tasks, 3, sc.name)
		for _, m := range []struct {
			name   string
			widths []int
			rw     func(rune) int
		}{
			{"characters", charWidths, func(rune) int { return 1 }},
			{"display width", doubled(charWidths), table.RuneWidth},
		} {
			for _, eol := range []string{"\n", "\r\n"} {
				text := sc.f(outHead + layAligned(charTable, m.widths, m.rw, eol))
				doc, err := Text(text)
				require.NoError(t, err)
				assert.Equal(t, wantTree, treeOf(doc), "%s, aligned by %s, eol %q:\n%s", sc.name, m.name, eol, text)
			}
		}
	}
}

// doubled returns widths twice as wide (display columns of Han text).
func doubled(widths []int) []int {
	out := make([]int, len(widths))
	for j, w := range widths {
		out[j] = 2 * w
	}
	return out
}
