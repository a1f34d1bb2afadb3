package parse

import (
	"strings"
	"unicode/utf8"
)

// style is a way of writing a heading ordinal. Styles are listed in the
// conventional order of depth of Chinese official documents.
type style int

const (
	styleNone        style = iota
	styleCnDun             // 一、
	styleCnParen           // （一）
	styleArabicDot         // 1. 1、 1．
	styleArabicParen       // （1）
	styleCircled           // ①
)

// ordinal is a heading ordinal recognised at the start of a text.
type ordinal struct {
	style style
	no    string // the bare ordinal as written: 一, 十二, 3
	index int    // its value
	size  int    // bytes consumed, including brackets, punctuation and following spaces
}

const cnDigits = "〇零一二三四五六七八九十百两"

func isCnDigit(r rune) bool { return inSet(cnDigits, r) }

// cnDigitValue is the value of a Chinese digit, or -1.
func cnDigitValue(r rune) int {
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

// cnValue converts a Chinese numeral such as 二十三 or 一百零五 to its value,
// or -1 when it is not one.
func cnValue(s string) int {
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
			d := cnDigitValue(r)
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

// arabicPrefix reads 1–3 ASCII or full-width digits.
func arabicPrefix(s string) (val, size int) {
	for size < len(s) {
		r, n := utf8.DecodeRuneInString(s[size:])
		var d int
		switch {
		case r >= '0' && r <= '9':
			d = int(r - '0')
		case r >= '０' && r <= '９':
			d = int(r - '０')
		default:
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

func isOpenParen(r rune) bool  { return r == '（' || r == '(' || r == '﹙' }
func isCloseParen(r rune) bool { return r == '）' || r == ')' || r == '﹚' }

// readOrdinal recognises a heading ordinal at the start of s.
func readOrdinal(s string) (ordinal, bool) {
	if s == "" {
		return ordinal{}, false
	}
	r0, n0 := utf8.DecodeRuneInString(s)
	var o ordinal
	switch {
	case r0 >= '①' && r0 <= '⑳':
		o = ordinal{style: styleCircled, no: string(r0), index: int(r0-'①') + 1, size: n0}
	case isOpenParen(r0):
		rest := strings.TrimLeft(s[n0:], " \u3000")
		pad := len(s) - n0 - len(rest)
		if v, n := arabicPrefix(rest); n > 0 {
			r, m := utf8.DecodeRuneInString(rest[n:])
			if !isCloseParen(r) {
				return o, false
			}
			o = ordinal{style: styleArabicParen, no: rest[:n], index: v, size: n0 + pad + n + m}
		} else {
			end := 0
			for end < len(rest) {
				r, n := utf8.DecodeRuneInString(rest[end:])
				if !isCnDigit(r) {
					break
				}
				end += n
			}
			v := cnValue(rest[:end])
			tail := strings.TrimLeft(rest[end:], " \u3000")
			r, m := utf8.DecodeRuneInString(tail)
			if v < 0 || !isCloseParen(r) {
				return o, false
			}
			o = ordinal{style: styleCnParen, no: rest[:end], index: v, size: len(s) - len(tail) + m}
		}
	case isCnDigit(r0):
		end := 0
		for end < len(s) {
			r, n := utf8.DecodeRuneInString(s[end:])
			if !isCnDigit(r) {
				break
			}
			end += n
		}
		v := cnValue(s[:end])
		r, m := utf8.DecodeRuneInString(s[end:])
		if v < 0 || !(r == '、' || r == '，' || r == '．' || r == '.' || r == '是') {
			return o, false
		}
		if r == '是' { // 一是…、二是… are enumerations inside prose, not headings
			return o, false
		}
		o = ordinal{style: styleCnDun, no: s[:end], index: v, size: end + m}
	default:
		v, n := arabicPrefix(s)
		if n == 0 {
			return o, false
		}
		r, m := utf8.DecodeRuneInString(s[n:])
		switch r {
		case '.', '．', '、', '，':
		case ' ', '\u3000':
			// "1 加强…" with a space only when Han text follows
			nx, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[n:], " \u3000"))
			if !isHan(nx) {
				return o, false
			}
		default:
			return o, false
		}
		if (r == '.' || r == '．') && n+m < len(s) {
			if nx, _ := utf8.DecodeRuneInString(s[n+m:]); nx >= '0' && nx <= '9' {
				return o, false // 1.5 is a number
			}
		}
		if v == 0 || v > 200 {
			return o, false
		}
		o = ordinal{style: styleArabicDot, no: s[:n], index: v, size: n + m}
	}
	// swallow following spaces
	rest := s[o.size:]
	trimmed := strings.TrimLeft(rest, " \u3000\t")
	o.size += len(rest) - len(trimmed)
	if trimmed == "" {
		return o, false // a bare ordinal is not a heading
	}
	return o, true
}

// isHan reports whether r is a CJK ideograph.
func isHan(r rune) bool {
	return (r >= 0x4E00 && r <= 0x9FFF) || (r >= 0x3400 && r <= 0x4DBF) || (r >= 0xF900 && r <= 0xFAFF) || (r >= 0x20000 && r <= 0x2FFFF)
}

// inSet reports whether r is one of the runes of set; unlike
// strings.ContainsRune it does not allocate for non-ASCII runes.
func inSet(set string, r rune) bool {
	for _, x := range set {
		if x == r {
			return true
		}
	}
	return false
}
