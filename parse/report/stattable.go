package report

import (
	"slices"
	"strconv"
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/docmeta"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// The statistics table of the reports before 2019 (政府信息公开情况统计表):
// a header row 统计指标 | 单位 | 统计数 and a row per count holding its
// label, its measure word and its number; group rows (一、主动公开情况)
// hold no number. Each number is a stat labelled row / value column, as in
// the template tables, whose unit is the row's 单位 cell.

// statValueHeads name the value column of such a table (folded).
var statValueHeads = []string{"统计数", "数量", "数值", "本年数", "合计", "数据"}

// unitHead is the last word of the unit column's header (单位, 计量单位).
var unitHead = docmeta.NewWord("单位")

// mayBeUnitHead reports whether c can be the unit column's header once
// folded: its last rune folds to 位. Most rows with 指 (指导, 指出) are
// prose without such a cell, and statColumns need not fold their cells.
func mayBeUnitHead(c string) bool { return unitHead.MayEnd(c) }

// statColumns returns the label, unit and value columns of a statistics
// table's header row, or ok=false.
func statColumns(cells []string) (label, unit, value int, ok bool) {
	label, unit, value = -1, -1, -1
	if !slices.ContainsFunc(cells, mayBeUnitHead) {
		return label, unit, value, false // no unit column
	}
	for i, c := range cells {
		c = script.ToSimplified(c)
		switch {
		case label < 0 && source.Contains(c, "指标"):
			label = i
		case unit < 0 && (c == "单位" || c == "计量单位"):
			unit = i
		case value < 0 && hasAnyOf(c, statValueHeads):
			value = i
		}
	}
	return label, unit, value, label >= 0 && unit >= 0 && value >= 0
}

func hasAnyOf(s string, words []string) bool {
	for _, w := range words {
		if source.Contains(s, w) {
			return true
		}
	}
	return false
}

// rowCells splits a table row written on one line into its cells: at cell
// separators and HTML cell tags (splitCells), else at runs of two or more
// spaces (a PDF's columns).
func rowCells(s string) []string {
	cells := splitCells(s)
	if len(cells) > 1 {
		return cells
	}
	var out []string
	for _, f := range strings.Split(strings.ReplaceAll(s, "\u3000", "  "), "  ") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// cellNumber reads a cell that holds only a number (ASCII or full-width
// digits, a decimal point).
func cellNumber(c string) (float64, bool) {
	var b strings.Builder
	for _, r := range c {
		if d, ok := asciiDigit(r); ok {
			b.WriteByte(d)
		} else if r == '.' || r == '．' {
			b.WriteByte('.')
		} else {
			return 0, false
		}
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	return v, err == nil
}

// statTable reads the statistics table of a report before 2019 among
// lines, when the text has one, into p's stats, and masks its rows from
// the sections and the prose.
func (p *tabler) statTable(lines []source.Str) {
	if p.n.index("指标", 0, len(p.n.s)) < 0 {
		return // no header: spare the lines
	}
	for i, ln := range lines {
		if !source.Contains(ln.S, "指") { // 指标, 指標
			continue
		}
		var head []string // no cell can be the unit header without a 位: the line is not split
		if unitHead.EndMayBeIn(ln.S) {
			head = rowCells(ln.S)
		}
		li, ui, vi, ok := statColumns(head)
		if !ok {
			if p.statCells(lines, i) {
				return
			}
			continue
		}
		valueHead := cleanLabel(head[vi])
		from, to := ln.Src(0), ln.SrcEnd(len(ln.S))
		for _, row := range lines[i+1:] {
			cells := rowCells(row.S)
			if len(cells) < 2 {
				if _, group := parseHeading(row.TrimSpace()); group || strings.TrimSpace(row.S) == "" {
					continue // a group row alone on its line (一、主动公开情况)
				}
				break // the table ends at a line of one cell
			}
			to = row.SrcEnd(len(row.S))
			if len(cells) <= max(li, ui, vi) {
				continue
			}
			v, ok := cellNumber(cells[vi])
			if !ok {
				continue // a group row
			}
			label := cleanLabel(cells[li])
			k := strings.LastIndex(row.S, cells[vi])
			p.stats = append(p.stats, model.Stat{Label: label + " / " + valueHead, Value: v, Unit: cells[ui],
				Path: []string{label}, Span: p.s.Span(row.Src(k), row.SrcEnd(k+len(cells[vi])))})
		}
		p.mask(from, to)
		return
	}
}

// statCells reads a statistics table whose cells stand one per line from
// lines[i], the 统计指标 header cell followed by 单位 and the value column's
// header: then each row is its label line, and its unit and number lines
// when it has a number (a group row is its label alone). It reports whether
// lines[i] starts such a table.
func (p *tabler) statCells(lines []source.Str, i int) bool {
	var cells []source.Str // the non-empty lines from i on
	for _, ln := range lines[i:] {
		if t := ln.TrimSpace(); t.S != "" {
			cells = append(cells, t)
		}
		if len(cells) == 3 {
			// the header first: most lines with 指 (指导, 指出) start none
			if _, _, _, ok := statColumns([]string{cells[0].S, cells[1].S, cells[2].S}); !ok {
				return false
			}
		}
	}
	if len(cells) < 3 {
		return false
	}
	valueHead := cleanLabel(cells[2].S)
	from, to := cells[0].Src(0), cells[2].SrcEnd(len(cells[2].S))
	for k := 3; k < len(cells); k++ {
		label := cells[k]
		if k+2 < len(cells) && isUnitCell(cells[k+1].S) {
			if v, ok := cellNumber(cells[k+2].S); ok {
				num := cells[k+2]
				p.stats = append(p.stats, model.Stat{Label: cleanLabel(label.S) + " / " + valueHead, Value: v,
					Unit: cells[k+1].S, Path: []string{cleanLabel(label.S)}, Span: p.s.Span(num.Src(0), num.SrcEnd(len(num.S)))})
				to = num.SrcEnd(len(num.S))
				k += 2
				continue
			}
		}
		if _, group := parseHeading(label); !group {
			break // neither a row with its number nor a group row: the table ended
		}
		to = label.SrcEnd(len(label.S))
	}
	p.mask(from, to)
	return true
}

// isUnitCell reports whether a cell holds a measure word alone (条, 件,
// 人次): one or two characters, no digit.
func isUnitCell(c string) bool {
	n := 0
	for _, r := range c {
		if _, digit := asciiDigit(r); digit || !isHan(r) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 2
}
