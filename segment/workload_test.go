package segment

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/zwgk/gongwen/model"
)

func unit(name string, role model.Role) model.Unit { return model.Unit{Name: name, Role: role} }

func task(items ...[]model.Unit) model.Task {
	t := model.Task{Title: "任务"}
	for _, u := range items {
		t.Items = append(t.Items, model.Item{Text: "内容", Units: u})
	}
	return t
}

func sampleDocs() []*model.Document {
	a := &model.Document{Plan: &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{
		task([]model.Unit{unit("市人社局", model.RoleLead), unit("市财政局", model.RoleCooperate)},
			[]model.Unit{unit("人社局", model.RoleLead)}), // same task, same role: counted once
		task([]model.Unit{unit("人力资源和社会保障局", model.RoleResponsible), unit("各有关部门", model.RoleResponsible)}),
		task([]model.Unit{unit("財政局", model.RoleLead), unit("某某中心", model.RoleParticipate)}),
	}}}}}
	b := &model.Document{Plan: &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{
		task([]model.Unit{unit("衛計委", model.RoleLead), unit("市卫生计生委", model.RoleLead)}),
	}}}}}
	return []*model.Document{a, nil, {Kind: model.KindNotice}, b}
}

func TestWorkload(t *testing.T) {
	rows := Workload(sampleDocs()...)
	want := []WorkloadRow{
		{Unit: "人力资源和社会保障局", Lead: 1, Responsible: 1},
		{Unit: "财政局", Lead: 1, Cooperate: 1},
		{Unit: "卫生和计划生育委员会", Lead: 1},
		{Unit: "各有关部门", Responsible: 1},
		{Unit: "某某中心", Participate: 1},
	}
	assert.Equal(t, want, rows)
	assert.Empty(t, Workload())

	js, err := json.Marshal(rows[0])
	require.NoError(t, err)
	assert.JSONEq(t, `{"unit":"人力资源和社会保障局","lead":1,"cooperate":0,"participate":0,"responsible":1}`, string(js))
}

func TestWorkloadCountsEveryPlan(t *testing.T) {
	first := &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{task([]model.Unit{unit("市人社局", model.RoleLead)})}}}}
	second := &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{task([]model.Unit{unit("人社局", model.RoleCooperate)})}}}}
	doc := &model.Document{Plan: first, Plans: []*model.Plan{first, second}}
	assert.Equal(t, []WorkloadRow{{Unit: "人力资源和社会保障局", Lead: 1, Cooperate: 1}}, Workload(doc),
		"the second attachment's plan counts; the first, which is both Plan and Plans[0], counts once")
}
