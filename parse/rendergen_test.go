package parse

import (
	"bufio"
	"fmt"
	"html"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/segment"
	"github.com/zwgk/gongwen/segment/script"
)

// This file is the rendering generator: it takes table layouts (a text
// before the table, the table as a grid, a text after it) and renders them
// the ways web pages, converters and copy-pastes flatten tables, then
// through lossy transformations of the whole text. TestRenderings asserts
// that every rendering parses to the same tree.

// tableDoc is a notice holding a table.
type tableDoc struct {
	name   string
	prefix string     // the text before the table
	rows   [][]string // header rows first, then data rows (repeated headers included)
	heads  int        // the number of leading header rows
	suffix string     // the text after the table
	// want is the tree (treeOf) the table must give, when the test knows
	// it; every rendering must give the tab rendering's tree either way.
	want []string
}

// isHeaderCells is the header test of the table reader, on plain strings.
func isHeaderCells(cells []string) bool {
	src := newStrs(cells)
	return isHeaderRow(src)
}

// tableDocFromFile reads a notice whose table is tab-separated or a pipe
// table: the lines from the first table row to the last are the table
// (blank lines, page numbers, 续表 and Markdown rules between them are
// dropped), the rest is prefix and suffix.
func tableDocFromFile(t *testing.T, path string) tableDoc {
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	text := strings.ReplaceAll(strings.TrimPrefix(string(raw), "\ufeff"), "\r\n", "\n")
	var lines []string
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	isRow := func(l string) bool {
		return strings.Contains(l, "\t") || strings.HasPrefix(strings.TrimSpace(l), "|")
	}
	first, last := -1, -1
	for i, l := range lines {
		if isRow(l) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	require.GreaterOrEqual(t, first, 0, "%s has no table", path)
	d := tableDoc{name: path, prefix: strings.Join(lines[:first], "\n") + "\n", suffix: strings.Join(lines[last+1:], "\n")}
	for _, l := range lines[first : last+1] {
		if !isRow(l) {
			if o, ok := ord.Read(strings.TrimSpace(l)); ok && o.Style == ord.CnDun && d.heads > 0 {
				// A group row 一、… written as a line of its own: the
				// heading in the first cell, the others empty.
				row := make([]string, len(d.rows[0]))
				row[0] = strings.TrimSpace(l)
				d.rows = append(d.rows, row)
			}
			continue
		}
		l = strings.ReplaceAll(l, "<br>", "\n") // a cell's own line break
		var cells []string
		if strings.Contains(l, "\t") {
			cells = strings.Split(l, "\t")
		} else {
			l = strings.TrimSpace(l)
			l = strings.TrimSuffix(strings.TrimPrefix(l, "|"), "|")
			cells = strings.Split(l, "|")
		}
		rule := true
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
			if strings.Trim(cells[i], "-: ") != "" {
				rule = false
			}
		}
		if rule {
			continue // a Markdown rule under the header
		}
		if len(d.rows) == d.heads && isHeaderCells(cells) {
			d.heads++
		}
		if n := len(d.rows); n > d.heads && strayFragment(cells) {
			// A cell broken over two lines by the source: the fragment
			// belongs to the previous row's last cell.
			prev := d.rows[n-1]
			for k := len(prev) - 1; k >= 0; k-- {
				if prev[k] != "" {
					prev[k] += cells[0]
					break
				}
			}
			continue
		}
		d.rows = append(d.rows, cells)
	}
	return d
}

// strayFragment reports a row whose only text stands in its first cell and
// is no heading or row number: the rest of a cell the source broke over a
// line.
func strayFragment(cells []string) bool {
	if len(cells) < 2 || cells[0] == "" || isBareNumber(cells[0]) {
		return false
	}
	if _, ok := ord.Read(cells[0]); ok {
		return false
	}
	for _, c := range cells[1:] {
		if c != "" {
			return false
		}
	}
	return true
}

// header reports whether row i of d is a header row (the leading ones, or a
// repeat of the first after a page break).
func (d tableDoc) header(i int) bool {
	if i < d.heads {
		return true
	}
	return strings.Join(d.rows[i], "\t") == strings.Join(d.rows[0], "\t")
}

// dataRows returns the rows with merged cells dropped: the empty cells of
// data rows are left out, as a rendering that drops merged cells on
// continuation rows gives them.
func (d tableDoc) dropMerged() tableDoc {
	out := d
	out.rows = nil
	for i, r := range d.rows {
		if d.header(i) {
			out.rows = append(out.rows, r)
			continue
		}
		var kept []string
		for _, c := range r {
			if c != "" {
				kept = append(kept, c)
			}
		}
		out.rows = append(out.rows, kept)
	}
	out.name += "/merged cells dropped"
	return out
}

// closingLine is a closing paragraph glued under a table, no blank line
// between.
const closingLine = "以上任务由各责任单位于每季度末报送进展。"

// closed returns the notice with a closing paragraph right under the last
// row: it must end the table and be read as prose.
func (d tableDoc) closed() tableDoc {
	out := d
	out.suffix = closingLine + "\n" + d.suffix
	out.name += "/closing paragraph glued"
	return out
}

// rendering is a way of writing a table as text.
type rendering struct {
	name string
	// ok tells whether the rendering can carry the table (a space-separated
	// one needs a 序号 column and cells without spaces).
	ok     func(d tableDoc) bool
	render func(d tableDoc) string
	// html is set for a rendering that is a web page (parsed as bytes);
	// the text around the table becomes its paragraphs.
	html bool
	// whole is set for a rendering that lays out a cell broken over lines
	// itself (the others get its lines as cells of their own, broken).
	whole bool
}

func always(tableDoc) bool { return true }

// nonEmpty drops empty cells: renderings of one cell per line cannot show
// them.
func nonEmptyCells(r []string) []string {
	var out []string
	for _, c := range r {
		if c != "" {
			out = append(out, c)
		}
	}
	return out
}

func perRow(f func(i int, r []string) string) func(d tableDoc) string {
	return func(d tableDoc) string {
		var b strings.Builder
		for i, r := range d.rows {
			b.WriteString(f(i, r))
		}
		return b.String()
	}
}

// renderings lists the renderings the table reader must read alike
// (markupRenderings: rendermarkup_test.go).
var renderings = append([]rendering{
	{"tabs", always, perRow(func(_ int, r []string) string { return strings.Join(r, "\t") + "\n" }), false, false},
	{"pipes", always, perRow(func(_ int, r []string) string { return "| " + strings.Join(r, " | ") + " |\n" }), false, false},
	{"markdown", always, func(d tableDoc) string {
		var b strings.Builder
		for i, r := range d.rows {
			b.WriteString("| " + strings.Join(r, " | ") + " |\n")
			if i == d.heads-1 {
				b.WriteString(strings.Repeat("| --- ", len(r)) + "|\n")
			}
		}
		return b.String()
	}, false, false},
	{"one cell per line", always, perRow(func(_ int, r []string) string {
		return strings.Join(nonEmptyCells(r), "\n") + "\n"
	}), false, false},
	{"one cell per line, blank lines", always, perRow(func(_ int, r []string) string {
		return strings.Join(nonEmptyCells(r), "\n\n") + "\n\n"
	}), false, false},
	{"one cell per line, each closed by a tab", always, perRow(func(_ int, r []string) string {
		return strings.Join(nonEmptyCells(r), "\t\n") + "\t\n"
	}), false, false},
	{"bare | lines between cells", always, perRow(func(_ int, r []string) string {
		return strings.Join(nonEmptyCells(r), "\n|\n") + "\n|\n"
	}), false, false},
	{"cells ending in ' |', no row separator", always, perRow(func(_ int, r []string) string {
		return strings.Join(nonEmptyCells(r), " |\n") + " |\n"
	}), false, false},
	{"cells ending in ' |', || between rows", always, perRow(func(_ int, r []string) string {
		return strings.Join(r, " |\n") + " |\n||\n"
	}), false, false},
	{"run together on one line with pipes", always, func(d tableDoc) string {
		var cells []string
		for _, r := range d.rows {
			cells = append(cells, r...)
		}
		return strings.Join(cells, "|") + "\n"
	}, false, false},
	{"cells parted by spaced bullets", always, perRow(func(_ int, r []string) string { return strings.Join(r, " • ") + "\n" }), false, false},
	{"cells parted by spaced middle dots", always, perRow(func(_ int, r []string) string { return strings.Join(r, " · ") + "\n" }), false, false},
	{"cells parted by black circles between ideographic spaces", always, perRow(func(_ int, r []string) string { return strings.Join(r, "\u3000●\u3000") + "\n" }), false, false},
	{"rows flattened with spaces", spaceable, perRow(func(_ int, r []string) string {
		return strings.Join(nonEmptyCells(r), " ") + "\n"
	}), false, false},
	{"paragraph rows, cells parted by tabs and space runs mixed", mixable, perRow(mixedSeparators), false, false},
	{"HTML table, merged cells as rowspan", rectangular, htmlTable, true, false},
	// PDF-to-text column tables (rendercols_test.go).
	columnRendering("columns wrapped at 16", columnLayout{width: 16, pad: ' '}),
	columnRendering("columns wrapped at 20, blank lines between rows", columnLayout{width: 20, blank: true, pad: ' '}),
	columnRendering("columns wrapped at 14, page break and header repeated", columnLayout{width: 14, pageBreak: breakBetween, pad: ' '}),
	columnRendering("columns wrapped at 18, ideographic spaces", columnLayout{width: 18, pad: '\u3000'}),
	columnRendering("columns wrapped at 16, header names at 4, page break", columnLayout{width: 16, headWidth: 4, pageBreak: breakBetween, pad: ' '}),
	columnRendering("columns wrapped at 16, page break inside a row", columnLayout{width: 16, pageBreak: breakInside, pad: ' '}),
	columnRendering("columns wrapped at 20, header names 6 left of their cells, page break", columnLayout{width: 20, pageBreak: breakBetween, pad: ' ', headShift: 6}),
	columnRendering("columns wrapped at 40, header names 10 left of their cells", columnLayout{width: 40, pad: ' ', headShift: 10}),
}, markupRenderings...)

// rectangular: a table an HTML table can carry cell for cell, every row as
// wide as the header and no cell broken over lines (a ragged table, or one
// whose merged cells were dropped, is no HTML grid; HTML writes merged
// cells as spans).
func rectangular(d tableDoc) bool {
	for _, r := range d.rows {
		if len(r) != len(d.rows[0]) {
			return false
		}
		for _, c := range r {
			if strings.Contains(c, "\n") {
				return false
			}
		}
	}
	return true
}

// htmlTable writes the table as an HTML table in which an empty data cell
// under a filled one is covered by that cell's rowspan, as an editor that
// merged the cells writes it.
func htmlTable(d tableDoc) string {
	span := make([][]int, len(d.rows)) // rowspan per cell; 0: covered
	for i, r := range d.rows {
		span[i] = make([]int, len(r))
		for j := range r {
			span[i][j] = 1
		}
	}
	for i, r := range d.rows {
		if d.header(i) {
			continue
		}
		for j, c := range r {
			if c == "" || span[i][j] == 0 {
				continue
			}
			for k := i + 1; k < len(d.rows) && !d.header(k) && !groupRow(d.rows[k]) && j < len(d.rows[k]) && d.rows[k][j] == ""; k++ {
				span[i][j]++
				span[k][j] = 0
			}
		}
	}
	var b strings.Builder
	b.WriteString("<table>\n")
	for i, r := range d.rows {
		b.WriteString("<tr>")
		for j, c := range r {
			switch span[i][j] {
			case 0:
			case 1:
				b.WriteString("<td>" + html.EscapeString(c) + "</td>")
			default:
				fmt.Fprintf(&b, "<td rowspan=\"%d\">%s</td>", span[i][j], html.EscapeString(c))
			}
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>\n")
	return b.String()
}

// groupRow reports a row whose only text is its first cell: a group
// heading (一、…) spanning the table, into which no cell above extends.
func groupRow(r []string) bool {
	return len(r) > 1 && r[0] != "" && strings.Join(r[1:], "") == ""
}

// htmlParagraphs writes each line of text as a paragraph.
func htmlParagraphs(text string) string {
	var b strings.Builder
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			b.WriteString("<p>" + html.EscapeString(l) + "</p>\n")
		}
	}
	return b.String()
}

// spaceable: a table can be written with spaces between cells when it has
// a 序号 column, one header row and no spaces inside cells.
func spaceable(d tableDoc) bool {
	if d.heads != 1 || len(d.rows) == 0 || d.rows[0][0] != "序号" && d.rows[0][0] != "序號" {
		return false
	}
	for _, r := range d.rows {
		for _, c := range r {
			if strings.ContainsAny(c, " \u3000\u00a0") {
				return false
			}
		}
	}
	return true
}

// mixable: a table whose rows a paste into a web editor can write with a
// tab or a run of spaces between cells (mixedSeparators): one header row
// and no cell holding a space or a line break.
func mixable(d tableDoc) bool {
	if d.heads != 1 {
		return false
	}
	for _, r := range d.rows {
		for _, c := range r {
			if strings.ContainsAny(c, " \u3000\u00a0\n") {
				return false
			}
		}
	}
	return true
}

// mixSeps are the separators a WPS table pasted into a CMS editor leaves
// between cells, varying from cell to cell.
var mixSeps = []string{"\t", "  ", "\t ", "   ", " \t", "\u3000\u3000", "    "}

// mixedSeparators writes row i as one paragraph followed by a blank line,
// its cells parted by mixSeps in turn (shifted by the row): a tab next to
// an empty cell (spaces would swallow it) and at least one tab a row.
func mixedSeparators(i int, r []string) string {
	var b strings.Builder
	tab := false
	for j, c := range r {
		if j > 0 {
			sep := mixSeps[(i+j)%len(mixSeps)]
			if r[j-1] == "" || c == "" || !tab && j == len(r)-1 {
				sep = "\t"
			}
			tab = tab || strings.Contains(sep, "\t")
			b.WriteString(sep)
		}
		b.WriteString(c)
	}
	return b.String() + "\n\n"
}

// transform is a lossy change to a whole rendered text.
type transform struct {
	name  string
	apply func(string) string
}

var transforms = []transform{
	{"as is", func(s string) string { return s }},
	{"traditional script", toTraditional},
	{"brackets swapped between full and half width", swapBrackets},
	{"CRLF", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
	{"no-break spaces", func(s string) string {
		s = strings.ReplaceAll(s, "\n\n", "\n\u00a0\n")
		return strings.ReplaceAll(s, "\n", "\n\u00a0")
	}},
	{"pinyin glosses", addGlosses},
	{"traditional script with pinyin glosses", func(s string) string { return addGlosses(toTraditional(s)) }},
}

// scriptsAndBreaks are the transforms of transforms that change only the
// script or the line ends: as is, traditional script, CRLF.
var scriptsAndBreaks = []transform{transforms[0], transforms[1], transforms[3]}

func swapBrackets(s string) string {
	return strings.NewReplacer("（", "(", "）", ")", "(", "（", ")", "）").Replace(s)
}

// glosses are pinyin annotations mirror sites insert after characters.
var glosses = strings.NewReplacer("发", "发(fā)", "發", "發(fā)", "区", "区(qū)", "區", "區(qū)", "务", "务(wù)", "務", "務(wù)", "项", "项(xiàng)", "項", "項(xiàng)")

func addGlosses(s string) string { return glosses.Replace(s) }

// toTraditional is the tests' traditional rendering: every character in
// its common traditional form (segment/script's, as a reader would write
// it), not only those the project's traditional layouts hold.
var toTraditional = script.ToTraditional

// text renders the notice through a rendering and a transformation.
func (d tableDoc) text(r rendering, tr transform) string {
	if r.html {
		return tr.apply("<html><head><meta charset=\"utf-8\"></head><body>\n" + htmlParagraphs(d.prefix) +
			r.render(d.broken()) + htmlParagraphs(d.suffix) + "</body></html>\n")
	}
	if r.whole {
		return tr.apply(d.prefix + r.render(d) + d.suffix)
	}
	return tr.apply(d.prefix + r.render(d.broken()) + d.suffix)
}

// parse parses a rendered notice: a web page as bytes, the others as text.
func (r rendering) parse(t *testing.T, text string) *model.Document {
	if !r.html {
		return mustText(t, text)
	}
	doc, err := Bytes([]byte(text))
	require.NoError(t, err)
	return doc
}

// broken writes each cell the source broke over lines (its text holds a
// line break) as cells of their own, one per line of the source: the row
// comes out wider than the table, as a converter that lost the table
// gives it.
func (d tableDoc) broken() tableDoc {
	out := d
	out.rows = make([][]string, len(d.rows))
	for i, r := range d.rows {
		for _, c := range r {
			out.rows[i] = append(out.rows[i], strings.Split(c, "\n")...)
		}
	}
	return out
}

// requireEveryRendering requires the tab rendering of d to read as want,
// then every rendering that can carry d, as is and in traditional script
// (transforms[:2]), to read as the tab rendering does. A rendering named
// in lost (with why it misreads) must still read otherwise, so that the
// list only shrinks, and must send the document to review. It returns how
// many renderings read alike.
func requireEveryRendering(t *testing.T, d tableDoc, want []string, lost map[string]string) int {
	t.Helper()
	tabs := renderings[0]
	require.Equal(t, want, treeOf(tabs.parse(t, d.text(tabs, transforms[0]))))
	n := 0
	for _, r := range renderings {
		if !r.ok(d) {
			continue
		}
		for _, tr := range transforms[:2] {
			w := want
			if tr.name != transforms[0].name {
				w = treeOf(tabs.parse(t, d.text(tabs, tr)))
				simplified := make([]string, len(w))
				for i, l := range w {
					simplified[i] = segment.ToSimplified(l)
				}
				require.Equal(t, want, simplified, "the tab rendering, %s, folded back", tr.name)
			}
			doc := r.parse(t, d.text(r, tr))
			got := treeOf(doc)
			if why, ok := lost[r.name]; ok {
				assert.NotEqual(t, w, got, "%s now reads %s (%s): drop it from the lost list", r.name, d.name, why)
				assert.True(t, doc.Quality.Review, "%s, %s: a misread must be sent to review", r.name, tr.name)
				continue
			}
			assert.Equal(t, w, got, "%s, %s", r.name, tr.name)
			n++
		}
	}
	require.Positive(t, n, "%s: no rendering was checked", d.name)
	return n
}
