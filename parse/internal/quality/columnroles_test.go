package quality

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

func TestPlaceInRow(t *testing.T) {
	tests := []struct {
		name string
		text string // the unit is 市林业局, its first occurrence
		want cellPlace
		ok   bool
	}{
		{"tab row", "1\t植树造林\t市林业局\t2025年", cellPlace{4, 2, true}, true},
		{"second unit of a cell", "1\t植树造林\t市水务局、市林业局\t2025年", cellPlace{4, 2, false}, true},
		{"empty cells kept", "\t\t植树造林\t市林业局", cellPlace{4, 3, true}, true},
		{"pipe row", "| 1 | 植树造林 | 市林业局 | 2025年 |", cellPlace{6, 3, true}, true},
		{"box rules with spaces", "│1   │植树造林    │市林业局    │", cellPlace{5, 3, true}, true},
		{"spaces", "1    植树造林    市水务局 市林业局    2025年", cellPlace{4, 2, false}, true},
		{"ideographic spaces", "1\u3000\u3000植树造林\u3000\u3000市林业局", cellPlace{3, 2, true}, true},
		{"one space parts nothing", "植树造林 市林业局 2025年", cellPlace{}, false},
		{"two cells are no row", "植树造林\t市林业局", cellPlace{}, false},
		{"a role word in the cell", "1\t植树造林\t市林业局（牵头）、市水务局\t2025年", cellPlace{}, false},
		{"a role word wrapped to the next line", "│1 │植树造林│市林业局牵│2025年│\n│  │        │头，市水务局配合│      │", cellPlace{}, false},
		{"the next line another row", "1\t植树造林\t市林业局\t2025年\n2\t护林防火\t市应急局牵头\t2025年", cellPlace{4, 2, true}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := strings.Index(tt.text, "市林业局")
			require.GreaterOrEqual(t, at, 0)
			got, ok := placeInRow(tt.text, model.Span{Start: at, End: at + len("市林业局")})
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestCheckColumnRoles reads a table of four rows, lead and cooperating
// columns, with one unit's role read otherwise or not.
func TestCheckColumnRoles(t *testing.T) {
	L, C := model.RoleLead, model.RoleCooperate
	for _, tt := range []struct {
		name    string
		rows    int
		roles   [4][2]model.Role
		flagged [2]int // the item and unit flagged, or -1
	}{
		{"as the columns say", 4, [4][2]model.Role{{L, C}, {L, C}, {L, C}, {L, C}}, [2]int{-1, -1}},
		{"a cooperating unit read as the lead", 4, [4][2]model.Role{{L, C}, {L, C}, {L, L}, {L, C}}, [2]int{2, 1}},
		{"columns read the other way round", 4, [4][2]model.Role{{L, C}, {C, L}, {L, C}, {L, C}}, [2]int{1, 0}},
		{"two others are too few", 2, [4][2]model.Role{{L, C}, {L, L}}, [2]int{-1, -1}},
		{"no role agreed", 4, [4][2]model.Role{{L, C}, {L, L}, {L, L}, {L, C}}, [2]int{-1, -1}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assertRoleFlags(t, "", "1\t植树造林。\t市林业局\t市水务局\t2025年\n", "植树造林。", tt.roles[:tt.rows], tt.flagged)
		})
	}
}

// TestCheckColumnRolesDrift: in rows laid out with spaces, a unit read as
// the lead in the same cell of its line as three cooperating units is
// flagged where its cell starts where theirs do, and not where it starts
// a column away (a PDF's drifting columns: the line lost a cell); in rows
// whose cells are parted by one fixed run of spaces (evenGaps) where its
// cell starts says nothing, and its place among the cells is its column.
func TestCheckColumnRolesDrift(t *testing.T) {
	for _, tt := range []struct {
		name, odd string
		flagged   bool
	}{
		{"one column", "  植树造林，护林防火      市应急局      2025年\n", true},
		{"a column away", "  植树造林，护林防火 市应急局              2025年\n", false},
		{"cells parted by one run", "  植树造林，护林防火，完善制度    市应急局    2025年\n", true},
		{"cells parted by one run of ideographic spaces", "  植树造林，护林防火，完善制度\u3000\u3000市应急局\u3000\u30002025年\n", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := "各牵头单位要切实履行职责。\n"
			var items []model.Item
			for range 3 {
				var us []model.Unit
				text, us = spannedUnits(t, text, "  植树造林，护林防火      市水务局      2025年\n", "市水务局")
				us[0].Role = model.RoleCooperate
				items = append(items, model.Item{Text: "植树造林。", Units: us})
			}
			text, us := spannedUnits(t, text, tt.odd, "市应急局")
			us[0].Role = model.RoleLead
			items = append(items, model.Item{Text: "植树造林。", Units: us})
			doc := &model.Document{Plan: &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{{Items: items}}}}}}
			Assess(doc, &Evidence{Text: text})
			assert.Equal(t, tt.flagged, hasFlag(doc.Plan.Goals[0].Tasks[0].Items[3].Units[0].Flags, model.ReasonUnitRole))
		})
	}
}

// TestOddColumnRoleAsPairwise compares oddColumnRole with the reading it
// replaced, every unit against every other (pairwiseOddColumnRole), on
// random units: few places and columns close together, so that columns
// overlap, drift and hold units with no column of their own.
func TestOddColumnRoleAsPairwise(t *testing.T) {
	roles := []model.Role{model.RoleLead, model.RoleCooperate, model.RoleParticipate, model.RoleResponsible}
	rng := rand.New(rand.NewPCG(15, 2026))
	found := 0
	for range 3000 {
		units := make([]placedUnit, rng.IntN(12))
		for i := range units {
			units[i] = placedUnit{
				el:    elem{span: model.Span{Start: i}},
				place: cellPlace{cells: 3 + rng.IntN(2), cell: rng.IntN(2), opens: rng.IntN(4) > 0},
				col:   rng.IntN(16) - 2, // -2 and -1: no column
				role:  roles[rng.IntN(1+rng.IntN(len(roles)))],
			}
			units[i].col = max(units[i].col, -1)
		}
		u, r, ok := oddColumnRole(units)
		wu, wr, wok := pairwiseOddColumnRole(units)
		require.Equal(t, wok, ok, "%+v", units)
		assert.Equal(t, wu, u)
		assert.Equal(t, wr, r)
		if ok {
			found++
		}
	}
	assert.Greater(t, found, 300, "the random units must hold odd ones out")
}

// pairwiseOddColumnRole is oddColumnRole as it was first written: each
// unit compared with every other.
func pairwiseOddColumnRole(units []placedUnit) (placedUnit, model.Role, bool) {
	for i, u := range units {
		var other model.Role
		n, agree := 0, true
		for k, v := range units {
			if k == i || !sameColumn(u, v) {
				continue
			}
			n++
			if other == "" {
				other = v.role
			}
			agree = agree && v.role == other
		}
		if n+1 >= minColumnUnits && agree && other != u.role {
			return u, other, true
		}
	}
	return placedUnit{}, "", false
}

// TestOddColumnRoleLongColumn reads a column of 200,000 rows, a long
// text's table, whose cells drift by one or two columns and whose last
// unit alone is read otherwise (compared pairwise, such rows took minutes).
func TestOddColumnRoleLongColumn(t *testing.T) {
	units := make([]placedUnit, 200000)
	for i := range units {
		units[i] = placedUnit{el: elem{span: model.Span{Start: i}}, place: cellPlace{4, 2, true}, col: 20 + i%3, role: model.RoleLead}
	}
	units[len(units)-1].role = model.RoleCooperate
	u, r, ok := oddColumnRole(units)
	require.True(t, ok)
	assert.Equal(t, len(units)-1, u.el.span.Start)
	assert.Equal(t, model.RoleLead, r)
}
