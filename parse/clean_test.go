package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/internal/source"
)

func TestMdHeading(t *testing.T) {
	tests := []struct {
		in           string
		level, start int
	}{
		{"# 标题", 1, 2},
		{"### 一、总体要求", 3, 4},
		{"###### x", 6, 7},
		{"####### x", 0, 0},
		{"#标题", 0, 0},
		{"##", 0, 0},
		{"标题 #", 0, 0},
		{"", 0, 0},
	}
	for _, tt := range tests {
		level, n := mdHeading(tt.in)
		assert.Equal(t, tt.level, level, tt.in)
		assert.Equal(t, tt.start, n, tt.in)
	}
}

// Rows whose cells are separated by | or the full-width ｜ without outer
// bars keep their empty first and last cells (merged cells left blank),
// and a line with one bar among them is a row; a table with outer bars
// after them drops its outer empty parts again.
func TestPipeRowsWithoutOuterBars(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want [][]string // the cells of each line; nil: a text line
	}{
		{"outer bars", "| 序号 | 任务 | 单位 |\n| 1 | 推进 | 甲局 |\n|  | 上云 | 乙局 |",
			[][]string{{"序号", "任务", "单位"}, {"1", "推进", "甲局"}, {"", "上云", "乙局"}}},
		{"no outer bars, merged cells blank", "序号|任务|单位|时限\n1|推进|甲局|6月\n||上云|\n|归集||",
			[][]string{{"序号", "任务", "单位", "时限"}, {"1", "推进", "甲局", "6月"}, {"", "", "上云", ""}, {"", "归集", "", ""}}},
		{"full-width bars, a group line, a row with one bar", "序号｜任务｜单位\n一、总体要求\n1｜推进｜甲局\n上云｜乙局",
			[][]string{{"序号", "任务", "单位"}, nil, {"1", "推进", "甲局"}, {"上云", "乙局"}}},
		{"two columns: a header of two names around one bar starts the table", "工作任务｜责任单位\n公开预算。｜甲局\n推进上云。｜乙局",
			[][]string{{"工作任务", "责任单位"}, {"公开预算。", "甲局"}, {"推进上云。", "乙局"}}},
		{"one bar between words that are no column names is text", "首页|通知公告\n公开预算。|甲局",
			[][]string{nil, nil}},
		{"broken bars with outer bars", "¦ 序号 ¦ 任务 ¦ 单位 ¦\n¦ 1 ¦ 推进 ¦ 甲局 ¦",
			[][]string{{"序号", "任务", "单位"}, {"1", "推进", "甲局"}}},
		{"one bar far from the table is text", "序号|任务|单位\n1|推进|甲局\n甲\n乙\n丙\n丁\n戊\n首页|通知",
			[][]string{{"序号", "任务", "单位"}, {"1", "推进", "甲局"}, nil, nil, nil, nil, nil, nil}},
		{"outer bars again after prose", "序号|任务|单位\n1|推进|甲局\n甲\n乙\n丙\n丁\n戊\n| 2 | 上云 | 乙局 |",
			[][]string{{"序号", "任务", "单位"}, {"1", "推进", "甲局"}, nil, nil, nil, nil, nil, {"2", "上云", "乙局"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got [][]string
			for _, ln := range cleanLines(source.New(tt.in).Lines()) {
				if ln.kind == lineBlank {
					continue
				}
				var cells []string
				for _, c := range ln.cells {
					cells = append(cells, c.S)
				}
				if ln.kind == linePipeRow && cells == nil {
					cells = []string{}
				}
				got = append(got, cells)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestUnbold: Markdown bold marks go from the lines of a Word-to-Markdown
// export; an odd ** and the underscores of a form's blanks stay.
func TestUnbold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"**一、推进决策公开**", "一、推进决策公开"},
		{"**（一）公开目录。**年初公开。", "（一）公开目录。年初公开。"},
		{"| **二、财政公开** | | |", "| 二、财政公开 | | |"},
		{"__三、保障措施__", "三、保障措施"},
		{"填报单位：______  联系人：__", "填报单位：______  联系人：__"},
		{"注**：以上数据截至6月底", "注**：以上数据截至6月底"},
		{"__一、总体要求__（见__附件__）", "__一、总体要求__（见__附件__）"},
	} {
		assert.Equal(t, c.want, unbold(source.New(c.in).At(0, len(c.in))).S, c.in)
	}
}

func TestCleanLineKinds(t *testing.T) {
	tests := []struct {
		in   string
		kind lineKind
	}{
		{"- 3 -", lineNoise},
		{"第 2 页，共 9 页", lineNoise},
		{"首页>>政务公开>>通知公告", lineNoise},
		{"某市2020年工作要点.docx", lineNoise},
		{"（本文有删减）", lineNoise},
		{"一、总体要求", lineText},
		{"a\tb", lineTabRow},
		{"| a | b |", linePipeRow},
	}
	for _, tt := range tests {
		src := cleanLines(source.New(tt.in).Lines())
		assert.Equal(t, tt.kind, src[0].kind, tt.in)
	}
}

// A text's marks turn away only searches that cannot succeed: its lines
// clean as they do when every mark may be there.
func TestTextMarks(t *testing.T) {
	for _, text := range []string{
		"各区人民政府：\n现将有关事项通知如下。\n一、总体要求",
		"<p>一、总体要求</p>\n<tr><td>序号</td><td>任务</td></tr>\n正文&nbsp;内容",
		"序号\t任务\t责任单位\n1\t推进上云\t市大数据局",
		"| 序号 | 任务 |\n|---|---|\n| 1 | 推进 |\n---|",
		"┌──┬──┐\n│序号│任务│\n├──┼──┤\n│1│推进│\n└──┴──┘",
		"首页 > 政务公开\n第 3 页\n续表\n— 2 —",
		"序号,任务,单位\n1,\"建设平台，上云。\",\"甲局,乙局\"",
		"序号｜任务｜单位\n一、总体要求\n1｜推进｜甲局\n｜｜乙局",
		"¦ 序号 ¦ 任务 ¦\n¦ 1 ¦ 推进 ¦\n工作任务|责任单位\n推进|甲局",
		"**一、总体要求**\n| **二、任务** | |\n__三、保障__",
	} {
		raw := source.New(text).Lines()
		assert.Equal(t, cleanLines(raw), (&cleaner{marks: marksOf(text)}).lines(nil, raw), text)
	}
	plain := marksOf("各区人民政府：\n现将有关事项通知如下。")
	assert.Equal(t, textMarks{page: plain.page}, plain)
	assert.True(t, marksOf("a<br>b").tabs, "a tag may become a tab")
	assert.True(t, marksOf("│a│").pipes, "a box bar becomes a pipe")
}

func TestTableRule(t *testing.T) {
	for s, want := range map[string]bool{
		"|---|---|": true, "| :-- | --: |": true, "---": true, "": true, ":": true,
		"| a |": false, "-- 1 --": false, "一、总体要求": false, "|—|": false,
	} {
		assert.Equal(t, want, tableRule(s), s)
	}
}
