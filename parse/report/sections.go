package report

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// heading is an ordinal heading found at the start of a line.
type heading struct {
	level, index int
	no           string
	text         string
	a, b         int // the heading: ordinal and text
}

// parseHeading recognises 一、 （一） and 1. headings at the start of a
// trimmed line. A heading that runs on into its text ends at the first 。.
func parseHeading(line source.Str) (heading, bool) {
	s := line.S
	var h heading
	o, ok := ord.Read(s)
	if !ok {
		return h, false
	}
	// The separator after the number: reports write 一、 1. 1、 (and the
	// full-width ．), not the looser forms a plan tolerates.
	sep, _ := script.DecodeRune(strings.TrimLeft(s[source.Index(s, o.No)+len(o.No):], " \u3000"))
	switch o.Style {
	case ord.CnDun:
		h.level = 1
		if !source.ContainsRune("、．.", sep) {
			return h, false
		}
	case ord.CnParen:
		h.level = 2
	case ord.ArabicDot:
		h.level = 3
		if len(o.No) > 2 || !source.ContainsRune(".．、", sep) {
			return h, false
		}
	default:
		return h, false
	}
	h.no = o.No
	rest := s[o.Size:]
	h.index = ord.Value(h.no)
	rest = strings.TrimLeft(rest, " \u3000")
	if rest == "" || h.index <= 0 {
		return h, false
	}
	start := len(s) - len(rest)
	text := runOnEnd(rest)
	if n := utf8.RuneCountInString(text); n > 60 || h.level == 1 && n > 40 {
		return h, false
	}
	h.text = source.TrimRight(text, " \u3000：:")
	h.a, h.b = line.Src(0), line.SrcEnd(start+len(h.text))
	return h, true
}

// runOnEnd returns the heading at the start of rest, a heading that runs on
// into its text ending at the first 。, at a colon (（一）公开情况：全年…) or
// at a space after its words (一、总体情况 2021年，本局…).
func runOnEnd(rest string) string {
	text := rest
	if k := source.Index(text, "。"); k >= 0 {
		text = text[:k]
	}
	for _, sep := range []string{"：", ":"} {
		if k := source.Index(text, sep); k > 0 && strings.TrimSpace(text[k+len(sep):]) != "" {
			text = text[:k]
		}
	}
	if k := source.IndexAny(text, " \u3000\t"); k > 0 && utf8.RuneCountInString(text[:k]) >= 2 && strings.TrimSpace(text[k:]) != "" {
		text = text[:k]
	}
	return text
}

// sections finds the report's headings. A heading must continue the
// numbering of its level (一 after 二 is a table row, not a heading), and
// lines inside the template tables are not headings. n is s's norm.
func sections(s *source.Source, n *norm, masks [][2]int) []model.Section {
	lineHeads, inline := n.lineHeadings(s), n.inlineHeadings(s)
	cands := headArrays.Get(len(lineHeads) + len(inline))
	defer func() { headArrays.Put(cands) }() // hs and out copy what they keep
	for _, h := range lineHeads {
		if !masked(masks, h.a) {
			cands = append(cands, h)
		}
	}
	if len(cands) == 0 {
		cands = append(cands, inline...)
	} else {
		// the template's headings run on after a line's text, ended by
		// a space or a 。: 一、总体情况 …。 二、主动公开政府信息情况 …
		for _, h := range inline {
			if !masked(masks, h.a) && afterBreak(s.Text, h.a) && !slices.ContainsFunc(cands, func(c heading) bool { return c.a == h.a }) {
				cands = append(cands, h)
			}
		}
		slices.SortStableFunc(cands, func(a, b heading) int { return cmp.Compare(a.a, b.a) })
	}
	hs := cands[:0] // the candidates that continue the numbering, in place
	last := [4]int{}
	for _, h := range cands {
		prev := last[h.level]
		if h.level == 1 && prev != 0 && h.index != prev+1 || h.level > 1 && h.index != prev+1 {
			continue
		}
		last[h.level] = h.index
		for k := h.level + 1; k < len(last); k++ {
			last[k] = 0
		}
		hs = append(hs, h)
	}
	out := make([]model.Section, 0, len(hs))
	for i, h := range hs {
		end := len(s.Text)
		for _, n := range hs[i+1:] {
			if n.level <= h.level {
				end = n.a
				break
			}
		}
		bs := h.b
		if strings.HasPrefix(s.Text[bs:], "。") {
			bs += len("。")
		}
		be := bs + len(strings.TrimRightFunc(s.Text[bs:end], source.IsSpace))
		seg := s.Text[bs:be]
		bs += len(seg) - len(strings.TrimLeftFunc(seg, source.IsSpace))
		out = append(out, model.Section{
			No: h.no, Index: h.index, Level: h.level, Heading: h.text,
			Span: s.Span(h.a, h.b), Body: s.Span(bs, be),
		})
	}
	return out
}

// afterBreak is true when offset a follows white space or a 。, not a
// word of the sentence (全文包括一、总体情况 is no heading).
func afterBreak(text string, a int) bool {
	r, _ := script.DecodeLastRune(text[:a])
	return a == 0 || source.IsSpace(r) || r == '。'
}

func masked(masks [][2]int, off int) bool {
	for _, m := range masks {
		if off >= m[0] && off < m[1] {
			return true
		}
	}
	return false
}

// templateNames are the six section names of the national template, in
// the norm's form; 行政复议、行政诉讼 is also written without its 、.
var templateNames = []string{"总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况", "政府信息公开行政复议行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"}

// closingName is what the name of the genre's last section says (其他需要
// 报告的事项, also written 其它), in simplified script.
const closingName = "需要报告的事项"

// ClosingSection reports whether heading, in either script, names the
// genre's last section (其他需要报告的事项): a report whose text reaches it
// has its whole outline.
func ClosingSection(heading string) bool {
	return source.Contains(script.ToSimplified(heading), closingName)
}

// templateNumerals are the numbers a template heading can carry.
const templateNumerals = "一二三四五六七八"

// templateHeading finds the first template heading (一、总体情况) in s at
// or after from: the offsets of its numeral, its name and its end, or
// ok false.
func templateHeading(s string, from int) (no, name, end int, ok bool) {
	const dun = "、"
	for {
		k := indexText(s[from:], dun)
		if k < 0 {
			return 0, 0, 0, false
		}
		k += from
		from = k + len(dun)
		r, size := script.DecodeLastRune(s[:k])
		if !source.ContainsRune(templateNumerals, r) {
			continue
		}
		for _, t := range templateNames {
			if strings.HasPrefix(s[from:], t) {
				return k - size, from, from + len(t), true
			}
		}
	}
}

// inlineHeadings finds the template's section headings inside lines, for a
// page that lost its line breaks (…年度报告。一、总体情况2019年，…). They
// must follow each other in order. n is the norm of s.
func inlineHeadings(s *source.Source, n *norm) []heading {
	var hs []heading
	last := 0
	for from := 0; ; {
		no, name, end, ok := templateHeading(n.s, from)
		if !ok {
			break
		}
		from = end
		idx := ord.Value(n.s[no : name-len("、")])
		if idx != last+1 && !(last == 0 && idx > 0) {
			continue
		}
		last = idx
		a, b := n.src(no), n.srcEnd(end)
		num := s.Text[n.src(no):n.srcEnd(name-len("、"))]
		text := cleanLabel(s.Text[n.src(name):n.srcEnd(end)])
		hs = append(hs, heading{level: 1, index: idx, no: num, text: text, a: a, b: b})
	}
	return hs
}
