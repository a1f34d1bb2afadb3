package parse

import (
	"github.com/zwgk/gongwen/parse/internal/role"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// rolesOf lists "unit:role" for every item of the parsed plans, item by
// item.
func rolesOf(t *testing.T, text string) [][]string {
	t.Helper()
	doc, err := Text(text)
	require.NoError(t, err)
	require.NotNil(t, doc.Plan, "no plan in %q", text)
	var out [][]string
	for _, it := range doc.Items() {
		var us []string
		for _, u := range it.Units {
			us = append(us, u.Name+":"+string(u.Role))
		}
		out = append(out, us)
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
		{"排在第一位的為牽頭單位，其餘為配合單位", true, model.RoleCooperate, false},
		{"第一时间由市政府办公室牵头发布", false, "", false},
		{"坚持质量第一，效益优先", false, "", false},
		{"第一季度完成摸底，第一批试点年内启动。排在首位的为牵头单位", true, "", false},
		{"居首位的地区要总结经验，第一个单位为牵头单位", true, "", false},
		{"第一季度、第一批、第一次", false, "", false},
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

func TestMayStateRule(t *testing.T) {
	far := strings.Repeat("各", role.RuleWindow/3)
	tests := []struct {
		in   string
		want bool
	}{
		{"排在第一位的为牵头单位", true},
		{"排在首位的为牵头单位", true},
		{"排在第一位的為牽頭單位", true},
		{"第一季度完成摸底", false},
		{"市发改委牵头，第一季度完成", false},   // 牵 before 第一
		{"第一" + far + "牵头", false}, // 牵 beyond the window
		{"第一季度完成。第一" + far + "。由市发改委牵头", false},
		{"第一季度完成。排在首位的为牵头单位", true},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, role.MayStateRule(tt.in))
			if !tt.want {
				_, _, ok := findLeadRule(tt.in)
				assert.False(t, ok, "a text that cannot state a rule states one")
			}
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
			"一、重点任务\n（一）扩大开放。推进口岸通关便利。（文化和旅游部、国家文物局负责，排在第一位的部门为牵头部门，下同）\n（二）优化服务。简化审批程序。（市场监管总局、司法部负责）\n（三）加强监管。建立信用档案。（发展改革委负责）\n",
			// A one-unit list is covered too: its unit is listed first (lead's ruling, session 9).
			[][]string{{"文化和旅游部:lead", "国家文物局:responsible"}, {"市场监管总局:lead", "司法部:responsible"}, {"发展改革委:lead"}}},
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
			"一、重点任务\n（一）扩大开放。推进口岸通关便利。（文化和旅游部、国家文物局负责，排在第一位的部门为牵头部门，下同）\n（二）优化服务。简化审批程序。（司法部牵头，市场监管总局配合）\n",
			[][]string{{"文化和旅游部:lead", "国家文物局:responsible"}, {"司法部:lead", "市场监管总局:cooperate"}}},
		{"以下各项均需…，不再列出 gives its units to every later item with units",
			"一、重点任务\n（一）扩大开放。推进口岸通关便利。（商务部牵头，各地区负责。以下各项均需各地区、各部门落实，不再一一列出）\n（二）优化服务。简化审批程序。（司法部负责）\n（三）加强监管。建立信用档案。（发展改革委牵头，各部门配合）\n（四）抓好落实。各单位要加强领导。\n",
			[][]string{{"商务部:lead", "各地区:responsible"}, {"司法部:responsible", "各地区:responsible", "各部门:responsible"}, {"发展改革委:lead", "各部门:cooperate", "各地区:responsible"}, nil}},
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

// TestApplyDocumentRule covers the search for a rule outside the unit
// clauses, past rules inside them, in simplified and traditional text,
// and what it reports of a rule for lists of two or more (several).
func TestApplyDocumentRule(t *testing.T) {
	const clauseRule = "（市财政局、市发改委负责。列第一位者为牵头单位）"
	for _, tt := range []struct {
		name, text    string
		lead, several bool // the item's first unit leads; the rule speaks of two or more
	}{
		{"note after clause rules", "推进公开" + clauseRule + "做好解读" + clauseRule + "。注：排在第一位的为牵头单位，其他为配合单位。", true, false},
		{"traditional note after clause rules", "推進公開" + clauseRule + "。註：排在第一位的為牽頭單位，其餘為配合單位。", true, false},
		{"a note for two or more", "推进公开" + clauseRule + "。各项任务涉及多个责任单位的，排名第一的为牵头单位，其他为配合单位。", true, true},
		{"traditional, for two or more", "推進公開" + clauseRule + "。責任單位有兩個及以上的，排在第一位的為牽頭單位，其他為配合單位。", true, true},
		{"clause rules only", "推进公开" + clauseRule + "做好解读" + clauseRule + "。", false, false},
		{"no rule", "第一季度推进公开，第一批试点年内启动。", false, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			plan := &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{{Items: []model.Item{{Units: []model.Unit{
				{Name: "市财政局", Role: model.RoleResponsible}, {Name: "市发改委", Role: model.RoleResponsible},
			}}}}}}}}
			inClause := func(off int) bool {
				for k := 0; ; {
					i := strings.Index(tt.text[k:], clauseRule)
					if i < 0 || k+i > off {
						return false
					}
					if off < k+i+len(clauseRule) {
						return true
					}
					k += i + len(clauseRule)
				}
			}
			assert.Equal(t, tt.several, applyDocumentRule(tt.text, plan, inClause))
			us := plan.Goals[0].Tasks[0].Items[0].Units
			if tt.lead {
				assert.Equal(t, model.RoleLead, us[0].Role)
				assert.Equal(t, model.RoleCooperate, us[1].Role)
			} else {
				assert.Equal(t, model.RoleResponsible, us[0].Role)
				assert.Equal(t, model.RoleResponsible, us[1].Role)
			}
		})
	}
}

func TestStandingUnits(t *testing.T) {
	for _, tt := range []struct {
		note  string
		units []string // name:role; nil when the note names none for later items
	}{
		{"以下各项均需各地区、各部门落实，不再列出", []string{"各地区:responsible", "各部门:responsible"}},
		{"以下各項均需各縣（市、區）人民政府負責落實，不再列出", []string{"各縣（市、區）人民政府:responsible"}},
		{"以下均需各示范区管委会落实，不再列出", []string{"各示范区管委会:responsible"}},
		{"下列任务均由各县区政府配合，不再一一列出", []string{"各县区政府:cooperate"}},
		{"以下各项均需各地区落实", nil},     // does not say the units are left out below
		{"各地区落实，不再列出", nil},      // not about what follows
		{"以下各项均需加强领导，不再列出", nil}, // no unit
		{"以下简称市发改委，下同", nil},     // an abbreviation
		{"以下内容不再列出", nil},        // no units
	} {
		t.Run(tt.note, func(t *testing.T) {
			units, ok := standingUnits(source.New(tt.note).Lines()[0])
			assert.Equal(t, tt.units != nil, ok)
			assert.Equal(t, tt.units, namesRoles(units))
		})
	}
}
