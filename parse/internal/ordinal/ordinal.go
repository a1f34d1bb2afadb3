package ordinal

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// Style is a way of writing a heading ordinal. Styles are listed in the
// conventional order of depth of Chinese official documents.
type Style int

const (
	None    Style = iota // no ordinal: a text that opens with none
	CnPart               // 第一部分 or 第一章, followed by a space or a colon: above 一、 or 第一条
	CnDun                // 一、
	CnParen              // （一）
	// CnNamed is a Chinese numeral after a word that names the entries,
	// followed by a colon or a space: 任务一：, 专项行动二　, 行动三：.
	CnNamed
	ArabicDot   // 1. 1、 1． ⒈
	ArabicParen // （1） 1） ⑴
	Circled     // ①
	CnArticle   // 第一条, followed by a space or a colon
	// CnShi numbers an enumeration inside prose (一是…二是…). Read never
	// returns it; Inline does. It is a heading only where the parser finds
	// paragraphs opening 一是, 二是 … to be a text's one numbering.
	CnShi
	// Decimal numbers the sections of a plan written in the decimal manner
	// of a technical document: 2.1 under 2, and Decimal3 2.1.1 under 2.1.
	// Read never returns them (2.5亿元 starts many a sentence); ReadDecimal
	// does, and the parser takes them for headings only where several
	// paragraphs open with one.
	Decimal
	Decimal3 // 2.1.1, the third level of Decimal
)

// NumStyles is the number of styles: tables indexed by Style have this
// length.
const NumStyles = int(Decimal3) + 1

// Ordinal is a heading ordinal recognised at the start of a text.
type Ordinal struct {
	Style Style
	No    string // the bare ordinal as written: 一, 十二, 3
	Index int    // its value
	Size  int    // bytes consumed, including brackets, punctuation and following spaces
}

const cnDigits = "〇零一二三四五六七八九十百两"

// cnDigitsEnd returns the byte length of the Chinese numerals s starts with.
func cnDigitsEnd(s string) int {
	end := 0
	for end < len(s) {
		r, n := script.DecodeRune(s[end:])
		if !IsCnDigit(r) {
			break
		}
		end += n
	}
	return end
}

// IsCnDigit reports whether r is a Chinese numeral character (cnDigits),
// by a switch rather than a search of the set: every paragraph's first
// rune is asked.
func IsCnDigit(r rune) bool { return CnDigitValue(r) >= 0 || r == '十' || r == '百' }

// DigitValue is the value of an ASCII or full-width digit, or -1.
func DigitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	}
	return -1
}

// IsASCIIDigit reports whether c is an ASCII digit: the one test of a
// byte that the readers of every stage share.
func IsASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// OpensYear reports whether s opens with a year of this century or the
// last written in four ASCII digits (19NN, 20NN): a document's year, a
// report's, a plan's.
func OpensYear(s string) bool {
	return len(s) >= 4 && (s[0] == '1' && s[1] == '9' || s[0] == '2' && s[1] == '0') && IsASCIIDigit(s[2]) && IsASCIIDigit(s[3])
}

// CnDigitValue is the value of a Chinese digit (〇 零 一 … 九, 两 for 2),
// or -1.
func CnDigitValue(r rune) int {
	switch r {
	case '〇', '零':
		return 0
	case '一':
		return 1
	case '二', '两':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

// CnValue converts a Chinese numeral such as 二十三 or 一百零五 to its value,
// or -1 when it is not one.
func CnValue(s string) int {
	if s == "" {
		return -1
	}
	total, cur := 0, -1
	for _, r := range s {
		switch r {
		case '十':
			if cur < 0 {
				cur = 1
			}
			total += cur * 10
			cur = -1
		case '百':
			if cur < 0 {
				cur = 1
			}
			total += cur * 100
			cur = -1
		default:
			d := CnDigitValue(r)
			if d < 0 {
				return -1
			}
			if cur > 0 { // 二〇一七-style digit strings are not ordinals
				return -1
			}
			cur = d
		}
	}
	if cur > 0 {
		total += cur
	}
	if total == 0 {
		return -1
	}
	return total
}

// ArabicPrefix reads the ASCII or full-width digits at the start of s and
// returns their value and byte length; a run longer than nine bytes (nine
// ASCII or three full-width digits) gives 0, 0.
func ArabicPrefix(s string) (val, size int) {
	for size < len(s) {
		r, n := script.DecodeRune(s[size:])
		d := DigitValue(r)
		if d < 0 {
			return val, size
		}
		val = val*10 + d
		size += n
		if size > 9 {
			return 0, 0
		}
	}
	return val, size
}

// MayStartCn reports whether a heading ordinal of style CnDun (一、) or
// CnParen (（一）) can start with r, a Chinese digit or an opening
// parenthesis: Read finds neither style in a text that starts otherwise.
func MayStartCn(r rune) bool { return IsCnDigit(r) || isOpenParen(r) }

func isOpenParen(r rune) bool  { return r == '（' || r == '(' || r == '﹙' }
func isCloseParen(r rune) bool { return r == '）' || r == ')' || r == '﹚' }

// Read recognises a heading ordinal at the start of s.
func Read(s string) (Ordinal, bool) {
	if s == "" {
		return Ordinal{}, false
	}
	r0, n0 := script.DecodeRune(s)
	var o Ordinal
	switch {
	case r0 >= '①' && r0 <= '⑳':
		o = Ordinal{Style: Circled, No: string(r0), Index: int(r0-'①') + 1, Size: n0}
	case r0 >= '⑴' && r0 <= '⒇':
		// ⑴ is （1） in one character.
		v := int(r0-'⑴') + 1
		o = Ordinal{Style: ArabicParen, No: strconv.Itoa(v), Index: v, Size: n0}
	case r0 >= '⒈' && r0 <= '⒛':
		// ⒈ is 1. in one character, as Word's auto-numbering exports it.
		v := int(r0-'⒈') + 1
		o = Ordinal{Style: ArabicDot, No: strconv.Itoa(v), Index: v, Size: n0}
	case isOpenParen(r0):
		rest := trimBlanks(s[n0:], false)
		pad := len(s) - n0 - len(rest)
		if v, n := ArabicPrefix(rest); n > 0 {
			r, m := script.DecodeRune(rest[n:])
			if !isCloseParen(r) {
				return o, false
			}
			o = Ordinal{Style: ArabicParen, No: rest[:n], Index: v, Size: n0 + pad + n + m}
		} else {
			end := cnDigitsEnd(rest)
			v := CnValue(rest[:end])
			tail := trimBlanks(rest[end:], false)
			r, m := script.DecodeRune(tail)
			if v < 0 || !isCloseParen(r) {
				return o, false
			}
			o = Ordinal{Style: CnParen, No: rest[:end], Index: v, Size: len(s) - len(tail) + m}
		}
	case r0 == '第':
		return readArticle(s)
	case r0 == '任' || r0 == '行' || r0 == '专' || r0 == '專':
		return readNamed(s)
	case IsCnDigit(r0):
		end := cnDigitsEnd(s)
		v := CnValue(s[:end])
		r, m := script.DecodeRune(s[end:])
		if r == ' ' || r == '\u3000' {
			// "一　指导思想": a heading set off by a space alone, when a
			// word follows (two Han characters not spaced apart: a
			// justified line 一 窗 受 理 is no heading).
			if v < 0 || !wordAhead(trimBlanks(s[end:], false)) {
				return o, false
			}
			o = Ordinal{Style: CnDun, No: s[:end], Index: v, Size: end}
			return o.withSpaces(s)
		}
		if v < 0 || !(r == '、' || r == '，' || r == '．' || r == '.' || r == '是') {
			return o, false
		}
		if r == '是' { // 一是…、二是… are enumerations inside prose, not headings
			return o, false
		}
		o = Ordinal{Style: CnDun, No: s[:end], Index: v, Size: end + m}
	default:
		v, n := ArabicPrefix(s)
		if n == 0 {
			return o, false
		}
		r, m := script.DecodeRune(s[n:])
		switch r {
		case '.', '．', '、', '，':
		case ')', '）':
			// 1） and 1) number the level of （1）.
			if v == 0 || v > 200 {
				return o, false
			}
			o = Ordinal{Style: ArabicParen, No: s[:n], Index: v, Size: n + m}
			return o.withSpaces(s)
		case ' ', '\u3000':
			// "1 加强…" with a space only when Han text follows
			nx, _ := script.DecodeRune(trimBlanks(s[n:], false))
			if !source.IsHan(nx) {
				return o, false
			}
		default:
			return o, false
		}
		if (r == '.' || r == '．') && n+m < len(s) {
			if nx, _ := script.DecodeRune(s[n+m:]); DigitValue(nx) >= 0 {
				return o, false // 1.5 and １．５ are numbers
			}
		}
		if v == 0 || v > 200 {
			return o, false
		}
		o = Ordinal{Style: ArabicDot, No: s[:n], Index: v, Size: n + m}
	}
	return o.withSpaces(s)
}

// readArticle reads 第一条, 第一部分 or 第一章 at the start of s when a space
// or a colon follows it: 第二十条第（一）项 and 第三条规定 are references, not
// entries.
func readArticle(s string) (Ordinal, bool) {
	rest := s[len("第"):]
	end := cnDigitsEnd(rest)
	v := CnValue(rest[:end])
	if end == 0 || v < 1 {
		return Ordinal{}, false
	}
	// The measure word may be traditional (第一條) or glossed in pinyin.
	style, at, ok := CnArticle, 0, false
	for _, u := range []struct {
		style Style
		word  string
	}{{CnPart, "部分"}, {CnPart, "章"}, {CnArticle, "条"}} {
		if at, ok = glossedPrefix(rest[end:], u.word); ok {
			style = u.style
			break
		}
	}
	if !ok {
		return Ordinal{}, false
	}
	size := len("第") + end + at
	next, n := script.DecodeRune(s[size:])
	switch next {
	case ' ', '\u3000':
	case '：', ':':
		size += n
	default:
		return Ordinal{}, false
	}
	return Ordinal{Style: style, No: rest[:end], Index: v, Size: size}.withSpaces(s)
}

// namedEntries are the words that name a plan's entries before their
// numeral (任务一：), simplified, longest first; traditional text is
// folded rune by rune with the segmenter's table (glossedPrefix).
var namedEntries = []string{"专项行动", "任务", "行动"}

// readNamed reads 任务一：, 专项行动二 or 行动三： at the start of s, the
// word perhaps glossed in pinyin (任务(wù)一：), when a colon or a space
// follows the numeral: 任务一是… and 行动一致 are prose.
func readNamed(s string) (Ordinal, bool) {
	for _, w := range namedEntries {
		at, ok := glossedPrefix(s, w)
		if !ok {
			continue
		}
		end := at + cnDigitsEnd(s[at:])
		v := CnValue(s[at:end])
		if end == at || v < 1 {
			return Ordinal{}, false
		}
		size := end
		switch next, n := script.DecodeRune(s[end:]); next {
		case ' ', '\u3000':
		case '：', ':':
			size += n
		default:
			return Ordinal{}, false
		}
		return Ordinal{Style: CnNamed, No: s[at:end], Index: v, Size: size}.withSpaces(s)
	}
	return Ordinal{}, false
}

// glossedPrefix reports whether s starts with word, in either script,
// each of its runes perhaps followed by a pinyin gloss in brackets
// (务(wù)), and returns the bytes it takes.
func glossedPrefix(s, word string) (int, bool) {
	at := 0
	for _, r := range word {
		got, n := script.DecodeRune(s[at:])
		if got != r && script.SimplifiedRune(got) != r {
			return 0, false
		}
		at += n + glossLen(s[at+n:])
	}
	return at, true
}

// glossLen is the byte length of a pinyin gloss at the start of s, as
// (wù) or （wù）: Latin letters in brackets; 0 when there is none.
func glossLen(s string) int {
	r, n := script.DecodeRune(s)
	if !isOpenParen(r) {
		return 0
	}
	for i, c := range s[n:] {
		switch {
		case isCloseParen(c):
			if i == 0 {
				return 0
			}
			_, m := script.DecodeRune(s[n+i:])
			return n + i + m
		case c > 0x24F || !unicode.IsLetter(c), i > 12:
			return 0 // not a Latin letter: no gloss
		}
	}
	return 0
}

// Inline recognises the ordinal of an enumeration inside prose at the
// start of s: 一是, 二是 … 十是, or 第一，第二，… 第十，, with something
// after it. Its No is the numeral.
func Inline(s string) (Ordinal, bool) {
	at := 0
	if strings.HasPrefix(s, "第") {
		at = len("第")
	}
	end := at + cnDigitsEnd(s[at:])
	v := CnValue(s[at:end])
	if end == at || v < 1 || v > 10 {
		return Ordinal{}, false
	}
	mark, size := "是", len("是")
	if at > 0 {
		mark, size = "，", len("，")
		if strings.HasPrefix(s[end:], ",") {
			mark, size = ",", 1
		}
	}
	if !strings.HasPrefix(s[end:], mark) {
		return Ordinal{}, false
	}
	return Ordinal{Style: CnShi, No: s[at:end], Index: v, Size: end + size}.withSpaces(s)
}

// ReadDecimal recognises a decimal section number at the start of s: two
// or more numbers joined by dots (2.1, 3.2.4; ASCII or full-width digits
// and dots), each below 100, followed by a space or by a Han character
// that does not measure the number (2.1 完善…, 2.1完善…, not 2.5亿元 or
// 1.5倍). Its No is the number as written, its Index the last part.
func ReadDecimal(s string) (Ordinal, bool) {
	parts, end, last := 0, 0, 0
	for {
		v, n := ArabicPrefix(s[end:])
		if n == 0 || v > 99 || parts == 0 && v == 0 {
			return Ordinal{}, false
		}
		parts++
		end += n
		last = v
		r, m := script.DecodeRune(s[end:])
		if r != '.' && r != '．' {
			break
		}
		if d, _ := script.DecodeRune(s[end+m:]); DigitValue(d) < 0 {
			break // 2.1. or 2.1．: the dot closes the number
		}
		end += m
	}
	if parts < 2 {
		return Ordinal{}, false
	}
	no := s[:end]
	r, m := script.DecodeRune(s[end:])
	switch {
	case r == '.' || r == '．' || r == '、':
		end += m
	case r == ' ' || r == '\u3000':
		if nx, _ := script.DecodeRune(trimBlanks(s[end:], false)); !source.IsHan(nx) {
			return Ordinal{}, false
		}
	case source.IsHan(r) && !source.ContainsRune(measures, r):
	default:
		return Ordinal{}, false
	}
	style := Decimal
	if parts > 2 {
		style = Decimal3
	}
	return Ordinal{Style: style, No: no, Index: last, Size: end}.withSpaces(s)
}

// measures are the characters that follow a number rather than a section
// number: units, multiples and counters (2.5亿元, 1.5倍, 3.5万人).
const measures = "亿万千百十元角分个倍年月日时次人家项件户米吨亩斤升度届期批级岁名座所台辆套份条篇场平立公"

// withSpaces extends the ordinal over the spaces after it; a bare ordinal
// with nothing after it is not a heading.
func (o Ordinal) withSpaces(s string) (Ordinal, bool) {
	rest := s[o.Size:]
	trimmed := trimBlanks(rest, true)
	o.Size += len(rest) - len(trimmed)
	if trimmed == "" {
		return o, false // a bare ordinal is not a heading
	}
	return o, true
}

// wordAhead reports whether s opens with two Han characters.
func wordAhead(s string) bool {
	r, n := script.DecodeRune(s)
	if !source.IsHan(r) {
		return false
	}
	r, _ = script.DecodeRune(s[n:])
	return source.IsHan(r)
}

// trimBlanks trims the spaces (and with tab, the tabs) that may follow an
// ordinal or stand inside its brackets: strings.TrimLeft with the cutset
// " \u3000" (and "\t"), answering at once when the first byte starts none
// of them, as after nearly every ordinal.
func trimBlanks(s string, tab bool) string {
	if s == "" || s[0] != ' ' && s[0] != '\t' && s[0] != "\u3000"[0] {
		return s
	}
	if tab {
		return strings.TrimLeft(s, " \u3000\t")
	}
	return strings.TrimLeft(s, " \u3000")
}

// Value is the integer value of a bare ordinal written in ASCII or
// full-width digits or in Chinese numerals (12, １２, 十二), or 0 when it is
// none of them.
func Value(no string) int {
	if v, n := ArabicPrefix(no); n > 0 && n == len(no) {
		return v
	}
	if v := CnValue(no); v > 0 {
		return v
	}
	return 0
}
