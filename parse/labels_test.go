package parse

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

func TestOtherField(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"适用范围：所有自贸试验区", true},
		{"工作目标:全覆盖", true},
		{"适用范围", false},
		{"范：", false},
		{"市发改委、市财政局", false},
		{"2024年底：完成", false},
		{"按照国家统一部署要求：", false}, // more than six characters
	} {
		assert.Equal(t, tt.want, otherField(tt.s), tt.s)
	}
}

func TestMatchLabel(t *testing.T) {
	for _, c := range []struct {
		s    string
		ok   bool
		kind labelKind
		role model.Role
		n    int // bytes of the label with its colon
	}{
		{"责任单位：市财政局", true, labelUnits, model.RoleResponsible, len("责任单位：")},
		{"牵头单位 : 市发改委", true, labelUnits, model.RoleLead, len("牵头单位 :")},
		{"牵头单位", true, labelUnits, model.RoleLead, len("牵头单位")}, // standing alone
		{"牽頭單位：市發改委", true, labelUnits, model.RoleLead, len("牽頭單位：")},
		{"責(zé)任單(dān)位：市財政局", true, labelUnits, model.RoleResponsible, len("責(zé)任單(dān)位：")},
		{"完成时限：2025年底", true, labelDeadline, "", len("完成时限：")},
		{"牵头市领导：张三", true, labelPerson, "", len("牵头市领导：")},
		// Generic labels: the colon within eight characters.
		{"具体承办部门：市财政局", true, labelUnits, model.RoleResponsible, len("具体承办部门：")},
		{"主要负责同志：张三", true, labelPerson, "", len("主要负责同志：")},
		{"其他主要责任单位：市财政局", true, labelUnits, model.RoleResponsible, len("其他主要责任单位：")},
		{"其他各主要责任单位：市财政局", false, 0, "", 0}, // nine characters before the colon
		{"责任站所：镇农业综合服务中心", true, labelUnits, model.RoleResponsible, len("责任站所：")},
		{"牵头股室：办公室", true, labelUnits, model.RoleLead, len("牵头股室：")},
		{"配合站所：镇财政所", true, labelUnits, model.RoleCooperate, len("配合站所：")},
		{"責任站所：鎮財政所", true, labelUnits, model.RoleResponsible, len("責任站所：")},
		{"办结时限：2024年6月30日", true, labelDeadline, "", len("办结时限：")},
		{"办理期限：每月", true, labelDeadline, "", len("办理期限：")},
		{"销号时间：6月底", true, labelDeadline, "", len("销号时间：")},
		{"所在站所：镇财政所", false, 0, "", 0}, // a body ending without a role hint
		{"负责单位：市司法局", true, labelUnits, model.RoleResponsible, len("负责单位：")},
		{"承担单位：市政府办公室", true, labelUnits, model.RoleResponsible, len("承担单位：")},
		{"协作单位：市发改委", true, labelUnits, model.RoleCooperate, len("协作单位：")},
		{"牵头负责单位：市发改委", true, labelUnits, model.RoleLead, len("牵头负责单位：")},
		// Units assigned to a task or place: a bare list, responsible.
		{"包联单位：县发改局", true, labelUnits, model.RoleResponsible, len("包联单位：")},
		{"挂钩单位:县财政局", true, labelUnits, model.RoleResponsible, len("挂钩单位:")},
		{"联系部门：县司法局", true, labelUnits, model.RoleResponsible, len("联系部门：")},
		{"帮扶單位：縣財政局", true, labelUnits, model.RoleResponsible, len("帮扶單位：")},
		{"结对帮扶单位：县农业农村局", true, labelUnits, model.RoleResponsible, len("结对帮扶单位：")},
		{"联系人：张三", true, labelPerson, "", len("联系人：")},
		{"联系电话：12345", false, 0, "", 0},
		// A qualifier in brackets between the name and its colon.
		{"责任单位（部门）：市财政局", true, labelUnits, model.RoleResponsible, len("责任单位（部门）：")},
		{"配合单位(处室)：市审计局", true, labelUnits, model.RoleCooperate, len("配合单位(处室)：")},
		{"配合科室（单位）：督导室", true, labelUnits, model.RoleCooperate, len("配合科室（单位）：")},
		{"配合科室（單位）：督導室", true, labelUnits, model.RoleCooperate, len("配合科室（單位）：")},
		{"牵头单位（部门）: 市发改委", true, labelUnits, model.RoleLead, len("牵头单位（部门）:")},
		{"协办单位（单位、部门）：市财政局", true, labelUnits, model.RoleCooperate, len("协办单位（单位、部门）：")},
		{"责任单位（市财政局）", false, 0, "", 0},         // a bracket after the name but no colon
		{"配合科室（牵头单位列第一位）：督导室", false, 0, "", 0}, // a note, not a qualifier
		{"完成时限（2024年）：6月底", false, 0, "", 0},    // digits: no qualifier
		// No label: the cheap tests turn these away.
		{"", false, 0, "", 0},
		{" 责任单位：市财政局", false, 0, "", 0}, // a label starts the text
		{"（责任单位：市财政局）", false, 0, "", 0},
		{"1.责任单位：市财政局", false, 0, "", 0},
		{"加强财政信息公开，推进预算公开", false, 0, "", 0},
		{"牵头推进财政信息公开", false, 0, "", 0}, // a listed label's start, no colon
		{"加强财政信息公开，推进预算公开，责任单位：市财政局", false, 0, "", 0},
	} {
		l, n, ok := matchLabel(c.s)
		if assert.Equal(t, c.ok, ok, c.s) && ok {
			assert.Equal(t, c.kind, l.kind, c.s)
			assert.Equal(t, c.role, l.role, c.s)
			assert.Equal(t, c.n, n, c.s)
		}
	}
}

// TestAssignedUnitLabels requires units under the labels of assigned units
// (包联单位, 挂钩单位, 联系单位) to be read as responsible, in each place a
// unit clause stands.
func TestAssignedUnitLabels(t *testing.T) {
	for _, label := range []string{"包联单位", "挂钩单位", "联系单位", "帮扶單位"} {
		for _, shape := range []struct{ name, text string }{
			{"own line", "一、重点任务\n（一）推进乡村振兴\n完善村级道路。\n%s：县交通局、县财政局\n"},
			{"trailing bracket", "一、重点任务\n（一）推进乡村振兴\n完善村级道路。（%s：县交通局、县财政局）\n"},
			{"tail after the sentence", "一、重点任务\n（一）推进乡村振兴\n完善村级道路。%s：县交通局、县财政局。\n"},
		} {
			t.Run(label+"/"+shape.name, func(t *testing.T) {
				doc, err := Text(fmt.Sprintf(shape.text, label))
				require.NoError(t, err)
				require.NotNil(t, doc.Plan)
				var got []string
				for _, g := range doc.Plan.Goals {
					for _, tk := range g.Tasks {
						for _, it := range tk.Items {
							for _, u := range it.Units {
								got = append(got, u.Name+" "+string(u.Role))
							}
						}
					}
				}
				assert.Equal(t, []string{"县交通局 responsible", "县财政局 responsible"}, got)
			})
		}
	}
}
