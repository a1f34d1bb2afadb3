package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// TestKindPlanQuotingTemplateLabel: a work plan whose task sentence quotes
// a label of the annual report's template tables (it tells offices to count
// 本年新收政府信息公开申请数量) and that has one heading a report could have
// (存在的问题及改进措施) stays a work plan — the quote is no template
// table. Generated over the quoted labels, the report-like headings, the
// bracket widths of the unit clause and both scripts.
func TestKindPlanQuotingTemplateLabel(t *testing.T) {
	quotes := []string{"本年新收政府信息公开申请数量", "条例第二十条第（一）项", "行政复议结果维持、结果纠正"}
	headings := []string{"二、存在的主要问题及改进措施\n", "二、其他需要报告的事项\n", "二、主动公开政府信息情况\n"}
	brackets := [][2]string{{"（", "）"}, {"(", ")"}}
	for _, q := range quotes {
		for _, h := range headings {
			for _, b := range brackets {
				for _, tr := range []func(string) string{func(s string) string { return s }, toTraditional} {
					text := tr("一、强化统计分析\n（一）建立台账。各科室每季度汇总" + q + "，报区政务公开办备案。" +
						b[0] + "责任单位：区司法局" + b[1] + "\n" + h + "（一）加强培训。每年组织业务培训两次。\n")
					doc, err := Text(text)
					require.NoError(t, err)
					assert.Equal(t, model.KindWorkPlan, doc.Kind, "%q", text)
					if assert.NotNil(t, doc.Plan, "%q", text) && assert.NotEmpty(t, doc.Plan.Goals) && assert.NotEmpty(t, doc.Plan.Goals[0].Tasks) {
						it := doc.Plan.Goals[0].Tasks[0].Items
						assert.True(t, len(it) == 1 && len(it[0].Units) == 1 && strings.Contains(it[0].Text, tr("汇总")), "%q", text)
					}
				}
			}
		}
	}
}
