package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/strgen"
)

// TestKindTemplateTablesOnly: a text without a title made only of the
// annual report's template tables is an annual report. The plan reader
// reads such a table's header row (信息内容 | 本年制发件数 | 本年废止件数 |
// 现行有效件数) as goal | task | item | unit and finds a unit; that must not
// outweigh the table. Generated: every sequence of up to two of the
// template's tables (in and out of the template's order, one table twice)
// in three renderings, in both scripts.
func TestKindTemplateTablesOnly(t *testing.T) {
	tables := [][][]string{
		{{"第二十条第（一）项"}, {"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"}, {"规章", "1", "0", "3"}, {"行政规范性文件", "5", "2", "17"}},
		{{"第二十条第（五）项"}, {"信息内容", "上一年项目数量", "本年增/减", "处理决定数量"}, {"行政许可", "40", "2", "311"}},
		{{"一、本年新收政府信息公开申请数量", "4", "0", "1", "0", "0", "0", "5"}},
		{{"行政复议", "", "", "", ""}, {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}, {"2", "1", "0", "0", "3"}},
	}
	var pieces []string
	for _, sep := range []string{" | ", "\t", "\u3000"} {
		for _, tb := range tables {
			var b strings.Builder
			for _, row := range tb {
				b.WriteString(strings.Join(row, sep) + "\n")
			}
			pieces = append(pieces, b.String())
		}
	}
	n := 0
	strgen.Walk(pieces, 2, func(body string) {
		if body == "" {
			return
		}
		for _, tr := range []func(string) string{func(s string) string { return s }, toTraditional} {
			text := tr(body)
			doc, err := Text(text)
			require.NoError(t, err)
			assert.Equal(t, model.KindAnnualReport, doc.Kind, "%q", text)
			assert.Nil(t, doc.Plan, "%q", text)
			n++
		}
	})
	assert.Equal(t, 2*(len(pieces)+len(pieces)*len(pieces)), n)
}
