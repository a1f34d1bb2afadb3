package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// treeLines renders a plan's tree for comparison: goals, tasks indented,
// items with their unit counts.
func treeLines(t *testing.T, text string) []string {
	t.Helper()
	doc, err := Text(text)
	require.NoError(t, err)
	var got []string
	if doc.Plan == nil {
		return nil
	}
	if p := doc.Plan.Preamble; p != nil {
		got = append(got, "preamble "+p.Value)
	}
	for _, g := range doc.Plan.Goals {
		got = append(got, strings.TrimSpace(g.No+" "+g.Title))
		for _, tk := range g.Tasks {
			got = append(got, "  "+tk.No+" "+tk.Title)
			for _, it := range tk.Items {
				got = append(got, fmt.Sprintf("  - %s %d", firstLine(it.Text), len(it.Units)))
			}
		}
	}
	return got
}

// TestTableOfContentsIsNoContent requires a plan preceded by its table of
// contents to read as the plan alone, for every ordinal system and
// rendering of the contents (目录 line or none, dot leaders, page
// numbers, spaced or traditional 目录).
func TestTableOfContentsIsNoContent(t *testing.T) {
	bodies := []struct {
		name   string
		titles []string // the headings the contents list
		body   string
	}{
		{"一、 and （一）", []string{"一、总体要求", "二、重点任务", "（一）推进决策公开", "（二）深化执行公开", "三、保障措施"},
			"一、总体要求\n坚持以公开为常态。\n二、重点任务\n（一）推进决策公开\n完善征求意见机制。（县司法局负责）\n（二）深化执行公开\n公开重点项目进展。（县发改局负责）\n三、保障措施\n加强督查考核。\n"},
		{"第一部分 over 1.", []string{"第一部分 工作目标", "第二部分 工作措施"},
			"第一部分 工作目标\n1.全面完成防汛设施建设。（镇应急办负责）\n2.汛期无人员伤亡。（各村负责）\n第二部分 工作措施\n1.建立巡查值守制度。（镇水务站负责）\n2.储备抢险物资。（镇财政所负责）\n"},
		{"1 / 1.1", []string{"1 总则", "1.1 编制目的", "1.2 适用范围", "2 应急响应", "2.1 信息报告", "2.2 先期处置"},
			"1 总则\n1.1 编制目的\n为做好森林火灾应对工作，制定本预案。\n1.2 适用范围\n本预案适用于全区范围内的森林火灾。\n2 应急响应\n2.1 信息报告\n发现火情后立即报告。（区林业局负责）\n2.2 先期处置\n属地先行组织扑救。（各街道负责）\n"},
	}
	contents := []struct {
		name  string
		head  string
		entry func(i int, title string) string
	}{
		{"目录, bare titles", "目录", func(_ int, s string) string { return s }},
		{"spaced 目　　录, page numbers", "目　　录", func(i int, s string) string { return fmt.Sprintf("%s  %d", s, i+1) }},
		{"traditional 目錄, dot leaders", "目　錄", func(i int, s string) string { return fmt.Sprintf("%s……………………%d", s, i+1) }},
		{"page numbers on their own lines", "目录", func(i int, s string) string { return fmt.Sprintf("%s\n%d", s, i+3) }},
		{"no 目录 line, dot leaders", "", func(i int, s string) string { return fmt.Sprintf("%s..........%d", s, 2*i+1) }},
	}
	for _, b := range bodies {
		want := treeLines(t, b.body)
		require.NotEmpty(t, want)
		for _, c := range contents {
			t.Run(b.name+"/"+c.name, func(t *testing.T) {
				var toc strings.Builder
				if c.head != "" {
					toc.WriteString(c.head + "\n")
				}
				for i, s := range b.titles {
					toc.WriteString(c.entry(i, s) + "\n")
				}
				assert.Equal(t, want, treeLines(t, toc.String()+b.body))
			})
		}
	}
}

// TestContentsNeedTheirShape keeps text that only looks like a table of
// contents: titles the plan does not repeat, or a single leader line.
func TestContentsNeedTheirShape(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a 目录 line whose titles never repeat is kept",
			"目录\n一、总体要求\n坚持以公开为常态。\n二、重点任务\n公开重点项目进展。（县发改局负责）\n",
			// 一、 alone, one section assigning work: its sections are tasks
			[]string{"preamble 目录", "", "  一 总体要求", "  - 坚持以公开为常态。 0", "  二 重点任务", "  - 公开重点项目进展。 1"}},
		{"one line closed by dots and a figure is content",
			"一、重点任务\n（一）扩大投资\n新建项目.......3\n公开重点项目进展。（县发改局负责）\n",
			[]string{"一 重点任务", "  一 扩大投资", "  - 新建项目.......3 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, treeLines(t, tt.text))
		})
	}
}

func TestContentsRecognisers(t *testing.T) {
	tests := []struct {
		s                string
		contents, leader bool
	}{
		{"目录", true, false},
		{"目　　录", true, false},
		{"目 錄", true, false},
		{"目录管理", false, false},
		{"一、总体要求……………1", false, true},
		{"第二章 组织体系 ........ 12", false, true},
		{"全年新建项目3", false, false},
		{"……12", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			assert.Equal(t, tt.contents, isContentsLine(tt.s))
			assert.Equal(t, tt.leader, leaderEntry(tt.s))
		})
	}
}
