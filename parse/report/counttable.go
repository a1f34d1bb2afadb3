package report

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// The count tables a report before 2019 sets in its sections (表1 主动公开
// 信息分类统计: 类别 | 条数 | 占比（%）) when a page is copied with its
// cells apart (tabs or pipes): a header row naming a row-label column and
// then only count columns (条数, 件数, 数量) and share columns (占比（%）,
// 比例); under it rows of a label and one number a column. Each count
// cell is a stat labelled row / column, as in the template tables, with no
// unit unless the column's header brackets one (件数（件）); shares are not
// counts. The table ends at the first line that is not such a row.

// countCells splits a line at tabs and pipes only (a comma or a
// semicolon inside a sentence must not make a row), trimming each cell;
// it returns nil for a line without such a separator.
func countCells(s string) []string {
	if !hasCellSeparator(s) {
		return nil
	}
	cells := strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == '|' || r == '｜' })
	out := cells[:0]
	for _, c := range cells {
		if c = cleanLabel(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// hasCellSeparator reports whether s holds a tab or a pipe (| or ｜),
// each looked for by byte rather than rune by rune.
func hasCellSeparator(s string) bool {
	return strings.IndexByte(s, '\t') >= 0 || strings.IndexByte(s, '|') >= 0 || strings.Contains(s, "｜")
}

// countColumn reports whether a header cell names a count column (条数,
// 件数, 数量, 数量（件）) and the unit it brackets, if any.
func countColumn(c string) (unit string, ok bool) {
	c = script.ToSimplified(c)
	head, br := c, ""
	if i := strings.IndexAny(c, "（("); i > 0 && (strings.HasSuffix(c, "）") || strings.HasSuffix(c, ")")) {
		head = c[:i]
		_, w := utf8.DecodeRuneInString(c[i:])
		_, v := utf8.DecodeLastRuneInString(c)
		br = strings.TrimPrefix(c[i+w:len(c)-v], "单位：")
	}
	if utf8.RuneCountInString(head) > 4 || !(strings.HasSuffix(head, "数") || head == "数量") {
		return "", false
	}
	if br != "" && !isUnitCell(br) {
		return "", false
	}
	return br, true
}

// shareColumn reports whether a header cell names a share (占比（%）,
// 比例, 百分比).
func shareColumn(c string) bool {
	c = script.ToSimplified(c)
	return utf8.RuneCountInString(c) <= 8 && (strings.ContainsAny(c, "%％") || strings.Contains(c, "比"))
}

// countHeader returns the count columns (by index, with their units) of a
// count table's header row, or nil: a first cell naming the rows (no
// digit, a few characters), then count and share columns only, one count
// at least. A first cell naming 指标 heads the old statistics form, which
// statTable reads only with its unit column.
func countHeader(cells []string) map[int]string {
	if len(cells) < 2 || utf8.RuneCountInString(cells[0]) > 8 || strings.ContainsFunc(cells[0], isNumRune) ||
		strings.Contains(script.ToSimplified(cells[0]), "指标") {
		return nil
	}
	cols := map[int]string{}
	for i, c := range cells[1:] {
		if u, ok := countColumn(c); ok {
			cols[i+1] = u
		} else if !shareColumn(c) {
			return nil
		}
	}
	if len(cols) == 0 {
		return nil
	}
	return cols
}

// countRunes holds 数 and the runes that fold to it (script.Preimages:
// 數), which a count table's header holds before it is folded.
var countRunes = sync.OnceValue(func() string { return string(append([]rune{'数'}, script.Preimages('数')...)) })

// countTables reads the count tables among lines outside p's masks into
// p's stats and masks their rows from the sections and the prose.
func (p *tabler) countTables(lines []source.Str) {
	for i := 0; i < len(lines); i++ {
		// a header names a count (数, or a rune that folds to it) between
		// separated cells; the separators first, by byte, as nearly every
		// line has none
		if s := lines[i].S; !hasCellSeparator(s) || !strings.ContainsAny(s, countRunes()) || p.masked(lines[i].Src(0)) {
			continue
		}
		head := countCells(lines[i].S)
		cols := countHeader(head)
		if cols == nil {
			continue
		}
		from, to := lines[i].Src(0), lines[i].SrcEnd(len(lines[i].S))
		j := i + 1
		for ; j < len(lines); j++ {
			row := lines[j]
			cells := countCells(row.S)
			if len(cells) != len(head) || strings.ContainsFunc(cells[0], isNumRune) {
				break
			}
			if !p.countRow(row, head, cells, cols) {
				break
			}
			to = row.SrcEnd(len(row.S))
		}
		if j > i+1 {
			p.masks = append(p.masks, [2]int{from, to})
		}
		i = j - 1
	}
}

// countRow adds the stats of one row of a count table, when every count
// cell holds a number; it reports whether the row is one.
func (p *tabler) countRow(row source.Str, head, cells []string, cols map[int]string) bool {
	for i := range cols {
		if _, ok := cellNumber(cells[i]); !ok {
			return false
		}
	}
	label := cells[0]
	at := 0
	for i, c := range cells {
		k := strings.Index(row.S[at:], c) + at
		at = k + len(c)
		u, count := cols[i]
		if !count {
			continue
		}
		v, _ := cellNumber(c)
		p.stats = append(p.stats, model.Stat{Label: label + " / " + head[i], Value: v, Unit: u,
			Path: []string{label}, Span: p.s.Span(row.Src(k), row.SrcEnd(k+len(c)))})
	}
	return true
}

// masked reports whether source offset a lies in one of p's masks.
func (p *tabler) masked(a int) bool {
	for _, m := range p.masks {
		if a >= m[0] && a < m[1] {
			return true
		}
	}
	return false
}
