package parse

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"mime/quotedprintable"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// pageNotice is a notice issuing a plan, line by line, for the page
// renderings below; pageBox is the portal's metadata box above it.
var (
	pageNotice = []string{
		"某市人民政府办公室关于印发某市2023年政务服务提升工作方案的通知",
		"某政办发〔2023〕12号",
		"各县（区）人民政府，市政府各部门：",
		"现将《某市2023年政务服务提升工作方案》印发给你们，请认真贯彻执行。",
		"某市人民政府办公室",
		"2023年6月12日",
		"（此件公开发布）",
		"某市2023年政务服务提升工作方案",
		"一、推进事项标准化",
		"（一）调整事项清单。统一规范事项名称和办理要素。（牵头单位：市行政审批局；责任单位：市直各部门）",
		"（二）编制办事指南。办事指南与网上平台同源发布。（市大数据中心负责）",
		"二、强化组织保障",
		"各部门要落实主体责任。",
	}
	pageBox = [][2]string{{"索引号", "K0001/2023-00061"}, {"发布机构", "某市人民政府办公室"}, {"发文字号", "某政办发〔2023〕12号"}, {"成文日期", "2023-06-12"}, {"发布日期", "2023-06-16"}}
)

// boxRenderings are the ways portals print their metadata box.
var boxRenderings = map[string]func(box [][2]string) string{
	"none": func([][2]string) string { return "" },
	"table of label and value cells": func(box [][2]string) string {
		var b strings.Builder
		b.WriteString("<table class=\"info\">")
		for i := 0; i < len(box); i += 2 {
			b.WriteString("<tr>")
			for _, kv := range box[i:min(i+2, len(box))] {
				fmt.Fprintf(&b, "<td>%s：</td><td>%s</td>", kv[0], kv[1])
			}
			b.WriteString("</tr>")
		}
		return b.String() + "</table>"
	},
	"dl": func(box [][2]string) string { return entries(box, "<dl>", "<dt>%s：</dt><dd>%s</dd>", "</dl>") },
	"ul of glued spans": func(box [][2]string) string {
		return entries(box, "<ul class=\"meta\">", "<li><span>%s</span><em>%s</em></li>", "</ul>")
	},
	"one info line of spans": func(box [][2]string) string {
		return "<div class=\"info\"><span>发布日期：2023-06-16</span>　<span>来源：市政府办公室</span>　<span>字号：[大 中 小]</span></div>"
	},
}

func entries(box [][2]string, open, entry, close string) string {
	var b strings.Builder
	b.WriteString(open)
	for _, kv := range box {
		fmt.Fprintf(&b, entry, kv[0], kv[1])
	}
	return b.String() + close
}

// bodyRenderings are the ways portals mark up the notice's lines.
var bodyRenderings = map[string]func(lines []string) string{
	"paragraphs": func(lines []string) string {
		return "<h1>" + lines[0] + "</h1><div class=\"TRS_Editor\"><p>" + strings.Join(lines[1:], "</p><p>") + "</p></div>"
	},
	"nested divs": func(lines []string) string {
		return "<div class=\"title\">" + lines[0] + "</div><div><div><div>" + strings.Join(lines[1:], "</div><div>") + "</div></div></div>"
	},
	"one cell with br": func(lines []string) string {
		return "<table><tr><td align=\"center\"><b>" + lines[0] + "</b></td></tr><tr><td>&nbsp;&nbsp;" + strings.Join(lines[1:], "<br>\n&nbsp;&nbsp;") + "</td></tr></table>"
	},
	"word spans": func(lines []string) string {
		var b strings.Builder
		b.WriteString("<h2>" + lines[0] + "</h2><div class=\"Section1\">")
		for _, l := range lines[1:] {
			// the ordinal in a span of its own, as Word exports it
			if k := strings.Index(l, "、"); k > 0 && k <= len("（一）") {
				l = "<span lang=\"EN-US\">" + l[:k] + "</span><span>" + l[k:] + "</span>"
			}
			b.WriteString("<p class=\"MsoNormal\"><span style=\"font-family:仿宋_GB2312\">" + l + "</span></p>")
		}
		return b.String() + "</div>"
	},
}

// pageContainers wrap a page's HTML as saved: UTF-8 or GBK, as .html or
// as a web archive in quoted-printable or base64.
var pageContainers = map[string]func(t *testing.T, body string) ([]byte, bool){
	"html utf-8": func(_ *testing.T, body string) ([]byte, bool) {
		return []byte(pageHTML("utf-8", body)), true
	},
	"html gbk": func(t *testing.T, body string) ([]byte, bool) { return gbk(t, pageHTML("gb2312", body)) },
	"mht quoted-printable utf-8": func(t *testing.T, body string) ([]byte, bool) {
		var b bytes.Buffer
		w := quotedprintable.NewWriter(&b)
		_, err := w.Write([]byte(pageHTML("utf-8", body)))
		require.NoError(t, err)
		require.NoError(t, w.Close())
		return mht("text/html; charset=\"utf-8\"", "quoted-printable", b.String()), true
	},
	"mht base64 gbk": func(t *testing.T, body string) ([]byte, bool) {
		raw, ok := gbk(t, pageHTML("gbk", body))
		return mht("text/html", "base64", base64.StdEncoding.EncodeToString(raw)), ok
	},
}

func pageHTML(charset, body string) string {
	return "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset + "\"><title>政府文件_某市人民政府</title></head><body>" +
		"<div class=\"nav\"><a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a> &gt; 政府文件</div><div class=\"main\">" + body +
		"<div class=\"tools\"><a href=\"javascript:print()\">【打印本页】</a><a>【关闭窗口】</a></div></div>" +
		"<div class=\"footer\">主办：某市人民政府办公室　网站标识码：0000000001　某ICP备00000000号</div></body></html>"
}

func gbk(t *testing.T, s string) ([]byte, bool) {
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	return b, err == nil
}

func mht(contentType, encoding, payload string) []byte {
	return []byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_Part_0\"\r\n\r\n------=_Part_0\r\n" +
		"Content-Type: " + contentType + "\r\nContent-Transfer-Encoding: " + encoding + "\r\nContent-Location: http://example.gov.cn/a.html\r\n\r\n" +
		payload + "\r\n------=_Part_0--\r\n")
}

// TestPageRenderings renders one notice as every combination of metadata
// box, body markup, container and script a portal's saved page gives, and
// requires the same metadata and plan from each.
func TestPageRenderings(t *testing.T) {
	for boxName, box := range boxRenderings {
		for bodyName, body := range bodyRenderings {
			for contName, cont := range pageContainers {
				for _, trad := range []bool{false, true} {
					name := fmt.Sprintf("%s/%s/%s/trad=%v", boxName, bodyName, contName, trad)
					t.Run(name, func(t *testing.T) {
						html := box(pageBox) + body(pageNotice)
						conv := func(s string) string { return s }
						if trad {
							conv = toTraditional
						}
						data, ok := cont(t, conv(html))
						if !ok {
							t.Skip("not encodable")
						}
						doc, err := Bytes(data)
						require.NoError(t, err)
						m := doc.Meta
						assert.Equal(t, conv("某政办发〔2023〕12号"), value(m.DocNumber), "doc_number")
						assert.Equal(t, conv("某市人民政府办公室"), value(m.Issuer), "issuer")
						assert.Equal(t, "2023-06-12", value(m.SignedDate), "signed_date")
						assert.Equal(t, conv(pageNotice[0]), value(m.Title), "title")
						require.NotNil(t, doc.Plan, "plan")
						assert.Equal(t, conv(pageNotice[7]), value(doc.Plan.Title), "plan title")
						require.Len(t, doc.Plan.Goals, 2)
						require.Len(t, doc.Plan.Goals[0].Tasks, 2)
						var units []string
						for _, it := range doc.Items() {
							for _, u := range it.Units {
								units = append(units, u.Name+"/"+string(u.Role))
							}
						}
						assert.Equal(t, []string{conv("市行政审批局") + "/lead", conv("市直各部门") + "/responsible", conv("市大数据中心") + "/responsible"}, units)
						assert.False(t, doc.Quality.Review, "%+v", doc.Quality.Reasons)
					})
				}
			}
		}
	}
}
