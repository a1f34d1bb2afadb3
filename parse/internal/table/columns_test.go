package table

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// at lays cells out on a line, each starting at its display column,
// padded with pad (an ideographic space where two columns are left).
func at(pad rune, starts []int, cells ...string) string {
	var b strings.Builder
	col := 0
	for i, c := range cells {
		if c == "" {
			continue
		}
		for col < starts[i] {
			if w := RuneWidth(pad); col+w <= starts[i] {
				b.WriteRune(pad)
				col += w
			} else {
				b.WriteByte(' ')
				col++
			}
		}
		b.WriteString(c)
		col += Width(c)
	}
	return b.String() + "\n"
}

func TestColumns(t *testing.T) {
	for _, c := range []struct {
		name   string
		text   string
		header []string
		rows   [][]string
		lines  int
		broken []int // rows marked AfterBreak
	}{
		{
			name: "cells wrapped at their column",
			text: "" +
				"序号  工作任务        具体内容                    责任单位\n" +
				"1     推行权责清单制  全面梳理行政权力事项，编制  县司法局、县\n" +
				"      度              权责清单。                  政府办\n" +
				"2     政策解读        坚持同步起草。              县政府办\n",
			header: []string{"序号", "工作任务", "具体内容", "责任单位"},
			rows: [][]string{
				{"1", "推行权责清单制度", "全面梳理行政权力事项，编制权责清单。", "县司法局、县政府办"},
				{"2", "政策解读", "坚持同步起草。", "县政府办"},
			},
			lines: 4,
		},
		{
			// A unit cell's line that stops short of its column after a
			// name (a role bracket included) ended there: the next name
			// stood on a line of its own (or after a space the wrap
			// took). A full line was wrapped, and so was a short one
			// that does not end a name (各县(市、区) goes on).
			name: "unit names one per line in their cell",
			text: "" +
				"序号  工作任务          责任单位        完成时限\n" +
				"1     推进财政预决算公  县财政局        2023年6月底前\n" +
				"      开                县审计局\n" +
				"2     公开项目进展。    县自然资源和规  持续推进\n" +
				"                        划局\n" +
				"3     公开涉农补贴。    市农业局（牵    持续推进\n" +
				"                        头）\n" +
				"                        各镇人民政府\n" +
				"4     规范收费。        各县(市、区)    每季度\n" +
				"                        人民政府\n",
			header: []string{"序号", "工作任务", "责任单位", "完成时限"},
			rows: [][]string{
				{"1", "推进财政预决算公开", "县财政局\n县审计局", "2023年6月底前"},
				{"2", "公开项目进展。", "县自然资源和规划局", "持续推进"},
				{"3", "公开涉农补贴。", "市农业局（牵头）\n各镇人民政府", "持续推进"},
				{"4", "规范收费。", "各县(市、区)人民政府", "每季度"},
			},
			lines: 10,
		},
		{
			// A line opening with 以上 ends the table when it runs from
			// the left margin; under a later column it is a cell's end.
			name: "wrapped line opening with 以上",
			text: "" +
				"序号  工作任务          责任单位  完成时限\n" +
				"1     网办率达到95%     县政务办  持续推进\n" +
				"      以上。\n" +
				"2     公开办事指南。    县政务办  持续推进\n" +
				"以上任务按季度报送进展。\n",
			header: []string{"序号", "工作任务", "责任单位", "完成时限"},
			rows: [][]string{
				{"1", "网办率达到95%以上。", "县政务办", "持续推进"},
				{"2", "公开办事指南。", "县政务办", "持续推进"},
			},
			lines: 4,
		},
		{
			name: "header wrapped, blank lines between rows, ideographic spaces",
			text: "" +
				at('\u3000', []int{0, 6, 26, 36}, "序号", "工作", "责任", "完成") +
				at('\u3000', []int{0, 6, 26, 36}, "", "任务", "单位", "时限") +
				"\n" +
				at('\u3000', []int{0, 6, 26, 36}, "1", "推进基层政务公开标", "县政府办", "长期坚持") +
				at('\u3000', []int{0, 6, 26, 36}, "", "准化建设。") +
				"\n" +
				at('\u3000', []int{0, 6, 26, 36}, "2", "公开财政预决算。", "县财政局", "2023年6") +
				at('\u3000', []int{0, 6, 26, 36}, "", "", "", "月底前"),
			header: []string{"序号", "工作任务", "责任单位", "完成时限"},
			rows: [][]string{
				{"1", "推进基层政务公开标准化建设。", "县政府办", "长期坚持"},
				{"2", "公开财政预决算。", "县财政局", "2023年6月底前"},
			},
			lines: 8,
		},
		{
			name: "header repeated after a page break, prose glued under the table",
			text: "" +
				"序号  工作要点          牵头单位    配合单位\n" +
				"1     公开项目进展      县发改局    县直各单位\n" +
				"\n" +
				"                  第 3 页\n" +
				"\n" +
				"序号  工作要点          牵头单位    配合单位\n" +
				"2     规范执法公示      县司法局    县直执法单位\n" +
				"各单位要按照任务分工抓好落实，确保各项工作取得实效。\n",
			header: []string{"序号", "工作要点", "牵头单位", "配合单位"},
			rows: [][]string{
				{"1", "公开项目进展", "县发改局", "县直各单位"},
				{"2", "规范执法公示", "县司法局", "县直执法单位"},
			},
			lines:  7,
			broken: []int{1},
		},
		{
			name: "a line of its own inside a cell, merged cells left blank on the next row",
			text: "" +
				at(' ', []int{0, 18, 44}, "目标", "主要内容", "责任单位") +
				at(' ', []int{0, 18, 44}, "一、深化财政公开", "全面公开部门预决算，", "市财政局") +
				at(' ', []int{0, 18, 44}, "", "细化到项级科目。") +
				at(' ', []int{0, 18, 44}, "", "推进乡镇财政预决算公开。", "各县政府"),
			header: []string{"目标", "主要内容", "责任单位"},
			rows: [][]string{
				{"一、深化财政公开", "全面公开部门预决算，\n细化到项级科目。", "市财政局"},
				{"", "推进乡镇财政预决算公开。", "各县政府"},
			},
			lines: 4,
		},
		{
			name: "two-row header repeated after a page break",
			text: "" +
				at(' ', []int{0, 6, 24, 38, 54}, "序号", "工作任务", "责任分工", "", "完成时限") +
				at(' ', []int{0, 6, 24, 38, 54}, "", "", "牵头单位", "配合单位") +
				at(' ', []int{0, 6, 24, 38, 54}, "1", "公开财政预决算。", "县财政局", "各乡镇", "长期坚持") +
				"- 2 -\n" +
				at(' ', []int{0, 6, 24, 38, 54}, "序号", "工作任务", "责任分工", "", "完成时限") +
				at(' ', []int{0, 6, 24, 38, 54}, "", "", "牵头单位", "配合单位") +
				at(' ', []int{0, 6, 24, 38, 54}, "2", "推进政策解读。", "县政府办", "", "长期坚持"),
			header: []string{"序号", "工作任务", "牵头单位", "配合单位", "完成时限"},
			rows: [][]string{
				{"1", "公开财政预决算。", "县财政局", "各乡镇", "长期坚持"},
				{"2", "推进政策解读。", "县政府办", "", "长期坚持"},
			},
			lines:  7,
			broken: []int{1},
		},
		{
			name: "names centred over their columns",
			text: "" +
				at(' ', []int{0, 10, 34, 60}, "序号", "工作任务", "工作措施", "责任单位") +
				at(' ', []int{0, 6, 24, 56}, "1", "推进财政预决算公", "全面公开部门预决算，细化到项级", "县财政局") +
				at(' ', []int{0, 6, 24, 56}, "", "开", "科目。") +
				at(' ', []int{0, 6, 24, 56}, "2", "政策解读", "坚持同步起草。", "县政府办"),
			header: []string{"序号", "工作任务", "工作措施", "责任单位"},
			rows: [][]string{
				{"1", "推进财政预决算公开", "全面公开部门预决算，细化到项级科目。", "县财政局"},
				{"2", "政策解读", "坚持同步起草。", "县政府办"},
			},
			lines: 4,
		},
		{
			name: "header names wrapped over three lines, single-line names in the middle",
			text: "" +
				at(' ', []int{0, 6, 24, 36}, "", "工作", "牵头") +
				at(' ', []int{0, 6, 24, 36}, "序号", "任务", "责任", "完成时限") +
				at(' ', []int{0, 6, 24, 36}, "", "", "单位") +
				at(' ', []int{0, 6, 24, 36}, "1", "公开财政预决算。", "县财政局", "长期坚持"),
			header: []string{"序号", "工作任务", "牵头责任单位", "完成时限"},
			rows: [][]string{
				{"1", "公开财政预决算。", "县财政局", "长期坚持"},
			},
			lines: 4,
		},
		{
			name: "names typed left of their cells: the first full line places the columns",
			text: "" +
				at(' ', []int{0, 8, 28, 40, 54}, "序号", "工作任务", "责任分工", "", "完成时限") +
				at(' ', []int{0, 8, 24, 34, 54}, "", "", "牵头单位", "配合单位") +
				at(' ', []int{0, 6, 30, 44, 60}, "1", "公开财政预决算信息。", "县财政局", "各乡镇", "长期坚持") +
				at(' ', []int{0, 6, 30, 44, 60}, "2", "推进政策解读，做好", "县政府办", "无", "持续推进") +
				at(' ', []int{0, 6, 30, 44, 60}, "", "回应。"),
			header: []string{"序号", "工作任务", "牵头单位", "配合单位", "完成时限"},
			rows: [][]string{
				{"1", "公开财政预决算信息。", "县财政局", "各乡镇", "长期坚持"},
				{"2", "推进政策解读，做好回应。", "县政府办", "无", "持续推进"},
			},
			lines: 5,
		},
		{
			name: "a group row wider than its column, prose across the columns after the table",
			text: "" +
				at(' ', []int{0, 6, 26}, "序号", "工作任务", "责任单位") +
				at(' ', []int{0, 6, 26}, "一、深化重点领域信息公开") +
				at(' ', []int{0, 6, 26}, "1", "公开财政预决算。", "县财政局") +
				"注：排在第一位的为牵头单位，其余为配合单位。\n",
			header: []string{"序号", "工作任务", "责任单位"},
			rows: [][]string{
				{"一、深化重点领域信息公开", "", ""},
				{"1", "公开财政预决算。", "县财政局"},
			},
			lines: 3,
		},
		{
			name: "two columns: a task and a unit column",
			text: "" +
				at(' ', []int{0, 20}, "工作任务", "责任单位") +
				at(' ', []int{0, 20}, "新建养老服务站三个", "镇民政办牵头，各") +
				at(' ', []int{0, 20}, "。", "村配合") +
				at(' ', []int{0, 20}, "硬化农村道路十公里", "镇建设办"),
			header: []string{"工作任务", "责任单位"},
			rows: [][]string{
				{"新建养老服务站三个。", "镇民政办牵头，各村配合"},
				{"硬化农村道路十公里", "镇建设办"},
			},
			lines: 4,
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			ls := lines(c.text)
			g, ok := Columns(ls, 0, len(ls))
			require.True(t, ok)
			assert.Equal(t, c.header, texts(g.Header))
			assert.Equal(t, c.rows, rowTexts(g))
			assert.Equal(t, c.lines, g.Lines)
			var broken []int
			for i, r := range g.Rows {
				if r.AfterBreak {
					broken = append(broken, i)
				}
			}
			assert.Equal(t, c.broken, broken)
		})
	}
}

// TestColumnsNot: prose with double spaces, a notice's header block and a
// header flattened with single spaces (Spaced reads it) are no column
// table.
func TestColumnsNot(t *testing.T) {
	for _, text := range []string{
		"我们要  加强政务公开  推进工作落实，  确保取得实效。\n各地要  认真贯彻执行。\n",
		"某市人民政府办公室文件\n某政办〔2023〕12号    签发人：张某\n特急    ★1年    机密\n",
		"各县（市、区）人民政府  市政府直属各单位  各有关单位：\n现将方案印发给你们。\n",
		"序号 工作任务 责任单位 完成时限\n1 推进公开 县政府办 长期坚持\n",
		"序号  工作任务  责任单位\n",
		"序号  工作任务  责任单位\n本方案自印发之日起施行，各单位要认真组织实施，确保取得实效。\n",
		"序号  工作任务  责任单位\n各单位要  认真组织实施  确保取得实效。\n",
		"责任单位  完成时限\n县财政局  6月底前\n",
	} {
		t.Run(text[:strings.IndexByte(text, '\n')], func(t *testing.T) {
			ls := lines(text)
			for i := range ls {
				_, ok := Columns(ls, i, len(ls))
				assert.False(t, ok, "line %d", i)
			}
		})
	}
}

func TestRuneWidth(t *testing.T) {
	for _, c := range []struct {
		s string
		w int
	}{{"abc 1", 5}, {"工作", 4}, {"（一）", 6}, {"\u3000", 2}, {"\u00a0", 1}, {"2023年", 6}} {
		assert.Equal(t, c.w, Width(c.s), c.s)
	}
}

// TestIsNamesLine: a line of column names parted by wide gaps (glossed or
// not) is a column table's header; a title, prose with wide spaces, one
// name and two names that are no task and unit columns are not.
func TestIsNamesLine(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"工作任务          责任单位", true},
		{"工作任务(wù)      责任单位", true},
		{"序号  工作任务  牵头单位  完成时限", true},
		{"序號\u3000\u3000工作任務\u3000\u3000責任單位", true},
		{"某镇2023年为民办实事项目", false},
		{"工作任务 责任单位", false},
		{"责任单位  完成时限", false},
		{"我们要  加强政务公开  推进工作落实", false},
	} {
		assert.Equal(t, c.want, IsNamesLine(c.s), c.s)
	}
}

// TestColumnsSentenceAtEdge: a cell that opened with its heading and ended
// a sentence at the column's edge goes on under a line without a heading;
// one that ended short of the edge, or opened with no heading (a row whose
// merged cells were left blank may follow), or a line that opens with a
// heading of its own, starts a new row.
func TestColumnsSentenceAtEdge(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][]string
	}{
		{"heading cell, sentence at the edge", "工作任务          牵头单位\n（一）做好审核。  县司法局\n推进合法性审查。\n（二）办好热线。  县信访局\n",
			[][]string{{"（一）做好审核。推进合法性审查。", "县司法局"}, {"（二）办好热线。", "县信访局"}}},
		{"unit cell wrapped beside it", "工作任务          牵头单位\n（一）做好审核。  县司法局牵头，各\n推进合法性审查。  乡镇配合\n",
			[][]string{{"（一）做好审核。推进合法性审查。", "县司法局牵头，各乡镇配合"}}},
		{"sentence short of the edge", "工作任务              牵头单位\n（一）做好审核。      县司法局\n推进合法性审查。\n",
			[][]string{{"（一）做好审核。", "县司法局"}, {"推进合法性审查。", ""}}},
		{"no heading: a row of its own", "工作任务          牵头单位\n公开审核结果。    县司法局\n推进合法性审查。\n",
			[][]string{{"公开审核结果。", "县司法局"}, {"推进合法性审查。", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ls := lines(tc.text)
			g, ok := Columns(ls, 0, len(ls))
			require.True(t, ok)
			rows := rowTexts(g)
			assert.Equal(t, tc.want, rows)
		})
	}
}

// TestHeaderAt: a column table's header, its names on one line or wrapped
// over two (工作 over 任务), glossed or not; a title, prose with wide spaces
// and one line of names that are no pair are none.
func TestHeaderAt(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"工作任务          责任单位\n修缮村部。        镇建设办\n", true},
		{"工作              责任\n任务(wù)              单位\n修缮村部。        镇建设办\n", true},
		{"某镇2023年为民办实事项目\n工作任务          责任单位\n", false},
		{"我们要  加强政务公开  推进工作落实\n", false},
		{"责任单位  完成时限\n县财政局  6月底前\n", false},
	} {
		ls := lines(c.text)
		assert.Equal(t, c.want, HeaderAt(ls, 0, len(ls)), c.text)
	}
}

// TestColumnsNoteBelow: a note under a column table (注：…, 说明：…, 備註：…),
// a blank line above it and starting left of the second column, ends the
// table rather than going on with its last row, however the columns stand
// (names over their cells or shifted left of them) and whatever the last
// cell's column; a unit cell 牵头：… opening a row of a units-first table
// after a blank line is still a row.
func TestColumnsNoteBelow(t *testing.T) {
	for _, shift := range []int{0, 4, 10} {
		heads := []int{0, 6, 30, 46}
		cells := []int{0, 6 + shift, 30 + shift, 46 + shift}
		table := at(' ', heads, "序号", "工作任务", "责任单位", "完成时限") +
			at(' ', cells, "1", "新建城市公园两座。", "市园林局", "2024年10月底前") +
			at(' ', cells, "2", "改造背街小巷三十条。", "市城管局", "2024年12月底前")
		for _, note := range []string{"注：责任单位于每月底报送进展情况。", "说明：完成时限为最迟完成时间。", "備註：各單位按季度報送。"} {
			text := table + "\n" + note + "\n"
			ls := lines(text)
			g, ok := Columns(ls, 0, len(ls))
			require.True(t, ok, text)
			assert.Equal(t, [][]string{
				{"1", "新建城市公园两座。", "市园林局", "2024年10月底前"},
				{"2", "改造背街小巷三十条。", "市城管局", "2024年12月底前"},
			}, rowTexts(g), text)
			assert.Equal(t, 4, g.Lines, "the note is no line of the table:\n%s", text)
		}
	}
	units := []int{0, 22, 40}
	text := at(' ', units, "牵头单位", "工作任务", "完成时限") +
		at(' ', units, "市财政局", "公开部门预算。", "3月底前") + "\n" +
		at(' ', units, "牵头：市审计局", "公开审计结果。", "6月底前")
	ls := lines(text)
	g, ok := Columns(ls, 0, len(ls))
	require.True(t, ok, text)
	assert.Equal(t, [][]string{
		{"市财政局", "公开部门预算。", "3月底前"},
		{"牵头：市审计局", "公开审计结果。", "6月底前"},
	}, rowTexts(g), text)
}

// TestColumnsHeaderFiveLines: a column name with its qualifier in brackets
// wrapped two runes a line at a narrow column (责任 / 单位 / （责 / 任人 /
// ）) is one name over five lines, on the first page and where the header
// repeats after a page break: its pieces are no cell of the row above.
func TestColumnsHeaderFiveLines(t *testing.T) {
	cols := []int{0, 6, 24, 42}
	for _, c := range []struct {
		name        []string // the long name, line by line, in the third column
		other       [2]string
		cells, more [2]string // the third and fourth cells of rows 1 and 2
	}{
		{[]string{"责任", "单位", "（责", "任人", "）"}, [2]string{"完成", "时限"}, [2]string{"市财政局（王明）", "3月底前"}, [2]string{"市审计局（李华）", "6月底前"}},
		{[]string{"牵头", "单位", "（联", "系人", "）"}, [2]string{"完成", "时限"}, [2]string{"市财政局（王明）", "3月底前"}, [2]string{"市审计局（李华）", "6月底前"}},
		{[]string{"完成", "时限", "（年", "月）"}, [2]string{"责任", "单位"}, [2]string{"2024年3月", "市财政局"}, [2]string{"2024年6月", "市审计局"}},
	} {
		header := at(' ', cols, "序号", "工作", c.name[0], c.other[0]) + at(' ', cols, "", "任务", c.name[1], c.other[1])
		for _, part := range c.name[2:] {
			header += at(' ', cols, "", "", part)
		}
		text := header + at(' ', cols, "1", "公开部门预算。", c.cells[0], c.cells[1]) +
			"\n" + at(' ', []int{20}, "- 2 -") + "\n" +
			header + at(' ', cols, "2", "公开审计结果。", c.more[0], c.more[1])
		ls := lines(text)
		g, ok := Columns(ls, 0, len(ls))
		require.True(t, ok, text)
		assert.Equal(t, []string{"序号", "工作任务", strings.Join(c.name, ""), strings.Join(c.other[:], "")}, texts(g.Header), text)
		assert.Equal(t, [][]string{
			{"1", "公开部门预算。", c.cells[0], c.cells[1]},
			{"2", "公开审计结果。", c.more[0], c.more[1]},
		}, rowTexts(g), text)
	}
}
