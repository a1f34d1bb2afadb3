package parse

import (
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// uprightTasks are the task rows of the transposed tables below, in the
// order of transposedFields' full set.
var uprightTasks = [][]string{
	{"1", "清理河道沿岸垃圾", "全面清理主要河道两岸堆放的生活垃圾和建筑垃圾。", "区城管局", "区水务局、各街道办事处", "2025年5月底前"},
	{"2", "整治农贸市场周边环境", "规范农贸市场周边摊点经营，取缔占道经营。", "区市场监管局", "区城管局", "2025年6月底前"},
	{"3", "开展背街小巷提升行动", "完成20条背街小巷路面修复和立面整治。", "区住建局", "各街道办事处", "2025年10月底前"},
	{"4", "建立环境卫生长效管理机制", "制定环境卫生网格化管理办法，每月开展考评。", "区爱卫办", "区城管局、区卫健局", "长期坚持"},
}

// transposedFields are sets of field names a transposed table may write
// down its first column, each with the index of the uprightTasks cell
// it holds.
var transposedFields = []struct {
	name   string
	fields []string
	cells  []int
}{
	{"序号, task, content, lead, cooperate, deadline", []string{"序号", "工作任务", "工作内容", "牵头单位", "配合单位", "完成时限"}, []int{0, 1, 2, 3, 4, 5}},
	{"no 序号, 重点任务 / 具体措施 / 责任单位 / 完成时间", []string{"重点任务", "具体措施", "责任单位", "完成时间"}, []int{1, 2, 3, 5}},
	{"序号, task and lead only", []string{"序号", "工作任务", "牵头单位", "配合单位"}, []int{0, 1, 3, 4}},
}

// transposedTable returns the upright table (the field names as its header
// row) and the same table turned on its side, for the first n tasks.
func transposedTable(fields []string, cells []int, n int) (upright, sideways [][]string) {
	upright = [][]string{fields}
	for _, tk := range uprightTasks[:n] {
		var r []string
		for _, c := range cells {
			r = append(r, tk[c])
		}
		upright = append(upright, r)
	}
	for j := range fields {
		var r []string
		for _, u := range upright {
			r = append(r, u[j])
		}
		sideways = append(sideways, r)
	}
	return upright, sideways
}

// transposedRenderings write a table's rows as a tab text, pipe rows, and
// an HTML table.
var transposedRenderings = []struct {
	name   string
	html   bool
	render func(rows [][]string) string
}{
	{"tabs", false, func(rows [][]string) string {
		var b strings.Builder
		for _, r := range rows {
			b.WriteString(strings.Join(r, "\t") + "\n")
		}
		return b.String()
	}},
	{"pipes", false, func(rows [][]string) string {
		var b strings.Builder
		for _, r := range rows {
			b.WriteString("| " + strings.Join(r, " | ") + " |\n")
		}
		return b.String()
	}},
	{"HTML table, the names in bold", true, func(rows [][]string) string {
		var b strings.Builder
		b.WriteString("<table border=\"1\">\n")
		for _, r := range rows {
			fmt.Fprintf(&b, "<tr><td><strong>%s</strong></td>", html.EscapeString(r[0]))
			for _, c := range r[1:] {
				fmt.Fprintf(&b, "<td>%s</td>", html.EscapeString(c))
			}
			b.WriteString("</tr>\n")
		}
		b.WriteString("</table>\n")
		return b.String()
	}},
}

// TestTransposedTable requires a task table turned on its side — the
// field names down its first column, a column per task — to read as the
// same table upright does, for several field sets and numbers of tasks,
// through tabs, pipes and HTML, as is, in traditional script, with CRLF.
func TestTransposedTable(t *testing.T) {
	const title = "某区2025年城乡环境整治重点工作责任分工\n"
	const after = "各责任单位要按时完成。\n"
	for _, f := range transposedFields {
		for n := 2; n <= len(uprightTasks); n++ {
			upright, sideways := transposedTable(f.fields, f.cells, n)
			for _, tr := range scriptsAndBreaks {
				want := treeOf(mustText(t, tr.apply(title+transposedRenderings[0].render(upright)+after)))
				require.Len(t, want, 1+2*n, "%s, %d tasks, %s: the upright table", f.name, n, tr.name)
				for _, r := range transposedRenderings {
					text := title + r.render(sideways) + after
					if r.html {
						text = "<html><head><meta charset=\"utf-8\"></head><body>\n<p>" + strings.TrimSpace(title) + "</p>\n" + r.render(sideways) + "<p>" + strings.TrimSpace(after) + "</p>\n</body></html>\n"
					}
					text = tr.apply(text)
					var got []string
					if r.html {
						doc, err := Bytes([]byte(text))
						require.NoError(t, err)
						got = treeOf(doc)
					} else {
						got = treeOf(mustText(t, text))
					}
					assert.Equal(t, want, got, "%s, %d tasks, %s, %s:\n%s", f.name, n, r.name, tr.name, text)
				}
			}
		}
	}
}

// TestTransposedNeedsFieldRows: a header row over data rows, and a column
// of field names without units, are no transposed table.
func TestTransposedNeedsFieldRows(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
	}{
		{"an upright table", "序号\t工作任务\t牵头单位\t完成时限\n1\t清理河道\t区城管局\t5月底前\n2\t整治市场\t区市场监管局\t6月底前\n"},
		{"fields without units", "序号\t1\t2\n工作任务\t清理河道\t整治市场\n完成时限\t5月底前\t6月底前\n"},
		{"two rows only", "工作任务\t清理河道\t整治市场\n牵头单位\t区城管局\t区市场监管局\n"},
	} {
		src := cleanLines(source.New(tc.text).Lines())
		_, ok := transposedAt(src, 0, len(src))
		assert.False(t, ok, tc.name)
	}
}
