package source

import (
	"sort"
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/pool"
)

// Source is the decoded text of one input and the offsets of its lines.
// The line index and the lines are made on first use and kept: a Source
// made only to map a piece (New(s).At) costs one small allocation, and
// the stages that read the lines share one slice. A Source is read by one
// goroutine at a time.
type Source struct {
	Text       string
	lineStarts []int
	lines      []Str
	// byNewline: the lines were split at "\n" only (the common case), so
	// they start where the line index's lines do and LineOf reads them
	// instead of making the index.
	byNewline bool
}

// New indexes text.
func New(text string) *Source { return &Source{Text: text} }

// starts returns the byte offsets at which the lines start.
func (s *Source) starts() []int {
	if s.lineStarts != nil {
		return s.lineStarts
	}
	text := s.Text
	starts := make([]int, 1, strings.Count(text, "\n")+1)
	for i := 0; ; {
		k := strings.IndexByte(text[i:], '\n')
		if k < 0 {
			break
		}
		i += k + 1
		starts = append(starts, i)
	}
	s.lineStarts = starts
	return starts
}

// LineOf returns the 1-based line number of byte offset off.
func (s *Source) LineOf(off int) int {
	if !s.byNewline {
		return sort.SearchInts(s.starts(), off+1)
	}
	// The lines that start at or before off, and the empty line after a
	// final "\n" (or of an empty text), which Lines leaves out.
	n := sort.Search(len(s.lines), func(k int) bool { return s.lines[k].base > off })
	if t := s.Text; off >= len(t) && (t == "" || t[len(t)-1] == '\n') {
		n++
	}
	return n
}

// Span converts the byte range [start, end) of the source into a model.Span.
func (s *Source) Span(start, end int) model.Span {
	return model.Span{Start: start, End: end, Line: s.LineOf(start)}
}

// Lines splits the source into lines without their terminators ("\n",
// "\r\n", "\r", U+2028, U+2029); each line is a Str mapped to its offset.
// The slice is made once and shared: do not modify it.
func (s *Source) Lines() []Str {
	if s.lines == nil {
		s.lines = s.split()
	}
	return s.lines
}

// lineArrays keeps the line arrays of released Sources for the next ones:
// a document's lines live only while it is parsed.
var lineArrays pool.Arrays[Str]

// Release gives the array of the lines back for another Source to split
// its lines into, once nothing reads the slices Lines returned any more.
// The Source can still be used: it splits its lines again when asked.
func (s *Source) Release() {
	lineArrays.Put(s.lines)
	s.lines, s.byNewline = nil, false
}

// split splits the source into its lines.
func (s *Source) split() []Str {
	t := s.Text
	if strings.IndexByte(t, '\r') < 0 && !strings.Contains(t, "\u2028") && !strings.Contains(t, "\u2029") {
		// The common case: lines end in \n only.
		out := lineArrays.Get(strings.Count(t, "\n") + 1)
		for a := 0; a < len(t); {
			k := strings.IndexByte(t[a:], '\n')
			if k < 0 {
				out = append(out, s.At(a, len(t)))
				break
			}
			out = append(out, s.At(a, a+k))
			a += k + 1
		}
		s.byNewline = true
		return out
	}
	out := lineArrays.Get(0)
	start := 0
	for i := 0; i < len(t); {
		switch {
		case t[i] == '\n':
			out = append(out, s.At(start, i))
			i++
			start = i
		case t[i] == '\r':
			out = append(out, s.At(start, i))
			i++
			if i < len(t) && t[i] == '\n' {
				i++
			}
			start = i
		case t[i] == 0xE2 && i+2 < len(t) && t[i+1] == 0x80 && (t[i+2] == 0xA8 || t[i+2] == 0xA9):
			out = append(out, s.At(start, i))
			i += 3
			start = i
		default:
			i++
		}
	}
	if start < len(t) {
		out = append(out, s.At(start, len(t)))
	}
	return out
}

// At returns the Str for the byte range [start, end) of the source.
func (s *Source) At(start, end int) Str {
	return contiguous(s.Text[start:end], start)
}

// SpanOf returns the model.Span covering the Str's bytes [i, j).
func (s *Source) SpanOf(str Str, i, j int) model.Span {
	a, b := str.Src(i), str.SrcEnd(j)
	if b < a {
		b = a
	}
	return s.Span(a, b)
}

// SpanAll returns the model.Span covering the whole Str.
func (s *Source) SpanAll(str Str) model.Span { return s.SpanOf(str, 0, len(str.S)) }
