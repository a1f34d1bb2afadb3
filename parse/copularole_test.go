package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestUnitsBeforeTheirLabel reads clauses that name their units before
// the label of their role and a copula (市发改委为牵头单位，市财政局为配合单位),
// in a bracket, on a line of their own, as a closing sentence and as a
// comma tail, in every transform and with each copula: the same units
// and roles as the label-first clause (牵头单位为市发改委…).
func TestUnitsBeforeTheirLabel(t *testing.T) {
	clauses := []struct {
		name   string
		clause string // with C for the copula
		units  string
	}{
		{"lead and cooperate", "市发改委C牵头单位，市财政局C配合单位", "市发改委/lead、市财政局/cooperate"},
		{"a list before its label", "市发改委C牵头单位，市财政局、市审计局C配合单位", "市发改委/lead、市财政局/cooperate、市审计局/cooperate"},
		{"responsible: a label head no verb shares", "县民政局C责任单位", "县民政局/responsible"},
		{"a ranked label reads as before its list (主要责任单位：)", "县民政局C第一责任单位，各乡镇C配合单位", "县民政局/responsible、各乡镇/cooperate"},
		{"a generic label", "县民政局C主要牵头单位，县财政局C协同单位", "县民政局/lead、县财政局/cooperate"},
		{"责任主体", "各乡镇C责任主体", "各乡镇/responsible"},
	}
	shapes := []struct {
		name string
		wrap func(clause string) string
	}{
		{"bracket", func(c string) string { return "及时回应关切。（" + c + "）" }},
		{"square bracket", func(c string) string { return "及时回应关切。【" + c + "】" }},
		{"line of its own", func(c string) string { return "及时回应关切。\n" + c + "。" }},
		{"closing sentence", func(c string) string { return "及时回应关切。" + c + "。" }},
		{"semicolons", func(c string) string { return "及时回应关切。（" + strings.ReplaceAll(c, "，", "；") + "）" }},
	}
	for _, cl := range clauses {
		for _, cop := range []string{"为", "是", "作为"} {
			for _, sh := range shapes {
				text := "一、重点任务\n（一）做好回应。" + sh.wrap(strings.ReplaceAll(cl.clause, "C", cop)) + "\n（二）强化监管。建立信用档案。\n"
				for _, tr := range transforms {
					got := treeOf(mustText(t, tr.apply(text)))
					if assert.Len(t, got, 5, "%s/%s/%s/%s", cl.name, cop, sh.name, tr.name) {
						assert.Equal(t, "    I 及时回应关切。 |  | "+cl.units, got[2], "%s/%s/%s/%s", cl.name, cop, sh.name, tr.name)
					}
				}
			}
		}
	}
	// After a comma inside a sentence of content, such a part says what
	// a body is there (a membership, a meeting) and assigns no work.
	for _, tr := range transforms {
		text := "一、重点任务\n（一）建立联席会议。联席会议由县民政局、县财政局组成，县民政局为牵头单位。\n（二）强化监管。建立信用档案。（县财政局负责）\n"
		got := treeOf(mustText(t, tr.apply(text)))
		if assert.Len(t, got, 5, tr.name) {
			assert.Equal(t, "    I 联席会议由县民政局、县财政局组成，县民政局为牵头单位。 |  | ", got[2], tr.name)
		}
	}
}

// TestCopulaRole reads the part of a clause that ends in a copula and a
// unit label, and leaves alone what only looks like one: a role said of a
// role, a label too short to be one, a word that is no label.
func TestCopulaRole(t *testing.T) {
	cases := []struct {
		part string
		list string // "" when the part is not read
		role string
	}{
		{"市发改委为牵头单位", "市发改委", "lead"},
		{"市發改委為牽頭單位", "市發改委", "lead"},
		{"市财政局作为配合单位", "市财政局", "cooperate"},
		{"县民政局是第一责任单位", "县民政局", "responsible"},
		{"县民政局为责任单位。", "县民政局", "responsible"},
		{"牵头单位为第一责任单位", "", ""}, // a role said of a role
		{"市发改委为牵头", "", ""},     // 牵头 alone is no label after a copula
		{"我市为试点单位", "", ""},     // no role in the label
		{"为牵头单位", "", ""},       // no list
		{"市发改委牵头", "", ""},
	}
	for _, c := range cases {
		end, r, ok := copulaRole(c.part)
		if c.list == "" {
			assert.False(t, ok, c.part)
			continue
		}
		if assert.True(t, ok, c.part) {
			assert.Equal(t, c.list, c.part[:end], c.part)
			assert.Equal(t, c.role, string(r), c.part)
		}
	}
}

// TestListThenWhoLeads reads a unit list followed, in its clause, by the
// unit of it that leads and the others' role (县政府办公室、县司法局、县财政局
// 负责，县政府办公室为牵头单位，其他为配合单位): the named unit leads and the
// rest of the list takes the others' role, in every transform, with each
// copula, parted by a comma or a semicolon, the lead named first or last
// in the list, with several words for the others.
func TestListThenWhoLeads(t *testing.T) {
	lists := []struct {
		name, list, lead, units string
	}{
		{"the first leads", "县政府办公室、县司法局、县财政局", "县政府办公室", "县政府办公室/lead、县司法局/cooperate、县财政局/cooperate"},
		{"the last leads", "县政府办公室、县司法局、县财政局", "县财政局", "县政府办公室/cooperate、县司法局/cooperate、县财政局/lead"},
		{"two units", "县民政局、各乡镇人民政府", "县民政局", "县民政局/lead、各乡镇人民政府/cooperate"},
	}
	shapes := []struct {
		name string
		wrap func(list, who string) string // who: the lead's and the others' parts
	}{
		{"after 负责 and a comma", func(l, w string) string { return "（" + l + "负责，" + w + "）" }},
		{"after 按职责分工负责 and a semicolon", func(l, w string) string { return "（" + l + "按职责分工负责；" + w + "）" }},
		{"after a bare list and a semicolon", func(l, w string) string { return "（" + l + "；" + w + "）" }},
		{"a bracket after a labelled list", func(l, w string) string { return "责任单位：" + l + "（" + w + "）" }},
		{"a bracket after a list in brackets", func(l, w string) string { return "【" + l + "（" + w + "）】" }},
	}
	for _, l := range lists {
		for _, sh := range shapes {
			for _, cop := range []string{"为", "是"} {
				for _, others := range []string{"其他", "其余", "其他单位", "其它部门", "其余有关单位", "其他相关部门", "其他成员单位"} {
					name := fmt.Sprintf("%s/%s/%s/%s", l.name, sh.name, cop, others)
					text := "一、重点任务\n（一）做好回应。及时回应关切。" + sh.wrap(l.list, l.lead+cop+"牵头单位，"+others+cop+"配合单位") + "\n（二）强化监管。建立信用档案。（县财政局负责）\n"
					for _, tr := range transforms {
						got := treeOf(mustText(t, tr.apply(text)))
						if assert.Len(t, got, 5, "%s/%s", name, tr.name) {
							assert.Equal(t, "    I 及时回应关切。 |  | "+l.units, got[2], "%s/%s", name, tr.name)
						}
					}
				}
			}
		}
	}
	// A word that only begins like the others' names no others: 其他工作
	// is content, so the clause's list keeps no second role.
	for _, w := range []string{"其他工作", "其余时间", "其它有关"} {
		assert.False(t, othersWord(w), w)
	}
	for _, w := range []string{"其他", "其它部门", "其余相关责任单位", " 其他单位 ", "其餘部門"} {
		assert.True(t, othersWord(w), w)
	}
	// The others of a clause with no list of its own are no units: the
	// clause is read as no clause, and the list before it keeps its role.
	for _, tr := range transforms {
		text := "一、重点任务\n（一）做好回应。及时回应关切。（其他为配合单位）\n（二）强化监管。建立信用档案。（县财政局负责）\n"
		got := treeOf(mustText(t, tr.apply(text)))
		if assert.Len(t, got, 5, tr.name) {
			assert.NotContains(t, got[2], "/cooperate", tr.name)
		}
	}
}
