package table

import (
	"math/bits"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// testVocab stands in for the parser's clause reader: units end in 局, 办,
// 委 or 部门; deadlines hold 底前 or 长期.
var testVocab = Vocab{
	IsUnits: func(s string) bool {
		for _, part := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("、，", r) }) {
			if !strings.HasSuffix(part, "局") && !strings.HasSuffix(part, "办") && !strings.HasSuffix(part, "委") && !strings.HasSuffix(part, "部门") {
				return false
			}
		}
		return true
	},
	IsDeadline: func(s string) bool { return strings.Contains(s, "底前") || strings.Contains(s, "长期") },
}

func strs(ss ...string) []source.Str {
	out := make([]source.Str, len(ss))
	for i, s := range ss {
		out[i] = source.New(s).At(0, len(s))
	}
	return out
}

// rowTexts returns the texts of g's rows.
func rowTexts(g Grid) [][]string {
	var rows [][]string
	for _, r := range g.Rows {
		rows = append(rows, texts(r.Cells))
	}
	return rows
}

func texts(cells []source.Str) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = c.S
	}
	return out
}

// lines classifies text lines the way the parser's cleaner does, enough
// for these tests: blank, a lone | or a page number (第 3 页, - 3 -) as
// noise, "||" and "x |" as pipe rows, text with its indent.
func lines(text string) []Line {
	src := source.New(text)
	var out []Line
	for _, l := range src.Lines() {
		t := l.TrimSpace()
		switch {
		case t.Len() == 0:
			out = append(out, Line{Kind: Blank})
		case t.S == "|", strings.HasPrefix(t.S, "第") && strings.HasSuffix(t.S, "页"), strings.HasPrefix(t.S, "- "):
			out = append(out, Line{S: t, Kind: Noise})
		case t.S == "||":
			out = append(out, Line{S: t, Kind: PipeRow})
		case strings.HasSuffix(t.S, "|"):
			out = append(out, Line{S: t, Kind: PipeRow, Cells: []source.Str{t.Slice(0, t.Len()-1).TrimSpace()}})
		default:
			out = append(out, Line{S: t, Kind: Text, Indent: Width(l.S[:len(l.S)-len(strings.TrimLeftFunc(l.S, source.IsSpace))])})
		}
	}
	return out
}

func TestHeaderRole(t *testing.T) {
	for _, c := range []struct {
		cell string
		role Role
		unit model.Role
		ok   bool
	}{
		{"序号", Seq, "", true},
		{"序 號", Seq, "", true},
		{"工 作 任 务", Task, "", true},
		{"工作要点", Task, "", true},
		{"项目名称", Task, "", true},
		{"公开事项", Task, "", true},
		{"公開事項", Task, "", true},
		{"督查事项", Task, "", true}, // …事项 names the task, as …名称 does
		{"督查事項", Task, "", true},
		{"改革事项", Task, "", true},
		{"部门事项", Unknown, "", false},
		{"建设内容及目标", Content, "", true},
		{"主要建设内容", Content, "", true},
		{"内容审核单位", Unknown, "", false},
		{"工程名称", Task, "", true},
		{"单位名称", Unknown, "", false},
		{"主要目标任务", Content, "", true},
		{"目标要求", Content, "", true}, // the targets a task sets: its content, not a goal
		{"目標要求", Content, "", true},
		{"重点工作任务", Task, "", true},
		{"责任处室（单位）", Units, model.RoleResponsible, true},
		{"牵头单位(部门)", Units, model.RoleLead, true},
		{"责任单位（牵头单位：县财政局）", Unknown, "", false},
		{"牽頭單位", Units, model.RoleLead, true},
		{"牵头负责部门", Units, model.RoleLead, true},
		{"协同责任单位", Units, model.RoleCooperate, true},
		{"完成時限", Deadline, "", true},
		{"计划完成时间", Deadline, "", true},
		{"牵头区领导", Ignore, "", true},
		{"进展情况 |", Ignore, "", true},
		// A grade given to each row's progress is neither item nor unit.
		{"推进等次", Ignore, "", true},
		{"评价等次", Ignore, "", true},
		{"完成等级", Ignore, "", true},
		{"推進等次", Ignore, "", true},
		{"牵头单位：县财政局", Unknown, "", false},
		{"责任单位（牵头、配合）", Units, model.RoleResponsible, true},
		{"责任单位（牵头，配合）", Unknown, "", false},
		{"完成时限；", Unknown, "", false},
		{"序號(hào)。", Unknown, "", false},
		{"工作任务,", Unknown, "", false},
		{"完成时限(2022年)", Deadline, "", true},
		{"2022年", Unknown, "", false},
		{"责任人", Ignore, "", true},
		{"单位名称", Unknown, "", false},
		{"建设单位名称", Unknown, "", false},
		{"主要举措", Content, "", true},
		{"推进措施", Content, "", true},
		{"任务目标", Content, "", true},
		{"民生实事", Content, "", true}, // one-sentence rows: the task is titled by its content
		{"責任單位（責任人）", Units, model.RoleResponsible, true},
		{"工作类别", Goal, "", true},
		{"完成标准", Ignore, "", true},
		{"考核指标", Ignore, "", true},
		{"投资（万元）", Ignore, "", true},
		{"年度计划投资", Ignore, "", true},
		{"总投资(亿元)", Ignore, "", true},
		{"投资项目名称", Task, "", true},
		{"攻坚任务", Task, "", true}, // the kind of task the rows are
		{"改革任务", Task, "", true},
		{"年度重点任务", Task, "", true},
		{"攻堅任務", Task, "", true},
		{"主要目标任务", Content, "", true}, // a qualified name of the list first
		{"单位任务", Unknown, "", false},
		{"任务完成情况", Ignore, "", true},
		{"配合科室（单位）", Units, model.RoleCooperate, true}, // a name read by its key words, then its qualifier
		{"牵头处室(单位)", Units, model.RoleLead, true},
		{"協辦科室（單位）", Units, model.RoleCooperate, true},
		{"配合科室（牵头，配合）", Unknown, "", false},
		{"未完成原因", Ignore, "", true}, // why a task lags: progress, not content
		{"滞后原因", Ignore, "", true},
		{"第一阶段（2012年）", Ignore, "", true}, // a phase's targets: a schedule
		{"第二階段(2013年)", Ignore, "", true},
		{"阶段目标", Ignore, "", true},
		{"推进情况", Ignore, "", true}, // what a 督查台账 reports: a task's state
		{"落实情况（截至6月底）", Ignore, "", true},
		{"办结情况", Ignore, "", true},
		{"完成进度", Ignore, "", true},
		{"工作进度", Ignore, "", true},
		{"是否完成", Ignore, "", true},
		{"完成状态", Ignore, "", true},
		{"进度安排", Deadline, "", true}, // in the word list: a schedule
		{"时间进度", Deadline, "", true}, // the State Council's schedule column, not a task's progress
		{"时间安排", Deadline, "", true},
		{"负责单位", Units, model.RoleResponsible, true}, // a head beyond the label heads (role.ResponsibleHeads)
		{"負責部門", Units, model.RoleResponsible, true},
		{"具体负责单位", Units, model.RoleResponsible, true},
		{"包联单位", Units, model.RoleResponsible, true},
		{"牵头负责单位", Units, model.RoleLead, true}, // the lead head first
		{"负责人", Unknown, "", false},             // a person, not a unit column
		{"联系人", Ignore, "", true},
	} {
		r, u, ok := HeaderRole(c.cell)
		assert.Equal(t, c.ok, ok, c.cell)
		assert.Equal(t, c.role, r, c.cell)
		assert.Equal(t, c.unit, u, c.cell)
	}
}

// TestKeyWordsFitKeySet: every key word has a bit of a keySet; a word
// beyond them would get none and go unread (hence responsibleHeads).
func TestKeyWordsFitKeySet(t *testing.T) {
	assert.LessOrEqual(t, len(keyWords), bits.OnesCount64(uint64(^keySet(0))))
}

func TestMayBeName(t *testing.T) {
	for _, c := range []struct {
		cell       string
		may, plain bool
	}{
		{"责任单位", true, true},
		{"牽頭單位", true, true},
		{"序 號(hào)", true, false},
		{"工作任务 |", true, false},
		{"牵头单位：县财政局", true, false}, // told by HeaderRole after folding
		{"十二个汉字的一个长的名称", true, true},
		{"十三个汉字的一个很长的名称", false, false},
		{"责任单位（牵头，配合）", false, false},
		{"工作任务,", false, false},
		{"完成时限；", false, false},
		{"完成时限;", false, false},
		{"全面公开。", false, false},
		{"2022年", false, false},
		{"0", false, false},
		{"一、总体要求", false, false},
		{"（一）加强组织领导", false, false},
		{"　(二)工作要求", false, false},
		{"责任单位（牵头、配合）", true, false},
		{"完成时限（2022年）", true, false},
		{"完成时限(2022年)", true, false},
		{strings.Repeat("a", maxHeaderBytes+1), false, false},
		{"", true, true},
	} {
		may, plain := mayBeName(c.cell)
		assert.Equal(t, c.may, may, c.cell)
		assert.Equal(t, c.plain, plain, c.cell)
		if !c.may {
			_, _, ok := HeaderRole(c.cell)
			assert.False(t, ok, "%s: what mayBeName turns away is no name", c.cell)
		}
	}
}

func TestHeaderWordsSimplified(t *testing.T) {
	for _, h := range headerWords {
		for _, w := range h.words {
			assert.Equal(t, w, normHeader(w), "HeaderRole looks %s up before folding it", w)
		}
	}
}

func TestMemo(t *testing.T) {
	calls := 0
	v := Vocab{IsUnits: func(s string) bool { calls++; return s == "县财政局" }}.Memo()
	for range 3 {
		assert.Equal(t, UnitsCell, v.Classify("县财政局"))
		assert.Equal(t, ShortCell, v.Classify("建设地点"))
	}
	assert.Equal(t, 2, calls, "each text is classified once")
	assert.Equal(t, UnitsCell, Vocab{IsUnits: func(s string) bool { return true }}.Classify("县财政局"), "without a memo")
}

func TestClassify(t *testing.T) {
	for s, want := range map[string]CellType{
		"":             Empty,
		"/":            Empty,
		"12":           SeqCell,
		"（3）":          SeqCell,
		"(12)":         SeqCell,
		"（一）":          ShortCell,
		"（1）公开":        ShortCell,
		"一、深化重点领域信息公开": GoalCell,
		"（二）推进政务公开":    TaskCell,
		"县财政局、县审计局":    UnitsCell,
		"2021年12月底前":   DeadlineCell,
		"集中公开现行有效的行政规范性文件。": ProseCell,
		"规范性文件公开":           ShortCell,
		"责任单位":              HeaderCell,
	} {
		assert.Equal(t, want, testVocab.Classify(s), s)
	}
}

// TestMemoRelease checks that a memo given back by Release answers the
// next document's vocabulary afresh: a memo kept unemptied would give a
// text the type the last vocabulary gave it.
func TestMemoRelease(t *testing.T) {
	texts := []string{"县财政局、县审计局", "12", "集中公开现行有效的行政规范性文件。", "规范性文件公开"}
	for round, units := range []bool{true, false, true} {
		v := Vocab{IsUnits: func(string) bool { return units }, IsDeadline: testVocab.IsDeadline}
		plain := v
		memo := v.Memo()
		for _, s := range texts {
			want := plain.Classify(s)
			assert.Equal(t, want, memo.Classify(s), "round %d, %s", round, s)
			assert.Equal(t, want, memo.Classify(s), "round %d, %s, memoised", round, s)
		}
		memo.Release()
	}
	assert.NotPanics(t, func() { Vocab{}.Release() }, "a vocabulary without memo")
}

func TestAlign(t *testing.T) {
	cols := HeaderColumns(strs("序号", "工作任务", "具体内容", "责任单位", "完成时限"))
	for _, c := range []struct {
		name   string
		cells  []string
		want   []string
		ragged bool
	}{
		{"full row", []string{"1", "a", "b", "c", "d"}, []string{"1", "a", "b", "c", "d"}, false},
		{"positional row padded", []string{"", "", "继续推进公开工作的各项要求。"}, []string{"", "", "继续推进公开工作的各项要求。", "", ""}, false},
		{"merged cells dropped", []string{"继续推进公开工作的各项要求。", "县财政局", "6月底前"}, []string{"", "", "继续推进公开工作的各项要求。", "县财政局", "6月底前"}, false},
		{"units on lines of their own", []string{"2", "公开", "继续推进公开工作的各项要求。", "县财政局", "县审计局", "长期坚持"}, []string{"2", "公开", "继续推进公开工作的各项要求。", "县财政局，县审计局", "长期坚持"}, false},
		{"empty cells of a wider row", []string{"", "（二）政策解读", "继续推进公开工作的各项要求。", "", "", ""}, []string{"", "（二）政策解读", "继续推进公开工作的各项要求。", "", ""}, false},
		{"no deadline", []string{"3", "公开", "继续推进公开工作的各项要求。", "县财政局"}, []string{"3", "公开", "继续推进公开工作的各项要求。", "县财政局", ""}, false},
		{"content broken over lines", []string{"4", "公开", "全面梳理权责事项，", "并集中公开", "到乡镇。", "县财政局", "6月底前"}, []string{"4", "公开", "全面梳理权责事项，\n并集中公开\n到乡镇。", "县财政局", "6月底前"}, false},
		{"broken content, no deadline, in a ragged table", []string{"5", "公开", "全面梳理权责事项，", "并集中公开。", "县财政局"}, []string{"5", "公开", "全面梳理权责事项，\n并集中公开。", "县财政局", ""}, true},
		{"as wide as the table, not ragged: kept", []string{"5", "公开", "全面梳理权责事项，", "并集中公开。", "县财政局"}, []string{"5", "公开", "全面梳理权责事项，", "并集中公开。", "县财政局"}, false},
		{"ragged, nothing misplaced: kept", []string{"5", "公开", "全面梳理权责事项。", "县财政局", "6月底前"}, []string{"5", "公开", "全面梳理权责事项。", "县财政局", "6月底前"}, true},
	} {
		got := testVocab.Align(cols, strs(c.cells...), "", c.ragged)
		assert.Equal(t, c.want, texts(got), c.name)
	}
}

func TestTypeByContent(t *testing.T) {
	g := Grid{Header: strs("序号", "实事项目", "责任单位"), Rows: []Row{
		{Cells: strs("1", "启动建设城区段综合治理工程。", "县水务局")},
		{Cells: strs("2", "新建两座人行天桥和地下通道。", "县住建局")},
	}}
	typed := testVocab.Type(g)
	require.Len(t, typed.Columns, 3)
	assert.Equal(t, Content, typed.Columns[1].Role)
	assert.Equal(t, ByContent, typed.Columns[1].By)
	assert.Equal(t, ByHeader, typed.Columns[2].By)

	// No header: an unheaded 序号 column and units typed by their cells.
	g = Grid{Rows: []Row{
		{Cells: strs("1", "规范性文件公开", "集中公开现行有效的行政规范性文件。", "县司法局")},
		{Cells: strs("2", "基层政务公开", "推进基层政务公开标准化规范化建设。", "县政府办")},
	}}
	typed = testVocab.Type(g)
	var roles []Role
	for _, c := range typed.Columns {
		roles = append(roles, c.Role)
		assert.Equal(t, ByContent, c.By)
	}
	assert.Equal(t, []Role{Seq, Task, Content, Units}, roles)
}

func TestCellLines(t *testing.T) {
	text := "序号\n\n民生实事\n\n责任单位\n\n完成时限\n\n1\n\n启动建设城区段综合治理工程。\n\n县水务局\n\n县住建局\n\n12月底前\n\n" +
		"2\n\n开工建设县老年养护楼。\n\n县民政局\n\n5月底前\n\n开工建设老年大学。\n\n12月底前\n\n3\n\n建成县儿童福利服务中心。\n\n县残"
	ls := lines(text)
	g, ok := CellLines(ls, 0, len(ls), testVocab)
	require.True(t, ok)
	assert.Equal(t, []string{"序号", "民生实事", "责任单位", "完成时限"}, texts(g.Header))
	rows := rowTexts(g)
	assert.Equal(t, [][]string{
		{"1", "启动建设城区段综合治理工程。", "县水务局", "县住建局", "12月底前"},
		{"2", "开工建设县老年养护楼。", "县民政局", "5月底前"},
		{"开工建设老年大学。", "12月底前"},
		{"3", "建成县儿童福利服务中心。", "县残"},
	}, rows)
	assert.True(t, g.AtEnd)
	typed := testVocab.Type(g)
	last := typed.Rows[len(typed.Rows)-1]
	assert.True(t, last.Cut, "a unit cut in mid-word by the end of the text")
	assert.Equal(t, "", last.Cells[2].S)
	assert.Equal(t, []string{"", "开工建设老年大学。", "", "12月底前"}, texts(typed.Rows[2].Cells))

	// Cells ending in " |" with "||" between rows keep their empty cells.
	ls = lines("序号 |\n工作任务 |\n责任单位 |\n||\n1 |\n公开 |\n|\n||\n")
	g, ok = CellLines(ls, 0, len(ls), testVocab)
	require.True(t, ok)
	require.Len(t, g.Rows, 1)
	assert.Equal(t, []string{"1", "公开", ""}, texts(g.Rows[0].Cells))

	ls = lines("总体要求\n\n序号\n")
	_, ok = CellLines(ls, 0, len(ls), testVocab)
	assert.False(t, ok)
}

// TestCellLinesTwoColumns: a header of a task and a unit column alone on
// their lines starts a table of two columns; two names of another kind,
// or one, do not.
func TestCellLinesTwoColumns(t *testing.T) {
	ls := lines("工作任务\n\n责任单位\n\n新建养老服务站三个。\n\n镇民政办\n\n硬化农村道路十公里。\n\n镇建设办、各村\n")
	g, ok := CellLines(ls, 0, len(ls), testVocab)
	require.True(t, ok)
	assert.Equal(t, []string{"工作任务", "责任单位"}, texts(g.Header))
	rows := rowTexts(g)
	assert.Equal(t, [][]string{{"新建养老服务站三个。", "镇民政办"}, {"硬化农村道路十公里。", "镇建设办、各村"}}, rows)
	for _, text := range []string{
		"责任单位\n完成时限\n镇民政办\n12月底前\n",
		"工作任务\n新建养老服务站三个。\n镇民政办\n",
	} {
		ls := lines(text)
		_, ok := CellLines(ls, 0, len(ls), testVocab)
		assert.False(t, ok, text)
	}
}

func TestCellLinesLinesInOneCell(t *testing.T) {
	// Where blank lines part the cells, lines with none between them are
	// one cell: a unit cell holding 牵头单位：A and 责任单位：B on two lines.
	// Without blank lines each line stays a cell of its own.
	cellRowCases(t, []cellRowCase{
		{"blank lines part the cells",
			"序号\n\n工作任务\n\n责任单位\n\n完成时限\n\n1\n\n公开权责清单。\n\n牵头单位：县政府办\n责任单位：县直各部门\n\n6月底前\n\n2\n\n公开收费目录。\n\n责任单位：县财政局\n\n9月底前\n",
			[][]string{{"1", "公开权责清单。", "牵头单位：县政府办\n责任单位：县直各部门", "6月底前"}, {"2", "公开收费目录。", "责任单位：县财政局", "9月底前"}}},
		{"no blank lines",
			"序号\n工作任务\n责任单位\n1\n公开权责清单。\n县政府办\n县直各部门\n",
			[][]string{{"1", "公开权责清单。", "县政府办", "县直各部门"}}},
	})
}

func TestCellLinesCategoryBeforeSeq(t *testing.T) {
	// A merged 重点领域 cell left of 序号, written on its group's first row
	// only and without an ordinal, opens that row; so does one that comes
	// right after a unit cell, which could have taken it as a unit name.
	ls := lines("重点领域\n序号\n工作任务\n责任单位\n决策公开\n1\n制定决策事项目录。\n县司法局\n2\n公开征求意见。\n县政府各部门\n政策解读\n3\n建立解读专家库。\n县政府办\n")
	g, ok := CellLines(ls, 0, len(ls), testVocab)
	require.True(t, ok)
	assert.Equal(t, [][]string{
		{"决策公开", "1", "制定决策事项目录。", "县司法局"},
		{"2", "公开征求意见。", "县政府各部门"},
		{"政策解读", "3", "建立解读专家库。", "县政府办"},
	}, rowTexts(g))
}

func TestCellLinesBrokenCells(t *testing.T) {
	// A requirement the source broke over lines stops in mid-sentence and
	// the row goes on with its units; one that ends its sentence is
	// followed by a row of its own (its unit cell merged with the one
	// above), and prose with no units after it stays a row of its own.
	ls := lines("序号\n工作任务\n具体内容\n责任单位\n1\n公开\n全面梳理权责事项，\n并集中公开\n到乡镇。\n县财政局\n" +
		"2\n解读\n坚持同步发布。\n县政府办\n补充完善解读材料。\n县审计局\n3\n回应\n健全回应机制，\n及时回应社会关切的各类热点问题\n4\n培训\n")
	g, ok := CellLines(ls, 0, len(ls), testVocab)
	require.True(t, ok)
	rows := rowTexts(g)
	assert.Equal(t, [][]string{
		{"1", "公开", "全面梳理权责事项，\n并集中公开\n到乡镇。", "县财政局"},
		{"2", "解读", "坚持同步发布。", "县政府办"},
		{"补充完善解读材料。", "县审计局"},
		{"3", "回应", "健全回应机制，"},
		{"及时回应社会关切的各类热点问题"},
		{"4", "培训"},
	}, rows)
}

// cellRowCase is a text read one cell per line and the rows it gives.
type cellRowCase struct {
	name, text string
	want       [][]string
}

// cellRowCases reads each case's text with CellLines and requires its rows.
func cellRowCases(t *testing.T, cases []cellRowCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ls := lines(c.text)
			g, ok := CellLines(ls, 0, len(ls), testVocab)
			require.True(t, ok)
			assert.Equal(t, c.want, rowTexts(g))
		})
	}
}

func TestCellLinesWrappedCells(t *testing.T) {
	// A converter wrapped long cells onto lines of their own, no blank
	// line between cells: what the next column expects tells a wrapped
	// cell's rest from the next cell.
	head := "序号\n工作事项\n工作要求\n责任单位\n完成时间\n"
	cellRowCases(t, []cellRowCase{
		{"task name cut mid-word: prose follows, the content column's", head + "1\n完善村务监督信\n息平台\n定期更新村级财务收支情况。\n县农业农村局\n6月底前\n",
			[][]string{{"1", "完善村务监督信息平台", "定期更新村级财务收支情况。", "县农业农村局", "6月底前"}}},
		{"short content after the task: a unit follows, kept", head + "1\n完善村务监督\n及时公开\n县农业农村局\n6月底前\n",
			[][]string{{"1", "完善村务监督", "及时公开", "县农业农村局", "6月底前"}}},
		{"content wrapped after a comma, then a unit the word list does not know", head + "1\n财务公开\n定期更新村级财务，\n按季度张榜公布。\n县甲乙、某某丙\n6月底前\n",
			[][]string{{"1", "财务公开", "定期更新村级财务，\n按季度张榜公布。", "县甲乙、某某丙", "6月底前"}}},
		{"a full stop wrapped onto a line of its own", head + "1\n财务公开\n定期更新村级财务收支情\n。\n县农业农村局\n6月底前\n",
			[][]string{{"1", "财务公开", "定期更新村级财务收支情。", "县农业农村局", "6月底前"}}},
	})
}

func TestCellLinesRemarkNamingUnit(t *testing.T) {
	// Units first, a 备注 column last: a remark that reads as a unit name
	// (报某某局) after a row's deadline is that row's remark when no task
	// follows it; a unit name the task follows opens the next row.
	head := "责任单位\n工作事项\n完成时间\n备注\n"
	cellRowCases(t, []cellRowCase{
		{"remark at the table's end", head + "县财政局\n公开预算。\n6月底前\n结果报市财政局\n",
			[][]string{{"县财政局", "公开预算。", "6月底前", "结果报市财政局"}}},
		{"remark before a goal row", head + "县财政局\n公开预算。\n6月底前\n结果报市财政局\n二、平台建设\n县政府办\n更新专栏。\n长期\n",
			[][]string{{"县财政局", "公开预算。", "6月底前", "结果报市财政局"}, {"二、平台建设"}, {"县政府办", "更新专栏。", "长期"}}},
		{"a unit its task follows opens the row", head + "县财政局\n公开预算。\n6月底前\n县审计局\n公开审计结果。\n长期\n",
			[][]string{{"县财政局", "公开预算。", "6月底前"}, {"县审计局", "公开审计结果。", "长期"}}},
	})
}

func TestCellLinesFieldLines(t *testing.T) {
	tests := []struct {
		name string
		text string
		rows [][]string
	}{
		{"a target written as label and colon is a cell",
			"序号\n工作任务\n具体内容\n责任单位\n1\n公开\n目标：公开率达到95%\n县财政局\n2\n解读\n指标：解读率百分之百\n县政府办\n",
			[][]string{{"1", "公开", "目标：公开率达到95%", "县财政局"}, {"2", "解读", "指标：解读率百分之百", "县政府办"}}},
		{"a label line before the next row number is a cell",
			"序号\n工作任务\n具体内容\n责任单位\n1\n公开\n目标：公开率95%\n2\n解读\n坚持同步发布解读材料。\n县政府办\n",
			[][]string{{"1", "公开", "目标：公开率95%"}, {"2", "解读", "坚持同步发布解读材料。", "县政府办"}}},
		{"a note after the last row ends the table",
			"序号\n工作任务\n具体内容\n责任单位\n1\n公开\n坚持同步发布解读材料。\n县政府办\n注：同上\n公开方式：主动公开\n",
			[][]string{{"1", "公开", "坚持同步发布解读材料。", "县政府办"}}},
		{"a line speaking of the table ends it",
			"序号\n工作任务\n具体内容\n责任单位\n1\n公开\n坚持同步发布解读材料。\n县政府办\n以上任务由各单位每季度末报送进展。\n",
			[][]string{{"1", "公开", "坚持同步发布解读材料。", "县政府办"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := lines(tt.text)
			g, ok := CellLines(ls, 0, len(ls), testVocab)
			require.True(t, ok)
			rows := rowTexts(g)
			assert.Equal(t, tt.rows, rows)
		})
	}
}

func TestSpeaksOfTable(t *testing.T) {
	for s, want := range map[string]bool{
		"以上任务由各责任单位于每季度末报送进展。": true,
		"上述工作纳入年度绩效考核。":        true,
		"本表所列事项按季度更新。":         true,
		"各责任单位要于每月5日前报送进展情况。":  true,
		"各牽頭單位要會同配合單位制定措施。":    true,
		"各配合单位": true,
		"各牵头部门要按季度报送进展。":       true, // any unit column name of role.UnitLabels
		"各责任处室于年底前总结。":         true,
		"各部门分工协作，形成合力。":        false, // a group name (部门分工) addresses no column
		"各责任人要按时报送。":           false,
		"各乡镇人民政府":              false,
		"以上":                   true,
		"全面公开部门预算，覆盖率达到80%以上。": false,
		"县财政局":                 false,
		"注：各牵头单位于每季度最后一个月25日前报送进展。": true,
		"备注：各村（社区）于每月25日前报镇农办。":     true,
		"說明:表中任务按季度调度。":             true,
		"注重实效，确保任务按时完成。":            false,
		"说明书编制工作由县发展改革局负责。":         false,
		"备注栏": false,
	} {
		assert.Equal(t, want, SpeaksOfTable(s), s)
	}
}

func TestSpaced(t *testing.T) {
	ls := lines("序号 工 作 任 务 牵头负责部门\n1 居民消费价格涨幅3%左右 发展改革委\n2 城镇新增就业 1000 万人以上 人社局 3 安排专项债券 财政局\n")
	g, ok := Spaced(ls, 0, len(ls))
	require.True(t, ok)
	assert.Equal(t, []string{"序号", "工 作 任 务", "牵头负责部门"}, texts(g.Header))
	typed := testVocab.Type(g)
	var rows [][]string
	for _, r := range typed.Rows {
		rows = append(rows, texts(r.Cells))
	}
	assert.Equal(t, [][]string{
		{"1", "居民消费价格涨幅3%左右", "发展改革委"},
		{"2", "城镇新增就业 1000 万人以上", "人社局"},
		{"3", "安排专项债券", "财政局"},
	}, rows)
	assert.Equal(t, model.RoleLead, typed.Columns[2].Unit)

	ls = lines("序号为本表所列\n")
	_, ok = Spaced(ls, 0, len(ls))
	assert.False(t, ok)
}

// TestColumnsWrapped: the wrapped cells of a PDF-to-text table are read by
// Columns (Spaced, tried after it, takes one line for one row).
func TestColumnsWrapped(t *testing.T) {
	ls := lines("序号  工作任务    责任单位      完成时限\n" +
		"1     推进财政预  区财政局、区  2023年6月底前\n" +
		"      决算公开    审计局\n" +
		"2     公开项目进展。  区发改局  持续推进\n" +
		"      加强解读        区政府办  持续推进\n")
	g, ok := Columns(ls, 0, len(ls))
	require.True(t, ok)
	assert.Equal(t, [][]string{
		{"1", "推进财政预决算公开", "区财政局、区审计局", "2023年6月底前"},
		{"2", "公开项目进展。", "区发改局", "持续推进"},
		{"", "加强解读", "区政府办", "持续推进"},
	}, rowTexts(g), "a wrapped cell joins the cell above at its column; a cell that ended its sentence opens a row whose merged 序号 is blank")
}

func TestWidth(t *testing.T) {
	assert.Equal(t, 0, Width(""))
	assert.Equal(t, 4, Width("ab\u3000"))
	assert.Equal(t, 7, Width("序号 12"))
}

func TestRunTogether(t *testing.T) {
	g, ok := RunTogether(strs("序号", "工作任务", "责任单位", "1", "公开规范性文件", "县司法局", "一、基层公开", "2", "编制目录", "各乡镇", "3", "解读"), 0, testVocab)
	require.True(t, ok)
	rows := rowTexts(g)
	assert.Equal(t, [][]string{{"1", "公开规范性文件", "县司法局"}, {"一、基层公开"}, {"2", "编制目录", "各乡镇"}, {"3", "解读"}}, rows)
	// Cells that kept their empty ones are cut by position; a last row
	// narrower than the table was cut by the end of the line.
	g, ok = RunTogether(strs("序号", "工作任务", "责任单位", "1", "公开规范性文件", "", "2", "编制"), 0, testVocab)
	require.True(t, ok)
	require.Len(t, g.Rows, 2)
	assert.Equal(t, []string{"1", "公开规范性文件", ""}, texts(g.Rows[0].Cells))
	assert.True(t, g.Rows[1].Cut)
	_, ok = RunTogether(strs("一、总体要求", "加强领导"), 0, testVocab)
	assert.False(t, ok)
}

func TestRunTogetherRagged(t *testing.T) {
	// Rows of three to five cells under a four-column header, the header
	// repeated after a page break with the rest of a split cell under it:
	// by position the cells would shift, so they are cut by type.
	g, ok := RunTogether(strs("目标", "任务", "主要内容", "责任单位",
		"一、深化公开", "（一）公开预算", "全面公开部门预算和决算。", "县财政局",
		"", "", "细化公开到项级科目。", "县财政局", "",
		"目标", "任务", "主要内容", "责任单位",
		"", "", "同步公开绩效目标。", "",
		"", "（二）公开审计", "公开审计结果和整改情况。", "县审计局"), 0, testVocab)
	require.True(t, ok)
	var rows [][]string
	var breaks []bool
	for _, r := range g.Rows {
		rows = append(rows, texts(r.Cells))
		breaks = append(breaks, r.AfterBreak)
	}
	assert.Equal(t, [][]string{
		{"一、深化公开"},
		{"（一）公开预算", "全面公开部门预算和决算。", "县财政局"},
		{"细化公开到项级科目。", "县财政局"},
		{"同步公开绩效目标。"},
		{"（二）公开审计", "公开审计结果和整改情况。", "县审计局"},
	}, rows)
	assert.Equal(t, []bool{false, false, false, true, false}, breaks)

	// Regular rows that kept their empty cells are still cut by position.
	g, ok = RunTogether(strs("目标", "任务", "主要内容", "责任单位",
		"一、深化公开", "（一）公开预算", "全面公开部门预算和决算。", "县财政局",
		"", "", "细化公开到项级科目。", ""), 0, testVocab)
	require.True(t, ok)
	require.Len(t, g.Rows, 2)
	assert.Equal(t, []string{"", "", "细化公开到项级科目。", ""}, texts(g.Rows[1].Cells))
}

func TestRunTogetherJoints(t *testing.T) {
	// | 序号 | 重点工作 | 牵头部门 | | 1 | … | | 2 | … |: the rows' outer
	// pipes left one empty cell between rows.
	g, ok := RunTogether(strs("序号", "重点工作", "牵头部门", "", "1", "公开权责清单", "县委编办", "", "2", "公开财政预算", "县财政局"), 0, testVocab)
	require.True(t, ok)
	rows := rowTexts(g)
	assert.Equal(t, [][]string{{"1", "公开权责清单", "县委编办"}, {"2", "公开财政预算", "县财政局"}}, rows)
}

func TestDropJoints(t *testing.T) {
	tests := []struct {
		name  string
		cells []string
		width int
		want  []string
	}{
		{"rows joined by an empty cell", []string{"", "1", "公开清单", "县委编办", "", "2", "公开预算", "县财政局"}, 3,
			[]string{"1", "公开清单", "县委编办", "2", "公开预算", "县财政局"}},
		{"empty cells inside a row keep the rhythm", []string{"", "1", "做好解读", "", "", "", "回应关切", "县政府办"}, 3,
			[]string{"1", "做好解读", "", "", "回应关切", "县政府办"}},
		{"a row off the rhythm", []string{"", "1", "做好解读", "县政府办", "6月底", "", "2", "回应关切"}, 3,
			[]string{"", "1", "做好解读", "县政府办", "6月底", "", "2", "回应关切"}},
		{"a filled cell where a joint would be", []string{"", "1", "做好解读", "县政府办", "备注", "2", "回应关切", "县委宣传部"}, 3,
			[]string{"", "1", "做好解读", "县政府办", "备注", "2", "回应关切", "县委宣传部"}},
		{"no joint before the first row", []string{"1", "做好解读", "县政府办", "", "2", "回应关切", "县委宣传部", ""}, 3,
			[]string{"1", "做好解读", "县政府办", "", "2", "回应关切", "县委宣传部", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, texts(dropJoints(strs(tt.cells...), tt.width)))
		})
	}
}

func TestRegroup(t *testing.T) {
	tests := []struct {
		name  string
		heads []string
		want  []string
	}{
		{"unit parts under an unknown group", []string{"序号", "工作任务", "责任分工", "完成时限", "牵头单位", "配合单位"},
			[]string{"序号", "工作任务", "牵头单位", "配合单位", "完成时限"}},
		{"unit parts under the whole duty", []string{"序号", "重点任务", "责任单位", "完成时限", "牵头部门", "协办单位"},
			[]string{"序号", "重点任务", "牵头部门", "协办单位", "完成时限"}},
		{"no group name", []string{"序号", "工作任务", "牵头单位", "配合单位"}, nil},
		{"units with no part under the whole duty", []string{"序号", "工作任务", "责任单位", "责任部门", "责任科室"}, nil},
		{"units first, task and content last", []string{"序号", "责任单位", "工作事项", "工作措施"}, nil},
		{"two task names before the pair", []string{"序号", "重点领域", "主要任务", "工作任务", "责任单位", "任务名称", "具体要求"}, nil},
		{"one trailing task name", []string{"序号", "工作任务", "责任单位", "完成时限", "主要内容"}, nil},
	}
	// A task name over a pair of task and content names, the pair left
	// after the first header row, in every spelling of the names and
	// with or without the columns after the group.
	for _, group := range []string{"工作任务", "重点任务", "主要内容"} {
		for _, pair := range [][2]string{{"任务名称", "具体要求"}, {"工作事项", "工作措施"}, {"项目名称", "具体内容"}} {
			for _, after := range [][]string{{"责任部门", "完成时间"}, {"牵头单位", "配合单位", "时限要求"}, {"责任单位"}} {
				heads := append(append([]string{"序号", group}, after...), pair[0], pair[1])
				want := append([]string{"序号", pair[0], pair[1]}, after...)
				tests = append(tests, struct {
					name  string
					heads []string
					want  []string
				}{"task pair under " + group + " before " + strings.Join(after, "/"), heads, want})
			}
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == nil {
				want = tt.heads
			}
			assert.Equal(t, want, texts(regroup(strs(tt.heads...))))
		})
	}
}

func TestRepeatedHeaderInCellLines(t *testing.T) {
	ls := lines("序号\n工作任务\n责任单位\n1\n公开规范性文件\n县财政局\n序号\n工作任务\n责任单位\n继续公开其余的文件目录。\n2\n编制目录\n县政府办\n")
	g, ok := CellLines(ls, 0, len(ls), testVocab)
	require.True(t, ok)
	require.Len(t, g.Rows, 3)
	assert.True(t, g.Rows[1].AfterBreak, "the row after the repeated header may continue a cell")
	assert.Equal(t, []string{"继续公开其余的文件目录。"}, texts(g.Rows[1].Cells))
}

func TestRunTogetherTwoRowHeader(t *testing.T) {
	g, ok := RunTogether(strs("序号", "工作任务", "责任分工", "", "完成时限", "", "", "牵头单位", "配合单位", "",
		"1", "公开规范性文件", "县司法局", "县直各部门", "6月底前"), 0, testVocab)
	require.True(t, ok)
	assert.Equal(t, []string{"序号", "工作任务", "牵头单位", "配合单位", "完成时限"}, texts(g.Header))
	require.Len(t, g.Rows, 1)
	assert.Equal(t, []string{"1", "公开规范性文件", "县司法局", "县直各部门", "6月底前"}, texts(g.Rows[0].Cells))
}

func TestNumbered(t *testing.T) {
	ls := lines("1\n公开重大项目批准信息。\n县发改局牵头，县住建局配合\n6月底前\n2\n集中发布惠企政策。\n县工信局\n" +
		"各单位要按时报送进展情况。\n")
	g, ok := Numbered(ls, 0, len(ls), testVocab)
	require.True(t, ok)
	assert.Empty(t, g.Header)
	assert.Equal(t, [][]string{
		{"1", "公开重大项目批准信息。", "县发改局牵头，县住建局配合", "6月底前"},
		{"2", "集中发布惠企政策。", "县工信局"},
	}, rowTexts(g))
	assert.Equal(t, 7, g.Lines, "the prose after the last unit cell is not the table's")

	for _, text := range []string{
		"1\n公开重大项目批准信息。\n县发改局\n",                      // one row
		"1\n公开重大项目批准信息。\n加强解读。\n2\n集中发布惠企政策。\n县工信局\n", // a row without units
		"一、总体要求\n1\n",
	} {
		ls := lines(text)
		_, ok := Numbered(ls, 0, len(ls), testVocab)
		assert.False(t, ok, text)
	}
}

func TestIsFieldLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"注：以上任务均需按时完成。", true},
		{"公开方式:主动公开", true},
		{"目标：网办率达到95%", true},
		{"六个字的标签：值", true},
		{"七个字的长标签：值", false},
		{"𠀀𠀁𠀂𠀃𠀄𠀅：值", true}, // six runes of four bytes
		{"：值", false},
		{"按照要求，做好公开：全年", false},
		{"全面推进政务公开工作，进一步提升政府透明度和公信力，做好公开：全年", false},
		{"县财政局", false},
	} {
		assert.Equal(t, c.want, isFieldLine(c.line), c.line)
	}
}

// TestHeaderLine: a line of column names parted by marks that do not part
// prose is a table's header by itself; prose naming columns, a row of data
// and a line of two names are not.
func TestHeaderLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"序号¬工作任务¬责任单位¬完成时限", true},
		{"序号 • 重点任务 • 牵头单位 • 配合单位", true},
		{"序號／工作任務／責任單位／完成時限", true},
		{"序号  工作任务  责任单位（部门）  备注", true},
		{"工作任务／责任单位", false},
		{"请按序号、工作任务、责任单位、完成时限填报", false},
		{"序号 工作任务 责任单位 完成时限 县财政局 市发改委 年底前", false},
		{"1 公开预算 县财政局 6月底前", false},
		{"一、总体要求", false},
	} {
		assert.Equal(t, c.want, HeaderLine(c.line), c.line)
	}
}

// TestCellLinesNameAfterSeq: one cell a line, a task name that ends like a
// unit (…小区, …园区 where 区 closes district names) right after its row
// number stays the task's name; a list of names there stays units (the
// task cell of the row was left empty), and so does a name where no task
// column follows the 序号 column.
func TestCellLinesNameAfterSeq(t *testing.T) {
	v := Vocab{
		IsUnits: func(s string) bool {
			for _, part := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("、，", r) }) {
				if !strings.HasSuffix(part, "局") && !strings.HasSuffix(part, "区") {
					return false
				}
			}
			return true
		},
		IsDeadline: testVocab.IsDeadline,
	}
	tests := []struct {
		name, text string
		want       [][]string
	}{
		{"task ending in 区", "序号\n项目名称\n建设内容\n牵头单位\n完成时限\n1\n整治背街小巷\n清理占道经营。\n市城管局\n6月底前\n2\n提升城郊小区\n加装电梯二十部。\n市住建局\n9月底前\n",
			[][]string{{"1", "整治背街小巷", "清理占道经营。", "市城管局", "6月底前"}, {"2", "提升城郊小区", "加装电梯二十部。", "市住建局", "9月底前"}}},
		{"a list of names stays units", "序号\n项目名称\n牵头单位\n完成时限\n1\n整治背街小巷\n市城管局\n6月底前\n2\n东区、西区\n9月底前\n",
			[][]string{{"1", "整治背街小巷", "市城管局", "6月底前"}, {"2", "东区、西区", "9月底前"}}},
		{"no task column after 序号", "序号\n牵头单位\n建设内容\n1\n东城区\n清理占道经营。\n2\n市住建局\n加装电梯二十部。\n",
			[][]string{{"1", "东城区", "清理占道经营。"}, {"2", "市住建局", "加装电梯二十部。"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ls := lines(tc.text)
			g, ok := CellLines(ls, 0, len(ls), v)
			require.True(t, ok)
			rows := rowTexts(g)
			assert.Equal(t, tc.want, rows)
		})
	}
}
