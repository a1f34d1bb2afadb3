package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/strgen"
)

func TestUnreadClauseInText(t *testing.T) {
	tests := []struct {
		text  string
		units []string
		want  bool
	}{
		// damaged: a clause whose brackets were lost, the next item run on
		{"公开部门预算。市财政局牵头，各部门配合推进决算公开，细化到项级科目。", []string{"各部门"}, true},
		{"公開部門預算。市財政局牽頭落實推進決算公開。", nil, true},
		{"公开低保标准。县民政局负责■ 公示救助对象名单。", []string{"县民政局"}, false},
		{"公开低保标准。县民政局负责■ 公示救助对象名单。", []string{"县残联"}, true},
		{"公开项目信息。县发改局、县统计局按职责分工分别牵头落实公开招标结果。", []string{"县住建局"}, true},
		{"公开低保标准。县民政局负责实施", nil, true},
		// right: the clause's units are the item's, or no clause at all
		{"公开部门预算。市财政局牵头，各部门配合", []string{"市财政局", "各部门"}, false},
		{"公开部门预算。各部门主要负责同志要亲自部署。", nil, false},
		{"完善审查机制。要单设审查机构或者指定现有机构负责公平竞争审查工作。", nil, false},
		{"落实主体责任。各地在继续巩固落实好现有政策的基础上推进。", nil, false},
		{"公开部门预算。", nil, false},
		{"市财政局牵头推进预算公开", nil, false}, // no sentence end before it
		{"", nil, false},
	}
	for _, tc := range tests {
		it := &model.Item{Text: tc.text, Units: units(tc.units...)}
		assert.Equal(t, tc.want, unreadClauseInText(it), tc.text)
	}
}

func TestCheckClauseInText(t *testing.T) {
	d := orderedPlan([]int{1}, [][]int{{1, 2}})
	it := &d.Plan.Goals[0].Tasks[1].Items[0]
	it.Text = "公开部门预算。区审计局牵头，各部门配合推进决算公开。"
	Assess(d, &Evidence{Text: planText})
	assert.Contains(t, it.Flags, model.ReasonMarksInText)
	assert.Less(t, d.Quality.Score, Threshold)

	d = orderedPlan([]int{1}, [][]int{{1, 2}})
	d.Kind = model.KindNotice // a notice's items are no plan's: not read
	it = &d.Plan.Goals[0].Tasks[1].Items[0]
	it.Text = "公开部门预算。区审计局牵头，各部门配合推进决算公开。"
	Assess(d, &Evidence{Text: planText})
	assert.NotContains(t, it.Flags, model.ReasonMarksInText)
}

// TestRoleAtGate proves roleAt's gates (roleFirsts, and roleStops for the
// runes passed undecoded) turn away no rune at which a role word starts
// and pass no sentence end: over texts of role words in both scripts,
// their runes apart, runes that fold to theirs, names, ASCII, sentence
// ends of both widths and line breaks, short and past maxClauseRunes, it
// answers as a scan asking roleWordAt at every rune.
func TestRoleAtGate(t *testing.T) {
	ungated := func(s string) int {
		n := 0
		for i, r := range s {
			switch {
			case n == maxClauseRunes || r == '。' || r == '；' || r == ';' || r == '\n':
				return -1
			case i > 0 && roleWordAt(s[i:]) > 0:
				return i
			}
			n++
		}
		return -1
	}
	pieces := []string{"牵头", "牽頭", "负责", "負責", "配合", "参与", "參與", "协助", "協助", "落实", "落實", "牵", "頭", "责", "县教育局", "。", "，", "；", ";", "\n", "a", "各地区各部门要认真抓好"}
	found := 0
	strgen.Walk(pieces, 4, func(s string) {
		want := ungated(s)
		require.Equal(t, want, roleAt(s), "%q", s)
		if want > 0 {
			found++
		}
	})
	require.Greater(t, found, 10000)
}
