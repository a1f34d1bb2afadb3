package parse

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/strgen"
	"github.com/zwgk/gongwen/parse/report"
)

// TestReportBeforeTree proves the early report decision (reportBeforeTree,
// which skips the plan tree) on generated texts: every text parses to the
// same Document, quality included, as when the tree is built and settleKind
// decides. The texts combine a header (none, a 发文字号, a notice's title, a
// notice issuing a plan, a notice publishing a report) with every sequence
// of up to three pieces: the template's tables in three renderings, report
// headings and preamble sentences (one naming the report), plan items with
// units and a plan sentence quoting a template label; in both scripts. The
// early decision must fire, and never on a text whose template label only a
// sentence quotes.
func TestReportBeforeTree(t *testing.T) {
	heads := []string{
		"",
		"某区府办〔2023〕17号\n",
		"某区人民政府办公室关于加强政务公开工作的通知\n",
		"某区人民政府办公室关于印发《某区2023年政务公开工作要点》的通知\n",
		"某区人民政府办公室关于公布某区2022年政府信息公开工作年度报告的公告\n",
	}
	table := func(sep string, rows ...[]string) string {
		var b strings.Builder
		for _, r := range rows {
			b.WriteString(strings.Join(r, sep) + "\n")
		}
		return b.String()
	}
	var bodies []string
	for _, sep := range []string{" | ", "\t", "\u3000"} {
		bodies = append(bodies,
			table(sep, []string{"第二十条第（一）项"}, []string{"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"}, []string{"规章", "1", "0", "4"}),
			table(sep, []string{"一、本年新收政府信息公开申请数量", "9", "2", "0", "0", "0", "0", "11"}),
			table(sep, []string{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}, []string{"0", "1", "0", "0", "1"}))
	}
	quote := "一、强化统计\n（一）建立台账。各科室每季度汇总本年新收政府信息公开申请数量，报区政务公开办。（责任单位：区司法局）\n"
	bodies = append(bodies,
		"一、总体情况\n全区全年主动公开政府信息412条。\n",
		"现将某区2022年政府信息公开工作年度报告公布如下。\n",
		"二、存在的主要问题及改进情况\n（一）加强队伍建设。（责任单位：区政务公开办）\n",
		"（二）规范答复文书。按期答复申请人。（责任单位：区司法局、区信访局）\n",
		quote)

	defer func(f func(header, *report.Text, *model.Field) bool) { knowReportEarly = f }(knowReportEarly)
	fired, quoted := 0, 0
	for _, head := range heads {
		strgen.Walk(bodies, 3, func(body string) {
			if head+body == "" {
				return
			}
			for _, script := range []func(string) string{func(s string) string { return s }, toTraditional} {
				text := script(head + body)
				early := false
				knowReportEarly = func(h header, rt *report.Text, f *model.Field) bool {
					early = reportBeforeTree(&h, rt, f)
					return early
				}
				fast := parseJSON(t, text)
				knowReportEarly = func(header, *report.Text, *model.Field) bool { return false }
				full := parseJSON(t, text)
				require.Equal(t, full, fast, "the early decision moved the output of %q", text)
				if body == quote {
					quoted++
					assert.False(t, early, "a plan quoting a label of the template is no report: %q", text)
				}
				if early {
					fired++
				}
			}
		})
	}
	assert.Greater(t, fired, 1000)
	assert.Equal(t, 2*len(heads), quoted)
}

// parseJSON parses text and returns its Document as JSON.
func parseJSON(t *testing.T, text string) string {
	doc, err := Text(text)
	require.NoError(t, err)
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	return string(b)
}
