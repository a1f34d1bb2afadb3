package parse_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/width"

	"github.com/zwgk/gongwen/parse"
	"github.com/zwgk/gongwen/parse/eval"
)

// These tests check the hand-written yardsticks themselves, independent of
// the parser: a typo in a gold file would otherwise show up as a parser bug.

var validRoles = map[string]bool{"lead": true, "cooperate": true, "participate": true, "responsible": true}

// squeezeSpace drops white space, which the gold treats as layout.
func squeezeSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u3000' || r == '\u00a0' {
			return -1
		}
		return r
	}, s)
}

// TestClauseData checks testdata/clauses/clauses.json: enough shapes, no
// duplicates, every unit named verbatim in its clause with a known role,
// and no unit name carrying the punctuation that surrounds it.
func TestClauseData(t *testing.T) {
	data, err := os.ReadFile("../testdata/clauses/clauses.json")
	require.NoError(t, err)
	var clauses []struct {
		Clause string          `json:"clause"`
		Units  []eval.GoldUnit `json:"units"`
		Source string          `json:"source"`
	}
	require.NoError(t, json.Unmarshal(data, &clauses))
	require.GreaterOrEqual(t, len(clauses), 60)
	seen := map[string]bool{}
	for _, c := range clauses {
		assert.False(t, seen[c.Clause], "duplicate clause %s", c.Clause)
		seen[c.Clause] = true
		assert.NotEmpty(t, c.Source, c.Clause)
		require.NotEmpty(t, c.Units, c.Clause)
		for _, u := range c.Units {
			assert.Contains(t, c.Clause, u.Name, "unit not verbatim in its clause")
			assert.True(t, validRoles[u.Role], "%s: role %q", c.Clause, u.Role)
			assert.NotRegexp(t, `^[、，,；;：:。\s]|[、，,；;：:。\s]$`, u.Name, "%s: unit keeps punctuation", c.Clause)
		}
	}
}

// TestLayoutData checks every hand-written gold of testdata/layouts and
// testdata/pages against its text: titles, heads, unit names and metadata
// occur in the text (white space aside), table stat labels header by
// header, roles are known, dates are YYYY-MM-DD, report sections have no
// items and notices that are not plans name no units. The text of an input
// that is not plain text (a saved page, a web archive) is the text
// parse.File extracts from it, which is what the parser reads.
func TestLayoutData(t *testing.T) {
	var cases []eval.Case
	for _, dir := range []string{layoutsDir, pagesDir} {
		cs, err := eval.Cases(dir)
		require.NoError(t, err)
		require.GreaterOrEqual(t, len(cs), 6, dir)
		cases = append(cases, cs...)
	}
	for _, c := range cases {
		t.Run(strings.TrimSuffix(c.Name, filepath.Ext(c.Name)), func(t *testing.T) {
			raw := goldText(t, c)
			text := squeezeSpace(pageNumbers.ReplaceAllString(string(raw), ""))
			text += "\n" + squeezeSpace(unwrapColumns(string(raw), 2))
			// A row cut by a page break goes on under the page number.
			text += "\n" + squeezeSpace(unwrapColumns(dropPageBreaks(string(raw)), 2))
			// A text typed with full-width digits (１８６４条) states its
			// values in them: compare the values with the digits narrowed.
			text += "\n" + squeezeSpace(width.Narrow.String(string(raw)))
			// A table typed by hand is aligned by character count, not
			// by display width.
			text += "\n" + squeezeSpace(unwrapColumns(string(raw), 1))
			// A box-drawing grid is a column layout with │ between cells.
			text += "\n" + squeezeSpace(unwrapColumns(strings.ReplaceAll(string(raw), "│", "  "), 2))
			text += "\n" + squeezeSpace(joinBrokenRows(string(raw), tabCells))
			text += "\n" + squeezeSpace(joinBrokenRows(string(raw), pipeCells))
			// A table whose columns drift: its cells wrapped over lines,
			// one space or more between cells.
			assertIn := func(t *testing.T, text, s string) {
				t.Helper()
				if !strings.Contains(text, squeezeSpace(s)) && inWrappedCells(string(raw), s) {
					return
				}
				assertIn(t, text, s)
			}
			g, err := eval.LoadGold(c.Gold)
			require.NoError(t, err)
			assert.Contains(t, []string{"workplan", "annual_report", "other"}, g.Kind)
			for _, v := range []*string{g.Meta.DocNumber, g.Meta.PlanTitle} {
				if v != nil {
					assertIn(t, text, *v)
				}
			}
			if g.Meta.Issuer != nil {
				// A joint notice's issuer is every organ under its
				// signature joined by 、; each organ is in the text.
				for _, organ := range strings.Split(*g.Meta.Issuer, "、") {
					assertIn(t, text, organ)
				}
			}
			if g.Meta.SignedDate != nil {
				assert.Regexp(t, `^\d{4}-\d\d-\d\d$`, *g.Meta.SignedDate)
			}
			switch g.Kind {
			case "workplan":
				require.NotEmpty(t, g.Goals)
			case "annual_report":
				for _, goal := range g.Goals {
					for _, task := range goal.Tasks {
						assert.Empty(t, task.Items, "report sections have no items")
					}
				}
			default:
				// Like corpus dev_40/dev_41, a notice that is not a plan may
				// list its numbered headings, but it assigns no units.
				for _, goal := range g.Goals {
					for _, task := range goal.Tasks {
						for _, item := range task.Items {
							assert.Empty(t, item.Units, "a notice that is not a plan names no responsible units")
						}
					}
				}
			}
			for _, st := range g.Stats {
				for _, header := range strings.Split(st.Label, " / ") {
					assertIn(t, text, header)
				}
				assertIn(t, text, strconv.FormatFloat(st.Value, 'f', -1, 64))
			}
			for _, goal := range g.Goals {
				assertIn(t, text, goal.No)
				assertIn(t, text, goal.Title)
				for _, task := range goal.Tasks {
					assertIn(t, text, task.Title)
					for _, it := range task.Items {
						assert.LessOrEqual(t, len([]rune(it.Head)), 15, it.Head)
						assertIn(t, text, it.Head)
						for _, u := range it.Units {
							assertIn(t, text, u.Name)
							assert.True(t, validRoles[u.Role], "%s: role %q", u.Name, u.Role)
						}
					}
				}
			}
		})
	}
}

// goldText returns the text c's gold is checked against: a plain-text
// layout's bytes (which should be 1–4 KB), or the text parse.File extracts
// from any other input and from a plain-text layout that is not UTF-8 (a
// GBK text, decoded as the parser decodes it).
func goldText(t *testing.T, c eval.Case) []byte {
	t.Helper()
	var raw []byte
	if filepath.Ext(c.Name) == ".txt" {
		var err error
		raw, err = os.ReadFile(c.Text)
		require.NoError(t, err)
		assert.InDelta(t, 2500, len(raw), 1600, "a layout should be 1–4 KB")
	}
	if raw == nil || !utf8.Valid(raw) {
		doc, err := parse.File(c.Text, parse.WithSourceText())
		require.NoError(t, err)
		return []byte(doc.Source.Text)
	}
	return raw
}

// pageNumbers matches page-number lines (— 2 —, - 2 -, PAGE 2), which may
// split a unit name or a sentence that the gold gives joined.
var pageNumbers = regexp.MustCompile(`(?m)^\s*(?:[-—–]\s*\d+\s*[-—–]|PAGE\s*\d+)\s*$`)

// dropPageBreaks removes the page breaks of a PDF-to-text file — form
// feeds, page-number lines and the blank lines around them — so that a
// table row cut by a page break reads as one row again (the gold gives its
// cells joined across the break).
func dropPageBreaks(raw string) string {
	lines := strings.Split(strings.ReplaceAll(raw, "\f", ""), "\n")
	var out []string
	for i := 0; i < len(lines); i++ {
		if !pageNumbers.MatchString(lines[i]) {
			out = append(out, lines[i])
			continue
		}
		for len(out) > 0 && strings.TrimSpace(out[len(out)-1]) == "" {
			out = out[:len(out)-1]
		}
		for i+1 < len(lines) && strings.TrimSpace(lines[i+1]) == "" {
			i++
		}
	}
	return strings.Join(out, "\n")
}

// TestDropPageBreaks: a column row cut by a page break (blank lines, the
// page number, a form feed) is joined again by unwrapColumns; without the
// page number the blank lines still part the rows.
func TestDropPageBreaks(t *testing.T) {
	raw := " 6   城镇新增就业 6500   县人社\n\n\n        —3—\n\f     人，转移就业        局\n"
	assert.Contains(t, squeezeSpace(unwrapColumns(dropPageBreaks(raw), 2)), "城镇新增就业6500人，转移就业")
	assert.Contains(t, squeezeSpace(unwrapColumns(dropPageBreaks(raw), 2)), "县人社局")
	assert.NotContains(t, squeezeSpace(unwrapColumns(raw, 2)), "县人社局")
	noPage := strings.Replace(raw, "        —3—\n", "", 1)
	assert.NotContains(t, squeezeSpace(unwrapColumns(dropPageBreaks(noPage), 2)), "县人社局")
}

// joinBrokenRows reads a tab or pipe table whose row was broken over lines: a
// row with an empty first cell (no 序号) continues the last row whose
// first cell is a number, even past a page number, 续表 and a repeated
// header; each of its cells is appended to the cell of that row in the
// same column (split reads a line's cells: tabs or pipes). The gold gives
// such cells joined.
func joinBrokenRows(raw string, split func(string) []string) string {
	var rows [][]string
	last := -1
	for _, line := range strings.Split(raw, "\n") {
		cells := split(line)
		switch {
		case len(cells) < 2:
			continue
		case cells[0] == "" && last >= 0:
			for i, c := range cells {
				if i < len(rows[last]) {
					rows[last][i] += c
				}
			}
			continue
		case strings.Trim(cells[0], "0123456789") == "":
			last = len(rows)
		}
		rows = append(rows, cells)
	}
	var b strings.Builder
	for _, row := range rows {
		b.WriteString(strings.Join(row, "\n") + "\n")
	}
	return b.String()
}

// tabCells splits a tab row into its cells.
func tabCells(line string) []string { return strings.Split(line, "\t") }

// pipeCells splits a pipe row (| a | b |) into its trimmed cells; a line
// that is not a pipe row has none.
func pipeCells(line string) []string {
	line = strings.TrimSpace(line)
	if !strings.HasPrefix(line, "|") {
		return nil
	}
	cells := strings.Split(strings.Trim(line, "|"), "|")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells
}

// unwrapColumns reads a plain-text table laid out in columns (cells
// separated by two or more spaces, as a PDF-to-text tool writes them) with
// each wrapped cell joined again: a line that starts with spaces continues
// the row above, each of its fragments appended to the fragment of that row
// that starts at the same column. A Han character takes hanWidth columns:
// 2 as a PDF-to-text tool aligns them, 1 when a table was typed by hand
// and aligned by character count. The gold gives such cells joined.
func unwrapColumns(raw string, hanWidth int) string {
	type frag struct {
		col  int
		text string
	}
	var rows [][]frag
	for _, line := range strings.Split(raw, "\n") {
		var frags []frag
		col, start, spaces := 0, -1, 0
		var cur []rune
		for _, r := range line + "  " {
			if r == ' ' {
				spaces++
				if spaces == 2 && len(cur) > 0 {
					frags = append(frags, frag{start, strings.TrimSpace(string(cur))})
					cur = cur[:0]
				}
			} else {
				if len(cur) == 0 {
					start = col
				} else if spaces == 1 {
					cur = append(cur, ' ')
				}
				cur = append(cur, r)
				spaces = 0
			}
			col++
			if r > 0x2e80 {
				col += hanWidth - 1
			}
		}
		if len(frags) == 0 {
			rows = append(rows, nil)
			continue
		}
		last := len(rows) - 1
		if frags[0].col > 0 && last >= 0 && len(rows[last]) > 1 {
			for _, f := range frags {
				for i := range rows[last] {
					if rows[last][i].col == f.col {
						rows[last][i].text += f.text
					}
				}
			}
			continue
		}
		rows = append(rows, frags)
	}
	var b strings.Builder
	for _, row := range rows {
		for _, f := range row {
			b.WriteString(f.text + "\n")
		}
	}
	return b.String()
}

// assertIn checks that s occurs in text, white space aside, without
// printing the whole text on failure.
func assertIn(t *testing.T, text, s string) {
	t.Helper()
	assert.True(t, strings.Contains(text, squeezeSpace(s)), "gold value %q not in the text", s)
}

// maxWrapLines bounds the lines a cell wrapped over that inWrappedCells
// follows.
const maxWrapLines = 6

// inWrappedCells reports that s, white space aside, is a cell wrapped over
// consecutive lines of raw whose columns drift from line to line, so that
// no column position rebuilds it (a PDF's narrow columns, one space
// between cells, cells centred in their rows): on each line, the cell's
// piece is a run of text between spaces — the end of one on the first
// line, whole ones on the lines between, the start of one on the last. A
// line blank where the cell's first piece starts (a row's middle line
// holding only its short cells, as pdftotext centres them between the
// halves of a taller cell) is passed over.
func inWrappedCells(raw, s string) bool {
	lines := strings.Split(raw, "\n")
	want := squeezeSpace(s)
	var rest func(k, col int, tail string, depth int) bool
	rest = func(k, col int, tail string, depth int) bool {
		if k >= len(lines) || depth >= maxWrapLines {
			return false
		}
		for _, f := range strings.Fields(lines[k]) {
			switch {
			case strings.HasPrefix(f, tail):
				return true
			case strings.HasPrefix(tail, f) && rest(k+1, col, tail[len(f):], depth+1):
				return true
			}
		}
		return blankAt(lines[k], col) && rest(k+1, col, tail, depth+1)
	}
	for k, line := range lines {
		for _, f := range strings.Fields(line) {
			col := utf8.RuneCountInString(line[:strings.Index(line, f)])
			for i := range f {
				if tail, ok := strings.CutPrefix(want, f[i:]); ok && tail != "" && rest(k+1, col, tail, 1) {
					return true
				}
			}
		}
	}
	return false
}

// blankAt reports that line holds a space, or nothing, at rune column col
// and the column after it.
func blankAt(line string, col int) bool {
	r := []rune(line)
	for c := col; c <= col+1; c++ {
		if c < len(r) && r[c] != ' ' {
			return false
		}
	}
	return true
}

// TestInWrappedCells: a cell wrapped over consecutive lines among other
// cells parted by spaces is found, the end of a piece on its first line
// and the start of one on its last; text not so laid out is not.
func TestInWrappedCells(t *testing.T) {
	raw := "  县政务办 各乡镇人\n1 推进公开 民政府 六月底\n  前\n"
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"各乡镇人民政府", true},
		{"六月底前", true},
		{"乡镇人民", true},
		{"县政务办各乡镇", false}, // two cells of one line
		{"各乡镇人民政府六月底前", false},
		{"各乡镇人前", false}, // a line skipped
		{"民政府推进", false}, // out of order
	} {
		assert.Equal(t, c.want, inWrappedCells(raw, c.s), c.s)
	}
	// A row's middle line, blank where the cell starts, is passed over;
	// one holding text there is not.
	centred := "     完成绿化  甲局牵头，乙局、丙\n 4   交通绿化\n     公里      丁局配合\n"
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"丙丁局配合", true},
		{"完成绿化公里", false}, // its middle line holds text there
	} {
		assert.Equal(t, c.want, inWrappedCells(centred, c.s), c.s)
	}
}
