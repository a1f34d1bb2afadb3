package parse

import (
	"slices"
	"strings"

	"github.com/zwgk/gongwen/parse/internal/docmeta"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// removeTags takes the HTML tags out of s, keeping the spans of the rest.
func removeTags(s source.Str) source.Str {
	var parts []source.Str
	prev := 0
	for i := 0; i < len(s.S); {
		k := strings.IndexByte(s.S[i:], '<')
		if k < 0 {
			break
		}
		i += k
		if n := docmeta.TagAt(s.S[i:]); n > 0 {
			parts = append(parts, s.Slice(prev, i))
			i += n
			prev = i
			continue
		}
		i++
	}
	if parts == nil {
		return s
	}
	return source.Concat(append(parts, s.From(prev))...)
}

// cellBreakTags are the HTML tags that bound a table cell's text: a closing
// cell tag ends the cell (a tab, as a spreadsheet copy separates cells), a
// line break inside a cell stays a line break.
var cellBreakTags = []struct{ tag, to string }{
	{"</td>", "\t"}, {"</TD>", "\t"}, {"</th>", "\t"}, {"</TH>", "\t"},
	{"<br>", "\n"}, {"<br/>", "\n"}, {"<br />", "\n"}, {"<BR>", "\n"},
}

// breakCells turns the cell and line-break tags of s into the tabs and
// line breaks a plain-text table has, before the other tags go: a raw
// <tr><td>…</td><td>…</td></tr> row becomes a tab row, and units written
// A<br>B in one cell stay apart.
func breakCells(s source.Str) source.Str {
	for _, b := range cellBreakTags {
		s = s.ReplaceAll(b.tag, b.to)
	}
	return s
}

// boxBars are the vertical bars of a box-drawing grid; they separate cells
// as | does.
var boxBars = []string{"│", "┃", "║"}

// boldMark opens and closes bold text in Markdown (**一、总体要求**), as a
// Word-to-Markdown export writes headings and a table's group rows;
// boldLine does so too, but runs of underscores are also the blanks of a
// form (填报单位：______), so it counts only around a whole line.
const (
	boldMark = "**"
	boldLine = "__"
)

// unbold drops the bold marks of a line: ** where the line holds them in
// pairs (an odd one out is text, a footnote mark or a masked name, and so
// are all of them then), __ around the whole line and nowhere inside it.
func unbold(s source.Str) source.Str {
	if source.Contains(s.S, boldMark) && strings.Count(s.S, boldMark)%2 == 0 {
		s = s.ReplaceAll(boldMark, "")
	}
	t := strings.TrimSpace(s.S)
	if len(t) > 2*len(boldLine) && strings.HasPrefix(t, boldLine) && strings.HasSuffix(t, boldLine) &&
		!source.Contains(t[len(boldLine):len(t)-len(boldLine)], "_") {
		s = s.ReplaceAll(boldLine, "")
	}
	return s
}

// otherBars are the bars other than | that a table pasted as text may
// separate its cells by, outer bars or not: the full-width ｜ a Chinese
// input method types for |, and the broken bar ¦ some converters draw.
// They separate cells as | does.
var otherBars = []string{"｜", "¦"}

// bulletBars are bullets set between cells with white space on both
// sides (序号 • 工作任务 • 责任单位), as a page that lost its table joins
// them. A bullet inside a name (阿卜杜·热合曼) or opening a list item has
// no space on both sides. They separate cells as | does.
var bulletBars = []string{" • ", " · ", " ● ", "\u3000•\u3000", "\u3000·\u3000", "\u3000●\u3000"}

// bulletsToBars turns the bulletBars of a line into | — and a bullet
// that ends the line after white space (the last cell was empty and the
// space after it trimmed) when the line has bullet bars before it.
func bulletsToBars(s source.Str) source.Str {
	for _, bar := range bulletBars {
		s = s.ReplaceAll(bar, " | ")
	}
	t := strings.TrimRight(s.S, " \t\u3000")
	for _, bar := range bulletBars {
		if end := strings.TrimRight(bar, " \u3000"); strings.HasSuffix(t, end) {
			k := len(t) - len(end)
			return source.Concat(s.Slice(0, k), s.Slice(k, len(t)).ReplaceAll(end, " |"))
		}
	}
	return s
}

// hasBulletBar reports whether s holds one of bulletBars, as
// hasAnyWord(s, bulletBars) would, with two searches for the bullets' lead
// bytes (E2 for • and ●, C2 for ·), which Chinese text seldom holds. A
// search for each spaced form looks at every space, or at every E3 (the
// lead byte of the ideographic space and of most CJK punctuation), once
// per form: it cost a whole-text pass six times over for a mark few
// notices hold.
func hasBulletBar(s string) bool {
	return spacedBullet(s, 0xE2, "•", "●") || spacedBullet(s, 0xC2, "·", "")
}

// spacedBullet reports whether s holds bullet a or b (both beginning with
// lead) with the same white space (a space, or U+3000) on both sides.
func spacedBullet(s string, lead byte, a, b string) bool {
	for i := strings.IndexByte(s, lead); i >= 0; {
		rest := s[i:]
		n := 0
		switch {
		case strings.HasPrefix(rest, a):
			n = len(a)
		case b != "" && strings.HasPrefix(rest, b):
			n = len(b)
		}
		if n > 0 {
			before, after := s[:i], rest[n:]
			if strings.HasSuffix(before, " ") && strings.HasPrefix(after, " ") ||
				strings.HasSuffix(before, "\u3000") && strings.HasPrefix(after, "\u3000") {
				return true
			}
		}
		k := strings.IndexByte(s[i+1:], lead)
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// hasBoxBar reports whether s holds one of boxBars. Their UTF-8 forms all
// begin with byte E2, which Chinese text holds only in a few punctuation
// marks (“” — …): one search for it replaces a search for each bar.
func hasBoxBar(s string) bool {
	for i := strings.IndexByte(s, 0xE2); i >= 0; {
		for _, bar := range boxBars {
			if strings.HasPrefix(s[i:], bar) {
				return true
			}
		}
		k := strings.IndexByte(s[i+1:], 0xE2)
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// isBoxFrame recognises a frame line of a box-drawing or ASCII-art grid
// (┌──┬──┐, ├──┼──┤, +----+----+): box-drawing runes (U+2500–U+257F), +, -
// and = only, at least three of them.
func isBoxFrame(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r >= 0x2500 && r <= 0x257F, r == '+', r == '-', r == '=':
			n++
		case r == ' ':
		default:
			return false
		}
	}
	return n >= 3
}

// ruleRunes draw the horizontal rules of text renderings.
const ruleRunes = "-=*_—─━"

// ruleFirst holds the runes a line isNoise asks isRule about may start
// with: ruleRunes and the dashes of page numbers.
var ruleFirst = runeList(ruleRunes + "–－")

// isRule recognises a line of three or more rule characters, spaces
// allowed between them (---, ＊ ＊ ＊ aside, — — —).
func isRule(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case source.ContainsRune(ruleRunes, r):
			n++
		case r == ' ' || r == '\t' || r == '\u3000':
			if n == 0 {
				return false
			}
		default:
			return false
		}
	}
	return n >= 3
}

// continuedMarks label a table that goes on from the previous page.
var continuedMarks = []string{"续表", "續表", "接上表", "续上表"}

// continuedFirst holds the runes a 续表 mark can start with: an opening
// bracket or the first rune of one of continuedMarks.
var continuedFirst = runeList("（(" + docmeta.FirstRunes(continuedMarks))

// isContinuedTable recognises a 续表 mark: 续表, （续表）, 续表2.
func isContinuedTable(s string) bool {
	if r, _ := script.DecodeRune(s); !continuedFirst.has(r) && !source.IsSpace(r) {
		return false // most lines, without trimming them (IsSpace holds all TrimSpace trims)
	}
	s = strings.TrimSpace(s)
	if r, size := script.DecodeRune(s); r == '（' || r == '(' {
		s = s[size:]
	}
	for _, m := range continuedMarks {
		if rest, ok := strings.CutPrefix(s, m); ok {
			if r, size := script.DecodeRune(rest); r == '）' || r == ')' {
				rest = rest[size:]
			}
			return strings.Trim(rest, " 0123456789") == ""
		}
	}
	return false
}

// runeList is a short list of runes tested at the first rune of a line:
// comparing with each is quicker than strings.ContainsRune's search.
type runeList []rune

func (l runeList) has(r rune) bool { return slices.Contains(l, r) }
