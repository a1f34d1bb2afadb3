package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/table"
)

// leaderTable is a 工作要点 table of our own words with a 分管领导 column
// (people, no units) right before the 责任单位 column, under two goal
// rows; names of two and of three characters.
var leaderTable = [][]string{
	{"序号", "重点工作", "工作目标", "分管领导", "责任单位", "完成时限"},
	{"一、生态环境"},
	{"1", "河道清理", "完成境内河道清淤八公里，建立河长巡查制度。", "赵国强", "水利站、各管区", "6月底"},
	{"2", "道路硬化", "新修村内道路五公里，实现村村通客车。", "钱敏", "交通办", "9月底"},
	{"二、社会治理"},
	{"3", "集市整治", "规范集市经营秩序，划定临时摊位区域。", "孙立", "市场监管所、派出所、城建办", "全年"},
	{"4", "秸秆禁烧", "落实网格化巡查责任，全年不发生焚烧火点。", "李红梅", "环保所", "10月底"},
}

// leaderWidths are the columns' display widths: the 分管领导 column as
// wide as a three-character name, so that a PDF-to-text tool leaves only
// the gap it is given between a name and the units.
var leaderWidths = []int{4, 8, 24, 6, 14, 6}

// layLeaderTable lays the table out as `pdftotext -layout` does: cells
// wrapped at their column's width, gaps of 3 display columns but gap
// before the 责任单位 column, and the 分管领导 name of the header wrapped
// as head says: "" on the names line, "top" over two lines (分管 / 领导)
// on the names line and the next, "centred" around the names line (分管领
// above, 导 below: the header cells centred vertically).
func layLeaderTable(gap int, head string, goals bool) string {
	starts := make([]int, len(leaderWidths))
	for j := 1; j < len(leaderWidths); j++ {
		g := 3
		if j == 4 {
			g = gap
		}
		starts[j] = starts[j-1] + leaderWidths[j-1] + g
	}
	line := func(cells []string) string {
		var b strings.Builder
		col := 0
		for j, c := range cells {
			if c == "" {
				continue
			}
			b.WriteString(strings.Repeat(" ", max(starts[j]-col, 0)))
			b.WriteString(c)
			col = starts[j] + laidWidth(c)
		}
		return b.String() + "\n"
	}
	var b strings.Builder
	names := append([]string(nil), leaderTable[0]...)
	only := func(s string) []string { c := make([]string, len(names)); c[3] = s; return c }
	switch head {
	case "top":
		names[3] = "分管"
		b.WriteString(line(names) + line(only("领导")))
	case "centred":
		names[3] = ""
		b.WriteString(line(only("分管领")) + line(names) + line(only("导")))
	default:
		b.WriteString(line(names))
	}
	for _, row := range leaderTable[1:] {
		if len(row) == 1 {
			if goals {
				b.WriteString("\n" + row[0] + "\n") // a goal row across the table
			}
			continue
		}
		var cells [][]string
		n := 0
		for j, c := range row {
			var ls []string
			cur, w := "", 0
			for _, r := range c {
				if w+table.RuneWidth(r) > leaderWidths[j] {
					ls, cur, w = append(ls, cur), "", 0
				}
				cur += string(r)
				w += table.RuneWidth(r)
			}
			cells = append(cells, append(ls, cur))
			n = max(n, len(ls)+1)
		}
		for l := range n {
			out := make([]string, len(cells))
			for j, c := range cells {
				if l < len(c) {
					out[j] = c[l]
				}
			}
			if l == 0 {
				b.WriteString("\n") // a blank line between rows
			}
			b.WriteString(line(out))
		}
	}
	return b.String()
}

// laidWidth is the display width of s.
func laidWidth(s string) int {
	n := 0
	for _, r := range s {
		n += table.RuneWidth(r)
	}
	return n
}

// TestLeaderColumnTightAgainstUnits: a PDF-to-text copy whose 分管领导
// column stands one space from the 责任单位 column (the person and the
// first unit come out as one piece, 赵国强 水利站) or three (a shorter name:
// two pieces in the units' column) reads as the same tree as the table in
// tab cells — the person is no unit — whether the header's 分管领导 stands
// on the names line, wraps under it or around it (its lower half then
// the header's, not the top of the first row), with goal rows or without,
// in both scripts.
func TestLeaderColumnTightAgainstUnits(t *testing.T) {
	for _, sc := range []struct {
		name string
		f    func(string) string
	}{{"simplified", func(s string) string { return s }}, {"traditional", toTraditional}} {
		for _, goals := range []bool{true, false} {
			var tabs strings.Builder
			for _, r := range leaderTable {
				if len(r) > 1 || goals {
					tabs.WriteString(strings.Join(r, "\t") + "\n")
				}
			}
			want, err := Text(sc.f(outHead + tabs.String()))
			require.NoError(t, err)
			wantTree := treeOf(want)
			require.Len(t, wantTree, map[bool]int{true: 10, false: 9}[goals], sc.name)
			for _, gap := range []int{1, 2} {
				for _, head := range []string{"", "top", "centred"} {
					text := sc.f(outHead + layLeaderTable(gap, head, goals))
					doc, err := Text(text)
					require.NoError(t, err)
					assert.Equal(t, wantTree, treeOf(doc), "%s, goal rows %v, gap %d, header %q:\n%s", sc.name, goals, gap, head, text)
				}
			}
		}
	}
}
