package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestCheckNoLead(t *testing.T) {
	unit := func(name string, r model.Role) model.Unit { return model.Unit{Name: name, Role: r} }
	tests := []struct {
		name      string
		units     []model.Unit
		inherited bool
		want      bool
	}{
		{"a lone lead read as cooperating", []model.Unit{unit("县财政局", model.RoleCooperate)}, false, true},
		{"all taking part", []model.Unit{unit("县财政局", model.RoleParticipate), unit("县税务局", model.RoleCooperate)}, false, true},
		{"led", []model.Unit{unit("县财政局", model.RoleLead), unit("县税务局", model.RoleCooperate)}, false, false},
		{"responsible", []model.Unit{unit("县财政局", model.RoleResponsible)}, false, false},
		{"from the row above", []model.Unit{unit("县财政局", model.RoleCooperate)}, true, false},
		{"no unit", nil, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := model.Item{Text: "按时公开部门预算和决算。", Units: tt.units, UnitsInherited: tt.inherited}
			doc := &model.Document{Plan: &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{{Items: []model.Item{it}}}}}}}
			Assess(doc, &Evidence{Text: it.Text})
			assert.Equal(t, tt.want, hasFlag(doc.Plan.Goals[0].Tasks[0].Items[0].Flags, model.ReasonUnitRole))
			assert.Equal(t, tt.want, doc.Quality.Review)
		})
	}
}
