package parse

import (
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// safeguardsPlan is a plan whose first goal's items carry unit brackets
// and whose closing goal, titled title, holds two run-on tasks; unit, when
// not "", closes the second of those tasks (the last item, which the end
// of the text marks truncated and no_units leaves alone).
func safeguardsPlan(title, unit string) string {
	s := "某县2024年重点工作实施方案\n一、重点任务\n" +
		"（一）推进项目建设。年内开工重点项目20个。（县发展改革局负责）\n" +
		"（二）优化营商环境。压缩企业开办时间至1个工作日。（县市场监管局牵头，县税务局配合）\n" +
		"（三）做好就业服务。新增城镇就业1500人。（县人力资源社会保障局负责）\n" +
		"二、" + title + "\n" +
		"（一）加强组织领导。成立工作领导小组，办公室设在县政府办公室，负责日常调度。\n" +
		"（二）强化督查考核。县政府督查室每季度督查一次，结果纳入年度考核。"
	if unit != "" {
		s += "（" + unit + "负责）"
	}
	return s + "\n"
}

// TestSafeguardsWithoutUnits: the run-on tasks of a plan's closing
// safeguards section (保障措施, 组织保障, 工作要求 …) name no unit and lack
// none, in either script, so no_units does not flag them; a section whose
// other task names a unit, or a goal that only holds 保障 in a title of
// work (保障和改善民生), still has its unitless items flagged.
func TestSafeguardsWithoutUnits(t *testing.T) {
	for _, tc := range []struct {
		title, unit string
		flagged     bool
	}{
		{"保障措施", "", false},
		{"组织保障", "", false},
		{"工作保障", "", false},
		{"工作要求", "", false},
		{"组织实施", "", false},
		{"保障措施", "县政府办公室", true},
		{"保障和改善民生", "", true},
		{"强化要素支撑保障", "", true},
	} {
		for _, tr := range []transform{transforms[0], transforms[1], transforms[3]} {
			name := fmt.Sprintf("%s %q %s", tc.title, tc.unit, tr.name)
			doc := mustText(t, tr.apply(safeguardsPlan(tc.title, tc.unit)))
			require.NotNil(t, doc.Plan, name)
			require.Len(t, doc.Plan.Goals, 2, name)
			g := doc.Plan.Goals[1]
			require.Len(t, g.Tasks, 2, name)
			first := g.Tasks[0].Items
			require.Len(t, first, 1, name)
			assert.Empty(t, first[0].Units, name)
			assert.Equal(t, tc.flagged, slices.Contains(first[0].Flags, model.ReasonNoUnits), name)
		}
	}
}
