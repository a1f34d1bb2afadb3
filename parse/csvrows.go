package parse

import (
	"strings"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// minCSVRows and minCSVFields bound what counts as a table exported as
// comma-separated values: a prose paragraph with ASCII commas rarely gives
// three lines of the same field count with a quoted field among them.
const (
	minCSVRows   = 3
	minCSVFields = 3
)

// markCSVRows turns runs of text lines exported as CSV (序号,工作任务,…
// then 1,"…，…","A,B",…) into tab rows: at least minCSVRows consecutive
// lines splitting into the same number of fields (at least minCSVFields),
// one of them wrapped in ASCII double quotes. The quotes go; a comma
// inside a quoted field stays in the cell.
func markCSVRows(lines []line) {
	for i := 0; i < len(lines); {
		n, quoted := csvShape(lines[i])
		if n < minCSVFields {
			i++
			continue
		}
		j := i + 1
		for j < len(lines) {
			m, q := csvShape(lines[j])
			if m != n {
				break
			}
			quoted = quoted || q
			j++
		}
		if j-i >= minCSVRows && quoted {
			for k := i; k < j; k++ {
				lines[k].cells = csvFields(lines[k].s)
				lines[k].kind = lineTabRow
			}
		}
		i = j
	}
}

// csvShape returns the number of comma-separated fields of a text line
// (0 when it is not one or a quote is left open) and whether a field is
// quoted.
func csvShape(ln line) (fields int, quoted bool) {
	if ln.kind != lineText || strings.IndexByte(ln.s.S, ',') < 0 {
		return 0, false
	}
	ends, quoted := csvBounds(ln.s.S)
	return len(ends), quoted
}

// csvBounds returns the end offset of every field of s, or nil when a
// quoted field is not closed right before a comma or the end of the line.
func csvBounds(s string) (ends []int, quoted bool) {
	for i := 0; ; {
		if i < len(s) && s[i] == '"' {
			k := strings.IndexByte(s[i+1:], '"')
			if k < 0 {
				return nil, false
			}
			i += k + 2
			if i < len(s) && s[i] != ',' {
				return nil, false
			}
			quoted = true
		} else if k := strings.IndexByte(s[i:], ','); k >= 0 {
			i += k
		} else {
			i = len(s)
		}
		ends = append(ends, i)
		if i >= len(s) {
			return ends, quoted
		}
		i++ // the comma
	}
}

// csvFields splits a CSV line into its trimmed, unquoted cells.
func csvFields(s source.Str) []source.Str {
	ends, _ := csvBounds(s.S)
	cells := make([]source.Str, 0, len(ends))
	start := 0
	for _, e := range ends {
		cells = append(cells, unquoteCell(s.Slice(start, e).TrimSpace()))
		start = e + 1
	}
	return cells
}
