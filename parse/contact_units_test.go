package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
)

// TestContactNotesAfterUnits checks that a bracket giving a contact after a
// unit name — a person (县财政局（周涛）), a phone number, or both, or a
// 联系电话：… — is a note, not part of the name, in every combination of
// note, bracket width, list separator, role phrasing and script; and that
// brackets which belong to a name (各乡镇（街道）, 市政府（金融办）) stay.
func TestContactNotesAfterUnits(t *testing.T) {
	notes := []string{"（王建平）", "（江红）", "（联系人：孙立）", "（联系电话：0571-8702311）", "（刘敏，13905718842）", "（电话：87021135）", "（欧阳 8702 1135）"}
	units := []string{"县财政局", "县数据资源局", "市生态环境局"}
	kept := []string{"各乡镇（街道）", "市政府（金融办）", "各县（市、区）人民政府", "市场监管局（知识产权局）", "区住建局（人防办）"}
	lists := []struct {
		join  func(a, b string) string
		roles [2]model.Role
	}{
		{func(a, b string) string { return a + "、" + b }, [2]model.Role{model.RoleResponsible, model.RoleResponsible}},
		{func(a, b string) string { return a + "牵头，" + b + "配合" }, [2]model.Role{model.RoleLead, model.RoleCooperate}},
		{func(a, b string) string { return "牵头单位：" + a + "；配合单位：" + b }, [2]model.Role{model.RoleLead, model.RoleCooperate}},
	}
	scripts := []struct {
		name string
		f    func(string) string
	}{{"simplified", func(s string) string { return s }}, {"traditional", toTraditional}}
	widths := []struct {
		name string
		f    func(string) string
	}{{"full-width", func(s string) string { return s }}, {"half-width", swapBrackets}}
	names := func(clause string) []string {
		var out []string
		for _, u := range parseClause(source.New(clause).Lines()[0]) {
			out = append(out, segment.ToSimplified(u.name.S))
		}
		return out
	}
	for ni, note := range notes {
		for _, l := range lists {
			for _, sc := range scripts {
				for _, w := range widths {
					a, b := units[ni%len(units)], kept[ni%len(kept)]
					clause := w.f(sc.f(l.join(a+note, b)))
					got := parseClause(source.New(clause).Lines()[0])
					if assert.Len(t, got, 2, clause) {
						assert.Equal(t, []string{a, w.f(b)}, names(clause), clause)
						assert.Equal(t, l.roles[0], got[0].role, clause)
						assert.Equal(t, l.roles[1], got[1].role, clause)
					}
					// The note also goes after the second unit of a pair.
					clause = w.f(sc.f(l.join(b, a+note)))
					assert.Equal(t, []string{w.f(b), a}, names(clause), clause)
				}
			}
		}
	}
	for _, name := range kept {
		assert.Equal(t, []string{name}, names(name), "a bracket of the name stays")
		assert.Equal(t, []string{name}, names(toTraditional(name)), "a bracket of the name stays")
	}
	// The person first, the unit in brackets: the unit is named, in
	// either bracket width and script; a unit's own bracket stays.
	for _, c := range []struct{ clause, want string }{
		{"冯军（市教育局）、钱红（市财政局）", "市教育局 市财政局"},
		{"牵头单位：蒋平（市民政局）；配合单位：市卫健委（沈丽）", "市民政局 市卫健委"},
		{"欧阳明（各县（市、区）人民政府）", "各县（市、区）人民政府"},
		{"市政府（金融办）、王芳（区住建局）", "市政府（金融办） 区住建局"},
	} {
		for _, w := range []func(string) string{func(s string) string { return s }, swapBrackets, toTraditional} {
			want := strings.Fields(segment.ToSimplified(w(c.want)))
			assert.Equal(t, want, names(w(c.clause)), w(c.clause))
		}
	}
	// Without the recogniser these would keep the note in the name.
	assert.False(t, strings.Contains(strings.Join(names("县政府办（汪敏）、县审计局（江红）"), ""), "（"))
}
