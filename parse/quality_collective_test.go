package parse_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
	"github.com/zwgk/gongwen/segment/script"
)

// TestCollectiveUnitsRaiseNoDoubt: a collective (相关村, 有关村, 各村, 各乡镇,
// 有关单位) is a unit the corpus conventions list like any other, so
// it is read as one and raises no unit_name reason, in a bracket or a unit
// cell, in either script, with or without a bracketed note after it; a
// unit's name it does not look like still raises one.
func TestCollectiveUnitsRaiseNoDoubt(t *testing.T) {
	collectives := []string{"相关村", "有关村", "各村", "各乡镇", "有关单位", "相关村（社区）", "相关组"}
	shapes := unitPlaces
	for _, u := range collectives {
		for _, sh := range shapes {
			for _, sc := range []string{"simplified", "traditional"} {
				text := sh.text(u)
				if sc == "traditional" {
					text = script.ToTraditional(text)
				}
				doc, err := parse.Text(text)
				require.NoError(t, err)
				require.NotNil(t, doc.Plan, "%s %s %s", u, sh.name, sc)
				names := planUnitNames(doc)
				want := u
				if sc == "traditional" {
					want = script.ToTraditional(u)
				}
				assert.Contains(t, names, want, "%s %s %s", u, sh.name, sc)
				r, ok := reasonOf(doc, model.ReasonUnitName, "")
				assert.False(t, ok, "%s %s %s: %+v", u, sh.name, sc, r)
			}
		}
	}
	// A name that names no body still raises it.
	doc, err := parse.Text(strings.Replace(shapes[0].text("相关村"), "相关村", "相关事宜", 1))
	require.NoError(t, err)
	_, ok := reasonOf(doc, model.ReasonUnitName, "")
	assert.True(t, ok, "%+v", doc.Quality.Reasons)
}

// unitPlace is a township plan with a unit list u written into one place
// units stand in.
type unitPlace struct {
	name string
	text func(u string) string
}

// unitPlaces put a unit list after a lead in a bracket and in a unit cell.
var unitPlaces = []unitPlace{
	{"bracket", func(u string) string {
		return "一、重点任务\n（一）整治环境。完成两村环境综合整治。（镇农业服务中心牵头，" + u + "配合）\n（二）修缮道路。完成村道修缮。（镇建设办负责）\n"
	}},
	{"unit cell", func(u string) string {
		return "某镇2012年重点工作任务分解表\n序号\t工作任务\t责任单位\t完成时限\n1\t完成两村环境综合整治。\t镇农业服务中心、" + u + "\t2012年9月\n2\t完成村道修缮。\t镇建设办\t2012年10月\n"
	}},
}

// planUnitNames lists the names of every unit of doc's plan, in order.
func planUnitNames(doc *model.Document) []string {
	var names []string
	for _, g := range doc.Plan.Goals {
		for _, tk := range g.Tasks {
			for _, it := range tk.Items {
				for _, un := range it.Units {
					names = append(names, un.Name)
				}
			}
		}
	}
	return names
}

// TestVillageUnitsRaiseNoDoubt: a township plan names villages by their
// own names (德天村, 二道河村) among its units — in a 配合单位： line under
// the item, in a bracket, in a unit cell — and they are read as units
// without a unit_name reason, in either script; a class of villages
// (示范村), a body glued to 村 (镇司法所村) or a task's words (创建卫生村)
// in the same place still raises one.
func TestVillageUnitsRaiseNoDoubt(t *testing.T) {
	shapes := append([]unitPlace{{"label lines", func(u string) string {
		return "某镇2024年重点工作任务分工方案\n一、任务分工\n（一）发展乡村旅游\n1.推进旅游片区提质升级，全年接待游客突破100万人次。\n分管领导：张某某\n" +
			"牵头单位：镇文化旅游站\n配合单位：镇党政综合办、" + u + "\n2.规范边民互市贸易秩序。\n分管领导：李某某\n责任单位：镇边贸服务中心\n"
	}}}, unitPlaces...)
	for _, tc := range []struct {
		units string
		names []string
		doubt bool
	}{
		{"德天村、隘江村", []string{"德天村", "隘江村"}, false},
		{"二道河村", []string{"二道河村"}, false},
		{"示范村", []string{"示范村"}, true},
		// a misreading ending in 村 is no village: a body glued to the next
		// name's 村, a task awarding a class of villages
		{"镇司法所村", []string{"镇司法所村"}, true},
		{"创建卫生村", []string{"创建卫生村"}, true},
	} {
		for _, sh := range shapes {
			for _, sc := range []string{"simplified", "traditional"} {
				text := sh.text(tc.units)
				if sc == "traditional" {
					text = script.ToTraditional(text)
				}
				doc, err := parse.Text(text)
				require.NoError(t, err)
				require.NotNil(t, doc.Plan, "%s %s %s", tc.units, sh.name, sc)
				names := planUnitNames(doc)
				for _, n := range tc.names {
					if sc == "traditional" {
						n = script.ToTraditional(n)
					}
					assert.Contains(t, names, n, "%s %s %s", tc.units, sh.name, sc)
				}
				r, ok := reasonOf(doc, model.ReasonUnitName, "")
				assert.Equal(t, tc.doubt, ok, "%s %s %s: %+v", tc.units, sh.name, sc, r)
			}
		}
	}
}
