package quality

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
)

// minMatrixMarks is how many marks of a responsibility matrix in a row
// (● ○ ○) tell a row of one read as text.
const minMatrixMarks = 2

// checkMatrixMarks reports the first goal, task or item of a work plan
// whose text holds the marks of a responsibility matrix in a row: two
// marks or more, each standing alone between white space (● ○ ○, 牵头
// 配合): symbols of table.MarkSymbols or bare role words. A rendering that parted cells by spaces lost the matrix's
// empty cells, so no mark tells its unit's column any more: the row was
// read as text and its units lost. Prose never writes such symbols so (a
// bullet opens a line alone).
func checkMatrixMarks(a *assessor) {
	if el, ok := a.firstWorkText(true, marksInRow); ok {
		a.element(model.ReasonMarksInText, el, "the text holds a responsibility matrix's marks in a row (● ○): the table's columns were lost, and with them the units the marks name")
		a.penalise(model.ReasonMarksInText, penaltyMarksInText)
	}
}

// roleWordHeads are the first runes of the role words a matrix cell may
// hold instead of a symbol (牵头, 配合, 参与, 负责, 协办 …): the cheap test.
const roleWordHeads = "牵配参负协主责落牽參負協責"

// rowMark reports a word that is a matrix's mark by itself: a symbol, or
// a bare two-rune role word (牵头, 配合; not 牵头单位, a column's name).
func rowMark(w string) bool {
	if r, size := utf8.DecodeRuneInString(w); size == len(w) {
		return table.IsMark(r)
	}
	if utf8.RuneCountInString(w) != 2 {
		return false
	}
	_, ok := table.Legend(nil).MarkRole(w)
	return ok
}

// marksInRow reports minMatrixMarks or more marks standing alone one
// after the other among the words of a line of s.
func marksInRow(s string) bool {
	// Two words in a row need white space between them inside a line
	// (strings.Fields parts at nothing else); one pass finds there is none
	// sooner than the mark searches, whose role-word heads share their
	// first byte with most Chinese text.
	if strings.IndexFunc(s, isInnerSpace) < 0 {
		return false
	}
	if !source.ContainsAny(s, table.MarkSymbols) && !source.ContainsAny(s, roleWordHeads) {
		return false
	}
	for line := range strings.SplitSeq(s, "\n") {
		n := 0
		for w := range strings.FieldsSeq(line) {
			if rowMark(w) {
				if n++; n >= minMatrixMarks {
					return true
				}
				continue
			}
			n = 0
		}
	}
	return false
}

// isInnerSpace reports a rune that parts two words of one line, as
// strings.Fields parts them: white space other than a line break.
func isInnerSpace(r rune) bool {
	return r != '\n' && unicode.IsSpace(r)
}
