package docmeta

import (
	"strings"

	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// titleLabels introduce a title on web pages and document-sharing sites
// (标题：…, 第一篇：…); TitleCore drops them. They are listed in simplified
// script and matched on the folded text.
var titleLabels = []string{"标题", "名称", "题名", "文件名称"}

// titleLabelFirst holds the runes a title label starts with before the fold.
var titleLabelFirst = foldingTo(FirstRunes(titleLabels))

// TitleCore returns the part of s that can be a title once the wrappings
// of web pages are taken off: a label (标题：, 名 称:, 第一篇：), a column
// name in 【】 glued in front (【重点工作】某市人民政府关于…), and enclosing
// 《》. s is expected trimmed; the result is a range of s.
func TitleCore(s string) Span {
	sp := Span{0, len(s)}
	for changed := true; changed; {
		changed = false
		t := s[sp.Start:sp.End]
		if n := labelPrefix(t); n > 0 {
			sp.Start += n
			changed = true
		} else if strings.HasPrefix(t, "【") {
			if k := source.IndexRune(t, '】'); k > 0 && k+len("】") < len(t) && !source.MoreRunes(t[:k], 20) {
				sp.Start += k + len("】")
				changed = true
			}
		}
		sp = trim(s, sp.Start, sp.End)
	}
	if t := s[sp.Start:sp.End]; strings.HasPrefix(t, "《") && strings.HasSuffix(t, "》") && len(t) > len("《》") {
		sp = trim(s, sp.Start+len("《"), sp.End-len("》"))
	}
	return sp
}

// labelPrefix returns the length of a title label with its colon at the
// start of t (标题：, 名 称:, 第一篇:), or 0.
func labelPrefix(t string) int {
	n := 0
	if strings.HasPrefix(t, "第") {
		// 第一篇, 第2篇
		i := len("第")
		for i < len(t) {
			r, size := script.DecodeRune(t[i:])
			if !(r >= '0' && r <= '9' || source.ContainsRune("一二三四五六七八九十", r)) {
				break
			}
			i += size
		}
		if i > len("第") && strings.HasPrefix(t[i:], "篇") {
			n = i + len("篇")
		}
	}
	if first, _ := script.DecodeRune(t); n == 0 && titleLabelFirst.has(first) {
		folded := script.ToSimplified(t) // same byte offsets as t
		for _, l := range titleLabels {
			if m, ok := spacedPrefix(folded, l); ok {
				n = m
				break
			}
		}
	}
	if n == 0 {
		return 0
	}
	rest := strings.TrimLeft(t[n:], " \u3000")
	r, size := script.DecodeRune(rest)
	if r != '：' && r != ':' {
		return 0
	}
	return len(t) - len(rest) + size
}

// Publicity recognises a 附注 line such as （此件公开发布） or (此件主动公开),
// also when a web copy put pinyin glosses inside (此件公開發(fā)布), and
// returns the range of its content inside the outer brackets.
func Publicity(s string) (Span, bool) {
	inner, ok := Bracketed(s)
	if !ok {
		return Span{}, false
	}
	t := s[inner.Start:inner.End]
	if source.MoreRunes(t, 40) {
		return Span{}, false
	}
	t = script.ToSimplified(t)
	for _, p := range []string{"此件", "本件", "主动公开", "依申请公开", "不予公开", "公开方式"} {
		if strings.HasPrefix(t, p) {
			return inner, true
		}
	}
	return Span{}, false
}
