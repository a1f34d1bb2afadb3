package docmeta

import (
	"slices"
	"strings"

	"github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// furniturePrefixes start the widget and listing lines of saved
// government and document-sharing pages, in simplified script: a line is
// folded before it is compared.
var furniturePrefixes = append([]string{
	"当前位置", "您的位置", "您现在的位置", "你的位置", "返回首页", "返回顶部",
	"打印本页", "打印此页", "关闭窗口", "关闭本页", "字体：", "字体:", "字号",
	"文档编号", "上传时间", "上传者", "下载次数",
	"上一篇", "下一篇", "上一条", "下一条", "相关附件", "附件下载", "扫一扫",
	"预览时标签不可点", "微信扫一扫", "关注该公众号",
	"责任编辑：", "责任编辑:",
}, closedButtons([]string{"打印", "关闭", "我要纠错", "纠错"}, "】]］")...)

// closedButtons spells the short print, close and error-report buttons
// with each of closers after them (【打印】【关闭】, [打印], ［关闭］,
// 【我要纠错】 beside a portal's 责任编辑：X): only with its closing bracket is
// the word a button, a line opening with the bare word is text.
func closedButtons(words []string, closers string) []string {
	var out []string
	for _, w := range words {
		for _, c := range closers {
			out = append(out, w+string(c))
		}
	}
	return out
}

// furnitureFirst holds the runes a furniture prefix can start with before
// the fold.
var (
	furnitureFirst = foldingTo(FirstRunes(furniturePrefixes))
	viewCount      = NewWord("浏览次数")
)

// viewCountMark is the rune of 浏览次数 that no other rune folds to (浏
// has 瀏, 览 覽, 数 數): a line without it holds no view counter once
// folded, and one search for it stands for the searches for 浏 and 瀏.
const viewCountMark = '次'

// widgetOpeners are the brackets and spaces a widget may stand after.
const widgetOpeners = "【[［ "

// widgetOpener holds widgetOpeners, tested at the first rune of every line.
var widgetOpener = foldingTo(widgetOpeners)

// foldedHead returns the first n runes of s folded to simplified script,
// which is all a prefix or page-number test needs to see. When none of
// them changes, it is a slice of s, not a copy.
func foldedHead(s string, n int) string {
	end, left := len(s), n
	for i, r := range s {
		if left == 0 {
			end = i
			break
		}
		if script.SimplifiedRune(r) != r {
			return foldRunes(s, n)
		}
		left--
	}
	return s[:end]
}

// foldRunes folds the first n runes of s rune by rune into a new string.
func foldRunes(s string, n int) string {
	var b strings.Builder
	for _, r := range s {
		if n == 0 {
			break
		}
		b.WriteRune(script.SimplifiedRune(r))
		n--
	}
	return b.String()
}

// editorNotes are the publisher's remarks standing alone in brackets, in
// simplified script.
var editorNotes = []string{"本文有删减", "有删减"}

// Furniture recognises a line of web-page furniture: breadcrumbs (首页 >
// 政务公开 >> 文件), share and font-size widgets, view counters, the
// file-name and 文档编号/上传时间 lines of document-sharing sites, a
// portal's footer (its ICP备 licence line), the URL and the date and time
// a browser prints on each page, and the publisher's bracketed remarks
// such as （本文有删减）.
func Furniture(s string) bool { return AnyPage.Furniture(s) }

// Page is what a document's whole text tells Furniture before its lines
// are read: a text without a breadcrumb separator (> ＞ ») has no
// breadcrumb line. A breadcrumb may stand anywhere in a line, so each
// line would be searched for a separator from end to end; one search of
// the text (three fast ones: the separators' first bytes are rare in
// Chinese text) spares most notices those searches. So with a portal's
// footer: its 网站标识码 and 公网安备 lines stand beside its ICP备 licence, and
// a text without ICP (one fast search: I is rare in Chinese text) has none.
type Page struct {
	separators bool // the text holds >, ＞ or »
	licence    bool // the text holds ICP: a portal's footer (siteFooter)
}

// AnyPage is the Page of a text that may hold every kind of furniture.
var AnyPage = Page{separators: true, licence: true}

// PageOf searches text once for what the furniture that may stand
// anywhere in a line needs. Its Furniture is to be asked about lines
// drawn from text: pieces of it, perhaps joined, or with ASCII markup
// taken out or turned into ASCII white space (text being valid UTF-8,
// that makes no new non-ASCII rune).
func PageOf(text string) Page {
	return Page{separators: hasSeparator(text), licence: strings.Contains(text, "ICP")}
}

// Furniture is the package's Furniture for a line of p's text. Each kind
// is told by its first or last rune, or by one rune it must hold (a
// breadcrumb's separator, which p says whether the text holds), so an
// ordinary line is turned away after a look at its ends and one search
// for 次, without a fold.
func (p Page) Furniture(s string) bool {
	if len(s) > 240 {
		return false
	}
	return widget(s) || shareBar(s) || wechatButton(s) ||
		viewCounter(s) || fileName(s) || editorNote(s) || p.licence && siteFooter(s) || pageAddress(s) || printStamp(s) ||
		p.separators && Breadcrumb(s)
}

// wechatButtons are the buttons under a WeChat 公众号 article, each a
// line of its own in a copy of the page, in simplified script; 阅读 1286
// (its readers, 阅读 10万+) stands with them.
var wechatButtons = []string{"收藏", "点赞", "在看", "赞", "写留言", "留言", "阅读原文"}

// maxWechatButton is the length in bytes of the longest line wechatButton
// takes: 阅读 and a count.
const maxWechatButton = len("阅读 100000万+")

// wechatButton recognises a line that is only one of wechatButtons or a
// reader count 阅读 N: as text, each would be read as a row of the table
// the article ends with.
func wechatButton(s string) bool {
	if len(s) > maxWechatButton {
		return false
	}
	t := script.ToSimplified(source.TrimSpace(s))
	if n, ok := strings.CutPrefix(t, "阅读"); ok {
		n = strings.TrimSuffix(strings.TrimSuffix(source.TrimSpace(n), "+"), "万")
		if n != "" && strings.Trim(n, "0123456789") == "" {
			return true
		}
	}
	return slices.Contains(wechatButtons, t)
}

// siteRecords are what a portal's footer line holds, in simplified
// script: its ICP licence, its public-security record and its site code.
// Each ends in 备 or 码, which siteRecordEnds holds with what folds to
// them.
var (
	siteRecords    = []string{"ICP备", "公网安备", "网站标识码"}
	siteRecordEnds = EndsOf(siteRecords)
)

// siteFooter recognises a portal's footer line: 主办单位：… ICP备…号,
// 网站标识码…, 公网安备…号. An ordinary line holds neither 备 nor 码 and
// is turned away in one pass, without a fold.
func siteFooter(s string) bool {
	return siteRecordEnds.HasAny(s) && holdsFolded(s, siteRecords)
}

// holdsFolded reports whether s, folded to simplified script once, holds
// any of words (in simplified script) anywhere.
func holdsFolded(s string, words []string) bool {
	folded := script.ToSimplified(s)
	for _, w := range words {
		if source.Contains(folded, w) {
			return true
		}
	}
	return false
}

// widget recognises a line that starts with a furniture prefix, perhaps
// in brackets: 【打印本页】【关闭窗口】, [返回顶部], 当前位置：….
func widget(s string) bool { return mayStartWidget(s) && startsWithWidget(s) }

// mayStartWidget is widget's first test: the first rune of s, past the
// widgetOpeners, is one a furniture prefix can start with before the fold.
func mayStartWidget(s string) bool {
	first, _ := script.DecodeRune(s)
	if widgetOpener.has(first) {
		first, _ = script.DecodeRune(strings.TrimLeft(s, widgetOpeners))
	}
	return furnitureFirst.has(first)
}

// startsWithWidget reports whether s, past the widgetOpeners and folded,
// starts with one of furniturePrefixes.
func startsWithWidget(s string) bool {
	head := foldedHead(strings.TrimLeft(s, widgetOpeners), 8)
	for _, p := range furniturePrefixes {
		if strings.HasPrefix(head, p) {
			return true
		}
	}
	return false
}

// viewCounter recognises a line holding a view counter (浏览次数：12),
// wherever it stands, unless the line is a box line giving one of the
// notice's facts beside it (发布日期：…　文号：X　浏览次数：12), which the
// header reads.
func viewCounter(s string) bool {
	return source.ContainsRune(s, viewCountMark) && viewCount.In(s) && !boxFact(s)
}

// boxFact reports whether s is a box line with a value under a label of the
// notice's own metadata (索引号, 发文机关, 成文日期, 标题, 发文字号).
func boxFact(s string) bool {
	for _, p := range BoxLine(s) {
		switch p.Key {
		case BoxIndexNo, BoxIssuer, BoxSignedDate, BoxTitle, BoxDocNumber:
			if p.End > p.Start {
				return true
			}
		}
	}
	return false
}

// fileName recognises a line that is the name of a shared file: it ends
// in the extension of a document (.doc, .docx, .pdf, .wps, .ofd, .txt), a
// spreadsheet (.xls, .xlsx, .et) or an archive (.zip, .rar), any case,
// and holds no sentence.
func fileName(s string) bool {
	// The extension's dot stands among the last five bytes: LastIndexByte
	// reads backwards one byte at a time, so only those are searched.
	tail := max(0, len(s)-len(".docx"))
	k := strings.LastIndexByte(s[tail:], '.')
	if k < 0 || tail+k == 0 {
		return false
	}
	k += tail
	switch strings.ToLower(s[k+1:]) {
	case "doc", "docx", "pdf", "wps", "ofd", "txt", "xls", "xlsx", "et", "zip", "rar":
		return !source.ContainsRune(s, '。') // searched only now: the whole line
	}
	return false
}

func editorNote(s string) bool {
	sp, ok := Bracketed(s)
	if !ok {
		return false
	}
	inner := script.ToSimplified(s[sp.Start:sp.End])
	for _, n := range editorNotes {
		if inner == n {
			return true
		}
	}
	return false
}

// Bracketed returns the range of the trimmed content of s when s is
// enclosed in round brackets of either width.
func Bracketed(s string) (Span, bool) {
	if !strings.HasPrefix(s, "（") && !strings.HasPrefix(s, "(") {
		return Span{}, false // without decoding the first rune
	}
	open, osz := script.DecodeRune(s)
	close, csz := script.DecodeLastRune(s)
	if (open != '（' && open != '(') || (close != '）' && close != ')') || len(s) <= osz+csz {
		return Span{}, false
	}
	return trim(s, osz, len(s)-csz), true
}

// Breadcrumb recognises a navigation trail: short parts separated by >,
// >>, ＞ or » (a run of separators counts once), at least two separators,
// or one when the line starts with the separator or with 首页. Parts hold
// no sentence punctuation.
func Breadcrumb(s string) bool {
	if !hasSeparator(s) || source.MoreRunes(s, 79) {
		return false
	}
	seps, partLen, first := 0, 0, true
	lastPart := 0
	leading := false
	for i := 0; i < len(s); {
		r, size := script.DecodeRune(s[i:])
		i += size
		switch {
		case r == '>' || r == '＞' || r == '»':
			if first {
				leading = true
			}
			if partLen > 0 || first {
				seps++
			}
			if partLen > 12 {
				return false
			}
			partLen = 0
		case r == ' ' || r == '\u3000' || r == '\t':
		case source.ContainsRune("。，；：", r):
			return false
		default:
			partLen++
		}
		first = false
		lastPart = partLen
	}
	if lastPart > 20 {
		return false
	}
	return seps >= 2 || (seps == 1 && (leading || strings.HasPrefix(foldedHead(s, 2), "首页")))
}

// hasSeparator reports whether s holds a breadcrumb separator: >, ＞ or ».
// strings.Contains looks for the first byte of ＞ and » (EF, C2), which
// Chinese text holds far less often than their last (which IndexRune
// looks for): on a notice's text it is several times faster.
func hasSeparator(s string) bool {
	return strings.IndexByte(s, '>') >= 0 || source.Contains(s, "＞") || source.Contains(s, "»")
}

// pageAddress recognises a line that is only a web address: the URL a
// browser prints at the foot of each page it prints (http://…/art_1.html,
// www.….gov.cn). A line that says more (网址：http://…) is no such line.
func pageAddress(s string) bool {
	if s == "" || s[0] != 'h' && s[0] != 'w' {
		return false
	}
	if !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "https://") && !strings.HasPrefix(s, "www.") {
		return false
	}
	return !strings.ContainsAny(s, " \t　，。；")
}

// printStamp recognises the date and time a browser prints at the head of
// each page it prints: 2021/3/5 上午10:12, 2021/03/05 14:30. The time is
// required: a date alone may be a cell of a deadline column.
func printStamp(s string) bool {
	if len(s) < len("2021/3/5 1:00") || len(s) > 32 || !ordinal.IsASCIIDigit(s[0]) {
		return false
	}
	i := digitsAt(s, 0, 4, 4)
	for _, max := range []int{2, 2} {
		if i == 0 || i >= len(s) || s[i] != '/' {
			return false
		}
		i = digitsAt(s, i+1, 1, max)
	}
	if i == 0 || i >= len(s) || s[i] != ' ' {
		return false
	}
	rest := strings.TrimLeft(s[i:], " ")
	for _, half := range []string{"上午", "下午"} {
		rest = strings.TrimPrefix(rest, half)
	}
	j := digitsAt(rest, 0, 1, 2)
	if j == 0 || j >= len(rest) || rest[j] != ':' {
		return false
	}
	return digitsAt(rest, j+1, 2, 2) == len(rest)
}

// digitsAt returns the end of a run of min to max ASCII digits at s[i:],
// or 0.
func digitsAt(s string, i, min, max int) int {
	j := i
	for j < len(s) && j-i < max && ordinal.IsASCIIDigit(s[j]) {
		j++
	}
	if j-i < min {
		return 0
	}
	return j
}

// shareBar recognises a page's share bar: 分享 and at most eight runes
// more (分享到：), or 分享到 and the sites it offers, short names parted by
// white space (分享到：微信 微博 QQ空间, as a browser copies the bar's
// links), no sentence among them.
func shareBar(s string) bool {
	if !strings.HasPrefix(s, "分享") {
		return false
	}
	if !source.MoreRunes(s, 8) {
		return true
	}
	rest, ok := strings.CutPrefix(s, "分享到")
	if !ok {
		return false
	}
	sites := strings.FieldsFunc(strings.TrimLeft(rest, "：:"), source.IsSpace)
	if len(sites) < 2 || len(sites) > maxShareSites {
		return false
	}
	for _, site := range sites {
		if source.MoreRunes(site, maxSiteRunes) || strings.ContainsAny(site, "，。；、,;") {
			return false
		}
	}
	return true
}

// maxShareSites and maxSiteRunes bound a share bar's list of sites (QQ空间,
// 新浪微博, 微信朋友圈).
const (
	maxShareSites = 8
	maxSiteRunes  = 6
)
