package table

import (
	"slices"
	"strings"
	"unicode/utf8"

	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/segment/script"
)

// A PDF-to-text tool laying out a ruled table by character cells
// (pdftotext -layout) places each CELL of a row as one block: all its
// lines start at one column, wherever that is, but the column is worked
// out row by row from what stands left of the cell on the row's lines,
// so that a cell starts two or ten columns off its name, and off the
// same column's cell in the row above (the unit cells at 35, the next
// row's at 30, the one after at 31), and a short cell standing beside a
// taller one's lines starts one space after their end (全年 right of a
// wrapped unit cell, inside the unit column's span). Where the cells are
// centred vertically and of uneven heights, each cell's lines fall on
// lines of their own or beside other cells' lines in no fixed order; a
// cell is parted from the next by a single space where the two share a
// line (县发展改革局 2017 年 12 over 负责 月底前). A row's lines are
// still told apart: pdftotext leaves a blank line between two ruled rows.

// blockRow is one row of a column table read as cell blocks: each line's
// pieces with the block (the column) each belongs to.
type blockRow struct {
	lines  []int     // the indices of the row's lines
	pieces [][]piece // the pieces of each line
	blocks [][]int   // the block of each piece
}

// cellBlocks reads the lines from k up to the next blank line (to at
// most) as one row of blocks, one block a column (n columns), and returns
// it with the index after its last line. It fails unless the lines hold
// one row number, standing left of every other piece, and exactly n
// blocks, the pieces of each line in distinct blocks, none holding a
// space that may part two cells (glueSpace) once cut. Pieces parted by a single
// space are cut where the text after the space starts at another of the
// row's starts, and, where the row is one or two blocks short, the lines
// of a block far wider than its others are cut where they would end as
// wide (cutGlued: a cell set one space after a wrapped one); and where
// the text after the space starts exactly where the table's other rows
// start a later column's cells (known, seedstarts.go, nil for none: the
// cell set one space after a cell that filled its column, its own lines
// set off it).
func cellBlocks(lines []Line, k, to int, kinds []cellKind, known []int) (blockRow, int, bool) {
	n := len(kinds)
	var r blockRow
	e := k
	for ; e < to && lines[e].Kind == Text && !lines[e].Used; e++ {
		ps := pieces(lines[e], charCount)
		if e > k && len(ps) == 1 && isHeading(ps[0].s.S) {
			break // a group row or the next section under the last row
		}
		r.lines = append(r.lines, e)
		r.pieces = append(r.pieces, ps)
	}
	if len(r.lines) < 2 {
		return blockRow{}, e, false
	}
	blocks := blockSpans(r.pieces)
	if cutKnown(r.pieces, blocks, known) {
		if again := blockSpans(r.pieces); len(again) <= n {
			blocks = again
		}
	}
	for x, ps := range r.pieces {
		r.pieces[x] = splitEach(ps, func(p piece) []piece { return cutAtBlocks(p, blocks) })
	}
	r.blocks = make([][]int, len(r.pieces))
	for x, ps := range r.pieces {
		r.blocks[x] = make([]int, len(ps))
		for y, p := range ps {
			r.blocks[x][y] = blockOf(blocks, p.start)
		}
	}
	nb := len(blocks)
	if nb == n && kinds[n-1] == dateKind && !r.datesIn(n-1) {
		// A deadline block holding no date is a short line of the cell
		// left of it set off its start (配合 closing a unit cell), the
		// deadline glued to that cell's lines.
		r.merge(n - 1)
		nb--
	}
	for ; nb >= n-2 && nb < n; nb++ {
		if !r.cutGlued(nb) {
			return blockRow{}, e, false
		}
	}
	numbers := 0
	filled := make([]bool, n)
	for x, ps := range r.pieces {
		for y, p := range ps {
			b := r.blocks[x][y]
			if b >= n || y > 0 && b <= r.blocks[x][y-1] {
				return blockRow{}, e, false // two pieces of a line in one block
			}
			if b == 0 && isDigits(p.s.S) {
				numbers++
			}
			if hasCut(p.s.S) {
				return blockRow{}, e, false // two cells left glued: blocks misread
			}
			filled[b] = true
		}
	}
	if numbers != 1 || slices.Contains(filled, false) {
		return blockRow{}, e, false
	}
	return r, e, true
}

// blockDrift is how far, in columns, pdftotext sets one line of a cell
// from its others: the start of a cell's line depends on what stands left
// of it on that line, and a Han glyph and a digit take one column each.
const blockDrift = 2

// blockSpans returns the columns the pieces start at, gathered into
// blocks: starts no more than blockDrift apart are one block's, [first,
// last] of each in order; a row number standing leftmost is a block of
// its own however near the next.
func blockSpans(lines [][]piece) [][2]int {
	var starts []int
	first, number := -1, false
	for _, ps := range lines {
		for _, p := range ps {
			starts = append(starts, p.start)
			if first < 0 || p.start < first {
				first, number = p.start, false
			}
			if p.start == first && isDigits(p.s.S) {
				number = true
			}
		}
	}
	slices.Sort(starts)
	var out [][2]int
	for _, c := range slices.Compact(starts) {
		if len(out) > 0 && c-out[len(out)-1][1] <= blockDrift && !(number && len(out) == 1) {
			out[len(out)-1][1] = c
			continue
		}
		out = append(out, [2]int{c, c})
	}
	return out
}

// blockOf returns the block a piece starting at col belongs to: the
// nearest (the left one of two as near).
func blockOf(blocks [][2]int, col int) int {
	best, bestD := 0, -1
	for x, bl := range blocks {
		d := max(bl[0]-col, col-bl[1], 0)
		if bestD < 0 || d < bestD {
			best, bestD = x, d
		}
	}
	return best
}

// atBlock reports a column where one of blocks other than skip starts
// (its first or last start).
func atBlock(blocks [][2]int, col, skip int) bool {
	for x, bl := range blocks {
		if x != skip && (col == bl[0] || col == bl[1]) {
			return true
		}
	}
	return false
}

// nearBlock reports a column within blockDrift of one of blocks other
// than skip.
func nearBlock(blocks [][2]int, col, skip int) bool {
	for x, bl := range blocks {
		if x != skip && col >= bl[0]-blockDrift && col <= bl[1]+blockDrift {
			return true
		}
	}
	return false
}

// cutGlued cuts the lines of the row that hold a block's text and the
// next block's (the next cell on those lines only, glued by one space)
// and moves the blocks after it one on; it reports whether it found
// them, all in one block. A block's line holds the next cell when it is
// wider than the block's lines parted by no single space (its own width,
// measured as printed: halfWidth) by more than a glyph, and has a single
// space, no digit joint, where its text would end as wide; the text after
// it opens with no count (10 个), though it may with a date (2021 年).
func (r *blockRow) cutGlued(nb int) bool {
	own := make([]int, nb)
	for x, ps := range r.pieces {
		for y, p := range ps {
			if !hasCut(p.s.S) {
				own[r.blocks[x][y]] = max(own[r.blocks[x][y]], halfWidth(p.s.S))
			}
		}
	}
	b := -1
	var cuts []blockCut
	for x, ps := range r.pieces {
		for y, p := range ps {
			pb := r.blocks[x][y]
			if own[pb] == 0 || halfWidth(p.s.S) <= own[pb]+2 {
				continue
			}
			last := space{at: -1}
			for _, sp := range spacesOf(p, charCount) {
				if halfWidth(p.s.S[:sp.at]) <= own[pb]+1 && glueSpace(p.s.S, sp.at) {
					last = sp
				}
			}
			if last.at <= 0 {
				continue
			}
			if b >= 0 && b != pb {
				return false // glued lines in two blocks
			}
			b = pb
			cuts = append(cuts, blockCut{x, y, last})
		}
	}
	if b < 0 {
		if b, cuts = r.commonCut(nb); b < 0 {
			return false
		}
	}
	for x := range r.blocks {
		for y := range r.blocks[x] {
			if r.blocks[x][y] > b {
				r.blocks[x][y]++
			}
		}
	}
	for i := len(cuts) - 1; i >= 0; i-- {
		c := cuts[i]
		parts := cutAt(r.pieces[c.x][c.y], []space{c.at})
		r.pieces[c.x] = slices.Insert(slices.Clone(r.pieces[c.x]), c.y+1, parts[1])
		r.pieces[c.x][c.y] = parts[0]
		r.blocks[c.x] = slices.Insert(slices.Clone(r.blocks[c.x]), c.y+1, b+1)
	}
	return true
}

// blockCut is a place to cut a piece of a blockRow: its line, its
// place on the line, and the space.
type blockCut struct {
	x, y int
	at   space
}

// commonCut finds the one block none of whose lines stands alone, each
// holding a single space (no digit joint, no count after it) within
// blockDrift of one column: a cell every line of which the next cell's
// lines follow one space after. It returns the block and the cuts, or -1.
func (r *blockRow) commonCut(nb int) (int, []blockCut) {
	found, cuts := -1, []blockCut(nil)
	for b := range nb {
		var bc []blockCut
		col := -1
		ok := true
		for x, ps := range r.pieces {
			for y, p := range ps {
				if r.blocks[x][y] != b || !ok {
					continue
				}
				at := space{at: -1}
				for _, sp := range spacesOf(p, charCount) {
					if glueSpace(p.s.S, sp.at) && (col < 0 || abs(sp.col-col) <= blockDrift) {
						at = sp
						break
					}
				}
				if at.at <= 0 {
					ok = false
					continue
				}
				if col < 0 {
					col = at.col
				}
				bc = append(bc, blockCut{x, y, at})
			}
		}
		if !ok || len(bc) < 2 {
			continue
		}
		if found >= 0 {
			return -1, nil
		}
		found, cuts = b, bc
	}
	return found, cuts
}

// hasCut reports a space in s where two cells may have been glued
// (glueSpace).
func hasCut(s string) bool {
	for i := 1; i < len(s)-1; i++ {
		if s[i] == ' ' && glueSpace(s, i) {
			return true
		}
	}
	return false
}

// glueSpace reports whether the single space at s[at] may part two cells:
// it is no digit joint, and the text after it opens with no count and is
// no bare number.
func glueSpace(s string, at int) bool {
	return s[at-1] != ' ' && !digitJoint(s, at) && !opensCount(s[at+1:]) && !isDigits(s[at+1:])
}

// opensCount reports text opening with a number and a measure word
// (10 个村级, 3000 人次): the rest of a sentence, not a cell; a date
// (2021 年, 10 月底前) may open one.
func opensCount(s string) bool {
	d := strings.TrimLeftFunc(s, digitish)
	if len(d) == len(s) {
		return false
	}
	r, _ := script.DecodeRune(strings.TrimLeft(d, " "))
	return !strings.ContainsRune("年月日", r)
}

// halfWidth is the width of s as printed, in half glyphs: a Han rune two,
// a digit or a Latin letter one, and a space none (pdftotext sets one
// between Han text and digits where the PDF has no gap).
func halfWidth(s string) int {
	w := 0
	for _, r := range s {
		if r != ' ' {
			w += RuneWidth(r)
		}
	}
	return w
}

// cutAtBlocks cuts p at each single space after which its text starts
// where another block of the row starts (the cell set one space after the
// end of the cell left of it on that line), but at no digit joint (unless
// exactly where the other block starts: 新建 10 县文化旅游局) and not
// before a number ending the line (至 2 wrapped before 个工作日).
func cutAtBlocks(p piece, blocks [][2]int) []piece {
	if !strings.Contains(p.s.S, " ") {
		return nil
	}
	own := blockOf(blocks, p.start)
	var cuts []space
	for _, sp := range spacesOf(p, charCount) {
		if sp.col > p.start+blockDrift && nearBlock(blocks, sp.col, own) && sp.at > 0 && p.s.S[sp.at-1] != ' ' && (!digitJoint(p.s.S, sp.at) || atBlock(blocks, sp.col, own)) && !isDigits(p.s.S[sp.at+1:]) {
			cuts = append(cuts, sp)
		}
	}
	if len(cuts) == 0 {
		return nil
	}
	return cutAt(p, cuts)
}

// line returns the pieces of the row's line k as they stand on it, nil
// for a line the row does not hold.
func (r blockRow) line(k int) []piece {
	if x := slices.Index(r.lines, k); x >= 0 {
		return r.pieces[x]
	}
	return nil
}

// placed returns the pieces of the row's line k moved onto the columns
// heads (each block's pieces to its column's start) and the column of
// each, or false for a line the row does not hold.
func (r blockRow) placed(k int, heads []piece) ([]piece, []int, bool) {
	x := slices.Index(r.lines, k)
	if x < 0 {
		return nil, nil, false
	}
	out := make([]piece, len(r.pieces[x]))
	for y, p := range r.pieces[x] {
		w := p.end - p.start
		p.start = heads[r.blocks[x][y]].start
		p.end = p.start + w
		out[y] = p
	}
	return out, r.blocks[x], true
}

// digitJoint reports a space that pdftotext set inside a cell, between
// half-width digits and the Han text around them (2017 年 12 月, 3000 人):
// digits before it and wide text after it, or wide text before it that
// itself follows digits and a space (年 12 in 2017 年 12), or the 年 or 月
// of a date before its next number.
func digitJoint(s string, at int) bool {
	b, _ := script.DecodeLastRune(s[:at])
	a, _ := script.DecodeRune(s[at+1:])
	switch {
	case digitish(b) && a >= utf8.RuneSelf:
		return true
	case (b == '年' || b == '月') && digitish(a):
		return true // a date wrapped after its year: 年 9 月底前
	case b >= utf8.RuneSelf && digitish(a):
		before := s[:at-utf8.RuneLen(b)]
		if !strings.HasSuffix(before, " ") {
			return false
		}
		d, _ := script.DecodeLastRune(before[:len(before)-1])
		return digitish(d)
	}
	return false
}

// digitish reports a half-width digit or a sign that goes with one.
func digitish(r rune) bool { return r >= '0' && r <= '9' || r == '%' || r == '.' }

// allWhole reports rows of which two or more are numbered and every
// numbered one was read as cell blocks.
func allWhole(rows []colRow) bool {
	n := 0
	for _, r := range rows {
		if numbered(r) {
			if !r.whole {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// datesIn reports whether every piece of block b may be a deadline's
// line: it holds a digit or a time word's character.
func (r blockRow) datesIn(b int) bool {
	for x, ps := range r.pieces {
		for y, p := range ps {
			if r.blocks[x][y] == b && !strings.ContainsFunc(p.s.S, dateRune) {
				return false
			}
		}
	}
	return true
}

// dateRune reports a digit or a character of the words deadlines are
// written in (2021年6月底前, 全年, 长期坚持, 持续推进, 第三季度, 按时完成).
func dateRune(r rune) bool {
	return ord.DigitValue(r) >= 0 || strings.ContainsRune("年月日季底前期内续时成进坚〇一二三四五六七八九十", r)
}

// merge gives the pieces of block b to the block before it.
func (r blockRow) merge(b int) {
	for x := range r.blocks {
		for y := range r.blocks[x] {
			if r.blocks[x][y] == b {
				r.blocks[x][y] = b - 1
			}
		}
	}
}

// numberedGrid reports a grid with a numbered row (its first cell one to
// three digits): a reading of group rows alone (一、… read, the rows
// under them not) may be bettered by another measure.
func numberedGrid(g Grid) bool {
	for _, r := range g.Rows {
		if len(r.Cells) > 0 && isDigits(r.Cells[0].S) {
			return true
		}
	}
	return false
}
