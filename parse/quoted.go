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
// quoted cell it does not close goes on to the lines that close it. The
// lines come back as they are (no copy) when no row was broken.
func joinQuotedRows(raw []source.Str) []source.Str {
	var out []source.Str // nil until lines are joined
	for i := 0; i < len(raw); i++ {
		l := raw[i]
		j := i
		if quotedRowStart(l.S) && strings.Count(l.S, `"`)%2 == 1 {
			n := strings.Count(l.S, `"`)
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
	end := strings.IndexByte(s[1:], '"')
	return end >= 0 && strings.HasPrefix(s[1+end+1:], "\t")
}

// unquoteCell removes the ASCII double quotes a spreadsheet copy wraps a
// cell in.
func unquoteCell(c source.Str) source.Str {
	if len(c.S) >= 2 && c.S[0] == '"' && c.S[len(c.S)-1] == '"' {
		return c.Slice(1, len(c.S)-1).TrimSpace()
	}
	return c
}
