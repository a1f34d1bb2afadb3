package quality

import (
	"strings"
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
	spanned := func(name string, start, end int) model.Unit {
		return model.Unit{Name: name, Role: model.RoleCooperate, Span: model.Span{Start: start, End: end, Line: 3}}
	}
	// （八）县直有关单位：积极配合… — the units open the entry's line before
	// its text (a task titled by them) or before the colon in it (an item):
	// the duty of the units named, not a lead misread. A unit after the
	// colon, or on another line, is flagged as before.
	for _, c := range []struct {
		name  string
		text  string
		start int
		unit  model.Unit
		want  bool
	}{
		{"units titling the task", "积极配合做好相关工作。", 30, spanned("县直有关单位", 10, 28), false},
		{"units opening the item", "县直有关单位：积极配合做好相关工作。", 10, spanned("县直有关单位", 10, 28), false},
		{"unit after the colon", "配合单位：县直有关单位", 10, spanned("县直有关单位", 25, 43), true},
		{"unit on the line above", "积极配合做好相关工作。", 30, model.Unit{Name: "县财政局", Role: model.RoleCooperate, Span: model.Span{Start: 2, End: 14, Line: 2}}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			it := model.Item{Text: c.text, Span: model.Span{Start: c.start, End: c.start + len(c.text), Line: 3}, Units: []model.Unit{c.unit}}
			doc := &model.Document{Plan: &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{{Items: []model.Item{it}}}}}}}
			Assess(doc, &Evidence{Text: strings.Repeat("　", 20) + c.text})
			assert.Equal(t, c.want, hasFlag(doc.Plan.Goals[0].Tasks[0].Items[0].Flags, model.ReasonUnitRole))
		})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := model.Item{Text: "按时公开部门预算和决算。", Units: tt.units, UnitsInherited: tt.inherited}
			doc := &model.Document{Plan: &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{{Items: []model.Item{it}}}}}}}
			Assess(doc, &Evidence{Text: it.Text + "（县财政局牵头）"})
			assert.Equal(t, tt.want, hasFlag(doc.Plan.Goals[0].Tasks[0].Items[0].Flags, model.ReasonUnitRole))
			assert.Equal(t, tt.want, doc.Quality.Review)
		})
	}
}
