package table

import (
	"slices"
	"strings"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// unitColumns tells, for each header name, whether it names a unit
// column.
func unitColumns(header []source.Str) []bool {
	out := make([]bool, len(header))
	for j, h := range header {
		role, _, _ := HeaderRole(h.S)
		out[j] = role == Units
	}
	return out
}

// centredUnits gives the rows of a column table the unit cells a PDF
// printed once in the middle of the rows they were merged over (a merged
// cell centred vertically), where the reader placed them in one row, or
// in a row of their own:
//
//   - a row holding nothing but unit pieces, under a row whose unit cell
//     is empty (a cell centred half a line off the rows' lines), is that
//     row's unit cell and the row's below when that one's is empty too;
//     the row goes;
//   - a unit cell that ends in mid-list (，、；) on its row's last line
//     and goes on at the first line of the next row (its two lines
//     straddle the rows' boundary) is one cell, both rows';
//   - the numbered rows that open a group (under the header or a group
//     row) with an empty unit cell take that of the first row below them
//     that has one, numbered too: a merged cell centred lower than its
//     first row (a title-only row over its parts 1-1, （1） keeps none).
//
// The rows further down a merged cell are left empty, to inherit the cell
// above as every merged cell's rows do.
func centredUnits(rows []colRow, units []bool) []colRow {
	if !slices.Contains(units, true) {
		return rows
	}
	out := rows[:0]
	for i, r := range rows {
		if n := len(out); n > 0 && unitsOnly(r, units) && unitsEmpty(out[n-1], units) && !goalRow(out[n-1]) {
			for j, u := range units {
				if !u || len(r.parts[j]) == 0 {
					continue
				}
				out[n-1].parts[j] = r.parts[j]
				if i+1 < len(rows) && len(rows[i+1].parts[j]) == 0 && !goalRow(rows[i+1]) {
					rows[i+1].parts[j] = slices.Clone(r.parts[j])
				}
			}
			continue
		}
		out = append(out, r)
	}
	rows = out
	for i := 0; i+1 < len(rows); i++ {
		for j, u := range units {
			if u && straddles(rows[i], rows[i+1], j) {
				cell := append(slices.Clone(rows[i].parts[j]), rows[i+1].parts[j]...)
				rows[i].parts[j], rows[i+1].parts[j] = cell, slices.Clone(cell)
			}
		}
	}
	open := true // at the start of a group
	for i := 0; i < len(rows); i++ {
		switch {
		case goalRow(rows[i]):
			open = true
		case !unitsEmpty(rows[i], units):
			open = false
		case open && numbered(rows[i]):
			for k := i + 1; k < len(rows) && numbered(rows[k]); k++ {
				if !unitsEmpty(rows[k], units) {
					for j, u := range units {
						if u {
							rows[i].parts[j] = slices.Clone(rows[k].parts[j])
						}
					}
					break
				}
			}
		}
	}
	return rows
}

// straddles reports a unit cell of column j that ends in mid-list on the
// last line of row a and goes on at the first line of row b.
func straddles(a, b colRow, j int) bool {
	top, bottom := a.parts[j], b.parts[j]
	if len(top) == 0 || len(bottom) == 0 || goalRow(b) || bottom[0].line != b.line {
		return false
	}
	last := top[len(top)-1]
	return last.line == lastLineOf(a) && (endsClause(last.s.S) || strings.HasSuffix(last.s.S, "、"))
}

// lastLineOf returns the index of the last line holding a piece of row r.
func lastLineOf(r colRow) int {
	last := r.line
	for _, ps := range r.parts {
		for _, p := range ps {
			last = max(last, p.line)
		}
	}
	return last
}

// unitsOnly reports a row with pieces in unit columns only.
func unitsOnly(r colRow, units []bool) bool {
	some := false
	for j, ps := range r.parts {
		if len(ps) == 0 {
			continue
		}
		if j >= len(units) || !units[j] {
			return false
		}
		some = true
	}
	return some
}

// unitsEmpty reports a row with no piece in any unit column.
func unitsEmpty(r colRow, units []bool) bool {
	for j, u := range units {
		if u && j < len(r.parts) && len(r.parts[j]) > 0 {
			return false
		}
	}
	return true
}

// goalRow reports a row that starts a group: a 一、 heading alone, or a
// Chinese numeral and a title (一 | 提升政务服务效能).
func goalRow(r colRow) bool {
	n := 0
	var first piece
	for _, ps := range r.parts {
		for _, p := range ps {
			if n == 0 {
				first = p
			}
			n++
		}
	}
	switch n {
	case 1:
		return isGoal(first.s.S)
	case 2:
		return groupOrdinal(first.s.S)
	}
	return false
}

// numbered reports a row that opens with a plain row number (not 1-1 or
// （1）, a part of the row above, which a title-only row heads).
func numbered(r colRow) bool {
	if len(r.parts) == 0 || len(r.parts[0]) == 0 {
		return false
	}
	return isDigits(strings.TrimRight(strings.TrimSpace(r.parts[0][0].s.S), ".．、"))
}
