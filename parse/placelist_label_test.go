package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStatLabelDropsListedPlaces requires a prose count published at a
// list of places (在县档案馆、县图书馆设立查阅点2个) to be labelled without
// the places, as one place is dropped, for lists of one to three places,
// several verbs and measure words, in both scripts.
func TestStatLabelDropsListedPlaces(t *testing.T) {
	places := []string{"县档案馆", "县图书馆", "县政务服务中心", "镇便民服务大厅"}
	for n := 1; n <= 3; n++ {
		for _, verb := range []string{"设立", "设置", "开设"} {
			for _, unit := range []string{"个", "处"} {
				for _, trad := range []bool{false, true} {
					label := verb + "政府信息查阅点"
					text := "某县人民政府2013年政府信息公开工作年度报告\n一、主动公开政府信息情况\n" +
						"全年召开新闻发布会8次，在" + strings.Join(places[:n], "、") + label + "2" + unit + "，接待查阅群众530人次。\n"
					want := []string{"全年召开新闻发布会 8 次", label + " 2 " + unit, "接待查阅群众 530 人次"}
					if trad {
						text = toTraditional(text)
					}
					name := fmt.Sprintf("%d places %s %s trad=%v", n, verb, unit, trad)
					doc, err := Text(text)
					require.NoError(t, err, name)
					require.NotNil(t, doc.Report, name)
					var got []string
					for _, s := range doc.Report.Stats {
						got = append(got, fmt.Sprintf("%s %v %s", norm(s.Label), s.Value, norm(s.Unit)))
					}
					assert.Equal(t, want, got, name)
				}
			}
		}
	}
}
