package docmeta

import (
	"strings"

	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// siteLabels are the footer labels only a site's footer holds (simplified
// script): no notice names its 技术支持 or its 版权所有.
var siteLabels = []string{"技术支持", "版权所有", "网站标识码", "维护单位", "运维单位", "网站地图", "联系我们"}

// footerLabels open the lines of a portal's footer, in simplified script:
// who runs the site (主办单位：…, 承办：…), how to reach it (联系电话, 地址,
// 邮编), and the labels only a footer holds (siteLabels: 技术支持, 维护单位).
// A label comes before any label it opens with (主办单位 before 主办):
// FooterLine takes the first that opens a line.
var footerLabels = append([]string{
	"主办单位", "主办", "承办单位", "承办",
	"联系电话", "联系地址", "地址", "邮编", "邮政编码",
}, siteLabels...)

// SiteFooterLabel reports whether the footer line s (FooterLine) names,
// anywhere, a label only a site's footer holds (siteLabels): 主办：某县
// 人民政府办公室　技术支持：某县信息中心 is a footer even where no closing
// furniture stands above it.
func SiteFooterLabel(s string) bool {
	return len(s) <= 240 && holdsFolded(s, siteLabels)
}

// footerFirst holds the runes a footer label can start with before the fold.
var footerFirst = foldingTo(FirstRunes(footerLabels))

// FooterLine recognises a line of a portal's footer by its label:
// 主办单位：某市…, 主辦：…　技術支持：…, 版权所有 ©. Such a line may as well
// be a notice's own (主办单位：市文明办 is the lead unit of an activity
// plan): only where it follows the page's closing furniture (分享到,
// 【打印】【关闭】) is it the footer, which the caller tells.
func FooterLine(s string) bool {
	first, _ := script.DecodeRune(s)
	if !footerFirst.has(first) {
		return false
	}
	head := foldedHead(s, 6)
	for _, l := range footerLabels {
		if rest, ok := strings.CutPrefix(head, l); ok {
			r, _ := script.DecodeRune(rest)
			return rest == "" || source.ContainsRune("：:　 ©", r)
		}
	}
	return false
}
