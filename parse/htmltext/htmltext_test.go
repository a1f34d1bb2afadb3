package htmltext

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMetaCharset(t *testing.T) {
	tests := []struct{ page, want string }{
		{`<html><head><meta charset="gb2312"><title>x</title>`, "gb2312"},
		{`<META CHARSET=big5>`, "big5"},
		{`<meta http-equiv="Content-Type" content="text/html; charset=GBK">`, "GBK"},
		{`<meta http-equiv="content-type" content='text/html;charset="utf-8"'>`, "utf-8"},
		{`<meta name="keywords" content="charset=big5"><p>正文`, ""},
		{`<html><body><meta charset="gbk">`, ""}, // too late: in the body
		{`<title>no meta</title>`, ""},
		{strings.Repeat(" ", 9000) + `<meta charset="gbk">`, ""},
		// strings.ToLower lengthens İ; the charset index must stay on the original
		{`<meta http-equiv="Content-Type" content="İİİ;CHARSET=big5">`, "big5"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, MetaCharset([]byte(tt.page)), tt.page)
	}
}

func TestExtractPage(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>页面标题_某市人民政府</title>
<style>p{color:red}</style><script>var a="一、脚本";</script></head>
<body>
<div class="header"><a href="/">首页</a><span>某市人民政府门户网站</span></div>
<ul id="nav-main"><li><a href="/a">政务公开</a></li><li><a href="/b">政务服务</a></li><li><a href="/c">互动交流</a></li></ul>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; 通知公告</div>
<div class="content-wrap">
  <h1 class="title">关于印发某市政务公开工作要点的通知</h1>
  <div class="info">发布日期：2020-01-02</div>
  <div id="zoom">
    <p>各区人民政府：</p>
    <p>　　现将《某市政务公开工作要点》印发给你们，请认真
       贯彻执行。</p>
    <div>一、推进决策公开<br>（一）完善机制。<span>加强</span><b>解读</b>。</div>
    <p style="display:none">隐藏的文字</p>
    <p>Some&nbsp;English   words</p>
    <div class="share">分享到：<a href="#">微信</a></div>
  </div>
</div>
<div class="footer"><p>主办：某市人民政府办公室</p><p>地址：人民路1号</p></div>
</body></html>`
	got, err := Extract(page)
	require.NoError(t, err)
	assert.Equal(t, "关于印发某市政务公开工作要点的通知\n"+
		"各区人民政府：\n"+
		"　　现将《某市政务公开工作要点》印发给你们，请认真贯彻执行。\n"+
		"一、推进决策公开\n"+
		"（一）完善机制。加强解读。\n"+
		"Some English words\n", got)
}

func TestExtractTitleNotRepeated(t *testing.T) {
	page := `<div class="main"><h1>关于某事的通知</h1><div class="text"><p>关于 某事的通知</p><p>正文第一段，内容足够长，足够长，内容足够长，足够长，内容足够长，足够长。</p><p>第二段，内容足够长，足够长，内容足够长，足够长，内容足够长，足够长。</p></div></div>`
	got, err := Extract(page)
	require.NoError(t, err)
	assert.Equal(t, 1, strings.Count(got, "通知"), got)
	got, err = Extract(strings.Replace(page, "<p>关于 某事的通知</p>", "", 1))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(got, "关于某事的通知\n正文第一段"), got)
}

func TestTableGrid(t *testing.T) {
	page := `<div id="zoom"><p>前言</p>
<table><caption>表一</caption>
<thead><tr><th>目标</th><th>任务</th><th>主要内容</th><th>责任单位</th></tr></thead>
<tbody>
<tr><td rowspan="3">一、目标甲</td><td rowspan="2">（一）任务</td><td><p>内容1</p><p>续</p></td><td rowspan="2">市甲局</td></tr>
<tr><td>内容2</td></tr>
<tr><td colspan="2">跨两列</td><td>市乙局</td></tr>
<tr><td>二、目标乙</td><td>（二）任务</td><td>内容	3</td></tr>
<tr><td></td><td></td><td></td><td></td></tr>
</tbody></table>
<p>后记</p></div>`
	got, err := Extract(page)
	require.NoError(t, err)
	assert.Equal(t, "前言\n表一\n"+
		"目标\t任务\t主要内容\t责任单位\n"+
		"一、目标甲\t（一）任务\t内容1 续\t市甲局\n"+
		"\t\t内容2\t\n"+
		"\t跨两列\t\t市乙局\n"+
		"二、目标乙\t（二）任务\t内容 3\t\n"+
		"\n后记\n", got)
}

func TestLayoutTable(t *testing.T) {
	// An old portal laid out with tables: the outer table nests one, so it
	// is layout and its cells are blocks; the inner one is data.
	page := `<table><tr><td><a href="/">首页</a> <a href="/x">公开</a></td></tr>
<tr><td class="bt_content"><p>第一段正文内容比较长。</p><table><tr><td>甲</td><td>乙</td></tr></table><p>第二段正文。</p></td></tr></table>`
	got, err := Extract(page)
	require.NoError(t, err)
	assert.Equal(t, "第一段正文内容比较长。\n甲\t乙\n\n第二段正文。\n", got)
}

func TestSpanLimits(t *testing.T) {
	// Huge spans on few cells fall back to the written cells instead of
	// emitting millions of tabs.
	page := `<table><tr><td colspan="1000" rowspan="65534">甲</td><td colspan="1000">乙</td></tr>` +
		strings.Repeat(`<tr><td>丙</td></tr>`, 50) + `</table>`
	got, err := Extract(page)
	require.NoError(t, err)
	assert.Less(t, len(got), 2000)
	assert.Contains(t, got, "甲\t乙")
	assert.Equal(t, 50, strings.Count(got, "丙"))
}

func TestMalformed(t *testing.T) {
	_, err := Extract("<html><body>" + strings.Repeat("<div>", 600) + "x")
	assert.ErrorIs(t, err, ErrMalformed)
	got, err := Extract("")
	require.NoError(t, err)
	assert.Empty(t, got)
}

func BenchmarkExtract(b *testing.B) {
	row := `<tr><td rowspan="2">一、目标</td><td>（一）任务</td><td>` + strings.Repeat("内容", 100) + `</td><td>市甲局</td></tr><tr><td></td><td>内容</td><td></td></tr>`
	page := `<html><body><div class="nav"><a>首页</a></div><div id="zoom">` + strings.Repeat("<p>"+strings.Repeat("正文", 80)+"</p>", 100) +
		"<table>" + strings.Repeat(row, 100) + "</table></div></body></html>"
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(page); err != nil {
			b.Fatal(err)
		}
	}
}

func TestPageShapes(t *testing.T) {
	long := strings.Repeat("内容足够长", 8)
	body := "<p>一、总体要求，" + long + "。</p><p>（一）任务一，" + long + "。</p><p>（二）任务二，" + long + "。</p>"
	tests := []struct{ name, page string }{
		{"html5 article", `<body><header><nav><a href="/">首页</a><a href="/2">公开</a></nav></header><main><article><header><h1>某县工作要点</h1><p class="source">来源：县政府办</p></header>` + body + `</article><aside><h3>相关文章</h3><a href="/x">另一篇通知的标题</a></aside></main><footer>版权所有 某县人民政府</footer></body>`},
		{"paragraphs under body", `<body><div id="menu"><a href="/">首页</a> <a href="/1">机构</a> <a href="/2">公开</a> <a href="/3">服务</a></div><h2>某县工作要点</h2>` + body + `<div class="bottom">主办：某县人民政府办公室 地址：某路1号</div></body>`},
		{"old layout table", `<body><table width="980"><tr><td><img src="logo.gif"><a href="/">首页</a></td></tr><tr><td><table><tr><td class="title">某县工作要点</td></tr><tr><td class="bt_content">` + body + `</td></tr></table></td></tr><tr><td>版权所有：某县人民政府 备案号</td></tr></table></body>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Extract(tt.page)
			require.NoError(t, err)
			assert.Equal(t, "某县工作要点\n一、总体要求，"+long+"。\n（一）任务一，"+long+"。\n（二）任务二，"+long+"。\n", got)
		})
	}
}

func TestOrderedList(t *testing.T) {
	got, err := Extract(`<div><p>（一）任务</p><ol><li>第一项</li><li><p>第二项</p></li><li value="5">第五项</li></ol>` +
		`<ol type="a" start="2"><li>乙</li></ol><ol style="list-style: none"><li>无号</li></ol><ul><li>圆点</li></ul></div>`)
	require.NoError(t, err)
	assert.Equal(t, "（一）任务\n1.第一项\n2.第二项\n5.第五项\nb.乙\n无号\n圆点\n", got)
}

func TestMHTML(t *testing.T) {
	lf := "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"XX\"\n\n--XX\nContent-Type: text/css\n\nbody{}\n--XX\n" +
		"Content-Type: text/html; charset=\"big5\"\nContent-Transfer-Encoding: base64\n\nPHA+\nMTwvcD4=\n--XX--\n"
	require.True(t, IsMHTML([]byte(lf)))
	page, cs, err := MHTMLPage([]byte(lf))
	require.NoError(t, err)
	assert.Equal(t, "<p>1</p>", string(page))
	assert.Equal(t, "big5", cs)

	qp := "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html\r\n" +
		"Content-Transfer-Encoding: quoted-printable\r\n\r\n<p>=D2=BB=A1=A2</p>=\r\n<p>x</p>\r\n--b--\r\n"
	page, cs, err = MHTMLPage([]byte(qp))
	require.NoError(t, err)
	assert.Equal(t, "<p>\xd2\xbb\xa1\xa2</p><p>x</p>", string(page))
	assert.Empty(t, cs)

	assert.False(t, IsMHTML([]byte("<html><body>MIME-Version multipart/related</body></html>")))
	_, _, err = MHTMLPage([]byte("MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nx"))
	assert.ErrorIs(t, err, ErrMalformed)
}
