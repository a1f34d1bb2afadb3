package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

func TestClauseNotes(t *testing.T) {
	tests := []struct {
		clause string
		units  []string
	}{
		{"国务院各部门按职责分工负责。具体任务由各部门分别落实，下同", []string{"国务院各部门"}},
		{"工业和信息化部、科技部等负责。列第一位者为牵头单位，下同", []string{"工业和信息化部", "科技部等"}},
		{"乡镇卫生院内由卫生健康行政部门负责", []string{"卫生健康行政部门"}},
		{"自由贸易试验区管委会负责", []string{"自由贸易试验区管委会"}},
		{"各县、市、区政府负责", []string{"各县、市、区政府"}},
		{"各州、市人民政府，省级各部门负责", []string{"各州、市人民政府", "省级各部门"}},
		{"各州、市人民政府牵头，省级各部门配合", []string{"各州、市人民政府", "省级各部门"}},
		{"市人社局、县、区政府负责", []string{"市人社局", "区政府"}},
		{"有关部门和单位负责", []string{"有关部门和单位"}},
		{"商务部、农业农村部指导，供销合作总社参与", []string{"商务部", "农业农村部", "供销合作总社"}},
	}
	for _, tt := range tests {
		t.Run(tt.clause, func(t *testing.T) {
			c, ok := readClause(source.New(tt.clause).Lines()[0])
			require.True(t, ok)
			var names []string
			for _, u := range c.units {
				names = append(names, u.name.S)
			}
			assert.Equal(t, tt.units, names)
		})
	}
	_, ok := readClause(source.New("市发改委负责。要加强统筹协调").Lines()[0])
	assert.False(t, ok, "a second sentence that is not a note makes prose")
}

func TestBareBracket(t *testing.T) {
	tests := []struct {
		para  string
		units []string // name:role; nil when the bracket is no clause
	}{
		{"春节前做好慰问准备。(民政局)", []string{"民政局:responsible"}},
		{"做好资金调度。（財政局、稅務局）", []string{"財政局:responsible", "稅務局:responsible"}},
		{"推进堤防加固。（省水利厅、自然资源厅等省有关部门和沿江各市人民政府按职责分工办理）", []string{"省水利厅:responsible", "自然资源厅等省有关部门:responsible", "沿江各市人民政府:responsible"}},
		{"成立工作专班（以下简称市专班）负责统筹。", nil},
		{"做好准备。（此件公开发布）", nil},
		{"做好准备（民政局）并及时报告。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.para, func(t *testing.T) {
			var got []string
			for _, c := range findClauses(source.New(tt.para).Lines()[0], false) {
				got = append(got, namesRoles(c.units)...)
			}
			assert.Equal(t, tt.units, got)
		})
	}
}

func TestClosedSentence(t *testing.T) {
	tests := []struct {
		heading string
		head    string // the sentence before the clauses; "" when not closed
	}{
		{"努力实现增长6%左右（牵头单位：区发改局）", "努力实现增长6%左右"},
		{"做好寒冬送暖事宜。(民政局)", "做好寒冬送暖事宜。"},
		{"做好公开。（牵头单位：市政府办）（责任单位：各区）", "做好公开。"},
		{"加大力度。继续推进公开。（市发改委负责）", ""},
		{"加大力度（市发改委负责）继续推进", ""},
	}
	for _, tt := range tests {
		t.Run(tt.heading, func(t *testing.T) {
			s := source.New(tt.heading).Lines()[0]
			k, ok := closedSentence(s, findClauses(s, false))
			assert.Equal(t, tt.head != "", ok)
			if ok {
				assert.Equal(t, tt.head, s.S[:k])
			}
		})
	}
}

func TestUnitLineLabels(t *testing.T) {
	tests := []struct {
		line  string
		units []string // name:role; nil for a person line
	}{
		{"牵头责任单位:市发展改革委。", []string{"市发展改革委:lead"}},
		{"协同责任单位:市经信局、市商务局。", []string{"市经信局:cooperate", "市商务局:cooperate"}},
		{"牵头负责领导:张三。", nil},
		{"牵头领导：张三  责任单位：县发改局、县住建局", []string{"县发改局:responsible", "县住建局:responsible"}},
		{"完成时限：2024年6月底前", nil},
		{"整改时限：2023年7月31日前", nil},
		{"责任单位：县应急局、县市场监管局　整改时限：持续整改", []string{"县应急局:responsible", "县市场监管局:responsible"}},
		{"分管副市长：李四", nil},
		{"牵头单位：市财政局；配合单位：市税务局", []string{"市财政局:lead", "市税务局:cooperate"}},
		{"牽頭單位：縣財政局；配合單位：縣稅務局", []string{"縣財政局:lead", "縣稅務局:cooperate"}},
		{"责任单位：市政务服务局（牵头）、市发改委", []string{"市政务服务局:lead", "市发改委:responsible"}},
		{"责任单位：市发改委 市财政局　市商务局", []string{"市发改委:responsible", "市财政局:responsible", "市商务局:responsible"}},
		{"责任单位：区政府 办公室、市 发改委", []string{"区政府 办公室:responsible", "市 发改委:responsible"}},
		{"責任單位：縣民政局牽頭，各鄉鎮按職責分工負責", []string{"縣民政局:lead", "各鄉鎮:responsible"}},
		{"牽頭單(dān)位:州政務服務中心;責任單(dān)位:州發(fā)改委、州財政局", []string{"州政務服務中心:lead", "州發(fā)改委:responsible", "州財政局:responsible"}},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			c, ok := unitLine(source.New(tt.line).Lines()[0])
			require.True(t, ok)
			assert.Equal(t, tt.units, namesRoles(c.units))
		})
	}
}

// TestWeakUnitLines: a unit label followed by spaces, or names alone in a
// bracket, make a unit line only when what follows is organisations.
func TestWeakUnitLines(t *testing.T) {
	for _, tt := range []struct {
		line  string
		units []string // nil: not a unit line
	}{
		{"责任单位 县财政局、县审计局", []string{"县财政局:responsible", "县审计局:responsible"}},
		{"牵头单位　县发改局", []string{"县发改局:lead"}},
		{"配合单位  县直各部门", []string{"县直各部门:cooperate"}},
		{"责任单位 县发改局牵头，各乡镇落实", []string{"县发改局:lead", "各乡镇:responsible"}},
		{"（县财政局、县审计局）", []string{"县财政局:responsible", "县审计局:responsible"}},
		{"牵头单位 配合单位", nil},      // a table's header row
		{"责任单位 要切实加强组织领导", nil}, // a sentence
		{"（此件公开发布）", nil},
		{"（2024年3月1日）", nil},
		{"（县财政局、县审计局）负责落实", nil}, // more after the bracket
	} {
		c, ok := unitLine(source.New(tt.line).Lines()[0])
		if tt.units == nil {
			assert.False(t, ok && len(c.units) > 0, tt.line)
			continue
		}
		require.True(t, ok, tt.line)
		assert.True(t, c.weak || !strings.HasPrefix(tt.line, "（"), tt.line)
		assert.Equal(t, tt.units, namesRoles(c.units), tt.line)
	}
}

// TestDeadlineLines: a deadline line under an item's unit lines gives the
// item its deadline, whatever the label; a person line gives nothing.
func TestDeadlineLines(t *testing.T) {
	for _, tt := range []struct{ line, deadline string }{
		{"完成时限：2024年6月底前", "2024年6月底前"},
		{"办结时限：2024年6月30日", "2024年6月30日"},
		{"整改期限： 持续整改", "持续整改"},
		{"督办领导：副市长 王某", ""},
	} {
		c, ok := unitLine(source.New(tt.line).Lines()[0])
		require.True(t, ok, tt.line)
		assert.Empty(t, c.units, tt.line)
		assert.Equal(t, tt.deadline, c.deadline, tt.line)
		doc := mustText(t, "一、重点任务\n1.完成道路改造。\n牵头单位：市住建局\n"+tt.line+"\n2.推进老旧小区改造。\n责任单位：市住建局\n")
		items := doc.Plan.Goals[0].Tasks[0].Items
		require.Len(t, items, 1, tt.line)
		assert.Equal(t, tt.deadline, items[0].Deadline, tt.line)
		assert.Equal(t, "", doc.Plan.Goals[0].Tasks[1].Items[0].Deadline, tt.line)
	}
}

// namesRoles lists units as "name:role".
func namesRoles(us []unitRef) []string {
	var out []string
	for _, u := range us {
		out = append(out, u.name.S+":"+string(u.role))
	}
	return out
}

func TestCutOff(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		units    []string // of the last item
		warnings int      // cut_off warnings
	}{
		{"a label cut off",
			"一、目标\n1.财政收入增长8%左右。\n牵头责任单位：市财政局。\n2.就业增长5%。\n牵头责任", nil, 1},
		{"a unit name cut off in a unit line",
			"一、目标\n1.财政收入增长8%左右。\n责任单位：市财政局、市税务局、区政", []string{"市财政局", "市税务局"}, 1},
		{"a unit name cut off in a bracket",
			"一、目标\n1.财政收入增长8%左右。做好征管。（市财政局、市税", []string{"市财政局"}, 1},
		{"complete text", "一、目标\n1.财政收入增长8%左右。\n责任单位：市财政局", []string{"市财政局"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Text(tt.text)
			require.NoError(t, err)
			require.NotNil(t, doc.Plan)
			g := doc.Plan.Goals[len(doc.Plan.Goals)-1]
			tk := g.Tasks[len(g.Tasks)-1]
			require.NotEmpty(t, tk.Items)
			var names []string
			for _, u := range tk.Items[len(tk.Items)-1].Units {
				names = append(names, u.Name)
			}
			assert.Equal(t, tt.units, names)
			n := 0
			for _, w := range doc.Warnings {
				if w.Code == model.WarnCutOff {
					n++
				}
			}
			assert.Equal(t, tt.warnings, n)
		})
	}
}

func TestIsCutLabel(t *testing.T) {
	for s, want := range map[string]bool{
		"牵头责任": true, "责任单": true, "配合": true, "牽頭單": true,
		"加强责任": false, "责任单位：市财政局": false, "市财政局": false,
	} {
		assert.Equal(t, want, isCutLabel(s), s)
	}
}

// TestIsUnitList: a table cell is a unit list only when every name in it
// ends like an organisation; a task ending in 运行 or 执行 is no bank; a
// bracket after the last name (a contact) does not make it one or not.
func TestIsUnitList(t *testing.T) {
	for in, want := range map[string]bool{
		"区发改局、区财政局":                true,
		"市人行、市农行":                  true,
		"规范行政权力运行":                 false,
		"严格贯彻执行":                   false,
		"推行施工图数字化联审":               false,
		"牵头：市财政局；配合：市税务局、市公安局":     true,
		"责任单位：区教育局":                true,
		"牵头领导：张明远":                 false,
		"目标：网办率达到95%":              false,
		"区数据局（联系电话：0571-88886666）": true,
		"区财政局（王某）、区审计局（李某）":        true,
		"公开项目进展情况（按季度）":            false,
		"（按季度）":                    false,
	} {
		assert.Equal(t, want, isUnitList(in), in)
	}
}

// TestClausesAfter checks that the clauses of a heading's run-on content
// taken from the search of the whole heading are those a search of the
// content finds, whenever clausesAfter takes them.
func TestClausesAfter(t *testing.T) {
	for _, c := range []struct {
		heading string
		reused  bool // clausesAfter answers
	}{
		{"加强公开。做好政策解读（市政府办牵头）。推进预算公开（责任单位：市财政局）。", true},
		{"加强公开。做好政策解读。责任单位：市政府办", true},
		{"加强公开。做好政策解读。市发改委牵头，各区配合。", true},
		{"加强公开。做好政策解读。推进预算公开。", true},
		{"加强公开。做好政策解读，推进预算公开。", true},
		{"加强公开。做好政策解读（市政府办牵头）", true},
		{"加强公开。做好政策解读，推进预算公开（责任单位：市财政局）。", true},
		// The content holds no 。 of its own: a label tail is looked for
		// after the heading's 。, and a closing sentence of units found
		// there starts before the content.
		{"加强公开。责任单位：市财政局", false},
		{"加强公开。做好政策解读；责任单位：市财政局", false},
		{"加强公开。市发改委牵头，各区配合", false},
		{"加强公开。 市发改委牵头，各区配合", false},
		// A clause at the content's start may close the title's sentence.
		{"加强公开。（民政局）", false},
		{"加强公开。（民政局）做好解读。", false}, // a bracket of names opening the content opens its item (leadingBracket)
		// A clause across the title's 。.
		{"加强公开（市财政局、市发改委负责。列第一位者为牵头单位）做好解读。推进公开。", false},
	} {
		t.Run(c.heading, func(t *testing.T) {
			s := source.New(c.heading).Lines()[0]
			off := strings.Index(s.S, "。") + len("。")
			cs, labelTail := findClausesTail(s, false)
			tail, ok := clausesAfter(s, cs, labelTail, off)
			require.Equal(t, c.reused, ok)
			if !ok {
				return
			}
			want := findClauses(s.From(off), false)
			require.Len(t, tail, len(want))
			for i := range want {
				assert.Equal(t, want[i].start, tail[i].start)
				assert.Equal(t, want[i].end, tail[i].end)
				assert.Equal(t, want[i].text, tail[i].text)
				assert.Equal(t, namesRoles(want[i].units), namesRoles(tail[i].units))
			}
		})
	}
}

func TestLastLabelTail(t *testing.T) {
	long := strings.Repeat("建立健全工作机制", 5) // 40 runes of prose
	tests := []struct {
		in   string
		want string // the tail, "" for none
	}{
		{"做好公开。责任单位：市发改委", "责任单位：市发改委"},
		{"按月公开数据；责任单位：甲科、乙科；完成时限：每月", "责任单位：甲科、乙科；完成时限：每月"},
		{"按月公开数据，责任单位负责", ""},
		{"没有句号也没有分号", ""},
		{"做好公开。" + long + " 责任单位：市发改委", "责任单位：市发改委"},
		{"做好公开。" + long + "；责任单位", "责任单位"},              // no colon: in the last 24 runes
		{"做好公开。" + long + "；责任单位" + long + "，按月推进", ""}, // no colon, and not in them
	}
	for _, tt := range tests {
		k := lastLabelTail(tt.in)
		got := ""
		if k >= 0 {
			got = tt.in[k:]
		}
		assert.Equal(t, tt.want, got, tt.in)
	}
}
