package table

import "slices"

// seedStarts reports a piece of read (the table's pieces) that holds, at
// a single space with text on both sides, the leftmost start (seen: the
// whole table read) of a column right of the one the piece starts in:
// pdftotext -layout set a cell one space after a cell that filled its
// column, on a row read before any row below had shown where that
// column's cells start (临朐经济开发区管 县发展改革局, the 责任单位 cells
// starting at 县 in the rows under it). Columns then reads the table
// again knowing the starts from its first line (cutAtStarts and cutKnown
// cut there). Cells counted by character only.
func seedStarts(read []piece, seen []int) bool {
	for _, p := range read {
		if holdsStart(p, seen) {
			return true
		}
	}
	return false
}

// seenStart reports a column where a column's cells start (seen, the
// first column aside).
func seenStart(seen []int, col int) bool {
	return len(seen) > 1 && slices.Contains(seen[1:], col)
}

// holdsStart reports a single space of p, text on both sides, after which
// the text starts at seen[j] for some column j, more than minGap right of
// p's start.
func holdsStart(p piece, seen []int) bool {
	for _, sp := range spacesOf(p, charCount) {
		if sp.lone(p.s.S) && sp.col > p.start+minGap && seenStart(seen, sp.col) {
			return true
		}
	}
	return false
}

// knownAt reports the space sp of s standing right before column j's
// leftmost start known from the table's whole reading (known, nil for
// none), at no digit joint and not before a number: pdftotext sets a
// space around every run of digits (培训 3000 人次), which may fall
// there by chance.
func knownAt(known []int, j int, s string, sp space) bool {
	return known != nil && known[j] == sp.col && !digitJoint(s, sp.at) && !startsDigit(s[sp.at+1:])
}

// knownAny is knownAt for any column but the first.
func knownAny(known []int, s string, sp space) bool {
	for j := 1; j < len(known); j++ {
		if knownAt(known, j, s, sp) {
			return true
		}
	}
	return false
}

// startsDigit reports text opening with an ASCII digit.
func startsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// cutKnown cuts, in the lines of a row of cell blocks, each piece that
// runs past the start of the block after its own at its single spaces
// standing right before a column's leftmost start known from the table's
// whole reading (knownAt), and reports whether it cut one. The row's
// blocks are then worked out again, the pieces cut off starting blocks
// of their own, unless that makes more blocks than columns.
func cutKnown(lines [][]piece, blocks [][2]int, known []int) bool {
	if known == nil {
		return false
	}
	cut := false
	for x, ps := range lines {
		lines[x] = splitEach(ps, func(p piece) []piece {
			own := blockOf(blocks, p.start)
			if own+1 >= len(blocks) || p.end <= blocks[own+1][0] {
				return nil // a piece inside its column holds one cell
			}
			var cuts []space
			for _, sp := range spacesOf(p, charCount) {
				if sp.col > p.start+blockDrift && knownAny(known, p.s.S, sp) {
					cuts = append(cuts, sp)
				}
			}
			if len(cuts) == 0 {
				return nil
			}
			cut = true
			return cutAt(p, cuts)
		})
	}
	return cut
}
