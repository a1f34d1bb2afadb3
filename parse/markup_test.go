package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/strgen"
)

func TestRemoveTags(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>一、总体要求</p>", "一、总体要求"},
		{`<span style="font-size:16pt">某市</span>人民政府<br/>`, "某市人民政府"},
		{"<BR>正文", "正文"},
		{"a < b 且 c > d", "a < b 且 c > d"},
		{"增长率<5%", "增长率<5%"},
		{"<1>条目", "<1>条目"},
		{"</ div>", "</ div>"},
		{"无标签", "无标签"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, removeTags(source.New(tt.in).Lines()[0]).S, tt.in)
	}
}

func TestIsRuleAndContinuedTable(t *testing.T) {
	for s, want := range map[string]bool{"---": true, "— — —": true, "━━━━━━": true, "* * *": true, "--": false, "- 3 -": false, " ---": false, "": false} {
		assert.Equal(t, want, isRule(s), s)
	}
	for s, want := range map[string]bool{"续表": true, "（续表）": true, "续表2": true, "(續表) 3": true, "接上表": true, "续表说明": false, "表1": false,
		" 续表": true, "\u3000（续上表）": true, "附表": false, "": false} {
		assert.Equal(t, want, isContinuedTable(s), s)
	}
}

func TestBreakCells(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<tr><td>1</td><td>任务</td></tr>", "<tr><td>1\t<td>任务\t</tr>"},
		{"<TH>序号</TH>", "<TH>序号\t"},
		{"市教育局<br>市财政局", "市教育局\n市财政局"},
		{"甲<br/>乙<br />丙<BR>丁", "甲\n乙\n丙\n丁"},
		{"无标签", "无标签"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, breakCells(source.New(tt.in).Lines()[0]).S, tt.in)
	}
}

func TestIsBoxFrame(t *testing.T) {
	for s, want := range map[string]bool{
		"┌──┬──┐": true, "├────┼────┤": true, "└─┴─┘": true, "+----+----+": true, "+==+==+": true,
		"++": false, "│序号│任务│": false, "+1 项": false, "": false,
	} {
		assert.Equal(t, want, isBoxFrame(s), s)
	}
}

func TestCleanLineGridAndHTMLRows(t *testing.T) {
	tests := []struct {
		in    string
		kind  lineKind
		cells []string
	}{
		{"│1│压缩开办时间。│市场监管局│", linePipeRow, []string{"1", "压缩开办时间。", "市场监管局"}},
		{"├────┼──────┤", lineNoise, nil},
		{"+----+------+", lineNoise, nil},
		{"<tr><td>1</td><td>开展评比。</td><td>农业局</td></tr>", lineTabRow, []string{"1", "开展评比。", "农业局"}},
		{"<td>农业局</td>", lineText, nil},
		{`<table border="1">`, lineBlank, nil},
	}
	for _, tt := range tests {
		ln := (&cleaner{marks: anyMarks}).line(source.New(tt.in).Lines()[0])
		assert.Equal(t, tt.kind, ln.kind, tt.in)
		var cells []string
		for _, c := range ln.cells {
			cells = append(cells, c.S)
		}
		assert.Equal(t, tt.cells, cells, tt.in)
	}
}

func TestHasBoxBar(t *testing.T) {
	for s, want := range map[string]bool{
		"│ 序号 │ 任务 │":  true,
		"┃任务┃":         true,
		"║ 单位":         true,
		"“一网通办”—— 改革…": false,
		"┌──┬──┐":      false, // a frame line, not a bar
		"":             false,
		"\xe2":         false,
	} {
		assert.Equal(t, want, hasBoxBar(s), s)
	}
}

// TestCleanLineBulletBars: bullets between white space part cells as |
// does (a bullet closing the line after a space is an outer bar, as | is); a bullet inside a name, one opening a
// list item and a single spaced dot in prose part nothing.
func TestCleanLineBulletBars(t *testing.T) {
	tests := []struct {
		in    string
		kind  lineKind
		cells []string
	}{
		{"序号 • 工作任务 • 责任单位", linePipeRow, []string{"序号", "工作任务", "责任单位"}},
		{"2 · 办好农民夜校。 · 镇文化站", linePipeRow, []string{"2", "办好农民夜校。", "镇文化站"}},
		{"3\u3000●\u3000修缮村部。\u3000●\u3000村委会", linePipeRow, []string{"3", "修缮村部。", "村委会"}},
		{"4 • 疏浚河塘。 • ", linePipeRow, []string{"4", "疏浚河塘。"}},
		{"4 • 疏浚河塘。 •", linePipeRow, []string{"4", "疏浚河塘。"}},
		{"邀请阿卜杜·热合曼同志作辅导报告。", lineText, nil},
		{"● 加强组织领导。", lineText, nil},
		{"以“奋进 · 新时代”为主题开展宣讲。", lineText, nil},
	}
	for _, tt := range tests {
		ln := (&cleaner{marks: marksOf(tt.in)}).line(source.New(tt.in).Lines()[0])
		assert.Equal(t, tt.kind, ln.kind, tt.in)
		if tt.kind == lineText {
			assert.Equal(t, tt.in, ln.s.S, "a text line keeps its bullets")
		}
		var cells []string
		for _, c := range ln.cells {
			cells = append(cells, c.S)
		}
		assert.Equal(t, tt.cells, cells, tt.in)
	}
}

// TestHasBulletBar: the lead-byte scan answers as a search for each spaced
// form (hasAnyWord over bulletBars) does, on every string of up to five
// pieces drawn from bullets, both spaces, text and bare lead bytes.
func TestHasBulletBar(t *testing.T) {
	pieces := []string{" ", "\u3000", "•", "·", "●", "中", "“", "a", "\xe2", "\xc2", "│"}
	n, found := 0, 0
	strgen.Walk(pieces, 5, func(s string) {
		want := hasAnyWord(s, bulletBars)
		require.Equal(t, want, hasBulletBar(s), "%q", s)
		n++
		if want {
			found++
		}
	})
	require.Greater(t, found, 1000, "too few strings hold a bullet bar to prove anything (%d of %d)", found, n)
	for s, want := range map[string]bool{
		"序号 • 工作任务 • 责任单位":  true,
		"序号\u3000·\u3000任务": true,
		"阿卜杜·热合曼":           false,
		"• 一项工作":            false,
		"序号 •\u3000任务":      false, // two kinds of space
	} {
		assert.Equal(t, want, hasBulletBar(s), s)
	}
}
