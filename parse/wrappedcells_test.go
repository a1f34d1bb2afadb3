package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// pdfRow is a row of a task table that a PDF copy gave one cell per line,
// its content cell wrapped over the lines given.
type pdfRow struct {
	no, task string
	content  []string // the content cell, line by line as the page wrapped it
	units    []string // one cell per unit column
	deadline string
}

// pdfTable is a task table of such rows under its column names.
type pdfTable struct {
	name  string
	head  []string // 序号, task, content, the unit columns, the deadline
	roles []string // the role of each unit column's units
	rows  []pdfRow
}

// pdfTables are written so that wrapped lines open with a time word
// (全年…, 年内…, 每季度…) that reads as a deadline cell on its own, and a
// content cell opens with one: in a table whose deadline column stands
// right of its unit columns, none of them can be the row's deadline.
var pdfTables = []pdfTable{
	{
		name:  "lead and cooperating unit columns",
		head:  []string{"序号", "重点任务", "工作内容", "牵头单位", "配合单位", "完成时限"},
		roles: []string{"lead", "cooperate"},
		rows: []pdfRow{
			{"1", "农村公路", []string{"全年新改建农村公路120公里，", "完成危桥改造8座。"}, []string{"县交通运输局", "县财政局、各乡镇人民政府"}, "11月底"},
			{"2", "数字政府", []string{"推进政务服务一网通办，", "年内可网办事项比例达到", "90%以上。"}, []string{"县行政审批局", "县市场监管局（县知识产权局）"}, "12月底"},
			{"3", "学校建设", []string{"新建改扩建中小学5所，", "全年新增学位2400个，", "秋季学期前投入使用。"}, []string{"县教育局", "县住建局、县自然资源局"}, "8月底"},
			{"4", "生态环境", []string{"空气优良天数比例稳定在", "85%以上，完成造林绿化2万亩。"}, []string{"县生态环境分局", "县林业局"}, "10月底"},
		},
	},
	{
		name:  "one unit column",
		head:  []string{"序号", "工作事项", "具体措施", "责任单位", "完成时间"},
		roles: []string{"responsible"},
		rows: []pdfRow{
			{"1", "就业帮扶", []string{"年内城镇新增就业3000人，", "开展技能培训20期。"}, []string{"县人力资源和社会保障局"}, "12月底"},
			{"2", "养老服务", []string{"建成社区养老服务站6个，", "每季度开展一次老年人健康", "体检进社区活动。"}, []string{"县民政局（县老龄办）"}, "9月底"},
			{"3", "文化惠民", []string{"全年送戏下乡120场，", "建成农家书屋示范点10个。"}, []string{"县文化和旅游局"}, "11月底"},
		},
	},
}

// rewrap wraps text every width runes, moving a cut that would leave a
// line of digits alone (a row number to any reader) one rune on.
func rewrap(text string, width int) []string {
	var out []string
	rs := []rune(text)
	for len(rs) > 0 {
		n := min(width, len(rs))
		for n < len(rs) && digitsOnly(string(rs[:n])) {
			n++
		}
		out = append(out, string(rs[:n]))
		rs = rs[n:]
	}
	return out
}

// digitsOnly reports a text of digits alone.
func digitsOnly(s string) bool { return strings.Trim(s, "0123456789%") == "" }

// pdfBreak is where a page break falls in the rendered table.
type pdfBreak int

const (
	unbroken         pdfBreak = iota
	breakBetweenRows          // after the second row
	breakInContent            // after the first line of the third row's content
	breakBeforeUnits          // between the third row's content and its units
	pdfBreakVariety           // the number of page-break variants
)

// render lays the table out one cell per line, each content cell wrapped
// as wrap gives it, with a page-number line and the header repeated where
// br says, under a notice that issues it.
func (tb pdfTable) render(wrap func([]string) []string, br pdfBreak) string {
	var b strings.Builder
	b.WriteString("某县人民政府关于印发2024年重点工作任务分解的通知\n各乡镇人民政府，县政府各部门：\n")
	b.WriteString("　　现将《某县2024年重点工作任务分解》印发给你们，请认真抓好落实。\n\n某县人民政府\n2024年3月1日\n\n某县2024年重点工作任务分解\n")
	header := strings.Join(tb.head, "\n") + "\n"
	brk := "— 2 —\n\n" + header
	b.WriteString(header)
	for i, r := range tb.rows {
		if br == breakBetweenRows && i == 2 {
			b.WriteString(brk)
		}
		b.WriteString(r.no + "\n" + r.task + "\n")
		for k, ln := range wrap(r.content) {
			if br == breakInContent && i == 2 && k == 1 {
				b.WriteString(brk)
			}
			b.WriteString(ln + "\n")
		}
		if br == breakBeforeUnits && i == 2 {
			b.WriteString(brk)
		}
		b.WriteString(strings.Join(r.units, "\n") + "\n" + r.deadline + "\n")
	}
	b.WriteString("— 3 —\n\n某县人民政府办公室　　2024年3月1日印发\n")
	return b.String()
}

// want is the tree every rendering of the table gives.
func (tb pdfTable) want() []string {
	out := []string{"G  "}
	for _, r := range tb.rows {
		out = append(out, "  T "+r.no+" "+r.task)
		var us []string
		for k, cell := range r.units {
			for _, u := range strings.Split(cell, "、") {
				us = append(us, norm(u)+"/"+tb.roles[k])
			}
		}
		out = append(out, "    I "+strings.Join(r.content, "")+" | "+r.deadline+" | "+strings.Join(us, "、"))
	}
	return out
}

// joinedTree is treeOf with the line breaks a wrapped cell keeps taken out.
func joinedTree(text string, t *testing.T) []string {
	tree := treeOf(mustText(t, text))
	for i, s := range tree {
		tree[i] = strings.ReplaceAll(s, "\n", "")
	}
	return tree
}

// TestWrappedCellsOneCellPerLine: a table a PDF copy gave one cell per
// line, whose content cells wrap over lines that open with a time word
// (or whose content opens with one), across a page break (a page-number
// line and the header repeated) between rows or inside a row, gives the
// tree of its rows: the wrapped lines, neither units nor row numbers, go
// on with the cell above them, and the page furniture is no row. Every
// table is tried wrapped as written and at three widths, in both scripts
// and with half-width brackets.
func TestWrappedCellsOneCellPerLine(t *testing.T) {
	wraps := map[string]func([]string) []string{"as written": func(c []string) []string { return c }}
	for _, w := range []int{9, 13, 17} {
		wraps[fmt.Sprintf("every %d runes", w)] = func(c []string) []string { return rewrap(strings.Join(c, ""), w) }
	}
	transforms := map[string]func(string) string{
		"simplified":          func(s string) string { return s },
		"traditional":         toTraditional,
		"half-width brackets": strings.NewReplacer("（", "(", "）", ")").Replace,
	}
	for _, tb := range pdfTables {
		want := tb.want()
		for wname, wrap := range wraps {
			for br := unbroken; br < pdfBreakVariety; br++ {
				for tname, tr := range transforms {
					text := tr(tb.render(wrap, br))
					assert.Equal(t, want, joinedTree(text, t), "%s, wrapped %s, page break %d, %s:\n%s", tb.name, wname, br, tname, text)
				}
			}
		}
	}
}
