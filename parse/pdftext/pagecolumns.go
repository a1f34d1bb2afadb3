package pdftext

import "math"

// columnTolerance is, in points, how far apart the same column rule of a
// table may stand on two pages.
const columnTolerance = 6

// unionColumns matches the column boundaries of a table's part on a new
// page (b) with those of the part before (a). They are the same table's
// when they agree, or when one part's boundaries hold all of the other's
// and at least four agree: a page whose rows never split a column that a
// later page's rows split (三、本年度办理结果 over （三）不予公开 | 1.属于国家
// 秘密) has no rule there. It returns the boundaries of both, and for each
// part which of them it has.
func unionColumns(a, b []float64) (u []float64, inA, inB []bool, ok bool) {
	i, j, common := 0, 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && math.Abs(a[i]-b[j]) <= columnTolerance:
			u, inA, inB = append(u, a[i]), append(inA, true), append(inB, true)
			i, j, common = i+1, j+1, common+1
		case j == len(b) || i < len(a) && a[i] < b[j]:
			u, inA, inB = append(u, a[i]), append(inA, true), append(inB, false)
			i++
		default:
			u, inA, inB = append(u, b[j]), append(inA, false), append(inB, true)
			j++
		}
	}
	same := common == len(a) && common == len(b)
	nested := common == len(a) || common == len(b)
	if !same && !(nested && common >= 4) || !inA[0] || !inB[0] || !inA[len(u)-1] || !inB[len(u)-1] {
		return nil, nil, nil, false
	}
	return u, inA, inB, true
}

// widen spreads the cells of a row over the columns of the union its part
// has boundaries in (has, one per boundary of the union): a cell goes in
// the first column it covers, the columns it covers past a boundary its
// part lacks are empty, as a cell spanning columns reads (joinAcross).
func widen[T any](row []T, has []bool) []T {
	out := make([]T, 0, len(has)-1)
	c := -1
	var zero T
	for k := range len(has) - 1 {
		if has[k] {
			c++
			out = append(out, row[c])
		} else {
			out = append(out, zero)
		}
	}
	return out
}
