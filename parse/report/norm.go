package report

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/zwgk/gongwen/parse/internal/pool"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
	"github.com/zwgk/gongwen/segment/script"
)

// norm is the text in the form the recognisers match against: simplified
// script, ASCII punctuation and digits, no white space, no quotes and no
// pinyin annotations such as 規(guī)章. Its runs keep the source offsets of
// every character, one entry per stretch of characters copied byte for
// byte rather than two per byte.
type norm struct {
	s    string
	text string // the source text
	runs []normRun

	// what Evidence and Build both look for in the whole text, found once
	layout   *layout
	layoutOK bool
	inline   []heading
	inlined  bool
	lastRun  int       // the run run found last
	heads    []heading // the headings at the start of lines
	headed   bool
}

// lineHeadings returns the headings that start the lines of s, the source
// of n (parseHeading of each line, trimmed), found once. The slice is
// shared: do not modify it.
func (n *norm) lineHeadings(s *source.Source) []heading {
	if !n.headed {
		n.heads = headArrays.Get(0)
		for _, line := range s.Lines() {
			if h, ok := parseHeading(line.TrimSpace()); ok {
				n.heads = append(n.heads, h)
			}
		}
		n.headed = true
	}
	return n.heads
}

// tables returns the template tables' layout (findLayout), found once.
func (n *norm) tables() (layout, bool) {
	if n.layout == nil {
		l, ok := findLayout(n)
		n.layout, n.layoutOK = &l, ok
	}
	return *n.layout, n.layoutOK
}

// inlineHeadings returns the template's headings inside lines
// (inlineHeadings), found once. The slice is shared: do not modify it.
func (n *norm) inlineHeadings(s *source.Source) []heading {
	if !n.inlined {
		n.inline, n.inlined = inlineHeadings(s, n), true
	}
	return n.inline
}

// normRun maps a stretch of the norm to the source: the norm's bytes from
// at up to the next run's at come from the source bytes [src, end). Where
// the two lengths agree the stretch maps byte for byte (characters kept, or
// replaced by one of the same length: 規 → 规); where they differ it is a
// single character (， → ,). White space, quotes and annotations dropped
// from the source end a run.
type normRun struct{ at, src, end int32 }

// runArrays keeps the run arrays of released texts' norms (Text.Release).
var runArrays pool.Arrays[normRun]

// headArrays keeps the arrays of released norms' line headings and of the
// heading candidates sections weighs.
var headArrays pool.Arrays[heading]

// release gives n's arrays back for the next text's norm once nothing
// reads n.
func (n *norm) release() {
	runArrays.Put(n.runs)
	headArrays.Put(n.heads)
}

// normalize builds the norm of text.
func normalize(text string) *norm {
	s, runs := fold(text, true)
	return &norm{s: s, text: text, runs: runs}
}

// fold returns text in the norm's form and, when offsets is set, the runs
// mapping it back to text. A text that folds to itself is returned as it
// is, without a copy.
//
// Most characters of a text fold to themselves (simplified Han, ASCII
// letters and digits, 。、): quietEnd passes over such a stretch in one
// step, and only the characters it stops at are folded one by one.
func fold(text string, offsets bool) (string, []normRun) {
	var b strings.Builder
	var runs []normRun
	if offsets {
		// a run after each line break, and one per 32 bytes for the
		// full-width commas, colons and brackets of real text
		runs = runArrays.Get(strings.Count(text, "\n") + len(text)/32 + 4)
	}
	copied := 0 // text[copied:] is not yet in b
	flush := func(upTo, resume int) {
		if b.Cap() == 0 {
			b.Grow(len(text))
		}
		b.WriteString(text[copied:upTo])
		copied = resume
	}
	w := 0 // length of the norm so far
	for i := 0; i < len(text); {
		if j := quietEnd(text, i); j > i {
			// a stretch kept byte for byte maps like one character
			if offsets {
				runs = addChar(runs, w, w+j-i, i, j)
			}
			w += j - i
			i = j
			continue
		}
		r, size := script.DecodeRune(text[i:])
		if r == '(' || r == '（' {
			if k := pinyinNoise(text, i); k > 0 && isHan(lastNormRune(&b, text, copied, i)) {
				flush(i, k)
				i = k
				continue
			}
		}
		a := i
		i += size
		out, keep := foldRune(r)
		if !keep {
			flush(a, i)
			continue
		}
		if out != r || r == utf8.RuneError && size == 1 {
			flush(a, i)
			if out < utf8.RuneSelf {
				b.WriteByte(byte(out)) // ， → ,
			} else {
				b.WriteRune(out)
			}
		}
		wa := w
		w += utf8.RuneLen(out)
		if offsets {
			runs = addChar(runs, wa, w, a, i)
		}
	}
	if b.Cap() == 0 {
		return text, runs
	}
	flush(len(text), len(text))
	return b.String(), runs
}

// lastNormRune returns the last rune of the norm built so far, the one a
// pinyin annotation at source offset i would follow: the norm is b and
// then text[copied:i], which folds to itself. It is 0 for an empty norm.
func lastNormRune(b *strings.Builder, text string, copied, i int) rune {
	s := text[copied:i]
	if s == "" {
		s = b.String()
	}
	if s == "" {
		return 0
	}
	r, _ := script.DecodeLastRune(s)
	return r
}

// asciiFolds marks the ASCII bytes that fold: white space and quotes are
// dropped, and ( may open a pinyin annotation.
var asciiFolds = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true, '"': true, '\'': true, '(': true}

// quietEnd returns the end of the stretch of text from i whose characters
// fold to themselves, one byte for one: ASCII other than asciiFolds, and
// the characters of U+3000–U+9FFF that foldRune keeps as they are (nearly
// every Han character of simplified text, 。、《》). It stops at anything
// else, which fold then reads one character at a time. The Han runs are
// passed by loudStops (script.BMPSet.Pass, two characters a load), the
// ASCII runs here.
func quietEnd(text string, i int) int {
	loud := loudStops()
	for {
		j := loud.Pass(text, i)
		for j < len(text) && text[j] < utf8.RuneSelf && !asciiFolds[text[j]] {
			j++
		}
		if j == i {
			return i
		}
		i = j
	}
}

// cjkLo, cjkHi bound the three-byte characters quietEnd passes over
// (lead bytes E3–E9); it stops at any other.
const cjkLo, cjkHi = 0x3000, 0xA000

var (
	loudOnce sync.Once
	loudSet  script.BMPSet
)

// loudStops returns the three-byte characters quietEnd stops at: those
// outside cjkLo ≤ r < cjkHi, those inside that foldRune drops or
// changes, and the ones whose bytes may not be a valid rune (AddUnread),
// drawn from foldRune on first use.
func loudStops() *script.BMPSet {
	loudOnce.Do(func() {
		for r := rune(0x800); r < 0x10000; r++ {
			if r < cjkLo || r >= cjkHi {
				loudSet.Add(r)
			} else if out, keep := foldRune(r); !keep || out != r {
				loudSet.Add(r)
			}
		}
		loudSet.AddUnread()
	})
	return &loudSet
}

// addChar maps a character to the runs: norm bytes [wa, w) from source
// bytes [a, i). It lengthens the last run when the character follows it in
// both texts and maps byte for byte as the run does.
func addChar(runs []normRun, wa, w, a, i int) []normRun {
	if k := len(runs) - 1; k >= 0 {
		last := &runs[k]
		follows := int(last.end) == a
		byteForByte := i-a == w-wa && int(last.end-last.src) == wa-int(last.at)
		if follows && byteForByte {
			last.end = int32(i)
			return runs
		}
	}
	return append(runs, normRun{at: int32(wa), src: int32(a), end: int32(i)})
}

// hanLo, hanHi bound the runes foldRune hands straight to the character
// table: no white space, quote, bracket, dash or full-width form lies
// among them (TestHanRangeFoldsByTable).
const hanLo, hanHi = 0x3400, 0xFEFF

// foldRune returns r in the norm's form, or false for a rune the norm
// drops (white space, quotes).
func foldRune(r rune) (rune, bool) {
	if r >= hanLo && r < hanHi {
		return segment.SimplifiedRune(r), true
	}
	switch {
	case source.IsSpace(r):
		return 0, false
	case r == '“' || r == '”' || r == '‘' || r == '’' || r == '"' || r == '\'' || r == '「' || r == '」' || r == '『' || r == '』':
		return 0, false
	case r >= 0xFF01 && r <= 0xFF5E:
		return r - 0xFEE0, true
	case r == '〔' || r == '［':
		return '[', true
	case r == '〕' || r == '］':
		return ']', true
	case r == '—' || r == '－':
		return '-', true
	case r >= 0x3400:
		return segment.SimplifiedRune(r), true
	}
	return r, true
}

// pinyinNoise returns the offset after a pinyin annotation such as (guī)
// starting at i, or 0 when there is none.
func pinyinNoise(text string, i int) int {
	_, size := script.DecodeRune(text[i:])
	j := i + size
	letters := 0
	for j < len(text) && letters <= 8 {
		r, sz := script.DecodeRune(text[j:])
		switch {
		case r == ')' || r == '）':
			if letters == 0 {
				return 0
			}
			return j + sz
		case r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'),
			r >= 0xC0 && r <= 0x24F:
			letters++
		default:
			return 0
		}
		j += sz
	}
	return 0
}

// isHan reports whether r is a Han character (script.IsHan: the unified
// ideographs are told without a table search).
func isHan(r rune) bool { return script.IsHan(r) }

// run returns the run holding norm byte i (0 <= i < len(s)) and where it
// ends in the norm. The recognisers ask about offsets near the one before,
// so the run found last and the next one are tried before a search.
func (n *norm) run(i int) (normRun, int) {
	for k := n.lastRun; k < len(n.runs) && k <= n.lastRun+1; k++ {
		if int(n.runs[k].at) <= i && i < n.runEnd(k) {
			n.lastRun = k
			return n.runs[k], n.runEnd(k)
		}
	}
	k := sort.Search(len(n.runs), func(k int) bool { return int(n.runs[k].at) > i }) - 1
	n.lastRun = k
	return n.runs[k], n.runEnd(k)
}

// runEnd is where run k ends in the norm.
func (n *norm) runEnd(k int) int {
	if k+1 < len(n.runs) {
		return int(n.runs[k+1].at)
	}
	return len(n.s)
}

// char returns the source bounds of the character holding norm byte i
// (0 <= i < len(s)) and whether i is its last byte.
func (n *norm) char(i int) (a, b int, last bool) {
	r, end := n.run(i)
	c := i
	for c > int(r.at) && !utf8.RuneStart(n.s[c]) {
		c--
	}
	_, size := script.DecodeRune(n.s[c:])
	last = i == c+size-1
	if int(r.end-r.src) != end-int(r.at) {
		return int(r.src), int(r.end), last // one character of another length
	}
	a = int(r.src) + c - int(r.at)
	return a, a + size, last
}

// src returns the source offset of normalized byte i: where the character
// holding it starts.
func (n *norm) src(i int) int {
	if i >= len(n.s) {
		return len(n.text)
	}
	a, _, _ := n.char(i)
	return a
}

// srcEnd returns the source offset just after normalized byte j-1: the end
// of its character when it is the character's last byte, else the
// character's start.
func (n *norm) srcEnd(j int) int {
	if j <= 0 {
		return n.src(0)
	}
	if len(n.s) == 0 {
		return 0
	}
	j = min(j, len(n.s))
	a, b, last := n.char(j - 1)
	if last {
		return b
	}
	return a
}

// at returns the first normalized byte whose character starts at or after
// source offset off.
func (n *norm) at(off int) int {
	k := sort.Search(len(n.runs), func(k int) bool { return int(n.runs[k].end) > off })
	if k == len(n.runs) {
		return len(n.s)
	}
	r, end := n.runs[k], n.runEnd(k)
	if off <= int(r.src) {
		return int(r.at)
	}
	if int(r.end-r.src) != end-int(r.at) {
		return end // inside a character of another length: the next one
	}
	c := int(r.at) + off - int(r.src)
	for c < end && !utf8.RuneStart(n.s[c]) {
		c++
	}
	return c
}

// index finds sub in the normalized text at or after from, before to.
func (n *norm) index(sub string, from, to int) int {
	return n.search(indexText, sub, from, to)
}

// lastIndex finds the last sub in the normalized text in [from, to).
func (n *norm) lastIndex(sub string, from, to int) int {
	return n.search(strings.LastIndex, sub, from, to)
}

// search runs find on the normalized text clamped to [from, to) and returns
// the offset in the whole text, or -1.
func (n *norm) search(find func(s, sub string) int, sub string, from, to int) int {
	from, to = max(from, 0), min(to, len(n.s))
	if from >= to {
		return -1
	}
	k := find(n.s[from:to], sub)
	if k < 0 {
		return -1
	}
	return from + k
}

// indexText is strings.Index for the long texts the recognisers search
// whole (the norm): it looks for the last byte of sub, which in Chinese
// text is far rarer than its first, a lead byte that thousands of
// characters share and that strings.Index stops at every few characters.
func indexText(s, sub string) int {
	n := len(sub)
	if n < 2 || len(s) < 256 {
		return source.Index(s, sub)
	}
	last := sub[n-1]
	for i := n - 1; i < len(s); i++ {
		k := strings.IndexByte(s[i:], last)
		if k < 0 {
			return -1
		}
		i += k
		if s[i+1-n:i+1] == sub {
			return i + 1 - n // the first match to end is the first to start
		}
	}
	return -1
}

// simplify returns s in simplified script with ASCII punctuation, as the
// norm would hold it.
func simplify(s string) string {
	f, _ := fold(s, false)
	return f
}
