package report

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// TestBoardAsMeans: a notice board (政务公开栏, 村务公示栏, 宣传栏, 公告栏)
// after 通过/在/利用 is the means a count was published by, like the site
// beside it, and goes from the label before a verb phrase of its own
// (通过县政府门户网站公开信息 → 公开信息), whatever
// the subject, the script and the count's neighbour; a board that is what
// is counted (更新政务公开栏18次) stays.
func TestBoardAsMeans(t *testing.T) {
	boards := []string{"局政务公开栏", "村务公示栏", "镇政府宣传栏", "社区公告栏", "政务公开栏"}
	openers := []string{"通过", "在", "利用"}
	subjects := []string{"", "我局", "某某镇"}
	verbs := []string{"公开信息", "公布低保名单", "张贴政策解读材料"}
	for _, board := range boards {
		for _, op := range openers {
			for _, subj := range subjects {
				for _, verb := range verbs {
					text := "2011年，" + subj + "通过县政府门户网站" + verb + "121条，" + op + board + verb + "15条。"
					for _, sc := range bothScripts {
						rep, _ := Build(source.New(sc.do(text)), "")
						require.NotNil(t, rep)
						require.Len(t, rep.Stats, 2, "%s: %s", sc.name, text)
						for _, st := range rep.Stats {
							assert.Equal(t, sc.do(verb), st.Label, "%s: %s", sc.name, text)
						}
					}
				}
			}
		}
	}
	rep, _ := Build(source.New("2011年，我局更新政务公开栏18次。"), "")
	require.NotNil(t, rep)
	require.Len(t, rep.Stats, 1)
	assert.Equal(t, "更新政务公开栏", rep.Stats[0].Label)
}
