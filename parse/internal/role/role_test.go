package role

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/segment/script"
)

func TestWords(t *testing.T) {
	tests := []struct {
		name  string
		ws    []Word
		roles []model.Role
		want  []string
	}{
		{"verbs, all", Verbs, nil, []string{"牵头", "分头", "主抓", "抓总", "配合", "协助", "协同", "协办", "参与", "参加", "负总责", "负责", "落实", "承办", "指导", "督导"}},
		{"verbs that lead", Verbs, []model.Role{model.RoleLead}, []string{"牵头", "分头", "主抓", "抓总"}},
		{"verbs that take part", Verbs, []model.Role{model.RoleParticipate}, []string{"参与", "参加"}},
		{"label heads, all", LabelHeads, nil, []string{"牵头", "主办", "主责", "配合", "协同", "协办", "协助", "协作", "参与", "参加", "责任", "承办", "实施", "落实"}},
		{"label heads that cooperate", LabelHeads, []model.Role{model.RoleCooperate}, []string{"配合", "协同", "协办", "协助", "协作"}},
		{"label heads of two roles", LabelHeads, []model.Role{model.RoleParticipate, model.RoleResponsible}, []string{"参与", "参加", "责任", "承办", "实施", "落实"}},
		{"no role of the model", Verbs, []model.Role{"other"}, nil},
		{"unit labels that take part", UnitLabels, []model.Role{model.RoleParticipate}, []string{"参与单位", "参与部门", "参加单位", "参加部门"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Words(tt.ws, tt.roles...))
		})
	}
}

// TestLists holds what the readers of the lists rely on: every word is
// simplified (they fold text before matching), listed once, with a role of
// the model; LabelHeads and UnitLabels run lead, cooperate, participate,
// responsible (parse's generic labels take the first head they hold).
func TestLists(t *testing.T) {
	for _, tt := range []struct {
		name    string
		ws      []Word
		ordered bool
	}{
		{"Verbs", Verbs, false},
		{"LabelHeads", LabelHeads, true},
		{"UnitLabels", UnitLabels, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			seen := map[string]bool{}
			last := 0
			for _, w := range tt.ws {
				assert.False(t, seen[w.Word], "%s listed twice", w.Word)
				seen[w.Word] = true
				assert.Equal(t, w.Word, script.ToSimplified(w.Word), "%s is not in simplified script", w.Word)
				at := slices.Index(model.Roles(), w.Role)
				assert.GreaterOrEqual(t, at, 0, "%s: %q is no role of the model", w.Word, w.Role)
				if tt.ordered {
					assert.GreaterOrEqual(t, at, last, "%s is out of role order", w.Word)
					last = at
				}
			}
		})
	}
}

// TestHolds: a cell naming its units' role itself holds a role verb or a
// label head; a bare list of units, or a word only sharing a rune with
// one, holds neither.
func TestHolds(t *testing.T) {
	tests := []struct {
		s           string
		verb, label bool
	}{
		{"县财政局（牵头）", true, true},
		{"县财政局、县税务局配合", true, true},
		{"由县民政局负总责", true, false},
		{"责任单位：县财政局", false, true},
		{"县财政局、县税务局", false, false},
		{"县牵引车队", false, false},
		{"", false, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.verb, HoldsVerb(tt.s), tt.s)
		assert.Equal(t, tt.label, HoldsLabelHead(tt.s), tt.s)
	}
}
