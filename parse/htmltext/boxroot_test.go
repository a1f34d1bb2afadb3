package htmltext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// longBoxFields are the fields of a 集约化 portal's metadata box, which
// outweighs a short notice: label, value.
var longBoxFields = [][2]string{
	{"索引号", "114201000100012345/202405-00031"},
	{"信息分类", "区政府办文件"},
	{"发布机构", "某区政府办"},
	{"主题分类", "政务公开"},
	{"成文日期", "2024-05-08"},
	{"公开日期", "2024-05-10"},
	{"文号", "某政办〔2024〕9号"},
	{"有效性", "有效"},
	{"生效时间", "2024-05-08"},
	{"废止时间", "暂无"},
	{"名称", "某区人民政府办公室关于印发某区2024年政务公开工作要点的通知"},
	{"政策咨询机关", "区政府办公室（区政务公开办）"},
	{"政策咨询电话", "0710-3356021"},
}

// shortNoticePage writes a notice whose plan is only a link (附件：X.docx),
// its article column closed by link lists (附件下载, 相关解读, 上一篇), under a
// metadata box of the given markup in a container of the given class, in
// the article's column or before it.
func shortNoticePage(box, class string, inColumn, lists bool) string {
	article := `<h1 class="newstitle">某区人民政府办公室关于印发某区2024年政务公开工作要点的通知</h1>
<div id="zoom"><p style="text-align:center">某政办〔2024〕9号</p>
<p>各街道办事处，区政府各部门，各有关单位：</p>
<p>《某区2024年政务公开工作要点》已经区政府同意，现印发给你们，请结合实际认真贯彻落实。各单位要确定专人做好本单位政务公开工作，并于12月10日前报送年度落实情况。</p>
<p>某区人民政府办公室</p>
<p>2024年5月8日</p>
<p>（此件公开发布）</p>
<p>附件：<a href="/files/gk2024.docx">某区2024年政务公开工作要点.docx</a></p></div>`
	if lists {
		article += `<div class="fjxz"><h3>附件下载：</h3><ul><li><a href="/files/gk2024.docx">某区2024年政务公开工作要点.docx</a></li></ul></div>
<div class="xgjd"><h3>相关解读</h3><ul><li><a href="/jd/1.html">图解：《某区2024年政务公开工作要点》</a></li><li><a href="/jd/2.html">一图读懂某区2024年政务公开工作要点</a></li></ul></div>
<div class="prevnext"><p>上一篇：<a href="/wj/7.html">某区人民政府办公室关于印发某区2024年优化营商环境重点任务清单的通知</a></p><p>下一篇：<a href="/wj/9.html">某区人民政府办公室关于做好2024年防汛工作的通知</a></p></div>`
	}
	boxDiv := `<div class="` + class + `">` + box + `</div>`
	if inColumn {
		article = `<div class="main">` + boxDiv + `<div class="wzcon">` + article + `</div></div>`
	} else {
		article = boxDiv + `<div class="main"><div class="wzcon">` + article + `</div></div>`
	}
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某区人民政府</title></head><body>
<div class="header"><a href="/">首页</a><a href="/zwgk/">信息公开</a></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">信息公开</a></div>
` + article + `
<div class="footer">网站标识码：4201000001</div></body></html>`
}

// TestBoxNeverTheArticle: a metadata box longer than the short notice
// under it (its plan only a link) is the page's box, never its article:
// the notice comes out, from its 主送 to its 附件 line, after the box, in
// both extractors, whatever the box's markup, wherever it stands, and
// with or without the link lists that weigh the notice's column down.
func TestBoxNeverTheArticle(t *testing.T) {
	markups := map[string]func([][2]string) string{
		"table of pairs": func(fs [][2]string) string {
			var b strings.Builder
			for i := 0; i < len(fs); i += 2 {
				b.WriteString("<tr>")
				for _, f := range fs[i:min(i+2, len(fs))] {
					fmt.Fprintf(&b, "<th>%s：</th><td>%s</td>", f[0], f[1])
				}
				b.WriteString("</tr>")
			}
			return `<table class="table_suoyin"><tbody>` + b.String() + "</tbody></table>"
		},
		"spaced labels": func(fs [][2]string) string {
			var b strings.Builder
			for _, f := range fs {
				label := strings.Join(strings.Split(f[0], ""), `<span style="padding-left:1em"></span>`)
				fmt.Fprintf(&b, "<tr><th>%s：</th><td>%s</td></tr>", label, f[1])
			}
			return "<table>" + b.String() + "</table>"
		},
	}
	for name, m := range boxMarkups {
		markups[name] = m
	}
	for name, markup := range markups {
		// A table, <ul> or <dl> is a box in any container; other markup
		// in furniture.
		classes := []string{"xxgk-info", "info"}
		if m := markup(longBoxFields[:1]); strings.HasPrefix(m, "<table") || strings.HasPrefix(m, "<ul") || strings.HasPrefix(m, "<dl") {
			classes = append(classes, "wzy_xxgk")
		}
		for _, class := range classes {
			for _, inColumn := range []bool{true, false} {
				for _, lists := range []bool{true, false} {
					label := fmt.Sprintf("%s/%s/inColumn=%v/lists=%v", name, class, inColumn, lists)
					page := shortNoticePage(markup(longBoxFields), class, inColumn, lists)
					sameAsTree(t, label, page)
					got, err := Extract(page)
					require.NoError(t, err, label)
					for _, want := range []string{"各街道办事处，区政府各部门，各有关单位：", "某区人民政府办公室\n2024年5月8日", "附件：某区2024年政务公开工作要点.docx"} {
						assert.Contains(t, got, want, "%s: the notice is the article\n%s", label, got)
					}
					assert.Less(t, strings.Index(got, "某政办〔2024〕9号"), strings.Index(got, "各街道办事处"), "%s: the box before the notice\n%s", label, got)
				}
			}
		}
	}
}
