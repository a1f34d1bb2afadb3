package htmltext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// layoutTitlePage writes a page laid out in one table: a row holding the
// title in a cell of class titleClass, a row holding the 来源/发布时间 line
// in a cell of class infoClass, a row holding the notice.
func layoutTitlePage(titleClass, infoClass string) string {
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市人民政府</title></head><body>
<div id="menu"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div>
<table width="1000" class="bt_main">
<tr><td align="center" class="` + titleClass + `">某市人民政府办公室关于做好2016年政务公开工作的通知</td></tr>
<tr><td align="center" class="` + infoClass + `">来源：市府办　发布时间：2016-05-09 09:12　【字号：大　中　小】</td></tr>
<tr><td class="bt_content">` + strings.Repeat(`<p>各区县人民政府，市政府各部门：为深入贯彻落实政务公开工作的部署要求，经市政府同意，现就做好今年政务公开工作通知如下，请认真抓好落实。</p>`, 4) + `<p>某市人民政府办公室</p><p>2016年5月6日</p></td></tr>
</table>
<div id="footer">网站标识码：3305000001</div></body></html>`
}

// TestInfoLineNoTitle: the 来源/发布时间 line of a page laid out in a
// table, in a cell whose class names a title word and furniture both
// (bt_info, title-info, biaoti source), does not title the article: the
// title cell above it does, in both extractors.
func TestInfoLineNoTitle(t *testing.T) {
	for _, titleClass := range []string{"title", "bt", "biaoti", "bt_title"} {
		for _, infoClass := range []string{"bt_info", "title-info", "biaoti source", "bt_hits"} {
			label := fmt.Sprintf("%s/%s", titleClass, infoClass)
			page := layoutTitlePage(titleClass, infoClass)
			sameAsTree(t, label, page)
			got, err := Extract(page)
			require.NoError(t, err, label)
			first, _, _ := strings.Cut(got, "\n")
			assert.Equal(t, "某市人民政府办公室关于做好2016年政务公开工作的通知", first, "%s: the title first\n%s", label, got)
			assert.NotContains(t, got, "来源：", "%s: the info line left out\n%s", label, got)
		}
	}
}
