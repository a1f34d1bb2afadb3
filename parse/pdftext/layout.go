package pdftext

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zwgk/gongwen/parse/internal/docmeta"
)

// line is a run of glyphs on one baseline, left to right.
type line struct {
	x0, x1 float64 // first non-space glyph's left edge, last glyph's right edge
	y      float64 // baseline
	size   float64 // largest font size
	text   string
	lead   bool // text begins with white space (an indent written as U+3000)
	tail   bool // text ends with white space (a line wrapped at a space)
	furn   bool // page furniture (running header, page number)
	col    int  // on a page set in two columns: 1 left, 2 right, 0 across (columns.go)
}

// buildLines groups glyphs into lines by baseline and orders them top to
// bottom. Glyphs are sorted in place.
func buildLines(gs []glyph) []line {
	return linesOf(baselines(gs))
}

// linesOf makes a line of each baseline's glyphs (baselines) that holds
// text.
func linesOf(groups [][]glyph) []line {
	var out []line
	for _, g := range groups {
		if l, ok := makeLine(g); ok {
			out = append(out, l)
		}
	}
	return out
}

// baselines groups glyphs by baseline, top to bottom. Glyphs are sorted in
// place; the groups share their backing array.
func baselines(gs []glyph) [][]glyph {
	if len(gs) == 0 {
		return nil
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].y > gs[j].y })
	var out [][]glyph
	start := 0
	for i := 1; i <= len(gs); i++ {
		if i < len(gs) {
			ref := gs[start]
			tol := 0.4 * math.Max(math.Max(ref.size, gs[i].size), 1)
			if ref.y-gs[i].y <= tol {
				continue
			}
		}
		out = append(out, gs[start:i])
		start = i
	}
	return out
}

// makeLine orders the glyphs of one baseline and builds the text, adding
// a space where a gap separates words and dropping glyphs overprinted for
// a bold effect.
func makeLine(gs []glyph) (line, bool) {
	sortByX(gs)
	var b strings.Builder
	l := line{x0: math.Inf(1), x1: math.Inf(-1), y: gs[0].y}
	var prev *glyph
	for i := range gs {
		g := &gs[i]
		if prev != nil && g.s == prev.s && math.Abs(g.x-prev.x) < 0.2*math.Max(g.size, 1) {
			continue // overprinted duplicate
		}
		blank := blankGlyph(*g)
		if prev != nil && !blank {
			gap := g.x - (prev.x + prev.w)
			size := math.Max(g.size, 1)
			last, _ := utf8.DecodeLastRuneInString(b.String())
			first, _ := utf8.DecodeRuneInString(g.s)
			if !unicode.IsSpace(last) && (gap > 1.0*size || gap > 0.25*size && (isLatin(last) || isLatin(first))) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(g.s)
		if !blank {
			if l.x0 == math.Inf(1) {
				l.x0 = g.x
			}
			l.x1 = math.Max(l.x1, g.x+g.w)
		}
		l.size = math.Max(l.size, g.size)
		prev = g
	}
	raw := b.String()
	l.text = strings.TrimFunc(raw, unicode.IsSpace)
	if l.text == "" {
		return l, false
	}
	r, _ := utf8.DecodeRuneInString(raw)
	l.lead = unicode.IsSpace(r)
	r, _ = utf8.DecodeLastRuneInString(raw)
	l.tail = unicode.IsSpace(r)
	return l, true
}

// isLatin reports letters and digits written with spaces between words.
func isLatin(r rune) bool {
	return r < 0x2E80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// joinText joins two pieces of one paragraph or cell: Chinese runs on
// without a space, words in Latin script get one. A number or word that
// the text sets off with spaces ("不少于 5 个") keeps its space when the
// line wraps next to it, since the wrap consumed the space glyph.
func joinText(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	switch {
	case isLatin(last) && isLatin(first):
		if unicode.IsLetter(last) && unicode.IsLetter(first) {
			return a + " " + b
		}
	case isLatin(last) && isCJK(first):
		run := strings.TrimRightFunc(a, isLatin)
		if strings.HasSuffix(run, " ") {
			return a + " " + b
		}
	case isCJK(last) && isLatin(first):
		run := strings.TrimLeftFunc(b, isLatin)
		if strings.HasPrefix(run, " ") {
			return a + " " + b
		}
	}
	return a + b
}

// paragraph is text joined from consecutive lines.
type paragraph struct {
	text       string
	top        float64 // baseline of its first line
	openStart  bool    // its first line starts at the left margin, not indented
	openEnd    bool    // its last line runs to the right margin
	size       float64
	firstLeft  bool
	lastFilled bool
}

// margins estimates the left and right margins of body text: the most
// common line start and the furthest line end among lines starting there.
func margins(ls []line) (left, right float64) {
	count := map[int]int{}
	best, bestN := 0, 0
	for _, l := range ls {
		if l.furn {
			continue
		}
		k := int(math.Round(l.x0 / 2))
		count[k]++
		if count[k] > bestN || count[k] == bestN && k < best {
			best, bestN = k, count[k]
		}
	}
	left = float64(best) * 2
	right = math.Inf(-1)
	for _, l := range ls {
		if !l.furn {
			right = math.Max(right, l.x1)
		}
	}
	return left, right
}

// linePitch is the page's most common distance between the baselines of
// consecutive lines of one size, or 0. A document set on a fixed line
// spacing (28 points for 三号 text, a Word grid, a browser's line-height)
// may space its lines more than twice their size; the lines of one of its
// paragraphs are that far apart.
func linePitch(ls []line) float64 {
	count := map[int]int{}
	best, bestN := 0, 0
	var prev *line
	for i := range ls {
		l := &ls[i]
		if l.furn {
			continue
		}
		if prev != nil && l.size == prev.size {
			if d := prev.y - l.y; d > 0 && d < 4*l.size {
				k := int(math.Round(d * 2))
				count[k]++
				if count[k] > bestN || count[k] == bestN && k < best {
					best, bestN = k, count[k]
				}
			}
		}
		prev = l
	}
	if bestN < 2 {
		return 0
	}
	return float64(best) / 2
}

// nextLine reports whether a line d below another, in text of the given
// size on a page of the given line pitch, is the next line of a paragraph
// and not after a gap.
func nextLine(d, size, pitch float64) bool {
	return d > 0 && (d < 2.2*size || d <= 1.15*pitch && d < 3.2*size)
}

// entryClosers are the runes a sentence or a unit clause ends in.
const entryClosers = "。；;）)！？：:”"

// opensEntry reports whether next starts a numbered entry of its own after
// a line (prev) that ended one: （二）提升… under …（责任单位：注册许可科）. A
// line that ends a sentence one character or two short of the margin looks
// wrapped, and a heading below it would be glued to it; a wrapped line ends
// in mid-sentence (…（牵 / 头单位). The 版记's 抄送： line, set flush left
// under the plan's last paragraph, and its printing line under the 抄送
// line (XX办公室　2017年5月31日印发) open a paragraph of their own the same
// way, and so does the notice's 附件说明 (附件：…表) under its last paragraph,
// on its page or atop the next.
func opensEntry(prev, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	if !strings.ContainsRune(entryClosers, last) {
		return false
	}
	return opensNumbered(next) || docmeta.OpensCC(next) || docmeta.PrintingLine(next) || docmeta.AttachmentLabel(strings.TrimLeft(next, " \u3000\t"))
}

// wrapMargin corrects a left margin taken at the first-line indent. In a
// notice whose paragraphs are mostly one line (headings, numbered items)
// each opening with the usual two-character indent, the most common line
// start is the indent, and the lines a paragraph wrapped onto start about
// two characters further left (up to three and a half where the indent was
// set as a length on a page printed smaller, 0.44 inch for 2 em of 三号
// under 11.8-point text). Such lines are wrapped lines when nearly all
// of them follow a line that ran to the right margin (a lone such line,
// on a page of headings and tables, must follow one); then the margin is
// theirs, and a line at the indent opens a paragraph. Lines starting left of
// the indent after short lines (a hanging list whose ordinals stand out)
// leave the margin as it was.
func wrapMargin(ls []line, left, right, pitch float64) float64 {
	if math.IsInf(right, 1) {
		return left
	}
	count := map[int]int{}
	after := map[int]int{} // of those, lines following a full line
	var prev *line
	for i := range ls {
		l := &ls[i]
		if l.furn {
			continue
		}
		size := math.Max(l.size, 1)
		if d := left - l.x0; !l.lead && d > 1.4*size && d < 3.5*size {
			k := int(math.Round(l.x0 / 2))
			count[k]++
			if prev != nil && prev.x1 >= right-2.2*size && nextLine(prev.y-l.y, size, pitch) {
				after[k]++
			}
		}
		prev = l
	}
	best, bestN := 0, 0
	for k, n := range count {
		if n > bestN || n == bestN && k < best {
			best, bestN = k, n
		}
	}
	if bestN >= 2 && 3*after[best] >= 2*bestN || bestN == 1 && after[best] == 1 {
		return float64(best) * 2
	}
	return left
}

// rightSet is how far right of the left margin, in characters, a line
// ending at the right margin may start and still be a paragraph's line: a
// first line indented (two characters, three and a half at most, see
// wrapMargin). One starting further right was set against the right
// margin (a signature's date, 2025年2月18日) and ends its paragraph.
const rightSet = 4

// paragraphs joins wrapped lines: a line continues the paragraph above
// when that one ran to the right margin, from the left margin or a first
// line's indent (rightSet), and this one starts at the left margin, in
// the same size, at a normal line distance.
func paragraphs(ls []line, box rect) []paragraph {
	left, right := margins(ls)
	// The widest line must come near the right margin mirrored from the
	// left one; otherwise no line of the page is taken as wrapped (a page
	// of a few short lines).
	if w := box.x1 - box.x0; w > 0 && right < box.x1-(left-box.x0)-0.15*w {
		right = math.Inf(1)
	}
	pitch := linePitch(ls)
	left = wrapMargin(ls, left, right, pitch)
	var out []paragraph
	var cur *paragraph
	var prev line
	for _, l := range ls {
		if l.furn {
			continue
		}
		size := math.Max(l.size, 1)
		atLeft := !l.lead && math.Abs(l.x0-left) < 0.6*size
		// A line set against the right margin (a signature's date) runs
		// to it but leaves no paragraph open, on this page or the next.
		full := l.x1 >= right-2.2*size && l.x0-left < rightSet*size
		if cur != nil {
			sameSize := l.size <= prev.size*1.18 && l.size >= prev.size*0.85
			close := nextLine(prev.y-l.y, size, pitch)
			if prev.x1 >= right-2.2*size && prev.x0-left < rightSet*size && atLeft && sameSize && close && !opensEntry(prev.text, l.text) {
				cur.text = joinText(cur.text, l.text)
				cur.openEnd = full
				prev = l
				continue
			}
		}
		out = append(out, paragraph{text: l.text, top: l.y, openStart: atLeft, openEnd: full, size: l.size})
		cur = &out[len(out)-1]
		prev = l
	}
	return out
}

// sortByX orders glyphs left to right.
func sortByX(gs []glyph) {
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].x < gs[j].x })
}
