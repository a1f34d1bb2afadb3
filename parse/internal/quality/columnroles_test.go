package quality

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

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
				start: i,
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
		units[i] = placedUnit{start: i, place: cellPlace{4, 2, true}, col: 20 + i%3, role: model.RoleLead}
	}
	units[len(units)-1].role = model.RoleCooperate
	u, r, ok := oddColumnRole(units)
	require.True(t, ok)
	assert.Equal(t, len(units)-1, u.start)
	assert.Equal(t, model.RoleLead, r)
}

// charRow lays out a row the way pdftotext -layout does, each rune one
// column: the cells at the character counts starts, the first indented.
func charRow(starts []int, cells ...string) string {
	var b strings.Builder
	n := 0
	for j, c := range cells {
		for ; n < starts[j]; n++ {
			b.WriteByte(' ')
		}
		b.WriteString(c)
		n += utf8.RuneCountInString(c)
		if j+1 < len(cells) && n >= starts[j+1] {
			b.WriteByte(' ') // a cell that filled its column: one space
			n++
		}
	}
	return b.String() + "\n"
}

// TestCheckColumnRolesByChars: in rows laid out by character count
// (pdftotext -layout), where task cells holding digits set the next cells
// fewer display columns right than Han ones do, a unit stands in its
// column by character count: a cooperating unit opening the unit cell of
// a line whose lead cell is empty (five characters right of the leads)
// is not flagged, though by display width it starts near them; one
// standing where the leads do is. Generated for tasks of several digit
// counts.
func TestCheckColumnRolesByChars(t *testing.T) {
	tasks := []string{"植树造林护林防火完善制", "造林面积2000亩以上", "新增绿地410公顷，", "建成苗圃12个，育苗"}
	for _, odd := range []struct {
		name    string
		col     int
		flagged bool
	}{{"in the partner column", 22, false}, {"in the lead column", 17, true}} {
		for _, oddTask := range tasks {
			t.Run(odd.name+"/"+oddTask, func(t *testing.T) {
				text := "各牵头单位要切实履行职责。\n"
				var items []model.Item
				for _, task := range tasks {
					var us []model.Unit
					text, us = spannedUnits(t, text, charRow([]int{3, 17, 32}, task, "市林业局", "已完成。"), "市林业局")
					us[0].Role = model.RoleLead
					items = append(items, model.Item{Text: task, Units: us})
				}
				text, us := spannedUnits(t, text, charRow([]int{3, odd.col, 32}, oddTask, "市水务局、", "序时推进。"), "市水务局")
				us[0].Role = model.RoleCooperate
				items = append(items, model.Item{Text: oddTask, Units: us})
				doc := &model.Document{Plan: &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{{Items: items}}}}}}
				Assess(doc, &Evidence{Text: text})
				assert.Equal(t, odd.flagged, hasFlag(doc.Plan.Goals[0].Tasks[0].Items[len(tasks)].Units[0].Flags, model.ReasonUnitRole), text)
			})
		}
	}
}
