package parse

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLeadRuleCoversOneUnitList: a lead rule with no "two or more"
// qualifier (列第一位者为牵头单位，下同, in the first bracket or in a note)
// covers a one-unit list too — its unit is listed first, so it leads —
// while a rule stated for lists of two or more (有两个及以上的) leaves a
// one-unit list its verb's role; every rule wording, both scripts.
func TestLeadRuleCoversOneUnitList(t *testing.T) {
	rules := []struct {
		name, bracketRule, note string
		several                 bool
	}{
		{"bracket 列第一位者", "。列第一位者为牵头单位，下同", "", false},
		{"bracket 排在第一位的部门", "，排在第一位的部门为牵头部门，下同", "", false},
		{"note", "", "注：排在第一位的为牵头单位。\n", false},
		{"note for two or more", "", "注：责任单位有两个及以上的，排在第一位的为牵头单位。\n", true},
	}
	for _, r := range rules {
		for _, tr := range bothScripts {
			text := "某县2025年重点工作分工方案\n一、重点任务\n" +
				"（一）推进项目建设。年内开工重点项目20个。（县发展改革局、县财政局负责" + r.bracketRule + "）\n" +
				"（二）优化营商环境。压缩企业开办时间。（县市场监管局负责）\n" +
				"（三）做好就业服务。新增城镇就业1500人。（县人力资源社会保障局、各乡镇人民政府按职责分工负责）\n" + r.note
			t.Run(fmt.Sprintf("%s/%s", r.name, tr.name), func(t *testing.T) {
				doc, err := Text(tr.do(text))
				require.NoError(t, err)
				require.NotNil(t, doc.Plan)
				var got []string
				for _, tk := range doc.Plan.Goals[0].Tasks {
					for _, it := range tk.Items {
						for _, u := range it.Units {
							got = append(got, string(u.Role))
						}
					}
				}
				single := "lead"
				if r.several {
					single = "responsible"
				}
				assert.Equal(t, []string{"lead", "responsible", single, "lead", "responsible"}, got)
			})
		}
	}
}
