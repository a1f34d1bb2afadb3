package table

import (
	"strings"
	"sync"

	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
)

// CellType is what a cell holds, judged by its content alone.
type CellType int

// Cell types.
const (
	Empty        CellType = iota
	HeaderCell            // a column name
	GoalCell              // starts with a first-level ordinal: 一、
	TaskCell              // starts with a second-level ordinal: （一）
	SeqCell               // a bare number: 序号
	UnitsCell             // a list of units (with or without role verbs)
	DeadlineCell          // a deadline phrase: 6月底前, 长期坚持
	ProseCell             // a sentence or more: content
	ShortCell             // a short phrase: a task name, a person, a note
)

// Vocab tells the package what the parser knows about cell texts: whether a
// text is a list of units and whether it is a deadline phrase.
type Vocab struct {
	IsUnits    func(string) bool
	IsDeadline func(string) bool
	memo       *cellMemo // the types Classify gave, when kept (Memo)
}

// cellMemo holds the type of every text a Vocab classified.
type cellMemo struct{ types map[string]CellType }

// Memo returns a copy of v that keeps the type of every text it
// classifies: the recognisers and Type classify a table's cells again and
// again (cutting rows, voting column roles, aligning rows), and a cell's
// type depends on its text alone. Use one per document, from one
// goroutine.
func (v Vocab) Memo() Vocab {
	v.memo = memos.Get().(*cellMemo)
	return v
}

// Release gives the memo of a Vocab made by Memo back for the next
// document's, emptied (a map grows by rehashing into new buckets; a
// cleared one keeps its own); v is not to be used after. A memo of more
// than maxMemoTypes texts is left to the collector.
func (v Vocab) Release() {
	if v.memo == nil {
		return
	}
	if len(v.memo.types) > maxMemoTypes {
		v.memo.types = nil
	}
	clear(v.memo.types)
	memos.Put(v.memo)
}

// memos are the memos Release gave back.
var memos = sync.Pool{New: func() any { return new(cellMemo) }}

// maxMemoTypes bounds the texts of a memo that Release keeps.
const maxMemoTypes = 4096

// proseRunes is the length from which a cell reads as prose.
const proseRunes = 15

// Classify returns the type of a cell's text.
func (v Vocab) Classify(s string) CellType {
	if v.memo == nil {
		return v.classify(s)
	}
	if t, ok := v.memo.types[s]; ok {
		return t
	}
	if v.memo.types == nil {
		v.memo.types = map[string]CellType{}
	}
	t := v.classify(s)
	v.memo.types[s] = t
	return t
}

// classify is Classify without the memo.
func (v Vocab) classify(s string) CellType {
	s = source.TrimSpace(s)
	if s == "" || strings.Trim(s, "|/-—－ \u00a0\u3000") == "" {
		return Empty
	}
	if IsNumber(s) || isGroupNumber(s) {
		return SeqCell
	}
	if o, ok := ord.Read(s); ok {
		switch o.Style {
		case ord.CnDun:
			return GoalCell
		case ord.CnParen:
			return TaskCell
		}
	}
	if _, _, ok := HeaderRole(s); ok {
		return HeaderCell
	}
	if v.IsDeadline != nil && v.IsDeadline(s) {
		return DeadlineCell
	}
	if v.IsUnits != nil && v.IsUnits(s) {
		return UnitsCell
	}
	if source.MoreRunes(segment.StripGlosses(s), proseRunes-1) || strings.ContainsAny(s, "。；;") || brokenOff(s) {
		return ProseCell
	}
	return ShortCell
}

// brokenOff reports text that ends in a comma: a sentence the source broke
// off at the end of a line, never a name.
func brokenOff(s string) bool {
	return strings.HasSuffix(s, "，") || strings.HasSuffix(s, ",")
}

// IsNumber reports a bare row number: up to three digits, half- or
// full-width, with an optional trailing dot, or in round brackets (（1）:
// a part of the row numbered above it), or a sub-number 1-2 of two such
// numbers joined by a hyphen.
func IsNumber(s string) bool {
	s = source.TrimRight(source.TrimSpace(s), ".．、")
	if s == "" || len(s) > 9 {
		return false
	}
	if _, _, ok := CutSubNumber(s); ok {
		return true // 1-2: row 2 of the group numbered 1
	}
	return isDigits(s) || isDigits(inParens(s))
}

// isGroupNumber reports a bare Chinese numeral (一, 十二): the 序号 of a
// row heading a group of rows numbered 1, 2 … (一 | 提升政务服务效能).
func isGroupNumber(s string) bool {
	return len(s) <= 9 && ord.CnValue(s) > 0
}

// groupOrdinal reports the first cell of a group row of two cells: a
// Chinese numeral, maybe closed by 、 or a point (一 | 提升…, 二、 | …).
// The readers that tell group rows from the rows under them (centredUnits'
// goalRow, doubtUnits' groupRow) ask it.
func groupOrdinal(s string) bool {
	_, v := GroupNumeral(s)
	return v > 0
}

// GroupNumeral reads the first cell of a group row (groupOrdinal): the
// numeral without its closing 、 or point, and its value, 0 when the cell
// is no Chinese numeral. The tree builder reads the row's goal number so.
func GroupNumeral(s string) (no string, v int) {
	no = strings.TrimRight(strings.TrimSpace(s), "、.．")
	return no, ord.CnValue(no)
}

// inParens returns the inside of a text wrapped in one pair of round
// brackets of either width (（1）, (1)), or "".
func inParens(s string) string {
	for _, p := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if in, ok := strings.CutPrefix(s, p[0]); ok {
			if in, ok := strings.CutSuffix(in, p[1]); ok {
				return in
			}
		}
	}
	return ""
}

// isDigits reports one to three arabic digits (ASCII or full-width).
func isDigits(s string) bool {
	n := 0
	for _, r := range s {
		if ord.DigitValue(r) < 0 {
			return false
		}
		n++
	}
	return n > 0 && n <= 3
}

// subDashes join the two numbers of a sub-number (1-2).
var subDashes = []string{"-", "－", "—", "–"}

// CutSubNumber cuts a sub-number N-k (1-2: row 2 of the group numbered 1,
// each side one to three digits, a hyphen or dash between) into N and k.
func CutSubNumber(s string) (parent, sub string, ok bool) {
	for _, dash := range subDashes {
		if a, b, found := strings.Cut(s, dash); found && isDigits(a) && isDigits(b) {
			return a, b, true
		}
	}
	return "", "", false
}
