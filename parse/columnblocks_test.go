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
	rows := []string{"一、推进政务公开标准化", "编制乡镇政务公开事项标准目录，逐项明确公开内容和时限。", "重大行政决策事项在作出决定前向社会公开征求意见。",
		"二、加强政策解读回应", "重要政策文件与解读材料同步起草同步发布，提高解读质量。", "建立网民留言限时办理制度，办理结果按月公开。"}
	oneUnit := [][]string{{"县司法局牵头，县档案馆配合", "2019年10月底前"}, {"县政务公开办", "2019年11月底前"},
		{"县委宣传部牵头，县融媒体中心配合", "全年"}, {"县信访局、县数据局负责", "2019年7月底前"}}
	twoUnits := [][]string{{"县司法局", "县档案馆", "2019年10月底前"}, {"县政务公开办", "县司法局", "2019年11月底前"},
		{"县委宣传部", "县融媒体中心", "全年"}, {"县信访局", "县数据局、县档案馆", "2019年7月底前"}}
	wantOne := []string{"G 一 推进政务公开标准化", "T 1 编制乡镇政务公开事项标准目录，逐项明确公开内容和时限", "I 编制乡镇: 县司法局/lead 县档案馆/cooperate",
		"T 2 重大行政决策事项在作出决定前向社会公开征求意见", "I 重大行政: 县政务公开办/responsible",
		"G 二 加强政策解读回应", "T 3 重要政策文件与解读材料同步起草同步发布，提高解读质量", "I 重要政策: 县委宣传部/lead 县融媒体中心/cooperate",
		"T 4 建立网民留言限时办理制度，办理结果按月公开", "I 建立网民: 县信访局/responsible 县数据局/responsible"}
	wantTwo := []string{"G 一 推进政务公开标准化", "T 1 编制乡镇政务公开事项标准目录，逐项明确公开内容和时限", "I 编制乡镇: 县司法局/lead 县档案馆/cooperate",
		"T 2 重大行政决策事项在作出决定前向社会公开征求意见", "I 重大行政: 县政务公开办/lead 县司法局/cooperate",
		"G 二 加强政策解读回应", "T 3 重要政策文件与解读材料同步起草同步发布，提高解读质量", "I 重要政策: 县委宣传部/lead 县融媒体中心/cooperate",
		"T 4 建立网民留言限时办理制度，办理结果按月公开", "I 建立网民: 县信访局/lead 县数据局/cooperate 县档案馆/cooperate"}
	deadlines := []string{"2019年10月底前", "2019年11月底前", "全年", "2019年7月底前"}
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
