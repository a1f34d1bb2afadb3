package parse

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/docno"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// maxCitedTitle bounds a 《title》 in runes; a longer one is a stray 《.
const maxCitedTitle = 120

// readCitations lists the documents the text cites: every 《title》, with
// the document number in the bracket right after it when there is one. The
// notice's own number, the plans it issues (own) and short names a text
// introduces for a document it already cited (以下简称《条例》) are left
// out; a document cited several times is listed once, at its first mention,
// with the span of the mention that gives its number. The text's first 《
// is at or after offset from (0 when it is not known).
func readCitations(text string, from int, own []string, ownNumber *model.Field) []model.Citation {
	var short titleIndex // the short names met
	var at titleIndex    // the titles of out, in its order
	lines := lineCounter{text: text, line: 1}
	buf := citeScratch.Get().(*[]model.Citation)
	out := (*buf)[:0]
	defer func() {
		clear(out) // the pool holds no piece of this text
		*buf = out[:0]
		citeScratch.Put(buf)
	}()
	for i := from; i < len(text); {
		k := indexOpen(text[i:])
		if k < 0 {
			break
		}
		open := i + k
		end, spaced := closeTitle(text, open)
		if end < 0 {
			i = open + len("《")
			continue
		}
		i = end
		title := text[open+len("《") : end-len("》")]
		if spaced {
			title = source.Squeeze(title)
		}
		if _, isShort := short.find(title); title == "" || isShort || slices.Contains(own, title) {
			continue
		}
		if isShortName(text[:open]) {
			short.add(title) // later mentions of the short name too
			continue
		}
		c := model.Citation{Title: title, Span: lines.span(open, end)}
		if num, numEnd, ok := citedNumber(text, end); ok {
			if ownNumber != nil && num == ownNumber.Value {
				continue
			}
			c.DocNumber, c.Span = num, lines.span(open, numEnd)
			i = numEnd
		}
		j, seen := at.find(title)
		switch {
		case !seen:
			at.add(title)
			out = append(out, c)
		case out[j].DocNumber == "" && c.DocNumber != "":
			out[j].DocNumber, out[j].Span = c.DocNumber, c.Span
		}
	}
	if len(out) == 0 {
		return nil
	}
	return slices.Clone(out) // one allocation of the size read
}

// citeScratch keeps readCitations' list between documents: it grows while
// the text is read, and the Document gets a copy of the size read.
var citeScratch = sync.Pool{New: func() any { return new([]model.Citation) }}

// titleIndex numbers titles in the order added: a list searched while it
// holds few, a map once it holds more (a text may cite hundreds of
// documents), so that a notice citing a few makes no map.
type titleIndex struct {
	n      int
	listed [16]string
	m      map[string]int
}

// find returns the number of title, and whether it was added.
func (x *titleIndex) find(title string) (int, bool) {
	if x.m != nil {
		j, ok := x.m[title]
		return j, ok
	}
	for j, t := range x.listed[:x.n] {
		if t == title {
			return j, true
		}
	}
	return -1, false
}

// add gives title the next number; it is not in x.
func (x *titleIndex) add(title string) {
	if x.m == nil && x.n < len(x.listed) {
		x.listed[x.n] = title
		x.n++
		return
	}
	if x.m == nil {
		x.m = make(map[string]int, 2*x.n)
		for j, t := range x.listed[:x.n] {
			x.m[t] = j
		}
	}
	x.m[title] = x.n
	x.n++
}

// lineCounter gives spans their line for offsets met in increasing order,
// as readCitations meets its titles: it counts the line breaks between
// one offset and the next, so a text with few citations is not indexed
// line by line (source.Source.LineOf, which these lines equal).
type lineCounter struct {
	text     string
	at, line int // line is the 1-based line of offset at
}

// span is the span of [start, end); start is not before the last start.
func (c *lineCounter) span(start, end int) model.Span {
	c.line += strings.Count(c.text[c.at:start], "\n")
	c.at = start
	return model.Span{Start: start, End: end, Line: c.line}
}

// closeTitle returns the offset just past the 》 closing the 《 at open,
// or -1; 《》 nest (《〈…〉实施细则》 holds no 《 but may hold one). It
// reads every rune of the title, and tells whether one is white space
// (source.IsSpace) that source.Squeeze would take out.
//
// The runes of a title are mostly Han characters, which unmarked passes
// over; only the rest are decoded.
func closeTitle(text string, open int) (end int, spaced bool) {
	depth, n := 0, 0
	for j := open; j < len(text) && n <= maxCitedTitle; n++ {
		if unmarked(text, j) {
			j += 3
			continue
		}
		r, w := script.DecodeRune(text[j:])
		switch r {
		case '《':
			depth++
		case '》':
			depth--
			if depth == 0 {
				return j + w, spaced
			}
		case '。':
			return -1, false
		default:
			spaced = spaced || source.IsSpace(r)
		}
		j += w
	}
	return -1, false
}

// unmarked reports whether the three bytes of s at i are a rune of
// U+3040–U+9FFF (lead byte E3–E9 and two continuation bytes, always a
// valid rune, but not E3 80, U+3000–U+303F): a Han character or kana,
// never a space (source.IsSpace) nor a mark (《》〈〉。 are all U+30xx).
// The readers of titles pass over it without decoding it.
func unmarked(s string, i int) bool {
	if i+2 >= len(s) {
		return false
	}
	c, c1, c2 := s[i], s[i+1], s[i+2]
	return c >= 0xE3 && c <= 0xE9 && (c1^0x80)|(c2^0x80) <= 0x3F && (c != 0xE3 || c1 != 0x80)
}

// isShortName is true when the text before a 《 introduces a short name:
// （以下简称《条例》）.
func isShortName(before string) bool {
	before = source.TrimRight(before, " \u3000“\"")
	if n := len(before); n > 12 { // the word is at most 3 characters; fold only the tail
		k := n - 12
		for k < n && !utf8.RuneStart(before[k]) {
			k++ // from a whole rune, so the tail stays a piece of the text
		}
		before = before[k:]
	}
	before = strings.ToValidUTF8(before, "")
	if r, _ := script.DecodeLastRune(before); !shortNameEnds[r] {
		return false // folding keeps each rune in its place: no word can end here
	}
	before = script.ToSimplified(before)
	for _, w := range shortNameWords {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// shortNameWords introduce a short name: （以下简称《条例》）.
var shortNameWords = []string{"简称", "以下称"}

// shortNameEnds are the runes that fold to the last rune of one of
// shortNameWords (称, and 稱 and any other script.Preimages): a text
// whose last rune is none of them cannot end with a word once folded.
var shortNameEnds = func() map[rune]bool {
	m := map[rune]bool{}
	for _, w := range shortNameWords {
		r, _ := script.DecodeLastRune(w)
		m[r] = true
		for _, p := range script.Preimages(r) {
			m[p] = true
		}
	}
	return m
}()

// citedNumber reads a document number in the bracket right after a cited
// title: 《…》（苏府办〔2017〕5号）. It returns the number in package
// docno's canonical form (〔〕 around the year) and the offset past the
// bracket.
func citedNumber(text string, i int) (string, int, bool) {
	j := i
	for j < len(text) {
		r, w := script.DecodeRune(text[j:])
		if r != ' ' && r != '\u3000' {
			break
		}
		j += w
	}
	r, w := script.DecodeRune(text[j:])
	if r != '（' && r != '(' {
		return "", i, false
	}
	close := source.IndexAny(text[j+w:min(len(text), j+w+80)], "）)")
	if close < 0 {
		return "", i, false
	}
	inner := strings.TrimSpace(text[j+w : j+w+close])
	n, ok := docno.Read(inner)
	if !ok || strings.TrimSpace(inner[n.End:]) != "" {
		return "", i, false
	}
	v := n.String()
	_, cw := script.DecodeRune(text[j+w+close:])
	return v, j + w + close + cw, true
}

// citations lists the documents doc cites (readCitations), leaving out the
// plans and report it issues: their titles, and the 《》 of its own title
// (关于印发《X》的通知). A text without a 《 cites nothing: it is searched
// once and nothing else is read; in one with, the search goes on from the
// first.
func citations(text string, doc *model.Document) []model.Citation {
	first := indexOpen(text)
	if first < 0 {
		return nil
	}
	var own []string // a few titles: a list searched
	for _, p := range doc.AllPlans() {
		if p.Title != nil {
			own = append(own, source.Squeeze(p.Title.Value))
		}
	}
	if doc.Report != nil && doc.Report.Title != "" {
		own = append(own, source.Squeeze(doc.Report.Title))
	}
	if t := doc.Meta.Title; t != nil {
		for _, q := range quotedTitles(t.Value) {
			own = append(own, source.Squeeze(q))
		}
	}
	return readCitations(text, first, own, doc.Meta.DocNumber)
}

// indexOpen is strings.Index(s, "《"), searching for the last byte of 《
// (E3 80 8A), 8A, rather than for its lead byte: E3 leads every mark of
// Chinese text (、。「」〔〕), a continuation byte 8A few of its runes.
func indexOpen(s string) int {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], 0x8A)
		if k < 0 {
			return -1
		}
		if k += i; k >= 2 && s[k-2] == 0xE3 && s[k-1] == 0x80 {
			return k - 2
		}
		i = k + 1
	}
}

// quotedTitles returns the titles a notice title quotes in 《》 (or 〈〉;
// the pairs may mix): from 4 to 80 runes, holding no such bracket. A
// bracket opened again before it closes starts over (《《X》: X).
func quotedTitles(s string) []string {
	var out []string
	start, n := -1, 0 // where the open title starts, and its runes so far
	for i := 0; i < len(s); {
		if unmarked(s, i) {
			n++
			i += 3
			continue
		}
		r, w := script.DecodeRune(s[i:])
		switch r {
		case '《', '〈':
			start, n = i+utf8.RuneLen(r), 0
		case '》', '〉':
			if start >= 0 && n >= 4 && n <= 80 {
				out = append(out, s[start:i])
			}
			start = -1
		default:
			n++
		}
		i += w
	}
	return out
}
