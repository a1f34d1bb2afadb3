package quality

import (
	"unicode"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
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

// rowMark reports a word that is a matrix's mark by itself: a symbol, or
// a bare two-rune role word (牵头, 配合; not 牵头单位, a column's name).
// A word longer than two runes can hold is neither, and is not decoded.
func rowMark(w string) bool {
	if len(w) > 2*utf8.UTFMax {
		return false
	}
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
// after the other among the words of a line of s (the words
// strings.Fields parts the line into). It walks s once, word by word, and
// a line without white space inside is one word, too long to be a mark:
// the scan for white space is the whole cost on the prose of nearly
// every text.
func marksInRow(s string) bool {
	n := 0
	for {
		i, size := indexSpace(s)
		if w := s[:i]; w != "" {
			if !rowMark(w) {
				n = 0
			} else if n++; n >= minMatrixMarks {
				return true
			}
		}
		if i == len(s) {
			return false
		}
		if s[i] == '\n' {
			n = 0
		}
		s = s[i+size:]
	}
}

// spaceLeads marks the bytes that open the UTF-8 form of a white space
// rune (unicode.White_Space, which unicode.IsSpace answers by): the ASCII
// spaces and line ends, C2 (U+0085, U+00A0), E1 (U+1680), E2 (U+2000–
// U+205F) and E3 (U+3000). No other byte can start one: a continuation
// byte never starts a rune, and Han text's lead bytes E4–E9 start none.
var spaceLeads = func() (t [256]bool) {
	var buf [utf8.UTFMax]byte
	mark := func(lo, hi, stride rune) {
		for r := lo; r <= hi; r += stride {
			utf8.EncodeRune(buf[:], r)
			t[buf[0]] = true
		}
	}
	for _, rg := range unicode.White_Space.R16 {
		mark(rune(rg.Lo), rune(rg.Hi), rune(rg.Stride))
	}
	for _, rg := range unicode.White_Space.R32 {
		mark(rune(rg.Lo), rune(rg.Hi), rune(rg.Stride))
	}
	return t
}()

// indexSpace returns the offset and byte length of the first white space
// rune of s (unicode.IsSpace), or len(s) and 0: strings.IndexFunc(s,
// unicode.IsSpace) without decoding the runes whose lead byte opens no
// white space (spaceLeads), nearly every rune of Chinese text. A byte that
// does open one is decoded where it stands; as it is no continuation
// byte, it stands where decoding s rune by rune would stand too.
func indexSpace(s string) (int, int) {
	for i := 0; i < len(s); i++ {
		if !spaceLeads[s[i]] {
			continue
		}
		if r, size := utf8.DecodeRuneInString(s[i:]); isSpaceRune(r) {
			return i, size
		}
	}
	return len(s), 0
}

// isSpaceRune is unicode.IsSpace, answered at once for the CJK marks
// that share their lead byte with U+3000 (。、《》): no white space lies
// above U+3000.
func isSpaceRune(r rune) bool {
	return r == '\u3000' || r < '\u3000' && unicode.IsSpace(r)
}
