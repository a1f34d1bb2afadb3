package report

import (
	"slices"
	"strings"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// Evidence counts the structural marks of an annual report in src, for the
// parser's decision of the document kind when the text has no report title:
//
//   - each of the template's tables found by its labels (section 二's
//     第二十条 blocks, section 三's request rows, section 四's result columns),
//     two marks each: no other kind of document holds them, and a plan
//     reader finds spurious "units" in their cells. A label a sentence
//     quotes (各科室汇总本年新收政府信息公开申请数量，…) is no table;
//   - each heading (一、 or （一） at the start of a line, or one of the
//     template's headings after a space or a 。 inside a line) that names a
//     report's section: 概述, 总体情况, a 情况 of disclosure, requests,
//     reviews, fees, consultations or staff, the problems and improvements,
//     the other matters to report;
//   - each sentence of the genre's preamble: 现将…年度报告如下, 本报告根据…编制,
//     本报告中所列数据的统计期限.
//
// A sentence that merely mentions the annual report (纳入政府信息公开工作年度报告
// 予以公开) counts nothing.
//
// Only the first 64 KiB are read: a report shows itself long before that.
func Evidence(src *source.Source) int { return NewText(src).Evidence() }

// tableMarks is how many marks one template table found by its labels
// counts.
const tableMarks = 2

// evidence counts the marks of src, whose norm is n, and how many of the
// template's tables it found among them.
func evidence(src *source.Source, n *norm) (count, tables int) {
	if l, ok := n.tables(); ok {
		for _, r := range []region{l.proactive, l.requests, l.review} {
			if r.from >= 0 && tableAnchored(n, r) {
				tables++
			}
		}
	}
	count = tables * tableMarks
	var at []int
	for _, h := range n.lineHeadings(src) {
		if h.level <= 2 && isSectionName(simplify(h.text)) {
			count++
			at = append(at, h.a)
		}
	}
	// the template's headings run on in a line after a space or a 。
	for _, h := range n.inlineHeadings(src) {
		if afterBreak(src.Text, h.a) && !slices.Contains(at, h.a) {
			count++
		}
	}
	for _, p := range preambles {
		if p.in(n.s) {
			count++
		}
	}
	return count, tables
}

// evidenceBytes is how much of a text Evidence reads.
const evidenceBytes = 64 << 10

// tableAnchors are the template's own labels, in the norm's form: a table
// region that starts at one of them is the template's.
var tableAnchors = []string{"第二十条第(", "本年新收政府信息公开申请", "结果维持", "本年制发件数", "本年新制作数量", "上一年项目数量"}

// tableAnchored is true for a table region that starts at one of the
// template's own labels standing in a table, not at a word that a plan
// could use too, nor at a label a sentence quotes (各科室按月汇总本年新收政府
// 信息公开申请数量，…).
func tableAnchored(n *norm, r region) bool {
	end := min(len(n.s), r.from+600)
	for _, a := range tableAnchors {
		for at := r.from; ; {
			k := n.index(a, at, end)
			if k < 0 {
				break
			}
			at = k + len(a)
			if !quotedLabel(n.s[at:min(len(n.s), at+quoteReach)]) {
				return true
			}
		}
	}
	return false
}

// quoteReach is how many norm bytes after a label quotedLabel reads: 100
// Han characters, more than any clause that quotes one runs on.
const quoteReach = 300

// quotedLabel tells whether rest, the norm after one of the template's
// labels, is the rest of a sentence quoting it: a clause break (，。；！？)
// comes before any figure or cell break. In the template's tables a label
// is followed by its figures (本年新收政府信息公开申请数量 | 7 | 1 …, glued
// 数量72001010 in a PDF's text), by the other labels of its header, or by
// nothing.
func quotedLabel(rest string) bool {
	for i := 0; i < len(rest); i++ {
		switch c := rest[i]; {
		case c >= '0' && c <= '9', c == '|':
			return false
		case c == ',' || c == ';' || c == '!' || c == '?':
			return true
		case strings.HasPrefix(rest[i:], "。"):
			return true
		}
	}
	return false
}

// sectionTopics are what a report's 情况 sections are about.
var sectionTopics = []string{"信息", "公开", "申请", "复议", "诉讼", "收费", "咨询", "人员", "收支", "保障"}

// isSectionName tells whether a heading (normalized) names a section of an
// annual report.
func isSectionName(s string) bool {
	switch {
	case s == "概述" || s == "总体情况" || s == "工作基本情况":
		return true
	case source.Contains(s, "需要报告"):
		return true
	case source.Contains(s, "问题") && (source.Contains(s, "改进") || source.Contains(s, "措施")):
		return true
	case strings.HasSuffix(s, "情况"):
		for _, t := range sectionTopics {
			if source.Contains(s, t) {
				return true
			}
		}
	}
	return false
}

// preamble is a sentence of a report's opening, given by words that occur
// in it in order within a short distance.
type preamble []string

// preambles are the opening sentences of annual reports.
var preambles = []preamble{
	{"现将", "年度报告", "如下"},
	{"现将", "年报", "如下"},
	{"本报告", "编制"},
	{"本年度报告", "根据"},
	{"所列数据", "统计期限"},
}

// in reports whether the words of p occur in s in order, each within 80
// bytes of the one before.
func (p preamble) in(s string) bool {
	for from := 0; ; {
		k := indexText(s[from:], p[0])
		if k < 0 {
			return false
		}
		at := from + k + len(p[0])
		ok := true
		for _, w := range p[1:] {
			j := source.Index(s[at:min(len(s), at+80+len(w))], w)
			if j < 0 {
				ok = false
				break
			}
			at += j + len(w)
		}
		if ok {
			return true
		}
		from = from + k + len(p[0])
	}
}

// Fold returns s in the form the report reader matches against: simplified
// script, ASCII punctuation, no white space, quotes or pinyin annotations
// (印發(fā)給你們 → 印发给你们).
func Fold(s string) string { return simplify(s) }
