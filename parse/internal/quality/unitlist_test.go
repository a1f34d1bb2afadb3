package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestConjOpening(t *testing.T) {
	tests := []struct {
		name, prev string
		want       bool
	}{
		{"和市财政局", "市税务局", true},
		{"及各乡镇人民政府", "县财政局", true},
		{"以及有关部门", "", true},
		{"與區稅務局", "區財政局", true},
		{"和县教育局", "县财政局", true}, // a parallel list of county bodies
		// place names that open with 和, and pieces that are no name
		{"和县教育局", "市财政局", false},
		{"和县教育局", "", false},
		{"和平区教育局", "市财政局", false},
		{"和田地区行署", "", false},
		{"和市", "市税务局", false},
		{"和市里的同志", "市税务局", false},
		{"市财政局", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name+"/"+tt.prev, func(t *testing.T) {
			assert.Equal(t, tt.want, conjOpening(tt.name, tt.prev))
		})
	}
}

func TestCheckUnitLists(t *testing.T) {
	L, C := model.RoleLead, model.RoleCooperate
	for _, tt := range []struct {
		name    string
		units   []model.Unit
		flagged int // the unit flagged, or -1
	}{
		{"a list read right", []model.Unit{{Name: "市财政局", Role: L}, {Name: "市税务局", Role: C}}, -1},
		{"one unit read twice", []model.Unit{{Name: "市财政局", Role: L}, {Name: "市税务局", Role: C}, {Name: "市税务局", Role: C}}, 2},
		{"a lead that also cooperates on a later row", []model.Unit{{Name: "市财政局", Role: L}, {Name: "市财政局", Role: C}}, -1},
		{"a piece keeping its conjunction", []model.Unit{{Name: "市财政局", Role: L}, {Name: "和市税务局", Role: L}}, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := &model.Document{Plan: &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{{Items: []model.Item{{Text: "推进公开。", Units: tt.units}}}}}}}}
			Assess(doc, &Evidence{Text: "推进公开。（市财政局牵头）"})
			assert.Equal(t, tt.flagged >= 0, doc.Quality.Review)
			for ui, u := range doc.Plan.Goals[0].Tasks[0].Items[0].Units {
				assert.Equal(t, ui == tt.flagged, hasFlag(u.Flags, model.ReasonUnitName), u.Name)
			}
		})
	}
}
