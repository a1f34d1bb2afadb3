package quality

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// rowUnit is a unit of a test item: its name, found in the text after the
// item's text (or, with carried, its first place in the whole text: a
// clause carried to every item), and its role.
type rowUnit struct {
	name    string
	role    model.Role
	carried bool
}

// rowItem is a test item: its text, found in the text after the items
// before it, and its units.
type rowItem struct {
	text  string
	units []rowUnit
}

// assessItems assesses a plan of one task holding the items, over text,
// and returns whether the Document went to review and, by item, which
// units were flagged unit_role.
func assessItems(t *testing.T, text string, items []rowItem) (bool, [][]bool) {
	var its []model.Item
	at := 0
	for _, ri := range items {
		k := strings.Index(text[at:], ri.text)
		require.GreaterOrEqual(t, k, 0, ri.text)
		at += k
		it := model.Item{Text: ri.text, Span: model.Span{Start: at, End: at + len(ri.text)}}
		from := at + len(ri.text)
		for _, u := range ri.units {
			base := from
			if u.carried {
				base = 0
			}
			j := strings.Index(text[base:], u.name)
			require.GreaterOrEqual(t, j, 0, u.name)
			sp := model.Span{Start: base + j, End: base + j + len(u.name)}
			if !u.carried {
				from = sp.End
			}
			it.Units = append(it.Units, model.Unit{Name: u.name, Role: u.role, Span: sp})
		}
		its = append(its, it)
		at += len(ri.text)
	}
	doc := &model.Document{Plan: &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{{Items: its}}}}}}
	Assess(doc, &Evidence{Text: text})
	var flags [][]bool
	for _, it := range doc.Plan.Goals[0].Tasks[0].Items {
		var f []bool
		for _, u := range it.Units {
			f = append(f, hasFlag(u.Flags, model.ReasonUnitRole))
		}
		flags = append(flags, f)
	}
	return doc.Quality.Review, flags
}

// tradRows turns the test texts and names to traditional script, as far
// as they hold the words below.
var tradRows = strings.NewReplacer("县", "縣", "牵头", "牽頭", "负责", "負責", "责任", "責任", "农业农村", "農業農村", "乡镇", "鄉鎮", "办公室", "辦公室", "门", "門")

// flaggedAt lists the (item, unit) pairs flagged.
func flaggedAt(flags [][]bool) [][2]int {
	var out [][2]int
	for i, f := range flags {
		for k, b := range f {
			if b {
				out = append(out, [2]int{i, k})
			}
		}
	}
	return out
}

func TestCheckUnsaidLeads(t *testing.T) {
	const lead, coop, resp = model.RoleLead, model.RoleCooperate, model.RoleResponsible
	header := "序号\t工作任务\t牵头单位\t配合单位\n"
	pair := func(text, a, b string, ra, rb model.Role) rowItem {
		return rowItem{text, []rowUnit{{name: a, role: ra}, {name: b, role: rb}}}
	}
	for _, tt := range []struct {
		name  string
		text  string
		items []rowItem
		want  [][2]int // the (item, unit) flagged
	}{
		{"a unit marked 牵头, the next responsible",
			header + "1\t修路。\t县农业农村局（牵头），各乡镇人民政府\n",
			[]rowItem{pair("修路。", "县农业农村局", "各乡镇人民政府", lead, resp)}, nil},
		{"the unit after a 牵头 one read as a lead too",
			header + "1\t修路。\t县农业农村局（牵头），县交通局\n",
			[]rowItem{pair("修路。", "县农业农村局", "县交通局", lead, lead)}, [][2]int{{0, 1}}},
		{"a collective name read as a second lead",
			header + "1\t修路。\t县政府办公室\t县直各部门\n",
			[]rowItem{pair("修路。", "县政府办公室", "县直各部门", lead, lead)}, [][2]int{{0, 1}}},
		{"a collective name in its column",
			header + "1\t修路。\t县政府办公室\t县直各部门\n",
			[]rowItem{pair("修路。", "县政府办公室", "县直各部门", lead, coop)}, nil},
		{"a collective name the lead alone",
			header + "1\t修路。\t各乡镇人民政府\t县交通局\n",
			[]rowItem{pair("修路。", "各乡镇人民政府", "县交通局", lead, coop)}, nil},
		{"two leads, both named",
			header + "1\t修路。\t县政府办公室、县交通局\t有关部门\n",
			[]rowItem{pair("修路。", "县政府办公室", "县交通局", lead, lead)}, nil},
	} {
		for _, trad := range []bool{false, true} {
			text, items := tt.text, tt.items
			if trad {
				text = tradRows.Replace(text)
				items = nil
				for _, it := range tt.items {
					var us []rowUnit
					for _, u := range it.units {
						us = append(us, rowUnit{tradRows.Replace(u.name), u.role, u.carried})
					}
					items = append(items, rowItem{tradRows.Replace(it.text), us})
				}
			}
			t.Run(tt.name, func(t *testing.T) {
				review, flags := assessItems(t, text, items)
				assert.Equal(t, len(tt.want) > 0, review)
				assert.Equal(t, tt.want, flaggedAt(flags))
			})
		}
	}
}

func TestCheckUnsaidLeadsLone(t *testing.T) {
	const lead, resp = model.RoleLead, model.RoleResponsible
	header := "工作任务\n\n工作措施\n\n责任科室\n\n牵头科室统筹。\n\n"
	rows := []string{"健全决策机制。\n\n法规科\n\n", "深化执法改革。\n\n执法科\n\n", "加强监测。\n\n监测科\n\n", "推进公开。\n\n办公室\n\n"}
	names := []string{"法规科", "执法科", "监测科", "办公室"}
	for _, tt := range []struct {
		name  string
		rows  int
		roles []model.Role
		want  [][2]int
	}{
		{"all responsible", 4, []model.Role{resp, resp, resp, resp}, nil},
		{"one read as the lead", 4, []model.Role{resp, resp, lead, resp}, [][2]int{{2, 0}}},
		{"two leads: a column", 4, []model.Role{lead, resp, lead, resp}, nil},
		{"too few others", 3, []model.Role{resp, lead, resp}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := header + strings.Join(rows[:tt.rows], "")
			var items []rowItem
			for i := range tt.rows {
				items = append(items, rowItem{strings.SplitN(rows[i], "\n", 2)[0], []rowUnit{{name: names[i], role: tt.roles[i]}}})
			}
			review, flags := assessItems(t, text, items)
			assert.Equal(t, len(tt.want) > 0, review)
			assert.Equal(t, tt.want, flaggedAt(flags))
		})
	}
}

func TestCheckSpanRoles(t *testing.T) {
	const lead, coop, resp = model.RoleLead, model.RoleCooperate, model.RoleResponsible
	note := "（以下各项均需各乡镇人民政府负责落实，不再列出）\n1.修路。（县交通局牵头）\n2.建桥。（县住建局牵头）\n3.植树。（县林业局牵头）\n"
	carried := func(text, own string, r model.Role) rowItem {
		return rowItem{text, []rowUnit{{name: own, role: lead}, {name: "各乡镇人民政府", role: r, carried: true}}}
	}
	matrix := "序号\t任务\t县交通局\t县住建局\n1\t修路\t●\t○\n2\t建桥\t○\t●\n3\t植树\t●\t○\n"
	marked := func(text string, a, b model.Role) rowItem {
		return rowItem{text, []rowUnit{{name: "县交通局", role: a, carried: true}, {name: "县住建局", role: b, carried: true}}}
	}
	for _, tt := range []struct {
		name  string
		text  string
		items []rowItem
		want  [][2]int
	}{
		{"a carried unit in one role", note, []rowItem{carried("修路。", "县交通局", resp), carried("建桥。", "县住建局", resp), carried("植树。", "县林业局", resp)}, nil},
		{"one item reads it otherwise", note, []rowItem{carried("修路。", "县交通局", resp), carried("建桥。", "县住建局", coop), carried("植树。", "县林业局", resp)}, [][2]int{{1, 1}}},
		{"carried to two items only", note[:strings.Index(note, "3.")], []rowItem{carried("修路。", "县交通局", resp), carried("建桥。", "县住建局", coop)}, nil},
		{"a matrix's columns, roles by mark", matrix, []rowItem{marked("修路", lead, coop), marked("建桥", coop, lead), marked("植树", lead, coop)}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			review, flags := assessItems(t, tt.text, tt.items)
			assert.Equal(t, len(tt.want) > 0, review)
			assert.Equal(t, tt.want, flaggedAt(flags))
		})
	}
}
