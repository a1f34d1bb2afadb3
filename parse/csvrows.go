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

// maxCSVRecordLines bounds how many text lines one CSV record may span: a
// quoted field holding line breaks continues on the lines after it.
const maxCSVRecordLines = 8

// csvRecord is one CSV record: lines [from, to) of the text, their text
// joined at line breaks.
type csvRecord struct {
	from, to int
	s        source.Str
	fields   int
	quoted   bool
}

// markCSVRows turns runs of text lines exported as CSV (序号,工作任务,…
// then 1,"…，…","A,B",…) into tab rows: at least minCSVRows consecutive
// records splitting into the same number of fields (at least
// minCSVFields), one of them wrapped in ASCII double quotes. The quotes
// go; a comma or line break inside a quoted field stays in the cell, and
// the lines a record continued on are dropped.
func markCSVRows(lines []line) {
	for i := 0; i < len(lines); {
		first := readCSVRecord(lines, i)
		if first.fields < minCSVFields {
			i++
			continue
		}
		run := []csvRecord{first}
		quoted := first.quoted
		for j := first.to; j < len(lines); {
			r := readCSVRecord(lines, j)
			if r.fields != first.fields {
				break
			}
			run = append(run, r)
			quoted = quoted || r.quoted
			j = r.to
		}
		last := run[len(run)-1].to
		if len(run) >= minCSVRows && quoted {
			for _, r := range run {
				lines[r.from].s = r.s
				lines[r.from].cells = csvFields(r.s)
				lines[r.from].kind = lineTabRow
				for k := r.from + 1; k < r.to; k++ {
					lines[k].kind = lineNoise
				}
			}
		}
		i = last
	}
}

// readCSVRecord reads the CSV record starting at line i: the line itself,
// or, while a quoted field is left open, it and the text lines after it
// (at most maxCSVRecordLines). fields is 0 when there is none.
func readCSVRecord(lines []line, i int) csvRecord {
	r := csvRecord{from: i, to: i + 1, s: lines[i].s}
	if lines[i].kind != lineText || strings.IndexByte(r.s.S, ',') < 0 {
		return r
	}
	parts := []source.Str{lines[i].s}
	for {
		ends, quoted := csvBounds(r.s.S)
		if ends != nil {
			r.fields, r.quoted = len(ends), quoted
			return r
		}
		if r.to >= len(lines) || r.to-i >= maxCSVRecordLines || lines[r.to].kind != lineText {
			return csvRecord{from: i, to: i + 1, s: lines[i].s}
		}
		parts = append(parts, lines[r.to].s)
		r.s = source.Join(parts, "\n")
		r.to++
	}
}

// csvBounds returns the end offset of every field of s, or nil when a
// quoted field is not closed right before a comma or the end of the line.
func csvBounds(s string) (ends []int, quoted bool) {
	for i := 0; ; {
		if i < len(s) && s[i] == '"' {
			k := closingQuote(s[i:])
			if k < 0 {
				return nil, false
			}
			i += k + 1
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
