package table

import "github.com/zwgk/gongwen/segment/script"

// splitTolerance is how far, in columns, the text after a single space
// may start from a column's start and still open that column's cell.
const splitTolerance = 2

// splitAtColumns splits the pieces of a line that run across the start
// of a column at a single space there: a PDF-to-text tool that sets each
// glyph in one character cell parts two cells by as little as one space
// where the left one filled its column (新建污水管网 20 公 新建污水管网 30
// 公 under two phase columns). A piece is split at the space after which
// its text starts nearest a column's name, within splitTolerance, or
// failing that nearest the leftmost start of the cells read in the column
// (seen, -1 for none: a name centred over a wide column stands right of
// its cells); any other piece is left whole.
func splitAtColumns(heads, ps []piece, seen []int, m measure) []piece {
	return splitEach(ps, func(p piece) []piece {
		if !crossesColumn(heads, p, seen) {
			return nil
		}
		return splitPiece(heads, p, seen, m)
	})
}

// splitEach replaces each piece of ps by the pieces split cuts it into
// (nil or one piece for none). It returns ps itself when no piece is cut.
// The single-space splitters (splitAtColumns, cutAtNames) share it.
func splitEach(ps []piece, split func(piece) []piece) []piece {
	var out []piece
	for x, p := range ps {
		parts := split(p)
		if len(parts) < 2 {
			if out != nil {
				out = append(out, p)
			}
			continue
		}
		if out == nil {
			out = append(make([]piece, 0, len(ps)+2), ps[:x]...)
		}
		out = append(out, parts...)
	}
	if out == nil {
		return ps
	}
	return out
}

// space is a space inside a piece: its byte offset, and the display
// column right after it (where the text after it starts).
type space struct{ at, col int }

// lone reports a single space of s with text on both sides.
func (sp space) lone(s string) bool {
	return sp.at > 0 && s[sp.at-1] != ' ' && sp.at+1 < len(s) && s[sp.at+1] != ' '
}

// spacesOf lists the spaces of p, measured by m.
func spacesOf(p piece, m measure) []space {
	var spaces []space
	col := p.start
	s := p.s.S
	for i := 0; i < len(s); {
		r, n := script.DecodeRune(s[i:])
		col += m.width(r)
		if r == ' ' {
			spaces = append(spaces, space{i, col})
		}
		i += n
	}
	return spaces
}

// cutAt cuts p at the spaces cuts, in order, dropping each space.
func cutAt(p piece, cuts []space) []piece {
	out := make([]piece, 0, len(cuts)+1)
	from, start := 0, p.start
	for _, c := range cuts {
		out = append(out, piece{s: p.s.Slice(from, c.at), start: start, end: c.col - 1, line: p.line})
		from, start = c.at+1, c.col
	}
	return append(out, piece{s: p.s.Slice(from, p.s.Len()), start: start, end: p.end, line: p.line})
}

// crossesColumn reports a piece that holds the start of a column (its
// name's or its cells', seen) well inside it (more than minGap from
// either end).
func crossesColumn(heads []piece, p piece, seen []int) bool {
	for j, h := range heads {
		if j > 0 && (h.start > p.start+minGap && h.start < p.end-minGap || seen[j] > p.start+minGap && seen[j] < p.end-minGap) {
			return true
		}
	}
	return false
}

// splitPiece splits p at its single spaces after which text starts within
// splitTolerance of a column's name or else of its cells (seen), the
// nearest such space for each column.
func splitPiece(heads []piece, p piece, seen []int, m measure) []piece {
	spaces := spacesOf(p, m)
	// A cell after one that filled its column is pushed right of its
	// start, never left: of two spaces as near, the later.
	off := func(sp space, at int) int {
		if d := sp.col - at; d < 0 {
			return -2 * d
		} else {
			return 2*d - 1
		}
	}
	nearest := func(at int) int {
		best := -1
		if at <= p.start+minGap || at >= p.end-minGap {
			return best // a column p does not cross
		}
		for k, sp := range spaces {
			if abs(sp.col-at) <= splitTolerance && sp.col > p.start+minGap && sp.col < p.end-minGap && (best < 0 || off(sp, at) < off(spaces[best], at)) {
				best = k
			}
		}
		return best
	}
	var cuts []space
	for j, h := range heads {
		if j == 0 {
			continue
		}
		best := nearest(h.start)
		if best < 0 && seen[j] >= 0 {
			best = nearest(seen[j])
		}
		if best >= 0 && (len(cuts) == 0 || cuts[len(cuts)-1].at < spaces[best].at) {
			cuts = append(cuts, spaces[best])
		}
	}
	if len(cuts) == 0 {
		return []piece{p}
	}
	return cutAt(p, cuts)
}
