package table

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// driftCols are the columns of a drifting table: what each holds, where
// its cells stand (anchors: the names', then the fullest lines'), its
// widest piece so far, and the vocabulary the pieces are typed by.
type driftCols struct {
	kinds           []cellKind
	anchors, widest []int
	v               Vocab
}

// cellKind is what a column of a drifting table holds, and what a piece
// may be.
type cellKind int

const (
	textKind  cellKind = iota // a task, a requirement: prose
	seqKind                   // the row number
	unitsKind                 // unit names
	dateKind                  // a deadline
	fragKind                  // a piece too short to tell (前, 持): any column's cell going on
)

// columnKind types a column of a drifting table by its name.
func columnKind(name string) cellKind {
	switch r, _, _ := HeaderRole(name); r {
	case Seq:
		return seqKind
	case Units:
		return unitsKind
	case Deadline:
		return dateKind
	}
	return textKind
}

// pieceKind types a piece of a line by its text: a unit list or name, a
// deadline or date (a short note such as 长期坚 included), prose (a clause
// mark, or too long for a name or a note), or a fragment.
func pieceKind(s string, v Vocab) cellKind {
	if v.IsUnits != nil && v.IsUnits(s) {
		return unitsKind
	}
	if v.IsDeadline != nil && v.IsDeadline(s) {
		return dateKind
	}
	if strings.ContainsAny(s, "，。；,;：:") {
		return textKind
	}
	switch org.Classify(s) {
	case org.Organisation, org.Doubtful:
		return unitsKind
	case org.Date:
		return dateKind
	case org.Note:
		if !source.MoreRunes(s, maxNoteRunes) {
			return dateKind // 长期坚持, 持续推进
		}
	case org.Fragment:
		return fragKind
	}
	return textKind
}

// maxNoteRunes bounds a note read as a deadline (长期坚持, 年内完成):
// longer, it is prose holding a time word (年人开展免费健康).
const maxNoteRunes = 6

// never is the cost of a piece in a column its type cannot stand in.
const never = 1 << 20

// kindCost weighs a piece of one kind in a column of another, in display
// columns of position (placeByType): a short piece read as a unit name or
// a date may be a line of prose (作日以内), a fragment may go on in any
// cell.
func kindCost(piece, col cellKind) int {
	switch {
	case piece == col:
		return 0
	case piece == fragKind && col != seqKind:
		return 8
	case col == textKind && piece == unitsKind:
		return 12
	case col == textKind && piece == dateKind:
		return 32
	}
	return never
}

// joinCost is the cost of a piece going on, after one space, in the cell
// of the piece before it.
const joinCost = 4

// goesOnBonus is what a piece gains, in display columns of position, in
// the column whose cell on the line above it finishes (a unit name cut, a
// date without its end).
const goesOnBonus = 40

// placeByType gives each piece of a line a column, in order, at the
// least cost: its kind against the column's (kindCost), plus each display
// column off the column's anchor, less goesOnBonus where it finishes the
// cell the line above left in the column (finishes). Pieces one space
// parted (joint) may share a text or unit column, for joinCost: a space
// inside a cell. The row number, when the line opens with it, goes to the
// 序号 column; nothing else does. It returns nil when the line fits no
// placing.
func (c *driftCols) placeByType(ps []piece, joint []bool, numbered bool, above *driftLine) []int {
	kinds, anchors := c.kinds, c.anchors
	m, n := len(ps), len(kinds)
	pk := make([]cellKind, m) // each piece's kind, typed once for all columns
	for x, p := range ps {
		pk[x] = pieceKind(p.s.S, c.v)
	}
	cost := func(x, j int) int {
		if x == 0 && numbered {
			if kinds[j] == seqKind {
				return 0
			}
			return never
		}
		if kinds[j] == seqKind {
			return never
		}
		k := kindCost(pk[x], kinds[j])
		if k >= never {
			return never
		}
		k += abs(ps[x].start - anchors[j])
		if above != nil && c.finishes(above, j, ps[x].s.S) {
			k -= goesOnBonus
		}
		return k
	}
	best := make([][]int, m)
	from := make([][]int, m)
	for x := range best {
		best[x], from[x] = make([]int, n), make([]int, n)
		for j := range best[x] {
			best[x][j] = never
		}
	}
	for j := range n {
		best[0][j] = cost(0, j)
	}
	for x := 1; x < m; x++ {
		for j := range n {
			c := cost(x, j)
			if c >= never {
				continue
			}
			for k := 0; k <= j; k++ {
				kc := c
				if k == j {
					if !joint[x] || kinds[j] != textKind && kinds[j] != unitsKind {
						continue
					}
					// One cell: weighed by kind, not by position.
					kc = joinCost + kindCost(pk[x], kinds[j])
				}
				if best[x-1][k] < never && best[x-1][k]+kc < best[x][j] {
					best[x][j], from[x][j] = best[x-1][k]+kc, k
				}
			}
		}
	}
	last := -1
	for j := range n {
		if best[m-1][j] < never && (last < 0 || best[m-1][j] < best[m-1][last]) {
			last = j
		}
	}
	if last < 0 {
		return nil
	}
	at := make([]int, m)
	for x, j := m-1, last; x >= 0; x-- {
		at[x] = j
		j = from[x][j]
	}
	return at
}

// abs is |x|.
func abs(x int) int { return max(x, -x) }

// finishes reports that s goes on the cell the line above left in column
// j (driftGoesOn), that line's piece there filling the column or not.
func (c *driftCols) finishes(above *driftLine, j int, s string) bool {
	if above.group {
		return false // no cell goes on under a group row
	}
	for x := len(above.at) - 1; x >= 0; x-- {
		if above.at[x] == j {
			return driftGoesOn(above.tails[j], s, c.kinds[j], above.ps[x].fills(c.widest[j]))
		}
	}
	return false
}

// driftGoesOn reports that the text lower goes on the text upper of a cell
// of the given kind, by type: units that end a name once joined to the
// last name above, after a list's 、, a name cut before its organisation
// ending (市住房城乡建 / 设局), a place before its bracket (各县 / （市、区）
// 政府), or a line filling its column (full) that a short piece opening no
// name finishes (各街道办 / 事处); a date cut after its year or a digit (2021年 /
// 9月底前, 2024年5 / 月底前), or not ended (closedDate) before a fragment
// (12月底 / 前, 长期坚 / 持).
func driftGoesOn(upper, lower string, kind cellKind, full bool) bool {
	last, _ := utf8.DecodeLastRuneInString(upper)
	first, _ := utf8.DecodeRuneInString(lower)
	switch kind {
	case unitsKind:
		name := lastName(upper)
		if strings.ContainsAny(lower, "，。；,;") || !org.HasEnding(name+lower) {
			return false
		}
		opens := strings.ContainsRune(org.PlaceRanks+"各", first)
		return last == '、' || org.IsOpenBracket(first) && strings.ContainsRune(org.PlaceRanks, last) || !opens && (full && !source.MoreRunes(lower, maxNameTail) || org.RunsOn(name, lower))
	case dateKind:
		return last == '年' || last >= '0' && last <= '9' || !strings.ContainsRune(closedDate, last) && !org.IsDate(lower) && org.Classify(lower) == org.Fragment
	}
	return false
}

// maxNameTail bounds the tail of a name a full line cut (各街道办 / 事处):
// more is a line of prose under the cell (并公开通报).
const maxNameTail = 3

// lastName returns the last name of a unit list: the text after its last
// 、 and line break.
func lastName(s string) string {
	s = lastLine(s)
	if k := strings.LastIndex(s, "、"); k >= 0 {
		return s[k+len("、"):]
	}
	return s
}

// closedDate are the last runes of a deadline nothing goes on after
// (6月底前, 3月15日止).
const closedDate = "前止"
