package parse

import (
	"strings"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// maxQuotedLines bounds how many lines one quoted cell may span.
const maxQuotedLines = 8

// joinQuotedRows joins the lines of a tab row copied from a spreadsheet
// (WPS, Excel) whose cells are wrapped in ASCII double quotes: a cell
// holding a line break keeps it inside its quotes, so a line opening a
// quoted cell it does not close goes on to the lines that close it. WPS
// quotes every cell; Excel only those holding a line break, a tab or a
// quote, so the open cell may be any cell of the row (opensQuotedCell).
// The lines come back as they are (no copy) when no row was broken.
func joinQuotedRows(raw []source.Str) []source.Str {
	var out []source.Str // nil until lines are joined
	for i := 0; i < len(raw); i++ {
		l := raw[i]
		j := i
		// Counting the quotes first (a vector count) leaves the row tests
		// to the few lines with an odd number of them.
		if n := strings.Count(l.S, `"`); n%2 == 1 && (quotedRowStart(l.S) || opensQuotedCell(l.S)) {
			for j+1 < len(raw) && j-i < maxQuotedLines && n%2 == 1 {
				j++
				n += strings.Count(raw[j].S, `"`)
			}
			if n%2 == 1 {
				j = i // never closed: not a quoted cell
			}
		}
		if j == i {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append(make([]source.Str, 0, len(raw)), raw[:i]...)
		}
		out = append(out, source.Join(raw[i:j+1], "\n"))
		i = j
	}
	if out == nil {
		return raw
	}
	return out
}

// quotedRowStart reports whether s starts like a quoted spreadsheet row: a
// quoted first cell followed by a tab.
func quotedRowStart(s string) bool {
	s = strings.TrimLeft(s, " ")
	if !strings.HasPrefix(s, `"`) {
		return false
	}
	end := closingQuote(s)
	return end >= 0 && strings.HasPrefix(s[end+1:], "\t")
}

// opensQuotedCell reports whether s is a tab row whose last cell opens a
// quote it does not close (1⇥推进…⇥"1.已完成…；): an Excel copy quotes only
// the cells that hold a line break, and such a cell goes on below.
func opensQuotedCell(s string) bool {
	t := strings.LastIndexByte(s, '\t')
	if t < 0 {
		return false
	}
	last := strings.TrimLeft(s[t+1:], " ")
	return strings.HasPrefix(last, `"`) && closingQuote(last) < 0
}

// closingQuote returns the offset of the quote that closes the quoted
// field s opens (s[0] is '"'), or -1 when it is not closed. Inside the
// field a quote is written twice ("" for "), as spreadsheets and CSV do.
func closingQuote(s string) int {
	for i := 1; i < len(s); {
		k := strings.IndexByte(s[i:], '"')
		if k < 0 {
			return -1
		}
		i += k
		if i+1 < len(s) && s[i+1] == '"' {
			i += 2 // a quote inside the field
			continue
		}
		return i
	}
	return -1
}

// unquoteCell removes the ASCII double quotes a spreadsheet copy wraps a
// cell in, and reads a quote written twice inside them ("") as one; the
// cell keeps its spans in the source.
func unquoteCell(c source.Str) source.Str {
	if len(c.S) < 2 || c.S[0] != '"' || closingQuote(c.S) != len(c.S)-1 {
		return c
	}
	inner := c.Slice(1, len(c.S)-1)
	if !source.Contains(inner.S, `""`) {
		return inner.TrimSpace()
	}
	var parts []source.Str
	start := 0
	for {
		k := source.Index(inner.S[start:], `""`)
		if k < 0 {
			break
		}
		parts = append(parts, inner.Slice(start, start+k+1)) // keeps one quote of the two
		start += k + 2
	}
	parts = append(parts, inner.Slice(start, len(inner.S)))
	return source.Concat(parts...).TrimSpace()
}
