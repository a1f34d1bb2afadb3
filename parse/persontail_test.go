package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPersonTailReview: a task table whose 责任人 column was printed one
// space after the task's cell — the person read into the task's title —
// is sent to review; with the cells parted it is read with no such reason.
func TestPersonTailReview(t *testing.T) {
	rows := [][3]string{
		{"关于加快推进乡镇卫生院能力建设的建议", "周立新", "县卫健局"},
		{"关于提升农村客运服务水平的建议", "孙美华", "县交通运输局"},
		{"关于加强校园周边交通安全管理的建议", "郑国强", "县公安局"},
	}
	text := func(gap string) string {
		var b strings.Builder
		b.WriteString("某县2025年人大代表建议交办清单\n\n序号\t建议标题\t领衔代表\t主办单位\t办结时限\n")
		for i, r := range rows {
			b.WriteString(string(rune('1'+i)) + "\t" + r[0] + gap + r[1] + "\t" + r[2] + "\t2025年6月30日前\n")
		}
		return b.String()
	}
	for _, tt := range []struct {
		name, gap string
		flagged   bool
	}{{"cells parted", "\t", false}, {"one space", " ", true}} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Text(text(tt.gap))
			require.NoError(t, err)
			said := false
			for _, r := range doc.Quality.Reasons {
				said = said || r.Code == "marks_in_text" && strings.Contains(r.Message, "person's name")
			}
			assert.Equal(t, tt.flagged, said, "%s", reasonCodes(doc))
			if tt.flagged {
				assert.True(t, doc.Quality.Review, "score %v", doc.Quality.Score)
			}
		})
	}
}

// TestPersonTailNumberUnit: a table whose target cells end in a number and
// its unit after a space (新增城镇就业 1.2 万人: 万 is a surname) is read
// with no person-tail reason.
func TestPersonTailNumberUnit(t *testing.T) {
	text := "某市2026年民生实事项目实施方案\n\n一、就业和增收\n\n序号\t项目名称\t目标任务\t牵头单位\t完成时限\n" +
		"1\t稳定扩大就业\t新增城镇就业 1.2 万人\t市人社局\t2026年12月底前\n" +
		"2\t开展职业技能培训\t完成补贴性职业技能培训 3 万人\t市人社局\t2026年12月底前\n" +
		"3\t支持农民增收\t发放种粮补贴资金 500 万元\t市农业农村局\t2026年12月底前\n"
	doc, err := Text(text)
	require.NoError(t, err)
	n := 0
	for range doc.Items() {
		n++
	}
	require.Equal(t, 3, n)
	for _, r := range doc.Quality.Reasons {
		assert.NotContains(t, r.Message, "person's name", "%s", reasonCodes(doc))
	}
	assert.False(t, doc.Quality.Review, "score %v", doc.Quality.Score)
}
