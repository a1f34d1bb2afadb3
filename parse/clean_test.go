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
