package report

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// TestColumnInsideSiteAsMeans: a column inside a site, named by its level
// and its matter however long (县政府门户网站乡镇信息公开专栏, 区政府网站部门
// 预决算公开栏目), is part of the means a count was published by and goes
// from the label with the site, whatever the opener, the subject and the
// script; where a verb follows the site, what it makes or publishes is the
// label's (在政府门户网站新增专题专栏 → 新增专题专栏).
func TestColumnInsideSiteAsMeans(t *testing.T) {
	sites := []string{"县政府门户网站", "区政府网站", "市政府信息公开网"}
	columns := []string{"乡镇信息公开专栏", "部门预决算公开栏目", "镇级政务公开专栏", "街道专栏"}
	openers := []string{"通过", "在", "依托"}
	subjects := []string{"", "我镇", "某镇"}
	verbs := []string{"主动公开政府信息", "发布工作动态", "公开财政预决算信息"}
	for _, site := range sites {
		for _, col := range columns {
			for _, op := range openers {
				for _, subj := range subjects {
					for _, verb := range verbs {
						text := "2022年，" + subj + op + site + col + verb + "57条。"
						for _, sc := range bothScripts {
							rep, _ := Build(source.New(sc.do(text)), "")
							require.NotNil(t, rep)
							require.Len(t, rep.Stats, 1, "%s: %s", sc.name, text)
							assert.Equal(t, sc.do(verb), rep.Stats[0].Label, "%s: %s", sc.name, text)
						}
					}
				}
			}
		}
	}
	for _, tt := range []struct{ text, label string }{
		{"2022年，我局在政府门户网站新增专题专栏3个。", "新增专题专栏"},
		{"2022年，我局在政府门户网站开设政务公开专栏2个。", "开设政务公开专栏"},
		{"2022年，我镇通过县政府门户网站发布信息公开平台链接5条。", "发布信息公开平台链接"},
	} {
		rep, _ := Build(source.New(tt.text), "")
		require.NotNil(t, rep)
		require.Len(t, rep.Stats, 1, tt.text)
		assert.Equal(t, tt.label, rep.Stats[0].Label, tt.text)
	}
}
