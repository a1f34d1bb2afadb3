package quality

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

// assessUnits assesses a plan of one item whose units are names of
// clause, read with roles, after the text before; it returns whether the
// Document went to review and which units were flagged unit_role.
func assessUnits(t *testing.T, before, clause string, names []string, roles []model.Role) (bool, []bool) {
	text, us := spannedUnits(t, before, clause, names...)
	for i := range us {
		us[i].Role = roles[i]
	}
	doc := &model.Document{Plan: &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{{Items: []model.Item{{Text: "推进公开。", Units: us}}}}}}}}
	Assess(doc, &Evidence{Text: text})
	var flags []bool
	for _, u := range doc.Plan.Goals[0].Tasks[0].Items[0].Units {
		flags = append(flags, hasFlag(u.Flags, model.ReasonUnitRole))
	}
	return doc.Quality.Review, flags
}

func TestCheckListRoles(t *testing.T) {
	const lead, coop, resp = model.RoleLead, model.RoleCooperate, model.RoleResponsible
	names := []string{"县住建局", "县国土局", "县财政局"}
	for _, tt := range []struct {
		name   string
		clause string
		roles  []model.Role
		want   int // the unit flagged, or -1
	}{
		{"a cell's list in one role", "县住建局\t县国土局、县财政局", []model.Role{lead, coop, coop}, -1},
		{"a cell's list split", "县住建局\t县国土局、县财政局", []model.Role{lead, lead, coop}, 2},
		{"split at 和", "县住建局\t县国土局和县财政局", []model.Role{lead, coop, lead}, 2},
		{"split past spaces", "县住建局｜县国土局 、 县财政局", []model.Role{resp, resp, lead}, 2},
		{"cells parted by a rule", "县住建局│县国土局│县财政局", []model.Role{lead, coop, resp}, -1},
		{"lines parted", "县住建局\n县国土局\n县财政局", []model.Role{lead, coop, coop}, -1},
		{"a verb between the lists", "县住建局牵头，县国土局、县财政局配合", []model.Role{lead, coop, coop}, -1},
		{"a comma closing a labelled clause", "责任单位：县住建局，县国土局、县财政局配合", []model.Role{resp, coop, coop}, -1},
		{"a comma parting CSV cells", "县住建局,县国土局、县财政局", []model.Role{lead, coop, coop}, -1},
		{"a list wrapped in a box cell", "县住建局牵│\n│  │头，县国土局、│\n│  │县财政局配合", []model.Role{lead, lead, coop}, 2},
		{"a list wrapped in a tab cell", "县住建局\t县国土局、\n\t\t县财政局", []model.Role{lead, coop, lead}, 2},
		{"a wrapped list in one role", "县住建局牵│\n│  │头，县国土局、│\n│  │县财政局配合", []model.Role{lead, coop, coop}, -1},
		{"cells wrapped, no list", "县住建局│县国土局│\n│  │  │县财政局", []model.Role{lead, coop, resp}, -1},
		{"a wrap with text between", "县住建局│县国土局、│\n│修路│县财政局", []model.Role{lead, coop, lead}, -1},
	} {
		for _, trad := range []bool{false, true} {
			clause := tt.clause
			if trad {
				clause = strings.NewReplacer("县", "縣", "财政", "財政", "国土", "國土", "牵头", "牽頭", "责任单位", "責任單位").Replace(clause)
			}
			t.Run(tt.name, func(t *testing.T) {
				ns := names
				if trad {
					ns = []string{"縣住建局", "縣國土局", "縣財政局"}
				}
				review, flags := assessUnits(t, "推进公开。（", clause+"）牵头单位统筹。", ns, tt.roles)
				assert.Equal(t, tt.want >= 0, review)
				for i, f := range flags {
					assert.Equal(t, i == tt.want, f, ns[i])
				}
			})
		}
	}
}

func TestCheckListRolesRule(t *testing.T) {
	const lead, resp = model.RoleLead, model.RoleResponsible
	names := []string{"县住建局", "县国土局"}
	review, _ := assessUnits(t, "排名第一的为牵头单位。推进公开。（", "县住建局、县国土局）", names, []model.Role{lead, resp})
	assert.False(t, review, "a document-wide rule makes a list's first unit the lead")
	review, _ = assessUnits(t, "推进公开，由牵头单位统筹。（", "县住建局、县国土局）", names, []model.Role{lead, resp})
	assert.True(t, review, "no rule")
}

func TestCheckUnsaidLead(t *testing.T) {
	const lead, resp = model.RoleLead, model.RoleResponsible
	names := []string{"县住建局", "县国土局"}
	for _, tt := range []struct {
		name, before string
		roles        []model.Role
		want         bool
	}{
		{"no lead read", "推进公开。\n", []model.Role{resp, resp}, false},
		{"a lead the text names no word for", "推进公开。\n", []model.Role{lead, resp}, true},
		{"牵头 in the text", "推进公开，各牵头单位要统筹。\n", []model.Role{lead, resp}, false},
		{"牽頭 in traditional script", "推進公開，各牽頭單位要統籌。\n", []model.Role{lead, resp}, false},
		{"牵 parted from 头 by a wrapped cell", "│牵│\n│头│\n", []model.Role{lead, resp}, false},
		{"会同", "由县住建局会同县国土局负责。\n", []model.Role{lead, resp}, false},
		{"主抓", "县长主抓。\n", []model.Role{lead, resp}, false},
		{"a matrix's lead mark, no legend", "1\t修路\t●\t○\n", []model.Role{lead, resp}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			review, flags := assessUnits(t, tt.before, "县住建局\t县国土局", names, tt.roles)
			assert.Equal(t, tt.want, review)
			assert.Equal(t, tt.want, flags[0])
		})
	}
}
