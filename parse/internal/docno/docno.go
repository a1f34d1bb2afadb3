package docno

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// Number is a 发文字号 found in a string.
type Number struct {
	Org       string // the organ code as written: 国办发, 柳政办
	Year      string // four ASCII digits; "" for 某字第N号, which has none
	Prefix    string // 第 before the serial (〔2021〕第15号), as written, or ""
	Serial    string // the serial number in ASCII digits, leading zeros kept
	Mark      string // 号 or 號, as written
	Bracketed bool   // the year stands in brackets
	Start     int    // byte offset of the number in the scanned string
	End       int    // byte offset just after 号
}

// String is the number's canonical form: the year in 〔〕 (when the text
// bracketed it) and ASCII digits; the organ code, a 第 and 号 as written.
func (n Number) String() string {
	if n.Bracketed {
		return n.Org + "〔" + n.Year + "〕" + n.Prefix + n.Serial + n.Mark
	}
	return n.Org + n.Year + n.Prefix + n.Serial + n.Mark
}

const (
	maxOrgUnits     = 14 // organ code units before a bracketed year
	maxOrgPlainNB   = 13 // Han characters of an organ code before an unbracketed year
	maxPinyin       = 6  // letters of a pinyin note (ji) in an organ code
	maxSerialNoYear = 12 // digits of a serial after 字第, which holds the year in it
	opening         = "〔[［【(（﹝"
	closing         = "〕]］】)）﹞"
	pinyinLetters   = "abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
)

// Read reads a number at the very start of s.
func Read(s string) (Number, bool) {
	j, units, spaced := orgCode(s)
	if units == 0 {
		return Number{}, false
	}
	if units <= maxOrgUnits {
		if n, ok := bracketedTail(s, j); ok {
			n.Org = s[:j]
			if spaced {
				n.Org = strings.Join(strings.Fields(n.Org), "")
			}
			return n, true
		}
	}
	return plainAt(s, 0)
}

// orgCode reads the organ code at the start of s: its end, its units (up
// to one more than maxOrgUnits) and whether it is letter-spaced — each
// unit followed by one space, as a PDF or a centred heading spreads it
// (某 政 办 函 〔2023〕 17 号). A space ends a code that is not spaced from
// its first unit on, so two words are never read as one code.
//
// Each unit is read once: the look past a unit for the next one is the
// next unit, unless a space that ends the code lies between.
func orgCode(s string) (end, units int, spaced bool) {
	n := orgUnit(s)
	for n > 0 && units <= maxOrgUnits {
		units++
		end += n
		gap := spaceAt(s, end)
		next := orgUnit(s[end+gap:])
		switch {
		case gap > 0 && next > 0 && (units == 1 || spaced):
			spaced = true // one more spaced unit follows
			end += gap
		case gap == 0 && next > 0 && spaced:
			return 0, 0, false // spaced, then not: no code
		case gap > 0:
			next = 0 // the space ends the code (no unit starts with one)
		}
		n = next
	}
	return end, units, spaced
}

// spaceAt is the length of the single space (ASCII or U+3000) at s[i:],
// or 0 when there is none or more than one.
func spaceAt(s string, i int) int {
	n := 0
	switch {
	case strings.HasPrefix(s[i:], " "):
		n = 1
	case strings.HasPrefix(s[i:], "\u3000"):
		n = len("\u3000")
	default:
		return 0
	}
	if r, _ := script.DecodeRune(s[i+n:]); r == ' ' || r == '\u3000' {
		return 0
	}
	return n
}

// Find returns the leftmost number in s with its year in brackets. A
// number without brackets is only read where it is expected (Read):
// searched for, it is too easily a run of digits after 发 or 字 in prose.
func Find(s string) (Number, bool) {
	for i := nextOpening(s, 0); i >= 0; i = nextOpening(s, i+1) {
		if n, ok := bracketedAt(s, i); ok {
			return n, true
		}
	}
	return Number{}, false
}

// CanStart reports whether a number can start at s[0]: an organ code of
// at most 14 units, then, after spaces, a year bracket or a digit. It reads
// those units only. When it is false, Read fails and Find finds no number
// starting at 0, so a caller that wants a number at the start of a line
// does not search the whole line.
func CanStart(s string) bool {
	j, units, _ := orgCode(s)
	if units == 0 || units > maxOrgUnits {
		return false
	}
	r, _ := script.DecodeRune(s[skipSpaces(s, j):])
	return isOpening(r) || ordinal.DigitValue(r) >= 0
}

// HasOpening reports whether s holds one of the brackets that open the
// year of a number (〔 [ ［ 【 ( （ ﹝): Find finds nothing in a string
// without one.
func HasOpening(s string) bool { return nextOpening(s, 0) >= 0 }

// Broken recognises a line shaped like a number that lost a part, so that
// Read and Find cannot read it (某政办函〔202130: the closing bracket
// gone): an organ code (CanStart), an opening bracket, a year 19xx or
// 20xx, and then nothing but digits, closing brackets, spaces and 号.
func Broken(s string) bool {
	s = source.TrimSpace(s)
	if !CanStart(s) {
		return false
	}
	k := nextOpening(s, 0)
	if k < 0 {
		return false
	}
	rest := strings.TrimLeft(s[bracket(s, k, opening):], " ")
	if len(rest) < 4 || !(strings.HasPrefix(rest, "19") || strings.HasPrefix(rest, "20")) {
		return false
	}
	for _, r := range rest {
		if !unicode.IsDigit(r) && r != ' ' && !source.ContainsRune(closing, r) && script.SimplifiedRune(r) != '号' {
			return false
		}
	}
	return true
}

// openingLeads marks the bytes an opening bracket of a year starts with:
// [ and ( themselves, and E3 (〔 【) or EF (［ （ ﹝), the lead bytes of the
// others' three-byte UTF-8 forms.
var openingLeads = [256]bool{'[': true, '(': true, 0xE3: true, 0xEF: true}

// nextOpening returns the offset of the first opening bracket of a year
// in s at or after from, or -1. It reads bytes: a table turns away every
// byte no bracket starts with, and a three-byte bracket is compared as
// bytes, since most runes with its lead byte are other punctuation (，。、：)
// and decoding each costs more than the comparison.
func nextOpening(s string, from int) int {
	for i := from; i < len(s); i++ {
		if !openingLeads[s[i]] {
			continue
		}
		if s[i] == '[' || s[i] == '(' || threeByteOpening(s[i:]) {
			return i
		}
	}
	return -1
}

// threeByteOpening reports whether s starts with 〔 【 ［ （ or ﹝.
func threeByteOpening(s string) bool {
	if len(s) < 3 {
		return false
	}
	switch s[0] {
	case 0xE3: // 〔 E3 80 94, 【 E3 80 90
		return s[1] == 0x80 && (s[2] == 0x94 || s[2] == 0x90)
	case 0xEF: // ［ EF BC BB, （ EF BC 88, ﹝ EF B9 9D
		return s[1] == 0xBC && (s[2] == 0xBB || s[2] == 0x88) || s[1] == 0xB9 && s[2] == 0x9D
	}
	return false
}

// isOpening reports whether r is one of the brackets of opening; a switch
// costs less than a search of the set for each CJK punctuation mark.
func isOpening(r rune) bool {
	switch r {
	case '〔', '[', '［', '【', '(', '（', '﹝':
		return true
	}
	return false
}

// bracketedAt reads a bracketed number whose opening bracket is at i: the
// organ code is the run of units before it (after optional spaces), its
// last 14 units when the run is longer, which is where a left-to-right
// search would start.
func bracketedAt(s string, i int) (Number, bool) {
	j := i
	for j > 0 && isSpace(s[j-1]) {
		j--
	}
	start, units := j, 0
	for units < maxOrgUnits {
		n := orgUnitBefore(s[:start])
		if n == 0 {
			break
		}
		start -= n
		units++
	}
	if units == 0 {
		return Number{}, false
	}
	n, ok := bracketedTail(s, j)
	if !ok {
		return Number{}, false
	}
	n.Org, n.Start = s[start:j], start
	return n, true
}

// bracketedTail reads 〔2019〕12号 (with optional spaces before and inside)
// at s[j:]; the organ code ends at j.
func bracketedTail(s string, j int) (Number, bool) {
	k := skipSpaces(s, j)
	if k = bracket(s, k, opening); k < 0 {
		return Number{}, false
	}
	year, k := digits(s, skipSpaces(s, k), 4, 4)
	if !ordinal.OpensYear(year) { // four digits read
		return Number{}, false
	}
	if k = bracket(s, skipSpaces(s, k), closing); k < 0 {
		return Number{}, false
	}
	k = skipSpaces(s, k)
	prefix := ""
	if strings.HasPrefix(s[k:], "第") {
		prefix, k = "第", k+len("第")
	}
	serial, k := digits(s, skipSpaces(s, k), 1, 5)
	if serial == "" {
		return Number{}, false
	}
	mark, k := numberMark(s, skipSpaces(s, k))
	if mark == "" {
		return Number{}, false
	}
	return Number{Year: year, Prefix: prefix, Serial: serial, Mark: mark, Bracketed: true, End: k}, true
}

// plainAt reads an unbracketed number starting at s[start:]: 国发201912号.
func plainAt(s string, start int) (Number, bool) {
	j, n := start, 0
	last := rune(0)
	for n <= maxOrgPlainNB {
		r, w := script.DecodeRune(s[j:])
		if w == 0 || !script.IsHan(r) {
			break
		}
		last = r
		j += w
		n++
	}
	if last == '第' && n >= 3 {
		return serialAt(s, start, j)
	}
	if n < 2 || n > maxOrgPlainNB || !source.ContainsRune("发函字", script.SimplifiedRune(last)) {
		return Number{}, false
	}
	run, k := digits(s, j, 5, 8)
	if !ordinal.OpensYear(run) {
		return Number{}, false
	}
	mark, k := numberMark(s, k)
	if mark == "" {
		return Number{}, false
	}
	return Number{Org: s[start:j], Year: run[:4], Serial: run[4:], Mark: mark, Start: start, End: k}, true
}

// serialAt reads a number without a year whose organ code ends in 字 and
// is followed by 第 and the serial (府人字第1120001234號, as Taiwan's
// offices print it), s[start:j] holding the code and 第.
func serialAt(s string, start, j int) (Number, bool) {
	code := s[start : j-len("第")]
	if r, _ := script.DecodeLastRune(code); script.SimplifiedRune(r) != '字' {
		return Number{}, false
	}
	serial, k := digits(s, j, 1, maxSerialNoYear)
	if serial == "" {
		return Number{}, false
	}
	mark, k := numberMark(s, k)
	if mark == "" {
		return Number{}, false
	}
	return Number{Org: code, Prefix: "第", Serial: serial, Mark: mark, Start: start, End: k}, true
}

// orgUnit is the byte length of one unit of an organ code at the start of
// s — a Han character, a Latin letter or a pinyin note such as (ji) — or 0.
func orgUnit(s string) int {
	r, w := script.DecodeRune(s)
	switch {
	case w == 0:
		return 0
	case r < utf8.RuneSelf && isLatin(byte(r)), script.IsHan(r):
		return w
	case r == '(':
		j, n := w, 0
		for n < maxPinyin {
			r, w := script.DecodeRune(s[j:])
			if w == 0 || !source.ContainsRune(pinyinLetters, r) {
				break
			}
			j += w
			n++
		}
		if n > 0 && j < len(s) && s[j] == ')' {
			return j + 1
		}
	}
	return 0
}

// orgUnitBefore is the byte length of the organ-code unit that ends s, or 0.
func orgUnitBefore(s string) int {
	r, w := script.DecodeLastRune(s)
	switch {
	case w == 0:
		return 0
	case r < utf8.RuneSelf && isLatin(byte(r)), script.IsHan(r):
		return w
	case r == ')':
		if k := strings.LastIndexByte(s, '('); k >= 0 && orgUnit(s[k:]) == len(s)-k {
			return len(s) - k
		}
	}
	return 0
}

// bracket returns the position after one of the brackets of set at s[k:],
// or -1.
func bracket(s string, k int, set string) int {
	r, w := script.DecodeRune(s[k:])
	if w == 0 || !source.ContainsRune(set, r) {
		return -1
	}
	return k + w
}

// digits reads min to max half- or full-width digits at s[k:] and
// returns them as ASCII, with the position after them. Too few or too
// many digits give "".
func digits(s string, k, min, max int) (string, int) {
	var b [16]byte // up to maxSerialNoYear digits
	n := 0
	for n <= max {
		r, w := script.DecodeRune(s[k:])
		v := ordinal.DigitValue(r) // half- or full-width
		if v < 0 {
			break
		}
		if n < len(b) {
			b[n] = byte('0' + v)
		}
		n++
		k += w
	}
	if n < min || n > max {
		return "", k
	}
	return string(b[:n]), k
}

// numberMark reads 号 (or 號) at s[k:].
func numberMark(s string, k int) (string, int) {
	r, w := script.DecodeRune(s[k:])
	if w == 0 || script.SimplifiedRune(r) != '号' {
		return "", k
	}
	return s[k : k+w], k + w
}

func isLatin(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// isSpace is the ASCII white space of the number's layout.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func skipSpaces(s string, k int) int {
	for k < len(s) && isSpace(s[k]) {
		k++
	}
	return k
}

// NextMark returns the offset of the first 号 or 號 in s, or -1: a number
// ends with one (numberMark; no other character folds to 号), so Read
// finds none in s[i:] when s[i:] holds neither. Callers that read at many
// offsets of one string skip the hopeless ones with it.
func NextMark(s string) int {
	a := source.IndexRune(s, '号')
	if a < 0 {
		return source.IndexRune(s, '號')
	}
	if b := source.IndexRune(s[:a], '號'); b >= 0 {
		return b
	}
	return a
}
