// Command gen writes the HTML and DOCX input fixtures of parse's tests from
// the seed notices in testdata/seeds:
//
//   - html/NNN.html: each seed inside a full government-site page (top bar,
//     header with search, navigation menu, breadcrumb, 信息公开 index table,
//     article title and info line, share and print bars, related links,
//     footer, scripts and styles), UTF-8 with <meta charset>; seed 000's
//     tab-separated plan as HTML <table>s with rowspan-merged cells.
//   - html/001.gb2312.html, html/003.big5.html: the same pages encoded in
//     GBK and Big5 with a matching charset meta tag; html/004.nometa.gbk.html
//     in GBK without any charset declaration (detection); html/*.mht: the
//     GBK and Big5 pages saved as web archives (quoted-printable, base64).
//   - body/NNN.html: only the notice, for LibreOffice to convert into
//     docx/NNN.docx (soffice --headless --convert-to docx, see README.md).
//   - docx/NNN.numbered.docx for seeds 003 and 004: a hand-built DOCX whose
//     goal and task headings carry Word automatic numbering (numbering.xml)
//     instead of typed ordinals.
//
// Run from the repository root: go run ./testdata/inputs/gen
package main

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"fmt"
	"html"
	"log"
	"mime/quotedprintable"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/zwgk/gongwen/segment/script"
)

const out = "testdata/inputs"

// site is the furniture of one (made-up but typical) government portal.
type site struct{ name, host, dept, date string }

var sites = map[string]site{
	"000": {"苏州市人民政府", "www.suzhou.gov.cn", "苏州市人民政府办公室", "2017-05-26"},
	"001": {"常熟市人民政府", "www.changshu.gov.cn", "常熟市人民政府办公室", "2019-11-04"},
	"002": {"苏州市人民政府", "www.suzhou.gov.cn", "苏州市人民政府办公室", "2017-03-31"},
	"003": {"海門市人民政府", "www.haimen.gov.cn", "海門市人民政府辦公室", "2017-09-06"},
	"004": {"苏州宿迁工业园区", "www.ssipac.gov.cn", "苏宿工业园区管委会办公室", "2018-08-03"},
}

func main() {
	seeds, err := filepath.Glob("testdata/seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		log.Fatal("run from the repository root: no seeds found")
	}
	for _, dir := range []string{"html", "body", "docx"} {
		must(os.MkdirAll(filepath.Join(out, dir), 0o755))
	}
	for _, path := range seeds {
		key := filepath.Base(path)[:3]
		b, err := os.ReadFile(path)
		must(err)
		text := string(b)
		body := bodyHTML(text)
		title := titleOf(text)
		write("html/"+key+".html", []byte(page(sites[key], title, body, `<meta charset="utf-8">`)))
		write("body/"+key+".html", []byte("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"+
			html.EscapeString(title)+"</title></head>\n<body>\n"+body+"</body></html>\n"))
		switch key {
		case "001":
			gbPage := encode(simplifiedchinese.GBK,
				page(sites[key], title, body, `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`))
			write("html/001.gb2312.html", gbPage)
			write("html/001.gb2312.mht", mhtml(gbPage, "gb2312", "quoted-printable", sites[key].host))
		case "003":
			b5Page := encode(traditionalchinese.Big5, toTraditional.Replace(
				page(sites[key], title, body, `<meta http-equiv="Content-Type" content="text/html; charset=big5">`)))
			write("html/003.big5.html", b5Page)
			write("html/003.big5.mht", mhtml(b5Page, "big5", "base64", sites[key].host))
			write("docx/003.numbered.docx", numberedDOCX(text))
		case "004":
			write("html/004.nometa.gbk.html", encode(simplifiedchinese.GBK, page(sites[key], title, body, "")))
			write("docx/004.numbered.docx", numberedDOCX(text))
		}
	}
}

// mhtml wraps a page into a web archive (.mht) as Internet Explorer's
// "Web Archive, single file" saves it: MIME multipart/related with the
// page, transfer-encoded, then a stylesheet and an image part.
func mhtml(page []byte, charset, transfer, host string) []byte {
	var b bytes.Buffer
	const boundary = "----=_NextPart_000_0000_01D3B1F2.5C7E8A40"
	fmt.Fprintf(&b, "From: <Saved by Windows Internet Explorer 11>\r\nSubject: notice\r\nDate: Mon, 5 Jun 2017 10:00:00 +0800\r\n"+
		"MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"%s\"\r\n\r\n"+
		"This is a multi-part message in MIME format.\r\n\r\n", boundary)
	fmt.Fprintf(&b, "--%s\r\nContent-Type: text/html;\r\n\tcharset=\"%s\"\r\nContent-Transfer-Encoding: %s\r\nContent-Location: http://%s/zwgk/notice.html\r\n\r\n",
		boundary, charset, transfer, host)
	switch transfer {
	case "quoted-printable":
		w := quotedprintable.NewWriter(&b)
		_, err := w.Write(page)
		must(err)
		must(w.Close())
	case "base64":
		enc := base64.StdEncoding.EncodeToString(page)
		for len(enc) > 76 {
			b.WriteString(enc[:76] + "\r\n")
			enc = enc[76:]
		}
		b.WriteString(enc)
	}
	fmt.Fprintf(&b, "\r\n\r\n--%s\r\nContent-Type: text/css;\r\n\tcharset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: http://%s/images/common.css\r\n\r\nbody { margin: 0px; }\r\n\r\n", boundary, host)
	fmt.Fprintf(&b, "--%s\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: http://%s/images/logo.png\r\n\r\niVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\r\n\r\n--%s--\r\n", boundary, host, boundary)
	return b.Bytes()
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

func write(name string, data []byte) {
	must(os.WriteFile(filepath.Join(out, name), data, 0o644))
}

func encode(e encoding.Encoding, s string) []byte {
	b, err := e.NewEncoder().Bytes([]byte(s))
	must(err)
	return b
}

// titleOf returns the notice's title: its first line with 关于 or 通知,
// else its first non-empty line.
func titleOf(text string) string {
	first := ""
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(strings.TrimLeft(l, "# "))
		if l == "" {
			continue
		}
		if first == "" {
			first = l
		}
		if (strings.Contains(l, "关于") || strings.Contains(l, "報告") || strings.Contains(l, "报告")) && len([]rune(l)) < 80 {
			return l
		}
	}
	return first
}

var cellMarkup = regexp.MustCompile(`^(\s*<p>[^<]*</p>\s*)+$`)

// bodyHTML renders the seed as HTML: headings, paragraphs, and each run of
// tab-separated lines as a <table> whose empty cells below a cell of the
// same run are merged into it with rowspan.
func bodyHTML(text string) string {
	var b strings.Builder
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i := 0; i < len(lines); {
		l := lines[i]
		if strings.Contains(l, "\t") {
			j := i
			for j < len(lines) && strings.Contains(lines[j], "\t") {
				j++
			}
			table(&b, lines[i:j])
			i = j
			continue
		}
		i++
		t := strings.TrimSpace(l)
		switch {
		case t == "":
		case t == "---":
			b.WriteString("<hr>\n")
		case strings.HasPrefix(t, "## "):
			fmt.Fprintf(&b, "<h2>%s</h2>\n", html.EscapeString(t[3:]))
		case strings.HasPrefix(t, "# "):
			fmt.Fprintf(&b, "<h1>%s</h1>\n", html.EscapeString(t[2:]))
		default:
			fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(l))
		}
	}
	return b.String()
}

func table(b *strings.Builder, rows []string) {
	type cell struct {
		text    string
		rowspan int
		covered bool
	}
	var grid [][]*cell
	width := 0
	for _, r := range rows {
		width = max(width, len(strings.Split(r, "\t")))
	}
	header := func(r int) bool { return r == 0 && strings.HasPrefix(rows[0], "目标\t") }
	for r, row := range rows {
		parts := strings.Split(row, "\t")
		for len(parts) < width {
			parts = append(parts, "")
		}
		line := make([]*cell, width)
		for c, p := range parts {
			line[c] = &cell{text: p, rowspan: 1}
			if strings.TrimSpace(p) != "" || r == 0 || header(r-1) && r == 1 {
				continue
			}
			// Merge into the nearest uncovered cell above.
			for up := r - 1; up >= 0; up-- {
				if header(up) {
					break
				}
				if a := grid[up][c]; !a.covered {
					a.rowspan++
					line[c].covered = true
					break
				}
			}
		}
		grid = append(grid, line)
	}
	b.WriteString("<table class=\"plan\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n")
	for r, line := range grid {
		b.WriteString("<tr>")
		for _, c := range line {
			if c.covered {
				continue
			}
			tag := "td"
			if header(r) {
				tag = "th"
			}
			span := ""
			if c.rowspan > 1 {
				span = fmt.Sprintf(` rowspan="%d"`, c.rowspan)
			}
			content := html.EscapeString(c.text)
			if cellMarkup.MatchString(c.text) { // the seed's own <p> leftovers become real paragraphs
				content = c.text
			}
			fmt.Fprintf(b, "<%s%s>%s</%s>", tag, span, content, tag)
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>\n")
}

// page wraps a notice body into a whole portal page.
func page(s site, title, body, meta string) string {
	r := strings.NewReplacer("{META}", meta, "{TITLE}", html.EscapeString(title), "{SITE}", s.name,
		"{HOST}", s.host, "{DEPT}", s.dept, "{DATE}", s.date, "{BODY}", body)
	return r.Replace(pageTemplate)
}

const pageTemplate = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{META}
<meta name="SiteName" content="{SITE}">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="{DATE} 09:30">
<title>{TITLE}_{SITE}</title>
<link rel="stylesheet" type="text/css" href="/images/common.css">
<style type="text/css">
body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun;} .w1200{width:1200px;margin:0 auto;}
#zoom p{text-indent:2em;} .plan td{vertical-align:middle;} /* 一、样式 */
</style>
<script type="text/javascript">var _hmt = _hmt || []; var siteTitle = "一、首页（一）";</script>
</head>
<body>
<form id="form1" name="form1" method="post" action="./index.aspx">
<div class="top-bar"><div class="w1200">
  <span class="today">今天是：<script>document.write(new Date().toLocaleDateString());</script></span>
  <a href="/wza/">无障碍</a> | <a href="/zzms/">长者模式</a> | <a href="/en/">English</a> | <a href="/m/">手机版</a>
</div></div>
<div class="header"><div class="w1200">
  <div class="logo"><a href="/"><img src="/images/logo.png" alt="{SITE}"></a><span class="site-name">{SITE}</span></div>
  <div class="search"><input type="text" name="q" value="请输入关键字"><button type="button">搜索</button></div>
</div></div>
<div class="nav" id="nav"><ul class="w1200">
  <li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
  <li><a href="/hdjl/">互动交流</a></li><li><a href="/zjsz/">走进{SITE}</a></li><li><a href="/ztzl/">专题专栏</a></li>
</ul></div>
<div class="main w1200">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfwj/">政府文件</a> &gt; 正文</div>
  <table class="xxgk-table">
    <tr><td>索引号：</td><td>014000319/2017-00123</td><td>分类：</td><td>综合政务\政务公开</td></tr>
    <tr><td>发布机构：</td><td>{DEPT}</td><td>发文日期：</td><td>{DATE}</td></tr>
    <tr><td>名称：</td><td colspan="3">{TITLE}</td></tr>
  </table>
  <div class="article">
    <h1 class="article-title">{TITLE}</h1>
    <div class="article-info">发布日期：{DATE}&nbsp;&nbsp;来源：{DEPT}&nbsp;&nbsp;浏览次数：<span id="hits">1024</span>&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
    <div id="zoom" class="article-content TRS_Editor">
{BODY}    </div>
    <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
    <div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  </div>
  <div class="related"><h3>相关链接</h3><ul>
    <li><a href="/zwgk/1.html">关于做好政府信息公开工作年度报告编制发布工作的通知</a><span>2017-01-10</span></li>
    <li><a href="/zwgk/2.html">政务公开工作要点解读</a><span>2017-05-27</span></li>
    <li><a href="/zwgk/3.html">一、图解：政务公开工作要点</a><span>2017-05-28</span></li>
  </ul></div>
</div>
<div class="footer"><div class="w1200">
  <div class="friend-links">友情链接：<select onchange="window.open(this.value)"><option>中国政府网</option><option>江苏省人民政府</option></select></div>
  <p>主办：{DEPT}　承办：{SITE}大数据管理局</p>
  <p>地址：三香路998号　邮编：215004　联系电话：0512-68612510</p>
  <p>网站标识码：3205000001　<a href="https://beian.miit.gov.cn">苏ICP备05002535号</a>　<a href="#">苏公网安备 32050802010541号</a></p>
</div></div>
</form>
<script type="text/javascript" src="/js/jquery.min.js"></script>
<script type="text/javascript">
$(function(){ $("#nav li").hover(function(){ $(this).addClass("on"); }); var s = "<p>二、脚本里的文字</p>"; });
</script>
</body>
</html>
`

// furniture are the page furniture's words, which the Big5 page writes
// in traditional script.
var furniture = []string{
	"无障碍", "长者", "手机版", "请输入关键字", "首页", "政务", "公开", "服务", "互动", "走进", "专题专栏", "当前位置", "索引号", "分类",
	"综合", "发布机构", "发文日期", "名称", "发布日期", "来源", "浏览次数", "字体", "空间", "本页", "关闭", "相关链接", "关于", "报告编制发布",
	"要点解读", "图解", "要点", "友情链接", "中国政府网", "江苏省", "主办", "承办", "大数据", "邮编", "联系电话", "网站标识码", "苏ICP备",
	"苏公网安备", "脚本里的文字", "样式", "工作的通知", "信息",
}

// toTraditional writes the page furniture (furniture) of the Big5 page
// in traditional script, each word as segment/script writes it.
var toTraditional = func() *strings.Replacer {
	var pairs []string
	for _, w := range furniture {
		pairs = append(pairs, w, script.ToTraditional(w))
	}
	return strings.NewReplacer(pairs...)
}()

// Ordinal patterns of the headings that numberedDOCX numbers automatically.
var (
	goalRe = regexp.MustCompile(`^[一二三四五六七八九十]+、`)
	taskRe = regexp.MustCompile(`^([（(])[一二三四五六七八九十]+([）)])`)
)

// numberedDOCX builds a minimal DOCX of the seed where every goal heading
// (一、) and task heading (（一） or (一)) has its ordinal removed from the
// text and produced by Word automatic numbering (chineseCounting at levels
// 0 and 1), as Word users write plans.
func numberedDOCX(text string) []byte {
	var body strings.Builder
	open, closeP := "（", "）"
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimRight(l, "\r")
		ilvl := -1
		switch {
		case goalRe.MatchString(l):
			ilvl = 0
			l = l[len(goalRe.FindString(l)):]
		case taskRe.MatchString(l):
			m := taskRe.FindStringSubmatch(l)
			open, closeP = m[1], m[2]
			ilvl = 1
			l = l[len(m[0]):]
		}
		body.WriteString("<w:p>")
		if ilvl >= 0 {
			fmt.Fprintf(&body, `<w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="1"/></w:numPr></w:pPr>`, ilvl)
		}
		if l != "" {
			fmt.Fprintf(&body, `<w:r><w:t xml:space="preserve">%s</w:t></w:r>`, xmlEscape(l))
		}
		body.WriteString("</w:p>\n")
	}
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
` + body.String() + `<w:sectPr/></w:body></w:document>`
	numbering := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="` + open + `%2` + closeP + `"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`
	files := []struct{ name, data string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`},
		{"word/document.xml", doc},
		{"word/numbering.xml", numbering},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate})
		must(err)
		_, err = w.Write([]byte(f.data))
		must(err)
	}
	must(zw.Close())
	return buf.Bytes()
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}
