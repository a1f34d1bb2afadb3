package parse

import (
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
	"github.com/zwgk/gongwen/segment"
)

// matrixTasks are the rows of the responsibility matrices below: a task
// and, per unit column, its mark as a role (l lead, c cooperate, p
// participate, r responsible, blank none), then the deadline.
var matrixTasks = []struct {
	task, marks, deadline string
}{
	{"修订政府信息主动公开目录，年内完成全部部门目录更新", "lcc ", "2024年6月底前"},
	{"开展基层政务公开标准化规范化建设试点", " lcc", "2024年9月底前"},
	{"建设政策文件库，集中公开现行有效规范性文件", "c  l", "2024年12月底前"},
	{"组织政务公开业务培训两次以上", "l  c", "全年"},
}

// matrixUnits head the unit columns.
var matrixUnits = []string{"区政务公开办", "区司法局", "区数据资源局", "区档案馆"}

// matrixShape is one way of writing the matrix: which header rows name the
// units, which symbol or word each role takes, and the legend.
type matrixShape struct {
	name   string
	group  bool   // 责任单位 merged over the unit names' own row
	groups bool   // a row of unit groups between (区直部门 | 其他)
	marks  string // the marks for l, c, p, r, in that order, |-separated
	legend string // the legend's text, "" for none
	above  bool   // the legend stands above the table
}

var matrixShapes = []matrixShape{
	{name: "unit names beside the column names, role words", marks: "牵头|配合|参与|负责"},
	{name: "责任单位 over the names, ●/○ legend below", group: true, marks: "●|○|△|√", legend: "注：表中“●”为牵头单位，“○”为配合单位。"},
	{name: "责任单位 over groups over the names, ★/√ legend above", group: true, groups: true, marks: "★|☆|△|√", legend: "说明：★为牵头单位，☆为配合单位。", above: true},
	{name: "no legend, default symbols", marks: "●|○|△|√"},
	{name: "a legend giving ticks the lead", group: true, marks: "√|○|△|■", legend: "备注：√表示牵头单位，○表示配合单位，■表示责任单位。"},
}

// doc writes the matrix under a plan title, the tab rendering's rows.
func (m matrixShape) doc() tableDoc {
	marks := strings.Split(m.marks, "|")
	mark := map[byte]string{'l': marks[0], 'c': marks[1], 'p': marks[2], 'r': marks[3]}
	var rows [][]string
	heads := 1
	if m.group {
		top := append([]string{"序号", "重点任务", "责任单位"}, make([]string, len(matrixUnits)-1)...)
		rows = append(rows, append(top, "完成时限"))
		if m.groups {
			g := append([]string{"", "", "区直部门", "", ""}, "其他", "")
			rows = append(rows, g)
			heads++
		}
		rows = append(rows, append(append([]string{"", ""}, matrixUnits...), ""))
		heads++
	} else {
		rows = append(rows, append(append([]string{"序号", "重点任务"}, matrixUnits...), "完成时限"))
	}
	for i, tk := range matrixTasks {
		r := []string{fmt.Sprint(i + 1), tk.task}
		for j := range matrixUnits {
			r = append(r, mark[tk.marks[j]])
		}
		rows = append(rows, append(r, tk.deadline))
	}
	d := tableDoc{name: m.name, prefix: "某区2024年政务公开重点工作责任分工\n", rows: rows, heads: heads, suffix: "各责任单位要按时限完成各项任务。\n"}
	if m.legend != "" {
		if m.above {
			d.prefix += m.legend + "\n"
		} else {
			d.suffix = m.legend + "\n" + d.suffix
		}
	}
	return d
}

// matrixRenderings are the renderings that keep a matrix's empty cells:
// without them no mark tells its column.
var matrixRenderings = []rendering{
	renderings[0], // tabs
	{"pipes", always, perRow(func(_ int, r []string) string { return "| " + strings.Join(r, " | ") + " |\n" }), false, false},
	{"HTML table, merged header cells as colspan and rowspan", always, matrixHTML, true, false},
}

// matrixHTML writes the matrix as a CMS writes it: the header's merged
// cells as colspan (a name over the empty cells right of it that the row
// below fills) and rowspan (a name over the empty cell below it).
func matrixHTML(d tableDoc) string {
	var b strings.Builder
	b.WriteString("<table border=\"1\">\n")
	for i, r := range d.rows {
		b.WriteString("<tr>")
		for j := 0; j < len(r); j++ {
			c := r[j]
			if i >= d.heads {
				fmt.Fprintf(&b, "<td>%s</td>", html.EscapeString(c))
				continue
			}
			if c == "" && i > 0 && d.rows[0][j] != "" && coveredDown(d, j) {
				continue // under a rowspan
			}
			span := 1
			for j+span < len(r) && r[j+span] == "" && filledBelow(d, i, j+span) {
				span++
			}
			rows := 1
			if i == 0 && c != "" && coveredDown(d, j) {
				rows = d.heads
			}
			fmt.Fprintf(&b, "<td colspan=\"%d\" rowspan=\"%d\"><strong>%s</strong></td>", span, rows, html.EscapeString(c))
			j += span - 1
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>\n")
	return b.String()
}

// filledBelow reports a header cell under row i in column j that is not
// empty: the cell of row i there is part of a name spanning it.
func filledBelow(d tableDoc, i, j int) bool {
	for k := i + 1; k < d.heads; k++ {
		if d.rows[k][j] != "" {
			return true
		}
	}
	return false
}

// coveredDown reports a first-row header cell of column j with every
// header cell below it empty: one cell spanning the header's rows.
func coveredDown(d tableDoc, j int) bool {
	for i := 1; i < d.heads; i++ {
		if d.rows[i][j] != "" {
			return false
		}
	}
	return true
}

// matrixWant is the tree every shape must give: the rows as tasks, each
// with one item holding its task sentence, and the units its marks name
// in column order with their roles by the legend (or the defaults).
func matrixWant(m matrixShape) []string {
	roles := map[byte]model.Role{'l': model.RoleLead, 'c': model.RoleCooperate, 'p': model.RoleParticipate, 'r': model.RoleResponsible}
	want := []string{"G  "}
	for i, tk := range matrixTasks {
		want = append(want, fmt.Sprintf("  T %d %s", i+1, tk.task))
		var us []string
		for j := range matrixUnits {
			if ro, ok := roles[tk.marks[j]]; ok {
				us = append(us, matrixUnits[j]+"/"+string(ro))
			}
		}
		want = append(want, "    I "+tk.task+" | "+tk.deadline+" | "+strings.Join(us, "、"))
	}
	return want
}

// TestResponsibilityMatrix renders each shape of a responsibility matrix
// through the renderings that keep empty cells and the transforms of
// script, line ends, brackets and glosses, and requires the same tree:
// each marked cell names its column's unit in the role its mark gives,
// the legend read and no item of its own.
func TestResponsibilityMatrix(t *testing.T) {
	tabs := matrixRenderings[0]
	for _, m := range matrixShapes {
		d := m.doc()
		want := matrixWant(m)
		require.Equal(t, want, treeOf(tabs.parse(t, d.text(tabs, transforms[0]))), m.name)
		for _, tr := range transforms[:5] {
			w := treeOf(tabs.parse(t, d.text(tabs, tr)))
			simplified := make([]string, len(w))
			for i, l := range w {
				simplified[i] = segment.ToSimplified(l)
			}
			require.Equal(t, want, simplified, "%s: the tab rendering, %s, folded back", m.name, tr.name)
			for _, r := range matrixRenderings[1:] {
				if r.name == "pipes" && (m.group || strings.Contains(m.marks, "●")) {
					// A pipe row keeps no leading empty cell (the names under
					// 责任单位 lose their columns), and a ● between spaces
					// parts cells in a pipe row as it does in text.
					continue
				}
				text := d.text(r, tr)
				doc := r.parse(t, text)
				assert.Equal(t, w, treeOf(doc), "%s / %s / %s:\n%s", m.name, r.name, tr.name, text)
				assert.False(t, doc.Quality.Review, "%s / %s / %s: %v", m.name, r.name, tr.name, doc.Quality.Reasons)
			}
		}
	}
}

// TestMatrixNeedsMarks: a header of unit names over cells that are not
// marks (units, prose) is no matrix, nor is a schedule whose tick columns
// are quarters.
func TestMatrixNeedsMarks(t *testing.T) {
	v := tableVocab
	header := newStrs([]string{"序号", "工作任务", "区司法局", "区档案馆", "完成时限"})
	for _, tc := range []struct {
		name  string
		below []string
		ok    bool
	}{
		{"marks", []string{"1", "任务", "●", "", "6月底前"}, true},
		{"role words", []string{"1", "任务", "牵头", "配合", "6月底前"}, true},
		{"units in the cells", []string{"1", "任务", "区财政局", "", "6月底前"}, false},
		{"prose in the cells", []string{"1", "任务", "完成清理工作", "", "6月底前"}, false},
		{"no mark at all", []string{"1", "任务", "", "", "6月底前"}, false},
	} {
		_, ok := v.MatrixNames(header, [][]source.Str{newStrs(tc.below)})
		assert.Equal(t, tc.ok, ok, tc.name)
	}
	quarters := newStrs([]string{"序号", "工作任务", "一季度", "二季度", "完成时限"})
	_, ok := v.MatrixNames(quarters, [][]source.Str{newStrs([]string{"1", "任务", "√", "√", "6月底前"})})
	assert.False(t, ok, "quarters are no units")
}

// TestReadLegend reads legends in their usual wordings and turns away
// notes that only use a symbol.
func TestReadLegend(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want table.Legend
	}{
		{"注：表中“●”为牵头单位，“○”为配合单位。", table.Legend{'●': model.RoleLead, '○': model.RoleCooperate}},
		{"说明：★为牵头单位，√为责任单位。", table.Legend{'★': model.RoleLead, '√': model.RoleResponsible}},
		{"備註：√表示牽頭單位，○表示配合單位", table.Legend{'√': model.RoleLead, '○': model.RoleCooperate}},
		{"●代表主责部门 ○代表协办部门 △代表参与部门", table.Legend{'●': model.RoleLead, '○': model.RoleCooperate, '△': model.RoleParticipate}},
		{"●全面推进政务公开标准化建设。", nil},
		{"注：各单位要按时报送进展情况。", nil},
	} {
		got, ok := table.ReadLegend(tc.s)
		assert.Equal(t, tc.want != nil, ok, tc.s)
		assert.Equal(t, tc.want, got, tc.s)
	}
}

// TestMatrixMisreadSaysSo renders each matrix through every rendering of
// the table tests, those that lose empty cells included (one cell per
// line, rows flattened with spaces: no mark tells its column any more),
// and requires the right tree or a document sent to review: never a
// silent misreading.
func TestMatrixMisreadSaysSo(t *testing.T) {
	read := 0
	for _, m := range matrixShapes {
		d := m.doc()
		want := matrixWant(m)
		for _, r := range renderings {
			if !r.ok(d) {
				continue
			}
			for _, tr := range scriptsAndBreaks {
				read++
				doc := r.parse(t, d.text(r, tr))
				got := treeOf(doc)
				for i := range got {
					got[i] = segment.ToSimplified(got[i])
				}
				if !assert.ObjectsAreEqual(want, got) {
					assert.True(t, doc.Quality.Review, "%s / %s / %s: misread and not sent to review:\n%s", m.name, r.name, tr.name, strings.Join(got, "\n"))
				}
			}
		}
	}
	// every rendering refusing the matrices would leave nothing checked
	require.Greater(t, read, len(matrixShapes)*len(scriptsAndBreaks), "too few matrices rendered")
}
