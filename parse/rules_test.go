package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// rolesOf lists "unit:role" for every item of a parsed plan, item by item.
func rolesOf(t *testing.T, text string) [][]string {
	t.Helper()
	doc, err := Text(text)
	require.NoError(t, err)
	require.NotNil(t, doc.Plan, "no plan in %q", text)
	var out [][]string
	for _, g := range doc.Plan.Goals {
		for _, tk := range g.Tasks {
			for _, it := range tk.Items {
				var us []string
				for _, u := range it.Units {
					us = append(us, u.Name+":"+string(u.Role))
				}
				out = append(out, us)
			}
		}
	}
	return out
}

func TestFindLeadRule(t *testing.T) {
	tests := []struct {
		in     string
		ok     bool
		rest   model.Role
		onward bool
	}{
		{"排在第一位的部门为牵头部门，下同", true, "", true},
		{"列第一位者为牵头单位", true, "", false},
		{"列第一位为牵头或汇总单位", true, "", false},
		{"列第一位者为工作牵头单位或汇总单位,下同", true, "", true},
		{"排在首位的为牵头单位", true, "", false},
		{"第一个单位为牵头单位", true, "", false},
		{"注：责任单位有两个及以上的，排在第一位的为牵头单位，其他为配合单位。", true, model.RoleCooperate, false},
		{"第一时间由市政府办公室牵头发布", false, "", false},
		{"坚持质量第一，效益优先", false, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r, _, ok := findLeadRule(tt.in)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.rest, r.rest)
			assert.Equal(t, tt.onward, r.onward)
		})
	}
}

// TestBracketRules covers lead rules stated inside unit brackets: a rule
// is never a unit, covers its own clause, and with 下同 the clauses after
// it; a rule in a note of its own covers the whole document.
func TestBracketRules(t *testing.T) {
	tests := []struct {
		name string
		text string
		want [][]string
	}{
		{"rule with 下同 covers later clauses",
			"一、重点任务\n（一）扩大开放。推进口岸通关便利。（商务部、海关总署负责，排在第一位的部门为牵头部门，下同）\n（二）优化服务。简化审批程序。（市场监管总局、司法部负责）\n（三）加强监管。建立信用档案。（发展改革委负责）\n",
			[][]string{{"商务部:lead", "海关总署:responsible"}, {"市场监管总局:lead", "司法部:responsible"}, {"发展改革委:responsible"}}},
		{"rule without 下同 covers its clause only",
			"一、重点任务\n（一）扩大开放。推进口岸通关便利。（商务部、海关总署负责，列第一位者为牵头单位）\n（二）优化服务。简化审批程序。（市场监管总局、司法部负责）\n",
			[][]string{{"商务部:lead", "海关总署:responsible"}, {"市场监管总局:responsible", "司法部:responsible"}}},
		{"rule in a note sentence of the bracket",
			"一、重点任务\n（一）扩大开放。推进口岸通关便利。（商务部、海关总署等负责。列第一位者为牵头单位，下同）\n（二）优化服务。简化审批程序。（市场监管总局、司法部负责）\n",
			[][]string{{"商务部:lead", "海关总署等:responsible"}, {"市场监管总局:lead", "司法部:responsible"}}},
		{"rule in a note on the unit of a unit line",
			"一、重点任务\n1.扩大开放。推进口岸通关便利。\n责任单位：市商务局、市口岸办(列第一位者为工作牵头单位或汇总单位,下同)\n2.优化服务。简化审批程序。\n责任单位：市审批局、市司法局\n",
			[][]string{{"市商务局:lead", "市口岸办:responsible"}, {"市审批局:lead", "市司法局:responsible"}}},
		{"explicit roles are kept",
			"一、重点任务\n（一）扩大开放。推进口岸通关便利。（商务部、海关总署负责，排在第一位的部门为牵头部门，下同）\n（二）优化服务。简化审批程序。（司法部牵头，市场监管总局配合）\n",
			[][]string{{"商务部:lead", "海关总署:responsible"}, {"司法部:lead", "市场监管总局:cooperate"}}},
		{"document-wide note",
			"注：责任单位有两个及以上的，排在第一位的为牵头单位，其他为配合单位。\n一、重点任务\n（一）扩大开放。推进口岸通关便利。（商务部、海关总署负责）\n（二）优化服务。简化审批程序。（司法部、市场监管总局负责）\n",
			[][]string{{"商务部:lead", "海关总署:cooperate"}, {"司法部:lead", "市场监管总局:cooperate"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, rolesOf(t, tt.text))
		})
	}
}

func TestClauseNotes(t *testing.T) {
	tests := []struct {
		clause string
		units  []string
	}{
		{"国务院各部门按职责分工负责。具体任务由各部门分别落实，下同", []string{"国务院各部门"}},
		{"工业和信息化部、科技部等负责。列第一位者为牵头单位，下同", []string{"工业和信息化部", "科技部等"}},
		{"技工院校内由人力资源社会保障行政部门负责", []string{"人力资源社会保障行政部门"}},
		{"自由贸易试验区管委会负责", []string{"自由贸易试验区管委会"}},
		{"各县、市、区政府负责", []string{"各县、市、区政府"}},
		{"市人社局、县、区政府负责", []string{"市人社局", "区政府"}},
		{"有关部门和单位负责", []string{"有关部门和单位"}},
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

func TestUnitLineLabels(t *testing.T) {
	tests := []struct {
		line  string
		units []string // name:role; nil for a person line
	}{
		{"牵头责任单位:市发展改革委。", []string{"市发展改革委:lead"}},
		{"协同责任单位:市经信局、市商务局。", []string{"市经信局:cooperate", "市商务局:cooperate"}},
		{"牵头负责领导:张三。", nil},
		{"分管副市长：李四", nil},
		{"牵头单位：市财政局；配合单位：市税务局", []string{"市财政局:lead", "市税务局:cooperate"}},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			c, ok := unitLine(source.New(tt.line).Lines()[0])
			require.True(t, ok)
			var got []string
			for _, u := range c.units {
				got = append(got, u.name.S+":"+string(u.role))
			}
			assert.Equal(t, tt.units, got)
		})
	}
}

func TestBareBracket(t *testing.T) {
	tests := []struct {
		para  string
		units []string // name:role; nil when the bracket is no clause
	}{
		{"春节前做好慰问准备。(民政局)", []string{"民政局:responsible"}},
		{"做好资金调度。（財政局、稅務局）", []string{"財政局:responsible", "稅務局:responsible"}},
		{"推进项目招标。（省发展改革委、交通运输厅等省有关部门和各地级以上市人民政府按职责分工办理）", []string{"省发展改革委:responsible", "交通运输厅等省有关部门:responsible", "各地级以上市人民政府:responsible"}},
		{"成立工作专班（以下简称市专班）负责统筹。", nil},
		{"做好准备。（此件公开发布）", nil},
		{"做好准备（民政局）并及时报告。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.para, func(t *testing.T) {
			var got []string
			for _, c := range findClauses(source.New(tt.para).Lines()[0], false) {
				for _, u := range c.units {
					got = append(got, u.name.S+":"+string(u.role))
				}
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
			k, ok := closedSentence(s, false)
			assert.Equal(t, tt.head != "", ok)
			if ok {
				assert.Equal(t, tt.head, s.S[:k])
			}
		})
	}
}
