package model_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

// TestNilSafeWalkOverAnAnnualReport walks a document without a plan or a
// 发文字号, as an annual report is, and a nil document: nothing panics and
// nothing is yielded.
func TestNilSafeWalkOverAnAnnualReport(t *testing.T) {
	for name, doc := range map[string]*model.Document{
		"report": {Kind: model.KindAnnualReport, Report: &model.Report{Title: "2023年政府信息公开工作年度报告"}},
		"nil":    nil,
	} {
		t.Run(name, func(t *testing.T) {
			n := 0
			for range doc.Goals() {
				n++
			}
			for range doc.Tasks() {
				n++
			}
			for _, it := range doc.Items() {
				for range it.UnitsWith(model.RoleLead) {
					n++
				}
			}
			assert.Zero(t, n)
			if doc != nil {
				assert.Equal(t, "", doc.Meta.DocNumber.Text())
			}
			var it *model.Item
			for range it.UnitsWith(model.RoleLead) {
				n++
			}
			assert.Zero(t, n)
		})
	}
}

// TestWalkOrderAndEarlyStop checks that the iterators yield the plan in
// order with the right parents, and stop when the loop breaks.
func TestWalkOrderAndEarlyStop(t *testing.T) {
	doc := &model.Document{
		Meta: model.Meta{DocNumber: &model.Field{Value: "某府办〔2024〕1号"}},
		Plan: &model.Plan{Goals: []model.Goal{
			{No: "一", Tasks: []model.Task{
				{No: "一", Items: []model.Item{{ID: "a", Units: []model.Unit{
					{Name: "市财政局", Role: model.RoleLead}, {Name: "市审计局", Role: model.RoleCooperate}, {Name: "市统计局", Role: model.RoleLead},
				}}}},
				{No: "二", Items: []model.Item{{ID: "b"}, {ID: "c"}}},
			}},
			{No: "二"},
			{No: "三", Tasks: []model.Task{{No: "一", Items: []model.Item{{ID: "d"}}}}},
		}},
	}
	assert.Equal(t, "某府办〔2024〕1号", doc.Meta.DocNumber.Text())
	var goals, tasks, items []string
	for g := range doc.Goals() {
		goals = append(goals, g.No)
	}
	for g, k := range doc.Tasks() {
		tasks = append(tasks, g.No+"/"+k.No)
	}
	for k, it := range doc.Items() {
		items = append(items, k.No+":"+it.ID)
	}
	assert.Equal(t, []string{"一", "二", "三"}, goals)
	assert.Equal(t, []string{"一/一", "一/二", "三/一"}, tasks)
	assert.Equal(t, []string{"一:a", "二:b", "二:c", "一:d"}, items)

	var leads []string
	for _, it := range doc.Items() {
		for u := range it.UnitsWith(model.RoleLead) {
			leads = append(leads, u.Name+u.Role.Label())
		}
	}
	assert.Equal(t, []string{"市财政局牵头", "市统计局牵头"}, leads)

	n := 0
	for range doc.Items() {
		n++
		if n == 2 {
			break
		}
	}
	assert.Equal(t, 2, n)
	for _, k := range doc.Tasks() { // pointers reach the document itself
		k.Title = "changed"
		break
	}
	assert.Equal(t, "changed", doc.Plan.Goals[0].Tasks[0].Title)
}

// TestRoleLabels checks the Chinese labels and the conventional order.
func TestRoleLabels(t *testing.T) {
	var labels []string
	for _, r := range model.Roles() {
		labels = append(labels, r.Label())
	}
	assert.Equal(t, []string{"牵头", "配合", "参与", "负责"}, labels)
	assert.Equal(t, "oversee", model.Role("oversee").Label())
}
