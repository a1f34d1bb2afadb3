package docmeta

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFooterLine: the labels of a portal's footer, in either script and
// with either colon, open a footer line; the role words of a plan's own
// unit lines (牵头单位, 主办方) and lines merely holding a label do not.
func TestFooterLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"主办单位：某市人民政府国有资产监督管理委员会", true},
		{"主办：某县人民政府办公室　　技术支持：某县信息中心", true},
		{"主辦：某縣人民政府辦公室　　技術支持：某縣信息中心", true},
		{"承办单位:某市大数据中心", true},
		{"版权所有 © 某区人民政府", true},
		{"版權所有：某區人民政府", true},
		{"联系电话：0591-1234567", true},
		{"地址：某市某路1号　邮编：350000", true},
		{"主办方负责场地布置。", false},
		{"牵头单位：市发展改革委", false},
		{"各承办单位要按时报送材料。", false},
		{"由市图书馆主办。", false},
	} {
		assert.Equal(t, tc.want, FooterLine(tc.line), tc.line)
	}
}

// TestPrintedPageLines: the URL and the date and time a browser prints on
// each page, and a page's short print and close buttons, are furniture; a
// deadline cell, a dated line that says more, a URL with a label and a
// sentence opening with 打印 or 关闭 are not.
func TestPrintedPageLines(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"http://www.example.gov.cn/art/2021/3/5/art_1_123.html", true},
		{"https://www.example.gov.cn/cms/html/col12/2022-03-18/1.html", true},
		{"www.example.gov.cn/col/col123/index.html", true},
		{"2021/3/5 上午10:12", true},
		{"2022/03/18 14:30", true},
		{"2021/3/5 下午3:05", true},
		{"2022/6/30", false},
		{"2022/6/30前完成", false},
		{"2021/3/5 上午10:12 召开推进会", false},
		{"网址：http://www.example.gov.cn", false},
		{"http://www.example.gov.cn 查询", false},
		{"2021年3月5日", false},
		{"【打印】　【关闭】", true},
		{"[打印] [关闭]", true},
		{"【關閉】【打印】", true},
		{"打印机采购纳入年度预算。", false},
		{"关闭违法排污企业3家。", false},
	} {
		assert.Equal(t, tc.want, Furniture(tc.line), tc.line)
	}
}

// TestSiteFooterLabel: a label only a site's footer holds, anywhere in the
// line and in either script, and none of an activity's organisers.
func TestSiteFooterLabel(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"主办：某县人民政府办公室　　技术支持：某县信息中心", true},
		{"主辦：某縣人民政府辦公室　　技術支持：某縣信息中心", true},
		{"版权所有：某区人民政府", true},
		{"主办单位：某市某局　网站标识码：3500000001", true},
		{"主办单位：市委宣传部　承办单位：市图书馆", false},
		{"联系电话：0591-1234567", false},
	} {
		assert.Equal(t, tc.want, SiteFooterLabel(tc.line), tc.line)
	}
}
