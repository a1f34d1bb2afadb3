package pdftext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCutLabelUnderRepeatedHeader: a numbered group label in a cell
// spanning rows, cut by a page break at any wrap point, with its rest
// atop the next page under a repeated header of one to three rows and
// the table closed by rules on both sides of the break, is joined back
// and continues over the group's rows; a label followed by a numbered
// group, or an unnumbered one followed by an unnumbered one, is left alone.
func TestCutLabelUnderRepeatedHeader(t *testing.T) {
	labels := []string{"（三）不予公开", "（四）无法提供", "（五）不予處理", "(六)其他处理", "三、本年度办理结果"}
	headers := [][]string{
		{"（本列数据的勾稽关系）", "", "申请人情况", ""},
		{"", "", "自然人", "总计"},
		{"", "", "自然人", "总计"},
	}
	box := rect{0, 0, 595, 842}
	mk := func(top float64, rows [][]string, inh [][]bool) table {
		return table{top: top, bottom: top - 300, bounds: []float64{50, 100, 200, 400, 550},
			rows: rows, spanning: []bool{true, true, true, false}, inherit: inh}
	}
	flags := func(n int, merged ...int) [][]bool {
		inh := make([][]bool, n)
		for i := range inh {
			inh[i] = make([]bool, 4)
			for _, j := range merged {
				inh[i][j] = i > 0
			}
		}
		return inh
	}
	for _, label := range labels {
		r := []rune(label)
		for cut := 2; cut < len(r); cut++ {
			for n := 1; n <= 3; n++ {
				head := headers[:n]
				p1rows := append(append([][]string{}, head...),
					[]string{"", "（二）部分公开", "", "1"},
					[]string{"", string(r[:cut]), "1.属于国家秘密", "0"})
				p2rows := append(append([][]string{}, head...),
					[]string{"", string(r[cut:]), "2.其他", "0"},
					[]string{"", "", "3.危及安全", "0"})
				p1 := pageResult{num: 1, box: box, tables: []table{mk(700, p1rows, flags(len(p1rows)))}}
				p2 := pageResult{num: 2, box: box, tables: []table{mk(760, p2rows, flags(len(p2rows), 1))}}
				got := assemble([]pageResult{p1, p2}, true)
				lines := strings.Split(got, "\n")[n:]
				want := []string{"\t（二）部分公开\t\t1", "\t" + label + "\t1.属于国家秘密\t0",
					"\t" + label + "\t2.其他\t0", "\t" + label + "\t3.危及安全\t0"}
				assert.Equal(t, want, lines, fmt.Sprintf("%s cut at %d, %d header rows", label, cut, n))
			}
		}
	}
	// A complete label, then the next group atop the new page: kept.
	for _, pair := range [][2]string{{"（三）不予公开", "（四）无法提供"}, {"区财政局", "（四）无法提供"}, {"区财政局", "区发改局"}, {"（三）不予公开。", "区发改局"}} {
		prev, next := pair[0], pair[1]
		p1rows := [][]string{headers[0], {"", prev, "1.属于国家秘密", "0"}}
		p2rows := [][]string{headers[0], {"", next, "1.本机关不掌握", "0"}}
		p1 := pageResult{num: 1, box: box, tables: []table{mk(700, p1rows, flags(2))}}
		p2 := pageResult{num: 2, box: box, tables: []table{mk(760, p2rows, flags(2))}}
		want := strings.Join([]string{strings.Join(headers[0], "\t"), "\t" + prev + "\t1.属于国家秘密\t0", "\t" + next + "\t1.本机关不掌握\t0"}, "\n")
		assert.Equal(t, want, assemble([]pageResult{p1, p2}, true), prev+" then "+next)
	}
}
