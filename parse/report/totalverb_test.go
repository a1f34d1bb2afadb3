package report

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// TestTotalBeforeAnyVerbStays: a run of time words and totals holding a
// total (共, 累计, 共计, 新增) is the last adverbial before the verb
// whatever the verb (走访, 慰问: verbs the reader does not list), so it
// stays in the label after a subject, after a date and at a clause's
// start alike, as it does before a verb of the reports. A total that says
// how many there are (共有, 累计达) and a time word alone before an
// unlisted word are no such run.
func TestTotalBeforeAnyVerbStays(t *testing.T) {
	openings := []string{"", "我局", "2023年，我局", "2023年，", "我局开展帮扶活动。", "我局开展帮扶活动，", "我局开展帮扶活动；"}
	runs := []string{"共", "累计", "共计", "全年共", "本年度累计"}
	verbs := []string{"走访企业", "慰问困难群众", "检查经营门店", "调解矛盾纠纷"}
	n := 0
	for _, op := range openings {
		for _, run := range runs {
			for _, verb := range verbs {
				text := op + run + verb + "12家。"
				for _, sc := range bothScripts {
					rep, _ := Build(source.New(sc.do(text)), "")
					require.NotNil(t, rep, text)
					require.Len(t, rep.Stats, 1, "%s: %s", sc.name, text)
					assert.Equal(t, sc.do(run+verb), rep.Stats[0].Label, "%s: %s", sc.name, text)
					n++
				}
			}
		}
	}
	require.Equal(t, len(openings)*len(runs)*len(verbs)*2, n)
	for text, want := range map[string]string{
		"我局开展帮扶活动，共有帮扶企业12家。": "帮扶企业",
		"我局开展帮扶活动，全年走访企业12家。": "走访企业", // a time word alone: 全年企业… names no act
		"2023年，我局共享数据12条。":    "共享数据", // 共 of 共享
	} {
		rep, _ := Build(source.New(text), "")
		require.NotNil(t, rep, text)
		require.Len(t, rep.Stats, 1, text)
		assert.Equal(t, want, rep.Stats[0].Label, text)
	}
}
