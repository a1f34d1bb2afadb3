package pdftext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRepeatedHeaderRows: a table continued on the next page under its
// header repeated whole — one, two or three header rows (an annual
// report's table of requests has three) — loses every repeated row, and a row split by the
// page break is joined back, whether the break splits a row or falls
// between rows.
func TestRepeatedHeaderRows(t *testing.T) {
	headers := [][]string{
		{"申请人情况", "", ""},
		{"", "自然人", "法人或其他组织"},
		{"", "", "商业企业"},
	}
	box := rect{0, 0, 595, 842}
	mkTable := func(top float64, rows [][]string) table {
		inh := make([][]bool, len(rows))
		for i := range inh {
			inh[i] = make([]bool, 3)
		}
		return table{top: top, bottom: top - 200, bounds: []float64{50, 250, 400, 550}, rows: rows, spanning: []bool{true, false, false}, inherit: inh}
	}
	for n := 1; n <= 3; n++ {
		for _, split := range []bool{false, true} {
			name := fmt.Sprintf("%d header rows, split %v", n, split)
			head := headers[:n]
			last := []string{"2.没有现成信息需要另行制作", "0", "0"}
			next := []string{"4.其他", "1", "0"}
			var cont [][]string
			if split {
				last = []string{"3.补正后申请内容仍", "0", "0"}
				cont = [][]string{{"不明确", "", ""}}
			}
			p1rows := append(append([][]string{}, head...), []string{"1.本机关不掌握", "1", "0"}, last)
			p2rows := append(append(append([][]string{}, head...), cont...), next)
			p1 := pageResult{num: 1, box: box, tables: []table{mkTable(700, p1rows)}}
			p2 := pageResult{num: 2, box: box, tables: []table{mkTable(760, p2rows)}}
			var want []string
			for _, r := range head {
				want = append(want, strings.Join(r, "\t"))
			}
			if split {
				last = []string{"3.补正后申请内容仍不明确", "0", "0"}
			}
			want = append(want, "1.本机关不掌握\t1\t0", strings.Join(last, "\t"), strings.Join(next, "\t"))
			assert.Equal(t, strings.Join(want, "\n"), assemble([]pageResult{p1, p2}, false), name)
		}
	}
}
