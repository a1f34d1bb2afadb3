package table

import "strings"

// A PDF-to-text tool that sets each glyph in one character cell
// (pdftotext -layout) starts every cell of a row at its column, and parts
// it from the cell left of it by a single space where that one filled its
// column: the row number from the row's first text cell (1 示范区建设…),
// the last line of a task cell from the lead unit's (…全年新增高 委会), a
// lead unit's from its partners' (部、市文 政局). The two pieces then read
// as one, which runs into the next column by less than the gap the
// column reader allows a cell that overflows its column.

// splitRowNumber cuts the first piece of a line at the single space after
// a row number that stands in the first column, a 序号 column (seq), when
// the text after the space starts right of that column: the number line
// of a row whose first text cell stands one space from its number.
func splitRowNumber(heads, ps []piece, seq bool) []piece {
	if !seq || len(ps) == 0 || len(heads) < 2 {
		return ps
	}
	p := ps[0]
	num, rest, ok := strings.Cut(p.s.S, " ")
	if !ok || !isDigits(num) || rest == "" || rest[0] == ' ' {
		return ps
	}
	after := p.start + len(num) + 1 // digits and the space are one column each
	if p.start > heads[0].end || after <= heads[0].end || after > heads[1].start+splitTolerance {
		return ps
	}
	split := cutAt(p, []space{{at: len(num), col: after}})
	return append(split, ps[1:]...)
}

// cutAtStarts cuts each piece at a single space after which its text
// starts exactly at the start of a later column than the one the piece
// starts in, its name's or the leftmost of its cells read so far (seen,
// -1 for none): a cell set at its column one space after the cell left
// of it. The piece must start more than minGap left of that column, and
// the column must have shown a cell already: before that, its name may
// stand off its cells (a 责任领导 cell 副市长 韩冬 whose name starts where
// the next column's name does). Known (nil for none) are the columns'
// leftmost cell starts the table's whole reading found (seedStarts).
func cutAtStarts(heads, ps []piece, seen, known []int, m measure) []piece {
	return splitEach(ps, func(p piece) []piece {
		var cuts []space
		for _, sp := range spacesOf(p, m) {
			if !sp.lone(p.s.S) {
				continue
			}
			for j := 1; j < len(heads); j++ {
				if (seen[j] >= 0 && (heads[j].start == sp.col || seen[j] == sp.col) || knownAt(known, j, p.s.S, sp)) && p.start < sp.col-minGap {
					cuts = append(cuts, sp)
					break
				}
			}
		}
		if len(cuts) == 0 {
			return nil
		}
		return cutAt(p, cuts)
	})
}
