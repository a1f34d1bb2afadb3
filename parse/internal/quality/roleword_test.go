package quality

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestRoleVerbAfter(t *testing.T) {
	tests := []struct {
		text string // the unit's name, then what follows it
		want model.Role
	}{
		{"市财政局牵头，市税务局配合", model.RoleLead},
		{"市财政局配合。", model.RoleCooperate},
		{"市财政局（牵头）、市税务局", model.RoleLead},
		{"市財政局協助", model.RoleCooperate},
		{"市财政局 参与", model.RoleParticipate},
		// a label's head, not a verb of the unit before it
		{"市财政局　配合单位：市税务局", ""},
		{"市财政局；牵头部门：市税务局", ""},
		{"市财政局配合：市税务局", ""},
		// a responsible unit's verb: a rule may make it the lead
		{"市财政局负责", ""},
		{"市财政局、市税务局", ""},
		{"市财政局", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			w, ok := roleVerbAfter(surveyed(tt.text), len("市财政局"))
			assert.Equal(t, tt.want != "", ok)
			assert.Equal(t, tt.want, w.Role)
		})
	}
}

func TestCheckRoleWords(t *testing.T) {
	for _, tt := range []struct {
		name    string
		roles   [2]model.Role
		flagged int    // the unit flagged, or -1
		message string // the flag's message
	}{
		{"as the text says", [2]model.Role{model.RoleLead, model.RoleCooperate}, -1, ""},
		{"lead read as cooperating", [2]model.Role{model.RoleCooperate, model.RoleCooperate}, 0, "the text says 牵头 (lead) beside the unit, read as cooperate"},
		{"cooperating read as lead", [2]model.Role{model.RoleLead, model.RoleLead}, 1, "the text says 配合 (cooperate) beside the unit, read as lead"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text, us := spannedUnits(t, "推进公开。（", "市财政局牵头，市税务局配合）", "市财政局", "市税务局")
			us[0].Role, us[1].Role = tt.roles[0], tt.roles[1]
			doc := &model.Document{Plan: &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{{Items: []model.Item{{Text: "推进公开。", Units: us}}}}}}}}
			Assess(doc, &Evidence{Text: text})
			assert.Equal(t, tt.flagged >= 0, doc.Quality.Review)
			for ui, u := range doc.Plan.Goals[0].Tasks[0].Items[0].Units {
				assert.Equal(t, ui == tt.flagged, hasFlag(u.Flags, model.ReasonUnitRole), u.Name)
			}
			var messages []string
			for _, r := range doc.Quality.Reasons {
				if r.Code == model.ReasonUnitRole && strings.HasPrefix(r.Message, "the text says") {
					messages = append(messages, r.Message)
				}
			}
			if tt.message == "" {
				assert.Empty(t, messages)
			} else {
				assert.Equal(t, []string{tt.message}, messages)
			}
		})
	}
}

// TestCheckRoleWordsSeveralRule: a labelled responsible unit read as the
// lead is excused where the text may state a rule making a list's first
// unit the lead, save the only unit of its item where the rule the parser
// applied speaks of lists of two or more (Evidence.SeveralRule).
func TestCheckRoleWordsSeveralRule(t *testing.T) {
	const rule = "各项任务涉及多个责任单位的，排名第一的为牵头单位，其余为协办单位。\n"
	for _, tt := range []struct {
		name    string
		several bool
		clause  string
		names   []string
		flagged bool
	}{
		{"a rule for any list", false, "（责任单位：政策法规处）", []string{"政策法规处"}, false},
		{"a rule for two or more, one unit", true, "（责任单位：政策法规处）", []string{"政策法规处"}, true},
		{"a rule for two or more, two units", true, "（责任单位：政策法规处、办公室）", []string{"政策法规处", "办公室"}, false},
	} {
		for _, trad := range []bool{false, true} {
			before, clause, names := rule+"推进公开。", tt.clause, tt.names
			if trad {
				r := strings.NewReplacer("责任单位", "責任單位", "政策法规处", "政策法規處", "办公室", "辦公室", "牵头", "牽頭", "协办", "協辦", "项", "項", "务", "務", "涉及多个", "涉及多個", "为", "為")
				before, clause = r.Replace(before), r.Replace(clause)
				names = nil
				for _, n := range tt.names {
					names = append(names, r.Replace(n))
				}
			}
			t.Run(tt.name, func(t *testing.T) {
				text, us := spannedUnits(t, before, clause, names...)
				us[0].Role = model.RoleLead
				for k := 1; k < len(us); k++ {
					us[k].Role = model.RoleCooperate
				}
				doc := &model.Document{Plan: &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{{Items: []model.Item{{Text: "推进公开。", Units: us}}}}}}}}
				Assess(doc, &Evidence{Text: text, SeveralRule: tt.several})
				assert.Equal(t, tt.flagged, doc.Quality.Review)
				assert.Equal(t, tt.flagged, hasFlag(doc.Plan.Goals[0].Tasks[0].Items[0].Units[0].Flags, model.ReasonUnitRole))
			})
		}
	}
}

// TestCopulaAfter: a list whose verb gives its units one role, where the
// clause goes on to say with a copula which of them leads and that the
// others cooperate, is read by those words (copulaAfter): no unit_role;
// without them the same roles are flagged.
func TestCopulaAfter(t *testing.T) {
	for _, tt := range []struct {
		name, clause string
		flagged      bool
	}{
		{"who leads said after the verb", "（县政府办公室、县司法局负责，县政府办公室为牵头单位，其他为配合单位）", false},
		{"in traditional script", "（縣政府辦公室、縣司法局負責，縣政府辦公室為牽頭單位，其他為配合單位）", false},
		{"after a semicolon", "（县政府办公室、县司法局负责；县政府办公室是牵头单位，其余是配合单位）", false},
		{"nothing said after the verb", "（县政府办公室、县司法局负责）", true},
		{"said in the next bracket", "（县政府办公室、县司法局负责）（县政府办公室为牵头单位）", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			names := []string{"县政府办公室", "县司法局"}
			if strings.Contains(tt.clause, "縣") {
				names = []string{"縣政府辦公室", "縣司法局"}
			}
			text, us := spannedUnits(t, "推进公开。", tt.clause, names...)
			us[0].Role, us[1].Role = model.RoleLead, model.RoleCooperate
			doc := &model.Document{Plan: &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{{Items: []model.Item{{Text: "推进公开。", Units: us}}}}}}}}
			Assess(doc, &Evidence{Text: text})
			assert.Equal(t, tt.flagged, doc.Quality.Review)
		})
	}
}
