package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// footerBodies are plans whose last item a page footer follows: a table
// copied one cell per line, the same table as tab rows, and prose items
// each closed by a 责任单位： line.
var footerBodies = []struct{ name, text string }{
	{"cells per line", "某市国资委2024年重点工作任务分解表\n序号\n工作任务\n工作内容\n责任科室\n完成时间\n" +
		"一、深化国企改革\n1\n完善公司治理\n推动监管企业董事会规范运行。\n企业改革科\n2024年6月底前\n" +
		"2\n加强党建工作\n开展党建工作责任制考核。\n党建工作科\n全年"},
	{"tab rows", "某市国资委2024年重点工作任务分解表\n序号\t工作任务\t工作内容\t责任科室\t完成时间\n" +
		"1\t完善公司治理\t推动监管企业董事会规范运行。\t企业改革科\t2024年6月底前\n" +
		"2\t加强党建工作\t开展党建工作责任制考核。\t党建工作科、各监管企业\t全年"},
	{"prose unit lines", "某街道2024年工作要点\n一、经济发展\n1.做好企业服务。每季度走访重点企业一次。\n责任科室：经济发展办公室\n" +
		"二、社会治理\n2.推进网格化治理。优化网格设置，配齐网格员。\n牵头科室：社区治理办公室；配合科室：各社区"},
}

// footers are a portal's closing furniture (the share bar, the print and
// close widgets) with the footer lines under it, or footer lines naming
// what only a site's footer names (技术支持, 版权所有, 网站标识码): who runs
// the site, who keeps it, how to reach it — none of them an item's unit.
var footers = []string{
	"分享到：\n主办单位：某市人民政府国有资产监督管理委员会",
	"【打印】　【关闭】\n主办：某县人民政府办公室　　技术支持：某县信息中心",
	"[打印本页] [关闭窗口]\n\n主办单位：某市某局　承办单位：某市大数据中心\n联系电话：0591-1234567",
	"【打印此页】【关闭窗口】\n承办：某区融媒体中心\n版权所有：某区人民政府",
	"分享到：\n\n主办单位：某街道办事处\n地址：某市某路1号　邮编：350000",
	// a share bar naming its sites, as a browser copies it
	"分享到：微信 微博\n主办：某市人民政府办公室　　承办：某市电子政务中心",
	"分享到: QQ空间 新浪微博 微信朋友圈\n主办单位：某县人民政府办公室",
	"分享到：　微信　　微博　　抖音\n\n承办：某区融媒体中心\n联系电话：0591-1234567",
	// no closing furniture: a label only a site's footer holds says so
	"主办单位：某市某局　　技术支持：某市大数据中心",
	"主办：某县人民政府办公室\n技术支持：某县信息中心",
	"版权所有：某区人民政府　主办单位：某区政府办公室",
	"主办单位：某市某局\n网站标识码：3500000001",
	// the links of a portal's footer joined by bars or tabs, under its
	// error-report button and editor line
	"【我要纠错】　责任编辑：李明\n版权所有：某省人民政府 | 关于本网 | 网站声明 | 网站地图 | 联系我们\n某ICP备12345678号",
	"责任编辑：周红\n版权所有：某市人民政府\t网站地图\t联系我们",
	"[纠错]\n版权所有：某县人民政府办公室 | 技术支持：某县信息中心",
}

// TestFooterAfterClosingFurniture: the footer lines that close a saved
// page under its share bar or print widgets, or beside a site-only label,
// are page furniture, whatever
// the plan above them (a table one cell per line, tab rows, prose with
// unit lines), the footer's wording, the script and the line ends: the tree
// is the one the plan gives alone. Read as text, 主办单位：X gave the last
// item the site's owner as its lead unit.
func TestFooterAfterClosingFurniture(t *testing.T) {
	for _, b := range footerBodies {
		want := treeOf(mustText(t, b.text))
		require.NotEmpty(t, want, b.name)
		for _, f := range footers {
			for _, tr := range scriptsAndBreaks {
				for _, sep := range []string{"\n\n", "\n"} { // a browser's copy keeps no blank line
					text := tr.apply(b.text + sep + f + "\n")
					assert.Equal(t, want, treeOf(mustText(t, text)), "%s, %s, footer %q after %q", b.name, tr.name, f, sep)
				}
			}
		}
	}
}

// TestFooterLabelInBody: a 主办单位：/承办单位： line under an item, with no
// closing furniture above it, is the item's own unit line (an activity
// plan's organisers), also at the end of the text.
func TestFooterLabelInBody(t *testing.T) {
	text := "某市2024年全民阅读活动方案\n一、主要活动\n1.举办读书分享会。在市图书馆举办读书分享会四场。\n主办单位：市委宣传部\n承办单位：市图书馆\n"
	got := strings.Join(treeOf(mustText(t, text)), "\n")
	assert.Contains(t, got, "市委宣传部/lead", got)
	for _, tr := range []transform{transforms[1], transforms[3]} {
		assert.Equal(t, got, strings.Join(treeOf(mustText(t, tr.apply(text))), "\n"), tr.name)
	}
}
