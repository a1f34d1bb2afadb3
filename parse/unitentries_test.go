package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// TestUnitEntries: a 职责分工 written by unit — each numbered entry opens
// with its unit(s) and a colon, then what they carry — gives each entry
// the units its title names, in the role of the first role verb of its
// first sentence, whatever the ordinal level, the colon's width, the
// script or the list's length; a title ended by 。 before a role verb
// reads the same. A section title before a colon, or a unit title whose
// content holds no role verb, names no unit. An entry whose units only
// cooperate is no misread lead (quality's unit_role stays silent).
func TestUnitEntries(t *testing.T) {
	entries := []struct {
		title, content string
		want           string
	}{
		{"县旅游局", "负责创建工作的综合协调，建立工作台账并定期调度。", "县旅游局/responsible"},
		{"县住建局、县城管局", "负责游客集散中心和旅游厕所建设。", "县住建局/responsible 县城管局/responsible"},
		{"县财政局、县审计局、县税务局", "牵头做好资金保障和绩效评价工作。", "县财政局/lead 县审计局/lead 县税务局/lead"},
		{"县直其他有关单位", "按照各自职责，积极配合做好相关工作。", "县直其他有关单位/cooperate"},
		{"工作目标", "到2025年全县游客突破500万人次。", ""},
		{"县旅游发展领导小组", "组长由县长担任，副组长由分管副县长担任。", ""},
	}
	cn := []string{"一", "二", "三", "四", "五", "六"}
	for _, style := range []struct {
		name     string
		open     string
		numbered func(i int) string
	}{
		{"（一） tasks", "", func(i int) string { return "（" + cn[i] + "）" }},
		{"1. tasks straight under 二、", "", func(i int) string { return fmt.Sprint(i+1) + "." }},
		{"1、 items under （一）", "（一）明确部门职责\n", func(i int) string { return fmt.Sprint(i+1) + "、" }},
	} {
		for _, colon := range []string{"：", ":"} {
			for _, period := range []bool{false, true} {
				for _, sc := range []func(string) string{func(s string) string { return s }, toTraditional} {
					var b strings.Builder
					b.WriteString(outHead + "一、总体要求\n坚持政府主导、部门联动。\n二、职责分工\n" + style.open)
					var want []string
					for i, e := range entries {
						sep := colon
						if period && (i == 1 || i == 2) {
							sep = "。" // （二）县住建局、县城管局。负责…: the verb opens the content
						}
						b.WriteString(style.numbered(i) + e.title + sep + e.content + "\n")
						want = append(want, sc(e.want))
					}
					doc, err := Text(sc(b.String()))
					require.NoError(t, err)
					require.NotNil(t, doc.Plan)
					var got []string
					for _, tk := range doc.Plan.Goals[len(doc.Plan.Goals)-1].Tasks {
						for _, it := range tk.Items {
							got = append(got, unitsOf(it.Units))
						}
					}
					assert.Equal(t, want, got, "%s %q period=%v\n%s", style.name, colon, period, sc(b.String()))
					// 积极配合 is the duty of the units the entry names, not a
					// lead misread: no unit_role.
					assert.NotContains(t, reasonCodes(doc), model.ReasonUnitRole, style.name)
				}
			}
		}
	}
}

// unitsOf lists units as name/role, parted by spaces.
func unitsOf(us []model.Unit) string {
	var out []string
	for _, u := range us {
		out = append(out, u.Name+"/"+string(u.Role))
	}
	return strings.Join(out, " ")
}
