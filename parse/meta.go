package parse

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// header is what the metadata stage learns about the layout of a notice.
type header struct {
	meta      model.Meta
	title     int        // line of the notice title, -1 if none
	titleStr  source.Str // the title as found (a cell, or two lines joined)
	bodyStart int        // first line after the title and recipients
	signature int        // line of the 成文日期, -1 if none
	tail      int        // first line of the 抄送/印发 block, len(lines) if none
}

var (
	docNumberRe = regexp.MustCompile(`((?:[\p{Han}A-Za-z]|\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)){1,14}?)\s*[〔\[［【(（﹝]\s*((?:19|20|１９|２０)[0-9０-９]{2})\s*[〕\]］】)）﹞]\s*([0-9０-９]{1,5})\s*([号號])`)
	docNumberNB = regexp.MustCompile(`([\p{Han}]{1,12}[发發函字])((?:19|20)\d{2})(\d{1,4})([号號])`)
	docTypes    = []string{"通知", "意见", "意見", "决定", "決定", "办法", "辦法", "方案", "报告", "報告", "函", "批复", "批復", "要点", "要點", "通报", "通報", "公告", "规定", "規定", "请示", "請示", "纪要", "紀要", "细则", "細則", "计划", "計劃", "清单", "清單", "规划", "規劃", "通告", "决议", "決議", "命令", "令"}
	numberLabel = regexp.MustCompile(`(?:文号|文號|文件编号|文件編號|发文字号|發文字號|文件字号|编号|編號)\s*[:：]?\s*$|\|$`)
	publicityRe = regexp.MustCompile(`^[（(]\s*((?:此件|本件)[^（）()]{1,16}|(?:主动|依申请|不予)公开|公开方式[：:][^（）()]{1,10})\s*[）)]$`)
)

// readHeader runs the metadata recognisers over the cleaned lines: title,
// 发文字号 and 发文机关标志 above it, 主送机关 below it, the signature and
// 成文日期, the 附注, and the 抄送/印发 block at the end. Lines it consumes
// are marked used so the plan stage skips them.
func readHeader(src *source.Source, lines []line) header {
	h := header{title: -1, signature: -1, tail: len(lines)}
	h.readTitle(src, lines)
	h.readDocNumber(src, lines)
	h.readIssuerMark(src, lines)
	h.readRecipients(src, lines)
	h.readSignature(src, lines)
	h.issuerFromTitle(src, lines)
	h.readPublicity(src, lines)
	h.readAttachments(lines)
	h.readTail(src, lines)
	return h
}

// textLines yields the indices of non-blank text lines from start.
func nextText(lines []line, i int) int {
	for ; i < len(lines); i++ {
		if lines[i].kind == lineText && !lines[i].used {
			return i
		}
	}
	return -1
}

func endsWithDocType(s string) bool {
	s = strings.TrimRight(s, " \u3000")
	for _, t := range docTypes {
		if strings.HasSuffix(s, t) {
			return true
		}
	}
	return false
}

func field(src *source.Source, s source.Str, value string) *model.Field {
	return &model.Field{Value: value, Span: src.SpanAll(s)}
}

// squeeze removes spaces next to Han characters (苏州市 2017 年 → 苏州市2017年),
// the way titles are typeset, keeping spaces between Latin words.
func squeeze(s string) string {
	if !strings.ContainsAny(s, " \u3000\u00a0") {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if r == ' ' || r == '\u3000' || r == '\u00a0' {
			var prev, next rune
			for j := i - 1; j >= 0; j-- {
				if !source.IsSpace(rs[j]) {
					prev = rs[j]
					break
				}
			}
			for j := i + 1; j < len(rs); j++ {
				if !source.IsSpace(rs[j]) {
					next = rs[j]
					break
				}
			}
			if source.IsHan(prev) || source.IsHan(next) || prev == 0 || next == 0 || !isASCIIWord(prev) || !isASCIIWord(next) {
				continue
			}
			if i > 0 && rs[i-1] == ' ' {
				continue
			}
			r = ' '
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isASCIIWord(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
}

// readTitle finds the notice title among the first lines: a line with 关于
// ending in a document type, possibly broken over two lines, or a report
// title. Web-page wrappings are taken off first: a 发文字号 glued in front,
// a "第一篇：" label, enclosing 《》, a cell of a pipe-rendered info box.
func (h *header) readTitle(src *source.Source, lines []line) {
	seen := 0
	for i := 0; i < len(lines) && seen < 30; i++ {
		ln := lines[i]
		var cands []source.Str
		switch ln.kind {
		case lineText:
			cands = []source.Str{ln.s}
		case linePipeRow:
			cands = ln.cells
		default:
			continue
		}
		seen++
		for _, c := range cands {
			if c.Len() > 600 {
				continue // a paragraph, not a title
			}
			s, end := titleCore(c), i
			if utf8.RuneCountInString(s.S) > 120 || strings.Contains(s.S, "。") {
				continue
			}
			if !isTitleText(s.S) {
				if ln.kind != lineText || !hasAbout(s.S) {
					continue
				}
				j := nextText(lines, i+1)
				if j < 0 || j-i > 3 || utf8.RuneCountInString(lines[j].s.S) > 60 {
					continue
				}
				joined := titleCore(source.Concat(c, lines[j].s))
				if !isTitleText(joined.S) {
					continue
				}
				s, end = joined, j
			}
			h.title = i
			h.titleStr = s
			h.meta.Title = field(src, s, squeeze(s.S))
			for k := i; k <= end; k++ {
				lines[k].used = true
			}
			h.bodyStart = end + 1
			// Pages repeat the title; the copies are not body text.
			for k, n := end+1, 0; k < len(lines) && n < 6; k++ {
				if lines[k].kind == lineText {
					n++
					if squeeze(titleCore(lines[k].s).S) == h.meta.Title.Value {
						lines[k].used = true
						h.bodyStart = k + 1
					}
				}
			}
			return
		}
	}
}

func hasAbout(s string) bool {
	return strings.Contains(s, "关于") || strings.Contains(s, "關於") || strings.Contains(s, "关於")
}

func isTitleText(s string) bool {
	if strings.Contains(s, "：") || strings.HasSuffix(s, ":") || strings.HasPrefix(s, "根据") {
		return false
	}
	if hasAbout(s) && endsWithDocType(s) {
		return true
	}
	return isReportTitle(s)
}

var titleLabel = regexp.MustCompile(`^(?:第[一二三四五六七八九十\d]{1,3}篇|标题|標題|名称|名稱|题名|文件名称)\s*[:：]\s*`)

// titleCore removes what web pages wrap around a title.
func titleCore(s source.Str) source.Str {
	s = s.TrimSpace()
	if head := s.S[:min(len(s.S), 96)]; strings.ContainsAny(head, "〔[［【(（﹝") && strings.ContainsAny(head, "号號") {
		if m := docNumberRe.FindStringIndex(head); m != nil && m[0] == 0 {
			s = s.From(m[1]).TrimSpace()
		}
	}
	if m := titleLabel.FindStringIndex(s.S[:min(len(s.S), 40)]); m != nil {
		s = s.From(m[1]).TrimSpace()
	}
	if strings.HasPrefix(s.S, "《") && strings.HasSuffix(s.S, "》") {
		s = s.Slice(len("《"), s.Len()-len("》")).TrimSpace()
	}
	return s
}

// isReportTitle recognises the title of a 政府信息公开工作年度报告.
func isReportTitle(s string) bool {
	s = squeeze(s)
	return (strings.Contains(s, "信息公开") || strings.Contains(s, "信息公開")) &&
		(strings.HasSuffix(s, "年度报告") || strings.HasSuffix(s, "年度報告") || strings.HasSuffix(s, "年报") || strings.HasSuffix(s, "年報"))
}

// readDocNumber takes the 发文字号 standing above the title (or in the
// first lines when there is no title); numbers cited in the body are never
// taken.
func (h *header) readDocNumber(src *source.Source, lines []line) {
	limit := h.title
	if limit < 0 {
		limit = min(len(lines), 12)
	}
	// take reads a number starting s (after an optional label such as
	// 文号：) and reports whether s held nothing else.
	take := func(s source.Str) (found, whole bool) {
		if s.Len() > 300 {
			return false, false // numbers stand on short header lines
		}
		m := docNumberRe.FindStringSubmatchIndex(s.S)
		if m == nil {
			if m2 := docNumberNB.FindStringSubmatchIndex(s.S); m2 != nil && m2[0] == 0 {
				h.meta.DocNumber = field(src, s.Slice(m2[0], m2[1]), strings.ReplaceAll(s.S[m2[0]:m2[1]], " ", ""))
				return true, strings.TrimSpace(s.S[m2[1]:]) == ""
			}
			return false, false
		}
		prefix := strings.TrimSpace(s.S[:m[0]])
		if prefix != "" && !numberLabel.MatchString(prefix) {
			return false, false
		}
		v := s.S[m[2]:m[3]] + "〔" + asciiDigits(s.S[m[4]:m[5]]) + "〕" + asciiDigits(s.S[m[6]:m[7]]) + s.S[m[8]:m[9]]
		h.meta.DocNumber = field(src, s.Slice(m[0], m[1]), v)
		return true, prefix == "" && strings.TrimSpace(s.S[m[1]:]) == ""
	}
	for i := 0; i < limit; i++ {
		if lines[i].kind == lineText || lines[i].kind == linePipeRow {
			if found, whole := take(lines[i].s); found {
				lines[i].used = whole && lines[i].kind == lineText
				return
			}
		}
	}
	if h.title < 0 {
		return
	}
	// Web pages often put the number just below the title: accept a line
	// that is nothing but a number.
	for i, n := h.bodyStart, 0; i < len(lines) && n < 4; i++ {
		if lines[i].kind != lineText || lines[i].used {
			continue
		}
		n++
		if m := docNumberRe.FindStringIndex(lines[i].s.S); m != nil && m[0] == 0 && m[1] == len(lines[i].s.S) {
			take(lines[i].s)
			lines[i].used = true
			return
		}
	}
	// A number glued in front of the title line.
	raw := lines[h.title].s
	if m := docNumberRe.FindStringIndex(raw.S); m != nil && m[0] == 0 {
		take(raw)
	}
}

// readIssuerMark takes the 发文机关标志 (…文件) above the 发文字号 or title.
func (h *header) readIssuerMark(src *source.Source, lines []line) {
	limit := h.title
	if limit < 0 {
		limit = min(len(lines), 8)
	}
	for i := 0; i < limit; i++ {
		ln := lines[i]
		if ln.kind != lineText || ln.used {
			continue
		}
		t := strings.TrimSpace(ln.s.S)
		if utf8.RuneCountInString(t) <= 40 && (strings.HasSuffix(t, "文件") || strings.HasSuffix(t, "文件）")) && !strings.ContainsAny(t, "。，：") {
			h.meta.IssuerMark = field(src, ln.s, squeeze(t))
			lines[i].used = true
			return
		}
	}
}

// readRecipients takes the 主送机关 line after the title: organisations
// separated by ，；and ending with a colon.
func (h *header) readRecipients(src *source.Source, lines []line) {
	start := h.bodyStart
	if h.title < 0 {
		start = 0
	}
	for n, i := 0, start; i < len(lines) && n < 4; i++ {
		ln := lines[i]
		if ln.kind != lineText || ln.used {
			continue
		}
		n++
		t := ln.s.S
		if !(strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")) || utf8.RuneCountInString(t) > 300 || strings.Contains(t, "。") {
			continue
		}
		if _, _, ok := matchLabel(t); ok || strings.HasPrefix(t, "附件") || strings.HasPrefix(t, "根据") {
			continue
		}
		body := ln.s.Slice(0, len(t)-len("："))
		if strings.HasSuffix(t, ":") {
			body = ln.s.Slice(0, len(t)-1)
		}
		for part := range splitTop(body, "，,；;") {
			part = part.TrimSpace()
			if part.Len() > 0 {
				h.meta.Recipients = append(h.meta.Recipients, *field(src, part, part.S))
			}
		}
		lines[i].used = true
		if h.title >= 0 || h.bodyStart <= i {
			h.bodyStart = i + 1
		}
		return
	}
}

// readSignature finds the first 成文日期 after the body start: a line that
// is only a date, with the 发文机关署名 on the line before it or in front
// of the date on the same line.
func (h *header) readSignature(src *source.Source, lines []line) {
	for i := h.bodyStart; i < len(lines); i++ {
		ln := lines[i]
		if ln.kind != lineText || ln.used {
			continue
		}
		t := ln.s.S
		if len(t) > 160 {
			continue // a signature and its date stand on short lines
		}
		if strings.HasPrefix(t, "（") && strings.HasSuffix(t, "）") || strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
			// (2010年3月10日) under a report title
			if iso, ds, de, ok := findDate(t); ok && utf8.RuneCountInString(strings.TrimSpace(t[:ds])) <= 1 && utf8.RuneCountInString(strings.TrimSpace(t[de:])) <= 1 {
				h.meta.SignedDate = field(src, ln.s.Slice(ds, de), iso)
				lines[i].used = true
				h.signature = i
				return
			}
		}
		iso, ds, de, ok := findDate(t)
		digits := false
		if !ok || strings.TrimSpace(t[de:]) != "" {
			if d, ok2 := digitsDate(t); ok2 && i > 0 {
				if p := prevText(lines, i); p >= 0 && isOrgLine(lines[p].s.S) {
					iso, ds, de, ok, digits = d, 0, len(t), true, true
				}
			}
			if !ok || strings.TrimSpace(t[de:]) != "" {
				continue
			}
		}
		before := strings.TrimSpace(t[:ds])
		if before != "" && !isOrgLine(before) {
			continue
		}
		if before != "" {
			org := ln.s.Slice(0, ds).TrimSpace()
			h.meta.Issuer = field(src, org, squeeze(org.S))
		} else if p := prevText(lines, i); p >= 0 && isOrgLine(lines[p].s.S) && !lines[p].used {
			h.meta.Issuer = field(src, lines[p].s, squeeze(lines[p].s.S))
			lines[p].used = true
		} else if !digits && h.meta.Title == nil && h.meta.Recipients == nil {
			continue // a date in running text of a page with no notice header
		}
		h.meta.SignedDate = field(src, ln.s.Slice(ds, de), iso)
		lines[i].used = true
		h.signature = i
		return
	}
}

// prevText returns the nearest text line before i, skipping blanks.
func prevText(lines []line, i int) int {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch lines[j].kind {
		case lineText:
			return j
		case lineBlank, lineNoise:
		default:
			return -1
		}
	}
	return -1
}

// isOrgLine recognises a line naming an issuing body: short, no sentence
// punctuation, ending like an organisation.
func isOrgLine(s string) bool {
	s = strings.TrimSpace(s)
	n := utf8.RuneCountInString(s)
	if n < 3 || n > 40 || strings.ContainsAny(s, "。，：；:,;") {
		return false
	}
	for _, w := range []string{"政府", "办公室", "辦公室", "办公厅", "辦公廳", "委员会", "委員會", "管委会", "管委會", "局", "厅", "廳", "委", "部", "院", "办", "辦", "署", "中心", "街道办事处", "镇", "鎮", "乡", "鄉", "公司", "会", "會"} {
		if strings.HasSuffix(s, w) || strings.HasSuffix(org.StripTrailingBracket(s), w) {
			return true
		}
	}
	return false
}

// readPublicity takes the 附注 such as （此件公开发布）.
func (h *header) readPublicity(src *source.Source, lines []line) {
	for i := range lines {
		ln := lines[i]
		if ln.kind != lineText || ln.used {
			continue
		}
		if m := publicityRe.FindStringSubmatchIndex(ln.s.S); m != nil {
			inner := ln.s.Slice(m[2], m[3])
			h.meta.Publicity = field(src, inner, inner.S)
			lines[i].used = true
			return
		}
	}
}

var (
	ccRe      = regexp.MustCompile(`^(?:抄送|抄報|抄报|抄送單位|抄送单位)\s*[：:]\s*`)
	printedRe = regexp.MustCompile(`印發|印发`)
)

// readTail reads the 版记 at the end: 抄送：… and "XX办公室 2017年5月31日印发".
func (h *header) readTail(src *source.Source, lines []line) {
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-30; i-- {
		ln := lines[i]
		if ln.kind != lineText || ln.used {
			continue
		}
		t := ln.s.S
		if m := ccRe.FindStringIndex(t); m != nil && h.meta.CC == nil {
			body := ln.s.From(m[1])
			// The list may continue on the following lines.
			for j := i + 1; j < len(lines) && lines[j].kind == lineText && !lines[j].used && !printedRe.MatchString(lines[j].s.S) && !isOrgLine(lines[j].s.S); j++ {
				body = source.Concat(body, lines[j].s)
				lines[j].used = true
			}
			body = body.TrimFunc(func(r rune) bool { return r == '。' || source.IsSpace(r) })
			for part := range splitTop(body, "，,；;") {
				part = part.TrimSpace()
				if part.Len() > 0 {
					h.meta.CC = append(h.meta.CC, *field(src, part, part.S))
				}
			}
			lines[i].used = true
			h.tail = min(h.tail, i)
			continue
		}
		if printedRe.MatchString(t) && h.meta.PrintedDate == nil {
			iso, ds, de, ok := findDate(t)
			if !ok || !strings.HasSuffix(strings.TrimSpace(t[de:]), "印发") && !strings.HasSuffix(strings.TrimSpace(t[de:]), "印發") {
				continue
			}
			h.meta.PrintedDate = field(src, ln.s.Slice(ds, de), iso)
			if before := ln.s.Slice(0, ds).TrimSpace(); before.Len() > 0 && isOrgLine(before.S) {
				h.meta.PrintedBy = field(src, before, squeeze(before.S))
			} else if p := prevText(lines, i); p >= 0 && isOrgLine(lines[p].s.S) {
				h.meta.PrintedBy = field(src, lines[p].s, squeeze(lines[p].s.S))
				lines[p].used = true
				h.tail = min(h.tail, p)
			}
			lines[i].used = true
			h.tail = min(h.tail, i)
		}
	}
}

var (
	leadingYear = regexp.MustCompile(`^(?:19|20)\d{2}\s*年度?\s*`)
	authorEnd   = regexp.MustCompile(`关于|關於|(?:19|20)\d{2}\s*年|政府信息公开|政府信息公開|信息公开|信息公開`)
)

// issuerFromTitle names the issuer after the title's author when the
// excerpt has no signature: 国务院关于…的意见 → 国务院,
// 2009年北京市文化局政府信息公开年度报告 → 北京市文化局.
func (h *header) issuerFromTitle(src *source.Source, lines []line) {
	if h.meta.Issuer != nil || h.meta.Title == nil || h.title < 0 {
		return
	}
	t := h.titleStr
	if m := leadingYear.FindStringIndex(t.S); m != nil {
		t = t.From(m[1])
	}
	m := authorEnd.FindStringIndex(t.S)
	if m == nil || m[0] == 0 {
		return
	}
	author := t.Slice(0, m[0]).TrimSpace()
	if !org.HasEnding(author.S) || utf8.RuneCountInString(author.S) > 30 {
		return
	}
	h.meta.Issuer = field(src, author, squeeze(author.S))
}

var attachRe = regexp.MustCompile(`^(?:附件|附 件)\s*[：:]`)

// readAttachments takes the 附件说明 of the notice (附件：1.… 2.…): its
// numbered lines name attachments and are not plan entries.
func (h *header) readAttachments(lines []line) {
	for i := h.bodyStart; i < len(lines); i++ {
		if lines[i].kind != lineText || lines[i].used || !attachRe.MatchString(lines[i].s.S) {
			continue
		}
		if h.signature >= 0 && i > h.signature+3 {
			return // attachments are listed before the signature
		}
		lines[i].used = true
		for j := i + 1; j < len(lines); j++ {
			ln := lines[j]
			if ln.kind == lineBlank {
				continue
			}
			o, ok := ord.Read(ln.s.S)
			if ln.kind != lineText || ln.used || !ok || o.Style != ord.ArabicDot || strings.ContainsAny(ln.s.S, "。；") || utf8.RuneCountInString(ln.s.S) > 60 {
				break
			}
			lines[j].used = true
		}
		return
	}
}
