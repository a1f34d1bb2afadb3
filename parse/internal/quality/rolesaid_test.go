package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestRoleSaid(t *testing.T) {
	tests := []struct {
		name   string
		clause string   // the text after the item's own sentence
		units  []string // the units read from it, in order
		ui     int      // the unit asked about
		want   model.Role
		first  bool
	}{
		{"verb after the name", "（市农业局牵头，市林业局配合）", []string{"市农业局", "市林业局"}, 0, model.RoleLead, true},
		{"verb closing the list", "（市农业局牵头，市林业局、市水务局配合）", []string{"市农业局", "市林业局", "市水务局"}, 1, model.RoleCooperate, true},
		{"verb after an adverb", "（市林业局、市水务局按职责分工负责）", []string{"市林业局", "市水务局"}, 1, model.RoleResponsible, false},
		{"负责 before another verb", "（市林业局负责牵头，市水务局配合）", []string{"市林业局", "市水务局"}, 0, model.RoleLead, true},
		{"负责落实 stays responsible", "（市林业局、市水务局负责落实）", []string{"市林业局", "市水务局"}, 0, model.RoleResponsible, true},
		{"a list opened by 由", "以上工作由市林业局、市水务局負責。", []string{"市林业局", "市水务局"}, 0, model.RoleResponsible, true},
		{"a list after 会同 is the verb's object", "（市农业局会同有关部门负责）", []string{"市农业局", "有关部门"}, 1, "", false},
		{"label opening the clause", "（牵头单位：市农业局；配合单位：市林业局、市水务局）", []string{"市农业局", "市林业局", "市水务局"}, 2, model.RoleCooperate, false},
		{"label head alone", "牵头：市农业局；配合：市林业局", []string{"市农业局", "市林业局"}, 1, model.RoleCooperate, true},
		{"label in traditional script", "協辦部門：市林業局", []string{"市林業局"}, 0, model.RoleCooperate, true},
		{"a head before a responsible label", "协同责任单位：市林业局、市水务局", []string{"市林业局", "市水务局"}, 1, model.RoleCooperate, false},
		{"responsible label, first unit", "【责任科室：财务科、审计科】", []string{"财务科", "审计科"}, 0, model.RoleResponsible, true},
		{"label and a verb that disagree", "（责任科室：财务科，市审计局配合）", []string{"财务科", "市审计局"}, 0, "", false},
		{"a label behind a cell boundary", "责任单位：\t市林业局", []string{"市林业局"}, 0, "", false},
		{"another field's label", "完成时限：市林业局", []string{"市林业局"}, 0, "", false},
		{"nothing beside the unit", "\t市林业局\t2025年6月底前", []string{"市林业局"}, 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, us := spannedUnits(t, "推进公开。", tt.clause, tt.units...)
			w, first, ok := roleSaid(surveyed(text), &model.Item{Units: us}, tt.ui)
			assert.Equal(t, tt.want != "", ok)
			assert.Equal(t, tt.want, w.Role)
			if ok {
				assert.Equal(t, tt.first, first)
			}
		})
	}
}

// TestCheckRoleSaid reads three items whose units a label gives roles,
// with roles read as a document-wide rule would give them or not, in a
// text that states such a rule (列第一位的为牵头单位) or none.
func TestCheckRoleSaid(t *testing.T) {
	R, L, C := model.RoleResponsible, model.RoleLead, model.RoleCooperate
	const rule = "注：列第一位的为牵头单位，其余为配合单位。推进公开。"
	for _, tt := range []struct {
		name    string
		before  string // the text before each item's clause
		label   string
		roles   [3][2]model.Role // by item, the two units'
		flagged [2]int           // the item and unit flagged, or -1
	}{
		{"as the labels say", "推进公开。", "责任单位", [3][2]model.Role{{R, R}, {R, R}, {R, R}}, [2]int{-1, -1}},
		{"a later unit read as the lead", "推进公开。", "责任单位", [3][2]model.Role{{R, R}, {R, L}, {R, R}}, [2]int{1, 1}},
		{"one list's first unit read as the lead", "推进公开。", "责任单位", [3][2]model.Role{{R, R}, {L, R}, {R, R}}, [2]int{1, 0}},
		{"a rule makes every first unit the lead", rule, "责任单位", [3][2]model.Role{{L, R}, {L, R}, {L, R}}, [2]int{-1, -1}},
		{"a rule makes the others cooperate", rule, "責任單位", [3][2]model.Role{{L, C}, {L, C}, {L, C}}, [2]int{-1, -1}},
		{"every first unit the lead, no rule stated", "推进公开。", "责任单位", [3][2]model.Role{{L, R}, {L, R}, {L, R}}, [2]int{0, 0}},
		{"the others cooperate, no rule stated", "推进公开。", "責任單位", [3][2]model.Role{{L, C}, {L, C}, {L, C}}, [2]int{0, 0}},
		{"one first unit the lead, a rule stated", rule, "责任单位", [3][2]model.Role{{R, R}, {L, R}, {R, R}}, [2]int{1, 0}},
		{"cooperating units read as the lead", "推进公开。", "配合单位", [3][2]model.Role{{C, C}, {C, C}, {L, C}}, [2]int{2, 0}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assertRoleFlags(t, tt.before, "（"+tt.label+"：市林业局、市水务局）", "推进公开。", tt.roles[:], tt.flagged)
		})
	}
}
