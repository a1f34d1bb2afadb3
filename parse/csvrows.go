package parse

import (
	"slices"
	"strings"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// minCSVRows and minCSVFields bound what counts as a table exported as
// comma-separated values: a prose paragraph with ASCII commas rarely gives
// three lines of the same field count with a quoted field among them, or
// under a line of column names.
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
// minCSVFields, or two under a header of two column names), one of them
// wrapped in ASCII double quotes — or, where no field is quoted (no cell
// held a comma), the run's records from a header of column names on
// (序号,工作任务,责任单位 then 1,建设平台,甲局 …): prose with commas names
// no columns. The quotes go; a comma or line break inside a quoted field
// stays in the cell, and the lines a record continued on are dropped. A
// text without an ASCII comma holds no such run: the caller does not call
// it then; nor is it read further without a double quote or a header.
func markCSVRows(lines []line) {
	if !anyQuote(lines) && !slices.ContainsFunc(lines, csvHeaderLine) {
		return
	}
	for i := 0; i < len(lines); {
		first := readCSVRecord(lines, i)
		if first.fields < minCSVFields && !namesTwoColumns(first) {
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
		if !quoted {
			h := slices.IndexFunc(run, isCSVHeader)
			if h < 0 {
				h = len(run)
			}
			run = run[h:]
		}
		if len(run) >= minCSVRows {
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

// namesTwoColumns reports a record of two fields that are column names
// (工作任务,责任单位): the header of a two-column table, where two fields
// alone would be prose with a comma as often as a row.
func namesTwoColumns(r csvRecord) bool {
	return r.fields == 2 && isCSVHeader(r)
}

// csvHeaderLine reports a text line that is a CSV header (isCSVHeader).
// Most lines with a comma are prose; byte searches tell most of them
// before their fields are cut: a first field longer than a column name, a
// full stop or a Chinese comma between the fields.
func csvHeaderLine(ln line) bool {
	s := ln.s.S
	if ln.kind != lineText || len(s) > maxCSVHeaderBytes {
		return false
	}
	if i := strings.IndexByte(s, ','); i < 0 || i > maxCSVNameBytes {
		return false
	}
	return !strings.Contains(s, "。") && !strings.Contains(s, "，") && isCSVHeader(csvRecord{s: ln.s})
}

// maxCSVHeaderBytes and maxCSVNameBytes bound a line of column names and
// its first name: a dozen names of up to eight characters, some with a
// gloss.
const (
	maxCSVHeaderBytes = 300
	maxCSVNameBytes   = 48
)

// isCSVHeader reports a record whose fields are column names (isHeaderRow).
func isCSVHeader(r csvRecord) bool {
	return isHeaderRow(csvFields(r.s))
}

// anyQuote reports a text line holding an ASCII double quote.
func anyQuote(lines []line) bool {
	for _, ln := range lines {
		if ln.kind == lineText && strings.IndexByte(ln.s.S, '"') >= 0 {
			return true
		}
	}
	return false
}

// readCSVRecord reads the CSV record starting at line i: the line itself,
// or, while a quoted field is left open, it and the text lines after it
// (at most maxCSVRecordLines). fields is 0 when there is none.
func readCSVRecord(lines []line, i int) csvRecord {
	r := csvRecord{from: i, to: i + 1, s: lines[i].s}
	if lines[i].kind != lineText || strings.IndexByte(r.s.S, ',') < 0 {
		return r
	}
	var parts []source.Str // the lines of a record continued, once it is
	for {
		if n, quoted := csvCount(r.s.S); n > 0 {
			r.fields, r.quoted = n, quoted
			return r
		}
		if r.to >= len(lines) || r.to-i >= maxCSVRecordLines || lines[r.to].kind != lineText {
			return csvRecord{from: i, to: i + 1, s: lines[i].s}
		}
		if parts == nil {
			parts = []source.Str{lines[i].s}
		}
		parts = append(parts, lines[r.to].s)
		r.s = source.Join(parts, "\n")
		r.to++
	}
}

// csvField reads the field of s that starts at offset i: end is the offset
// of the comma after it, or len(s); quoted tells a field wrapped in double
// quotes. ok is false when a quoted field is not closed right before a
// comma or the end of the line.
func csvField(s string, i int) (end int, quoted, ok bool) {
	if i < len(s) && s[i] == '"' {
		k := closingQuote(s[i:])
		if k < 0 {
			return 0, false, false
		}
		end = i + k + 1
		return end, true, end == len(s) || s[end] == ','
	}
	if k := strings.IndexByte(s[i:], ','); k >= 0 {
		return i + k, false, true
	}
	return len(s), false, true
}

// csvCount counts the fields of s (csvField), and tells whether one was
// quoted; n is 0 when a quoted field is not closed right.
func csvCount(s string) (n int, quoted bool) {
	for i := 0; ; i++ { // past the comma
		end, q, ok := csvField(s, i)
		if !ok {
			return 0, false
		}
		n, quoted = n+1, quoted || q
		if end >= len(s) {
			return n, quoted
		}
		i = end
	}
}

// csvFields splits a CSV line into its trimmed, unquoted cells.
func csvFields(s source.Str) []source.Str {
	n, _ := csvCount(s.S)
	cells := make([]source.Str, 0, n)
	for i := 0; len(cells) < n; i++ {
		end, _, _ := csvField(s.S, i)
		cells = append(cells, unquoteCell(s.Slice(i, end).TrimSpace()))
		i = end
	}
	return cells
}
