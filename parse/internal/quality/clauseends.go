package quality

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
)

// minClauseEnds is how many paragraphs closing on a unit clause in
// brackets make a text a plan's items: a notice may name who does one
// thing so, a plan names it for each item.
const minClauseEnds = 3

// maxClauseBytes bounds the bracketed clause read back from its closing
// bracket (three names, a label and 按职责分工负责, wrapped over lines).
const maxClauseBytes = 80 * len("局")

// clauseEnds counts the paragraphs of text that close on a unit clause in
// brackets — （市司法局牵头，市直各部门配合）, （责任单位：县民政局） — before
// a last 。 and the line's end: the items of a plan, whatever the tree
// made of them. A clause wrapped over lines is read across them.
func clauseEnds(text string) int {
	n := 0
	for at := 0; at < len(text); {
		k := strings.IndexByte(text[at:], '\n')
		end := len(text)
		if k >= 0 {
			end = at + k
		}
		if unitClauseBefore(text, at, end) {
			n++
		}
		at = end + 1
	}
	return n
}

// unitClauseBefore reports whether the line [start, end) of text closes,
// before a last 。, on a bracket whose clause (openingBracket: read back
// across line breaks and inner brackets, 各县（市、区）人民政府) opens with
// a unit label (责任单位：) or is unit names closed by a role word
// (clauseNames), or ends in a role word after a unit's name (…大数据局牵头，
// 各县（市、区）人民政府落实).
func unitClauseBefore(text string, start, end int) bool {
	line := source.TrimRight(text[start:end], " \t\r\u3000。.")
	r, n := utf8.DecodeLastRuneInString(line)
	if r != '）' && r != ')' && r != '〕' {
		return false
	}
	closeAt := start + len(line) - n
	open, ok := openingBracket(text, closeAt)
	if !ok {
		return false
	}
	var b strings.Builder
	for _, piece := range strings.Split(text[open:closeAt], "\n") {
		b.WriteString(source.TrimSpace(piece))
	}
	clause := b.String()
	if k := colonIndex(clause); k > 0 && isUnitLabel(segment.ToSimplified(lastHanRun(clause[:k]))) {
		return true
	}
	return clauseNames(clause) != nil || endsInRole(clause)
}

// openingBracket finds, back from the closing bracket at closeAt, the
// offset after the bracket that opens it, counting the brackets nested
// between, within maxClauseBytes.
func openingBracket(text string, closeAt int) (int, bool) {
	depth := 1
	for at := closeAt; at > 0 && closeAt-at < maxClauseBytes; {
		r, n := utf8.DecodeLastRuneInString(text[:at])
		at -= n
		switch r {
		case '）', ')', '〕':
			depth++
		case '（', '(', '〔':
			if depth--; depth == 0 {
				return at + n, true
			}
		}
	}
	return 0, false
}

// endsInRole reports whether the clause ends in a role word (负责, 落实,
// 配合 …) right after a name with an organisation's ending.
func endsInRole(clause string) bool {
	simple := segment.ToSimplified(clause)
	for _, w := range roleWords {
		if head, ok := strings.CutSuffix(simple, w); ok {
			head = strings.TrimSuffix(strings.TrimSuffix(head, "按职责分工"), "分别")
			return org.HasEnding(lastHanRun(head))
		}
	}
	return false
}
