package report

import (
	"strconv"
	"strings"

	"github.com/zwgk/gongwen/model"
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

// statColumns returns the label, unit and value columns of a statistics
// table's header row, or ok=false.
func statColumns(cells []string) (label, unit, value int, ok bool) {
	label, unit, value = -1, -1, -1
	for i, c := range cells {
		c = script.ToSimplified(c)
		switch {
		case label < 0 && strings.Contains(c, "指标"):
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
		if strings.Contains(s, w) {
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
		if !strings.Contains(ln.S, "指") { // 指标, 指標
			continue
		}
		li, ui, vi, ok := statColumns(rowCells(ln.S))
		if !ok {
			continue
		}
		valueHead := cleanLabel(rowCells(ln.S)[vi])
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
