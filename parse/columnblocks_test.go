package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/segment"
)

// flowTable is a small table as pdftotext without -layout gives it
// (columnBlocks): first columns' names and rows, then the later columns'
// names and their cells in blocks of chunk rows, column after column.
type flowTable struct {
	later   []string   // the later columns' names
	rows    []string   // the first columns' rows: "一、…" group rows or the text of a numbered row
	cells   [][]string // for each numbered row, its later cells
	chunk   int        // rows per block
	wrapAt  int        // wrap the text of numbered rows longer than this many runes (0: never)
	dropOne bool       // leave out the last row's last cell
}

func (f flowTable) render() string {
	var b strings.Builder
	b.WriteString("序号\n重点任务\n")
	n := 0
	for _, r := range f.rows {
		if strings.HasPrefix(r, "一、") || strings.HasPrefix(r, "二、") {
			b.WriteString(r + "\n")
			continue
		}
		n++
		text := []rune(r)
		if f.wrapAt > 0 && len(text) > f.wrapAt {
			fmt.Fprintf(&b, "%d %s\n%s\n", n, string(text[:f.wrapAt]), string(text[f.wrapAt:]))
			continue
		}
		fmt.Fprintf(&b, "%d %s\n", n, r)
	}
	b.WriteString("\n")
	for _, name := range f.later {
		b.WriteString(name + "\n\n")
	}
	for from := 0; from < len(f.cells); from += f.chunk {
		to := min(from+f.chunk, len(f.cells))
		for c := range f.later {
			for r := from; r < to; r++ {
				if f.dropOne && r == len(f.cells)-1 && c == len(f.later)-1 {
					continue
				}
				b.WriteString(f.cells[r][c] + "\n")
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

// TestColumnBlocks: a table that pdftotext gave column by column is read
// as the table: each numbered row's text with the units and deadline of
// its place in the blocks — whatever the blocks' size, a wrapped row text,
// one or two unit columns, the script and the line ends. With a cell
// missing no cell is given to a wrong row.
func TestColumnBlocks(t *testing.T) {
	rows := []string{"一、提升政务服务效能", "全面推行一件事一次办改革，梳理公布高频事项不少于100项。", "依申请类政务服务事项网上可办率达到90%以上。",
		"二、降低企业经营成本", "全面落实减税降费政策，开展政策宣传辅导进企业活动。", "清理规范涉企收费，公布涉企收费目录清单。"}
	oneUnit := [][]string{{"县政务服务中心牵头，县工信局配合", "2019年9月底前"}, {"县数据局", "2019年12月底前"},
		{"县税务局牵头，县财政局配合", "全年"}, {"县发改局、县财政局负责", "2019年8月底前"}}
	twoUnits := [][]string{{"县政务服务中心", "县工信局", "2019年9月底前"}, {"县数据局", "县政务服务中心", "2019年12月底前"},
		{"县税务局", "县财政局", "全年"}, {"县发改局", "县市场监管局、县财政局", "2019年8月底前"}}
	wantOne := []string{"G 一 提升政务服务效能", "T 1 全面推行一件事一次办改革，梳理公布高频事项不少于100项", "I 全面推行: 县政务服务中心/lead 县工信局/cooperate",
		"T 2 依申请类政务服务事项网上可办率达到90%以上", "I 依申请类: 县数据局/responsible",
		"G 二 降低企业经营成本", "T 3 全面落实减税降费政策，开展政策宣传辅导进企业活动", "I 全面落实: 县税务局/lead 县财政局/cooperate",
		"T 4 清理规范涉企收费，公布涉企收费目录清单", "I 清理规范: 县发改局/responsible 县财政局/responsible"}
	wantTwo := []string{"G 一 提升政务服务效能", "T 1 全面推行一件事一次办改革，梳理公布高频事项不少于100项", "I 全面推行: 县政务服务中心/lead 县工信局/cooperate",
		"T 2 依申请类政务服务事项网上可办率达到90%以上", "I 依申请类: 县数据局/lead 县政务服务中心/cooperate",
		"G 二 降低企业经营成本", "T 3 全面落实减税降费政策，开展政策宣传辅导进企业活动", "I 全面落实: 县税务局/lead 县财政局/cooperate",
		"T 4 清理规范涉企收费，公布涉企收费目录清单", "I 清理规范: 县发改局/lead 县市场监管局/cooperate 县财政局/cooperate"}
	deadlines := []string{"2019年9月底前", "2019年12月底前", "全年", "2019年8月底前"}
	for _, shape := range []struct {
		name  string
		later []string
		cells [][]string
		want  []string
	}{
		{"units and deadline", []string{"责任单位", "完成时限"}, oneUnit, wantOne},
		{"lead, partners and deadline", []string{"牵头单位", "配合单位", "完成时限"}, twoUnits, wantTwo},
	} {
		for _, chunk := range []int{1, 2, 3, 4} {
			for _, wrap := range []int{0, 18} {
				for _, tr := range scriptsAndBreaks {
					f := flowTable{later: shape.later, rows: rows, cells: shape.cells, chunk: chunk, wrapAt: wrap}
					t.Run(fmt.Sprintf("%s/blocks of %d/wrap %d/%s", shape.name, chunk, wrap, tr.name), func(t *testing.T) {
						doc, err := Text(tr.apply(levelNotice(f.render())))
						require.NoError(t, err)
						assert.Equal(t, shape.want, foldTree(levelTree(doc)))
						var got []string
						for _, tk := range doc.Tasks() {
							for _, it := range tk.Items {
								got = append(got, segment.ToSimplified(it.Deadline))
							}
						}
						assert.Equal(t, deadlines, got)
					})
				}
			}
		}
	}
	t.Run("a cell missing: no unit goes to a wrong row", func(t *testing.T) {
		f := flowTable{later: []string{"责任单位", "完成时限"}, rows: rows, cells: oneUnit, chunk: 2, dropOne: true}
		doc, err := Text(levelNotice(f.render()))
		require.NoError(t, err)
		var nos []string
		for _, tk := range doc.Tasks() {
			nos = append(nos, tk.No)
			if tk.No == "4" {
				continue // the prose reader may give it the unit lines that close the text
			}
			for _, it := range tk.Items {
				assert.Empty(t, it.Units, tk.No)
			}
		}
		assert.Equal(t, []string{"1", "2", "3", "4"}, nos, "the numbered rows are read as tasks")
	})
}
