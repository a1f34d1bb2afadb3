package htmltext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// boxFields are the fields of a metadata box: label, value.
var boxFields = [][2]string{
	{"索引号", "11511903MB1534120N/2024-00026"},
	{"发布机构", "某区人民政府办公室"},
	{"发文字号", "某府办发〔2024〕6号"},
	{"成文日期", "2024-02-27"},
}

// boxMarkups write the fields the ways portals lay a box out.
var boxMarkups = map[string]func(fields [][2]string) string{
	"ul li spans": func(fs [][2]string) string {
		var b strings.Builder
		for _, f := range fs {
			fmt.Fprintf(&b, "<li><span>%s：</span><span>%s</span></li>", f[0], f[1])
		}
		return "<ul>" + b.String() + "</ul>"
	},
	"dl": func(fs [][2]string) string {
		var b strings.Builder
		for _, f := range fs {
			fmt.Fprintf(&b, "<dt>%s</dt><dd>%s</dd>", f[0], f[1])
		}
		return "<dl>" + b.String() + "</dl>"
	},
	"one line of spans": func(fs [][2]string) string {
		var b strings.Builder
		for _, f := range fs {
			fmt.Fprintf(&b, "<span>%s：%s</span> ", f[0], f[1])
		}
		return b.String()
	},
	"div rows": func(fs [][2]string) string {
		var b strings.Builder
		for _, f := range fs {
			fmt.Fprintf(&b, "<div class=\"row\"><label>%s</label><em>%s</em></div>", f[0], f[1])
		}
		return b.String()
	},
	"table": func(fs [][2]string) string {
		var b strings.Builder
		for _, f := range fs {
			fmt.Fprintf(&b, "<tr><td>%s：</td><td>%s</td></tr>", f[0], f[1])
		}
		return "<table>" + b.String() + "</table>"
	},
}

// boxPage writes a notice page whose metadata box sits in a container of
// the given class, inside the article's column (before the title) or in a
// column of its own before it.
func boxPage(box, class string, inColumn bool) string {
	boxDiv := `<div class="` + class + `">` + box + `</div>`
	article := `<h1>某区人民政府办公室关于印发某区2024年春季森林防火工作方案的通知</h1>
<div id="zoom"><p>各乡镇人民政府，区级各部门：</p>
<p>现将《某区2024年春季森林防火工作方案》印发给你们，请认真抓好落实。</p>
<p>某区人民政府办公室</p>
<p>一、强化火源管控。清明等重点时段在林区入口设立检查站，严禁携带火种进山，发现隐患立即整改。</p>
<p>二、做好扑救准备。各乡镇组建半专业扑火队伍，配齐扑火机具和个人防护装备。</p></div>`
	if inColumn {
		article = `<div class="main">` + boxDiv + article + `</div>`
	} else {
		article = boxDiv + `<div class="main">` + article + `</div>`
	}
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某区人民政府</title></head><body>
<div class="header"><a href="/">首页</a><a href="/zwgk/">政府信息公开</a></div>
` + article + `
<div class="footer">网站标识码：5119030001</div></body></html>`
}

// TestMetaBoxInFurniture: a metadata box inside an element whose class
// names page furniture (info, xxgk-info, article-info, source) is still
// the page's box: its fields come out once, ahead of the article, in both
// extractors, whatever its markup and wherever it stands; a furniture
// element with a single box label (发布日期 … 来源 …) stays out.
func TestMetaBoxInFurniture(t *testing.T) {
	for name, markup := range boxMarkups {
		for _, class := range []string{"info", "xxgk-info", "article_info", "source", "meta"} {
			for _, inColumn := range []bool{true, false} {
				for _, trad := range []bool{false, true} {
					fields := boxFields
					if trad {
						fields = [][2]string{{"索引号", boxFields[0][1]}, {"發文機關", "某區人民政府辦公室"}, {"發文字號", "某府辦發〔2024〕6號"}, {"成文日期", "2024-02-27"}}
					}
					label := fmt.Sprintf("%s/%s/inColumn=%v/traditional=%v", name, class, inColumn, trad)
					page := boxPage(markup(fields), class, inColumn)
					sameAsTree(t, label, page)
					got, err := Extract(page)
					require.NoError(t, err, label)
					number := fields[2][1]
					assert.Equal(t, 1, strings.Count(got, number), "%s: the number once\n%s", label, got)
					assert.Less(t, strings.Index(got, number), strings.Index(got, "各乡镇人民政府"), "%s: the box before the body\n%s", label, got)
				}
			}
		}
	}
	page := boxPage(`<span>发布日期：2024-02-29</span> <span>来源：区政府办</span> <span>浏览次数：356</span>`, "info", true)
	got, err := Extract(page)
	require.NoError(t, err)
	assert.NotContains(t, got, "浏览次数")
}
