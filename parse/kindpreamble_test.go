package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// TestPreambleTitledReportHasNoPlanReasons: a report without a title line
// whose preamble names it (现将…年度报告公布如下) is read as a plan first,
// then found to be a report titled by that sentence. The plan's reading —
// a table whose columns it typed by guess, a header line with no rows read
// under it — is not the Document's, and its quality must not say so.
// Generated over preambles, tables (template and not), renderings and
// both scripts.
func TestPreambleTitledReportHasNoPlanReasons(t *testing.T) {
	preambles := []string{
		"现将本县2023年度政府信息公开工作年度报告公布如下。\n",
		"根据《中华人民共和国政府信息公开条例》，现将某区2022年政府信息公开工作年度报告发布如下：\n",
		"现将本局2021年度政府信息公开工作年度报告予以公布如下。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n",
	}
	tables := [][][]string{
		{{"第二十条第（一）项"}, {"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"}, {"规章", "0", "0", "2"}, {"行政规范性文件", "3", "1", "12"}},
		{{"一、总体情况"}, {"序号", "事项", "数量"}, {"1", "主动公开信息", "120"}, {"2", "政策解读", "8"}},
		{{"二、主动公开政府信息情况"}, {"公开方式", "条数", "备注"}, {"门户网站", "96", "无"}, {"政务微博", "24", "无"}},
	}
	seps := []string{" | ", "\t", "\u3000\u3000"}
	n := 0
	for _, p := range preambles {
		for _, tb := range tables {
			for _, sep := range seps {
				for _, tr := range []func(string) string{func(s string) string { return s }, toTraditional} {
					var b strings.Builder
					b.WriteString(p)
					for _, row := range tb {
						b.WriteString(strings.Join(row, sep) + "\n")
					}
					text := tr(b.String())
					doc, err := Text(text)
					require.NoError(t, err)
					if doc.Kind != model.KindAnnualReport || doc.Report == nil || !isReportTitle(doc.Report.Title) {
						continue // not this test's case
					}
					n++
					for _, r := range doc.Quality.Reasons {
						assert.NotContains(t, []string{model.ReasonGuessedColumns, model.ReasonHeaderNoRows, model.ReasonSingleStyle}, r.Code,
							"a report titled by its preamble keeps a reason of the plan reading: %q", text)
					}
				}
			}
		}
	}
	assert.Greater(t, n, len(preambles)*len(seps), "too few texts were reports titled by their preamble")
}
