package parse

import (
	"html"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/segment"
)

// card is one task card of a test 任务书: its title row (empty for none)
// and its field rows, name and value.
type card struct {
	title  string
	fields [][2]string
}

// cardGoal is a goal of a 任务书 and the cards under it.
type cardGoal struct {
	heading string
	cards   []card
}

// cardBook builds the cards of a 任务书 with the given field names for
// the content, lead, cooperating and deadline rows, in that order of
// names but the order rows puts them in.
func cardBook(content, lead, coop, due string, order []int) []cardGoal {
	type task struct{ title, content, lead, coop, due string }
	mk := func(tk task) card {
		all := [][2]string{{content, tk.content}, {lead, tk.lead}, {coop, tk.coop}, {due, tk.due}}
		c := card{title: tk.title}
		for _, k := range order {
			c.fields = append(c.fields, all[k])
		}
		return c
	}
	return []cardGoal{
		{"一、推进教育优质均衡", []card{
			mk(task{"（一）深化学区化办学", "组建学区4个，学区内教师交流比例不低于15%。", "基础教育科", "督导室、区教研中心", "2026年12月底前"}),
			mk(task{"（二）扩大优质学位供给", "新建、改扩建学校3所，新增学位2700个。", "发展规划科", "计划财务科", "2026年8月底前"}),
		}},
		{"二、加强教师队伍建设", []card{
			mk(task{"（一）加强师德师风建设", "开展师德专题教育，建立师德失范通报制度。", "组织人事科", "机关党委、督导室", "长期坚持"}),
		}},
	}
}

// cardBookWant is the tree of every cardBook: a card's title row is its
// task, its content row the one item, the lead and cooperating rows the
// item's units in their roles, its deadline the item's.
var cardBookWant = []string{
	"G 一 推进教育优质均衡",
	"  T 一 深化学区化办学", "    I 组建学区4个，学区内教师交流比例不低于15%。 | 2026年12月底前 | 基础教育科/lead、督导室/cooperate、区教研中心/cooperate",
	"  T 二 扩大优质学位供给", "    I 新建、改扩建学校3所，新增学位2700个。 | 2026年8月底前 | 发展规划科/lead、计划财务科/cooperate",
	"G 二 加强教师队伍建设",
	"  T 一 加强师德师风建设", "    I 开展师德专题教育，建立师德失范通报制度。 | 长期坚持 | 组织人事科/lead、机关党委/cooperate、督导室/cooperate",
}

const cardNotice = "某区教育局2026年重点工作任务书\n"

// cardRendering writes a 任务书 as a text or a file.
type cardRendering struct {
	name   string
	render func(t *testing.T, goals []cardGoal) []byte
}

// cardRows writes each card as rows of two cells joined by sep, with
// before and after around each row, a blank line between cards; the
// title row keeps its empty second cell when keepEmpty is set.
func cardRows(sep, before, after string, keepEmpty bool) func(*testing.T, []cardGoal) []byte {
	return func(_ *testing.T, goals []cardGoal) []byte {
		var b strings.Builder
		b.WriteString(cardNotice)
		for _, g := range goals {
			b.WriteString(g.heading + "\n")
			for _, c := range g.cards {
				if c.title != "" {
					if keepEmpty {
						b.WriteString(before + c.title + sep + after + "\n")
					} else {
						b.WriteString(before + c.title + after + "\n")
					}
				}
				for _, f := range c.fields {
					b.WriteString(before + f[0] + sep + f[1] + after + "\n")
				}
				b.WriteString("\n")
			}
		}
		return []byte(b.String())
	}
}

// cardHTML writes the 任务书 as a web page, a <table> for each card, the
// title row one cell spanning both columns.
func cardHTML(_ *testing.T, goals []cardGoal) []byte {
	var b strings.Builder
	b.WriteString("<html><head><meta charset=\"utf-8\"><title>任务书</title></head><body>\n<p>" + strings.TrimSpace(cardNotice) + "</p>\n")
	for _, g := range goals {
		b.WriteString("<p>" + html.EscapeString(g.heading) + "</p>\n")
		for _, c := range g.cards {
			b.WriteString("<table border=\"1\">\n")
			if c.title != "" {
				b.WriteString("<tr><td colspan=\"2\">" + html.EscapeString(c.title) + "</td></tr>\n")
			}
			for _, f := range c.fields {
				b.WriteString("<tr><td>" + html.EscapeString(f[0]) + "</td><td>" + html.EscapeString(f[1]) + "</td></tr>\n")
			}
			b.WriteString("</table>\n<p>&nbsp;</p>\n")
		}
	}
	b.WriteString("</body></html>\n")
	return []byte(b.String())
}

// cardDOCX writes the 任务书 as a Word file, a w:tbl for each card, the
// title row one cell spanning both columns (w:gridSpan).
func cardDOCX(t *testing.T, goals []cardGoal) []byte {
	p := func(s string) string {
		return "<w:p><w:r><w:t xml:space=\"preserve\">" + html.EscapeString(s) + "</w:t></w:r></w:p>"
	}
	cell := func(s, props string) string { return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + p(s) + "</w:tc>" }
	var body strings.Builder
	body.WriteString(p(strings.TrimSpace(cardNotice)))
	for _, g := range goals {
		body.WriteString(p(g.heading))
		for _, c := range g.cards {
			body.WriteString("<w:tbl><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"7000\"/></w:tblGrid>")
			if c.title != "" {
				body.WriteString("<w:tr>" + cell(c.title, "<w:gridSpan w:val=\"2\"/>") + "</w:tr>")
			}
			for _, f := range c.fields {
				body.WriteString("<w:tr>" + cell(f[0], "") + cell(f[1], "") + "</w:tr>")
			}
			body.WriteString("</w:tbl>" + p(""))
		}
	}
	return docxOfBody(t, body.String())
}

// cardRenderings are the ways a 任务书 of cards reaches the parser.
var cardRenderings = []cardRendering{
	{"Word file", cardDOCX},
	{"web page", cardHTML},
	{"tab rows, title row closed by a tab", cardRows("\t", "", "", true)},
	{"tab rows, title row alone", cardRows("\t", "", "", false)},
	{"pipe rows", cardRows(" | ", "| ", " |", true)},
	{"field lines, 名称：value", cardRows("：", "", "", false)},
	{"field lines, half-width colon", cardRows(":", "", "", false)},
}

// TestTaskCards: a 任务书 whose every task is a card — a small table of
// two columns, field names on the left, under a title row merged across
// it — reads as a task table turned on its side: the title the task, the
// content the item, the unit rows its units in their columns' roles.
// Every rendering, both scripts, any order of the field rows and the
// common field names give the same tree.
func TestTaskCards(t *testing.T) {
	names := []struct{ content, lead, coop, due string }{
		{"工作内容", "牵头科室", "配合科室（单位）", "完成时限"},
		{"具体措施", "牵头单位", "配合单位", "时间节点"},
		{"主要内容", "牵头部门", "协办单位", "完成时间"},
	}
	orders := [][]int{{0, 1, 2, 3}, {1, 2, 0, 3}, {0, 3, 1, 2}}
	n := 0
	for _, nm := range names {
		for _, order := range orders {
			book := cardBook(nm.content, nm.lead, nm.coop, nm.due, order)
			for _, r := range cardRenderings {
				for _, script := range []string{"simplified", "traditional"} {
					data := r.render(t, book)
					if script == "traditional" {
						data = []byte(toTraditional(string(data)))
						if r.name == "Word file" {
							data = r.render(t, traditionalBook(book))
						}
					}
					doc, err := Bytes(data)
					require.NoError(t, err, r.name)
					got := treeOf(doc)
					for i := range got {
						got[i] = segment.ToSimplified(got[i])
					}
					require.Equal(t, cardBookWant, got, "%s, %s, %s %v", r.name, script, nm.content, order)
					n++
				}
			}
		}
	}
	t.Logf("%d variants", n)
}

// traditionalBook is book in traditional script.
func traditionalBook(book []cardGoal) []cardGoal {
	out := make([]cardGoal, len(book))
	for i, g := range book {
		out[i].heading = toTraditional(g.heading)
		for _, c := range g.cards {
			tc := card{title: toTraditional(c.title)}
			for _, f := range c.fields {
				tc.fields = append(tc.fields, [2]string{toTraditional(f[0]), toTraditional(f[1])})
			}
			out[i].cards = append(out[i].cards, tc)
		}
	}
	return out
}

// TestQualifiedUnitLabels: a unit label with a qualifier in brackets
// between its name and its colon (配合单位（部门）：) gives its units the
// name's role, as a line after the item, inside the item's bracket or
// beside another label on one line, in either script and bracket width.
func TestQualifiedUnitLabels(t *testing.T) {
	want := []string{"G 一 推进教育均衡",
		"  T 一 深化学区化办学", "    I 组建学区4个。 |  | 基础教育科/lead、督导室/cooperate、区教研中心/cooperate",
		"  T 二 扩大学位供给", "    I 新增学位2700个。 |  | 发展规划科/lead、计划财务科/cooperate"}
	shapes := map[string]string{
		"unit lines": "（一）深化学区化办学。组建学区4个。\n牵头单位：基础教育科\n@：督导室、区教研中心\n（二）扩大学位供给。新增学位2700个。\n牵头单位：发展规划科\n@：计划财务科\n",
		"brackets":   "（一）深化学区化办学。组建学区4个。（牵头单位：基础教育科；@：督导室、区教研中心）\n（二）扩大学位供给。新增学位2700个。（牵头单位：发展规划科；@：计划财务科）\n",
		"one line":   "（一）深化学区化办学。组建学区4个。\n牵头单位：基础教育科　@：督导室、区教研中心\n（二）扩大学位供给。新增学位2700个。\n牵头单位：发展规划科　@：计划财务科\n",
	}
	n := 0
	for _, label := range []string{"配合单位（部门）", "配合科室（单位）", "协办单位(处室)", "配合部门（单位、科室）"} {
		for shape, body := range shapes {
			text := "某区2025年重点工作任务\n一、推进教育均衡\n" + strings.ReplaceAll(body, "@", label)
			for _, tr := range transforms[:3] {
				doc, err := Text(tr.apply(text))
				require.NoError(t, err)
				got := treeOf(doc)
				for i := range got {
					got[i] = segment.ToSimplified(got[i])
				}
				require.Equal(t, want, got, "%s, %s, %s", label, shape, tr.name)
				n++
			}
		}
	}
	t.Logf("%d variants", n)
}

// TestNoTaskCards: rows of two cells that are no card keep their reading —
// a two-column task table (工作任务 | 责任单位) whose header names two
// columns, and a table's header printed one name per line above its rows.
func TestNoTaskCards(t *testing.T) {
	twoColumns := "某县2019年重点工作责任分工\n工作任务\t责任单位\n" +
		"1.压缩企业开办时间。将企业开办时间压缩至3个工作日以内。\t县市场监管局牵头，县税务局配合\n" +
		"2.规范涉企收费。公布收费目录清单。\t县发改委负责\n" +
		"3.加强产权保护。依法甄别纠正涉产权冤错案件。\t县法院、县检察院分别负责\n"
	doc, err := Text(twoColumns)
	require.NoError(t, err)
	require.Equal(t, []string{"G  ",
		"  T 1 压缩企业开办时间", "    I 将企业开办时间压缩至3个工作日以内。 |  | 县市场监管局/lead、县税务局/cooperate",
		"  T 2 规范涉企收费", "    I 公布收费目录清单。 |  | 县发改委/responsible",
		"  T 3 加强产权保护", "    I 依法甄别纠正涉产权冤错案件。 |  | 县法院/responsible、县检察院/responsible",
	}, treeOf(doc))
}
