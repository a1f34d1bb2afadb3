package parse_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
	"github.com/zwgk/gongwen/segment/script"
)

// TestOddGuessedLayout checks that a table copied without its header row
// whose columns the parser typed as no table is laid out — a remarks
// column right of the deadline read as the content — goes to review, in
// every rendering and script,
// while the same table without that column (its columns guessed but laid
// out as tables are) keeps the minor doubt of a guessed table.
func TestOddGuessedLayout(t *testing.T) {
	rows := map[string][][]string{
		// unit | content | deadline | remarks: the remarks read as the content.
		"remarks right of the deadline": {
			{"一、推进重点领域公开", "", "", ""},
			{"县交通运输局", "公开农村公路建设项目的招标和施工进度信息。", "2025年9月底前", "每季度更新"},
			{"县水利局", "公开小型水库安全鉴定结果及整改情况。", "2025年10月底前", "与县应急局共同推进"},
			{"县卫生健康局", "公开基层医疗机构药品集中采购价格信息。", "2025年11月底前", "纳入年度考核"},
		},
	}
	controls := map[string][][]string{
		"content before the deadline": {
			{"一、推进重点领域公开", "", ""},
			{"县交通运输局", "公开农村公路建设项目的招标和施工进度信息。", "2025年9月底前"},
			{"县水利局", "公开小型水库安全鉴定结果及整改情况。", "2025年10月底前"},
			{"县卫生健康局", "公开基层医疗机构药品集中采购价格信息。", "2025年11月底前"},
		},
	}
	renders := map[string]func(cells []string) string{
		"tabs":  func(c []string) string { return strings.Join(c, "\t") },
		"pipes": func(c []string) string { return "|" + strings.Join(c, "|") + "|" },
	}
	plan := func(rs [][]string, render func([]string) string, traditional bool) string {
		var b strings.Builder
		b.WriteString(noticeHead)
		for _, r := range rs {
			b.WriteString(render(r) + "\n")
		}
		if traditional {
			return script.ToTraditional(b.String())
		}
		return b.String()
	}
	for _, trad := range []bool{false, true} {
		for rname, render := range renders {
			for name, rs := range rows {
				doc, err := parse.Text(plan(rs, render, trad))
				require.NoError(t, err)
				assert.True(t, doc.Quality.Review, "%s, %s, traditional %v: score %.2f", name, rname, trad, doc.Quality.Score)
				codes := map[string]bool{}
				for _, r := range doc.Quality.Reasons {
					codes[r.Code] = true
				}
				assert.True(t, codes[model.ReasonGuessedColumns], name)
			}
			for name, rs := range controls {
				doc, err := parse.Text(plan(rs, render, trad))
				require.NoError(t, err)
				assert.False(t, doc.Quality.Review, "%s, %s, traditional %v: score %.2f", name, rname, trad, doc.Quality.Score)
			}
		}
	}
}
