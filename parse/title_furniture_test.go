package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/eval"
	"github.com/zwgk/gongwen/segment"
)

// TestTitleNotAcrossFurniture: a portal's site name stands above its
// breadcrumb or widget line, the page's own title below it; the title is
// the line below alone, never joined to the site name across the
// furniture, whatever the separators, script and line ends.
func TestTitleNotAcrossFurniture(t *testing.T) {
	const title = "某县城关镇人民政府2023年政府信息公开工作年度报告"
	body := "本报告依据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n2023年，城关镇认真落实政务公开各项要求。\n（一）主动公开\n全年主动公开政府信息120条。\n"
	furniture := []string{
		"首页 > 信息公开 > 年度报告 > 城关镇",
		"网站首页＞＞政府信息公开＞＞政府信息公开年报",
		"当前位置：首页 » 信息公开年报",
		"【字号：大 中 小】【打印本页】",
	}
	for _, site := range []string{"某县人民政府", "某县人民政府门户网站"} {
		for _, f := range furniture {
			for _, tr := range scriptsAndBreaks {
				text := tr.apply(site + "\n" + f + "\n" + title + "\n" + body)
				g := eval.FromDocument(mustText(t, text))
				require.NotNil(t, g.Meta.PlanTitle, "%s / %q / %s", site, f, tr.name)
				assert.Equal(t, title, segment.ToSimplified(*g.Meta.PlanTitle), "%s / %q / %s", site, f, tr.name)
			}
		}
	}
}
