package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
)

// TestGuessedRoles: a units column typed by guess gives its units a role
// no header named when its name is not known, or when it stands at the
// default responsible beside another units column; not when it is the
// table's only units column, nor an unnamed one settled as the lead's
// partner.
func TestGuessedRoles(t *testing.T) {
	named := func(s string) source.Str { return source.Str{S: s} }
	task := table.Column{Role: table.Task, By: table.ByHeader, Name: named("工作任务")}
	lead := table.Column{Role: table.Units, Unit: model.RoleLead, By: table.ByHeader, Name: named("牵头单位")}
	coop := table.Column{Role: table.Units, Unit: model.RoleCooperate, By: table.ByHeader, Name: named("配合单位")}
	tests := []struct {
		name string
		cols []table.Column
		want uint64
	}{
		{"all by header", []table.Column{task, lead, coop}, 0},
		{"an unknown name", []table.Column{task, lead, {Role: table.Units, Unit: model.RoleCooperate, By: table.ByContent, Name: named("联动单位")}}, 1 << 2},
		{"unnamed partner of the lead", []table.Column{task, lead, {Role: table.Units, Unit: model.RoleCooperate, By: table.ByContent}}, 0},
		{"unnamed responsible beside a partner", []table.Column{task, {Role: table.Units, Unit: model.RoleResponsible, By: table.ByContent}, coop}, 1 << 1},
		{"the only units column", []table.Column{task, {Role: table.Units, Unit: model.RoleResponsible, By: table.ByContent}}, 0},
		{"two guessed", []table.Column{{Role: table.Task, By: table.ByContent}, {Role: table.Units, Unit: model.RoleResponsible, By: table.ByContent}, {Role: table.Units, Unit: model.RoleResponsible, By: table.ByContent}}, 1<<1 | 1<<2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, guessedRoles(tt.cols))
		})
	}
}

func TestSaysRole(t *testing.T) {
	for _, tt := range []struct {
		cell string
		want bool
	}{
		{"市财政局", false},
		{"市财政局、市人社局", false},
		{"牵头单位：市财政局", true},
		{"市财政局牵头，市人社局配合", true},
		{"协同单位：市税务局", true},
	} {
		assert.Equal(t, tt.want, saysRole(tt.cell), tt.cell)
	}
}

// TestGuessedRolesReview: a task table whose second units column bears a
// name no vocabulary holds is sent to review — its units' role was
// guessed — while the same table under 配合单位 is read with no reason,
// and one whose unit cells state their roles is not sent.
func TestGuessedRolesReview(t *testing.T) {
	const body = "某县2024年重点工作任务分解表\n\n" +
		"序号\t工作任务\t牵头单位\t%s\t完成时限\n" +
		"1\t推进政务服务事项网上办理，提升办事效率。\t县政务服务中心\t%s\t2024年6月底前\n" +
		"2\t完善农村饮水安全工程，保障群众用水。\t县水利局\t%s\t2024年9月底前\n" +
		"3\t开展食品安全专项整治，规范市场秩序。\t县市场监管局\t%s\t2024年12月底前\n"
	for _, tt := range []struct {
		name, column string
		cells        [3]string
		review       bool
	}{
		{"known name", "配合单位", [3]string{"县大数据局", "县财政局、县卫健委", "县公安局"}, false},
		{"unknown name", "联动单位", [3]string{"县大数据局", "县财政局、县卫健委", "县公安局"}, true},
		{"unknown name, roles in the cells", "联动单位", [3]string{"县大数据局配合", "县财政局、县卫健委配合", "县公安局配合"}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Replace(body, "%s", tt.column, 1)
			for _, c := range tt.cells {
				text = strings.Replace(text, "%s", c, 1)
			}
			doc, err := Text(text)
			require.NoError(t, err)
			assert.Equal(t, tt.review, doc.Quality.Review, "score %v %s", doc.Quality.Score, reasonCodes(doc))
		})
	}
}
