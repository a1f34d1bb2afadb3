package htmltext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// authorityPage writes a notice page whose title stands on headings of
// its own kind (open, close) outside the article's text (a plan follows
// the notice), the lines of above before the title line.
func authorityPage(open, close string, above []string, title string) string {
	var hs strings.Builder
	for _, a := range above {
		hs.WriteString(open + a + close)
	}
	hs.WriteString(open + title + close)
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某省人民政府</title></head><body>
<div class="header"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div>
<div class="article"><div class="art-title">` + hs.String() + `<p class="fwzh">某办发〔2025〕7号</p></div>
<div class="art-tool">字号：<a>大</a> <a>中</a> <a>小</a></div>
<div id="zoom"><p>各市（州）人民政府，省政府各部门：</p>
<p>《某省2025年数字政府建设工作要点》已经省政府同意，现印发给你们，请认真组织实施。各地各部门要结合实际细化措施，确保各项任务落到实处。</p>
<p>某省人民政府办公厅</p><p>2025年3月14日</p>` + strings.Repeat(`<p>一、推进政务云资源整合。推动省级部门非涉密业务系统全部迁移上云，提升政务云资源利用率，统一运维和安全保障。</p>`, 10) + `</div></div>
<div class="footer">网站标识码：5100000062</div></body></html>`
}

// TestAuthorityHeadingBeforeTitle: a page that sets the issuing authority
// on a heading of its own above the 关于… heading keeps it in the title
// line, in both extractors, whatever the heading markup, for one
// authority line or two, in either script; a column name above the title,
// a heading holding 关于 itself, and a title that does not start with 关于
// are left as they are.
func TestAuthorityHeadingBeforeTitle(t *testing.T) {
	markups := [][2]string{{"<h1>", "</h1>"}, {"<h2>", "</h2>"}, {`<div class="title">`, "</div>"}, {`<p class="bt">`, "</p>"}}
	cases := []struct {
		name   string
		above  []string
		title  string
		joined bool
	}{
		{"one authority", []string{"某省人民政府办公厅"}, "关于印发《某省2025年数字政府建设工作要点》的通知", true},
		{"joint authorities", []string{"某省财政厅", "某省教育厅"}, "关于做好2025年学生资助工作的通知", true},
		{"traditional", []string{"某省人民政府辦公廳"}, "關於印發《某省2025年數字政府建設工作要點》的通知", true},
		{"mixed script", []string{"某省人民政府辦公廳"}, "关於印發《某省2025年數字政府建設工作要點》的通知", true},
		{"column name", []string{"通知公告"}, "关于印发《某省2025年数字政府建设工作要点》的通知", false},
		{"title twice", []string{"关于印发工作要点的通知"}, "关于印发《某省2025年数字政府建设工作要点》的通知", false},
		{"no 关于", []string{"某省人民政府办公厅"}, "某省2025年数字政府建设工作要点的通知", false},
	}
	for _, m := range markups {
		for _, c := range cases {
			label := fmt.Sprintf("%s/%s", m[0], c.name)
			page := authorityPage(m[0], m[1], c.above, c.title)
			sameAsTree(t, label, page)
			got, err := Extract(page)
			require.NoError(t, err, label)
			lines := strings.Split(got, "\n")
			joined := strings.Join(c.above, " ") + " " + c.title
			if c.joined {
				assert.Contains(t, lines, joined, "%s: the authority in the title line\n%s", label, got)
				assert.NotContains(t, lines, c.title, "%s: the title alone\n%s", label, got)
			} else {
				assert.Contains(t, lines, c.title, "%s: the title as it stands\n%s", label, got)
				assert.NotContains(t, got, joined, "%s: nothing put before it\n%s", label, got)
			}
		}
	}
}
