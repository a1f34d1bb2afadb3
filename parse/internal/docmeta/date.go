package docmeta

import (
	"strings"

	"github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// Date finds the first date in s written 2017年5月28日, 2017 年 5 月 28 日,
// with full-width digits, or in Han numerals (二〇一七年五月二十八日, also
// with ○, 零 or the letter O for zero: 二OO八年), or in the years of the
// Republic (中華民國112年3月6日 → 2023-03-06, the span from 中華民國 on), and
// returns it as YYYY-MM-DD with its byte range. Impossible dates are skipped.
func Date(s string) (iso string, start, end int, ok bool) {
	k := source.IndexRune(s, '年')
	if k < 0 || !source.ContainsRune(s[k:], '日') {
		return "", 0, 0, false
	}
	// A date's year is written right before its 年, with only spaces
	// between: none starts before the run of digits and spaces that ends
	// at the first 年, and the rune before that run is no digit.
	from := k
	for from > 0 {
		r, n := script.DecodeLastRune(s[:from])
		if !isDateDigit(r) && r != ' ' && r != '\u3000' && r != '\u00a0' && r != '\t' { // cursor.skipSpace's spaces
			break
		}
		from -= n
	}
	if era, ok := eraBefore(s[:from]); ok {
		if iso, n, ok := eraDateAt(s[from:]); ok {
			return iso, era, from + n, true
		}
	}
	prevDigit := false
	for i := from; i < len(s); {
		r, size := script.DecodeRune(s[i:])
		isD := isDateDigit(r)
		if isD && !prevDigit {
			if iso, n, ok := dateAt(s[i:]); ok {
				return iso, i, i + n, true
			}
		}
		prevDigit = isD
		i += size
	}
	return "", 0, 0, false
}

// eraOffset is what a year of the Republic (民国112年) adds up to the
// common era's.
const eraOffset = 1911

// eraBefore reports whether s ends in 民国 (中华民国, 中華民國: folded),
// spaces aside, and where that name starts.
func eraBefore(s string) (int, bool) {
	t := strings.TrimRight(s, " \u3000")
	if !strings.HasSuffix(t, "国") && !strings.HasSuffix(t, "國") {
		return 0, false // most dates: no fold
	}
	if !strings.HasSuffix(script.ToSimplified(t[len(t)-min(len(t), len("民國")):]), "民国") {
		return 0, false
	}
	start := len(t) - len("民国")
	if head := t[:start]; strings.HasSuffix(script.ToSimplified(head[len(head)-min(len(head), len("中華")):]), "中华") {
		start -= len("中华")
	}
	return start, true
}

// eraDateAt reads 112年3月6日 at the start of s, a year of the Republic in
// two or three digits, and returns it in the common era with its length.
func eraDateAt(s string) (string, int, bool) {
	c := cursor{s: s}
	c.skipSpace()
	y := c.digits(2, 3)
	if y < 0 || !c.word("年") {
		return "", 0, false
	}
	m := c.digits(1, 2)
	if m < 0 || !c.word("月") {
		return "", 0, false
	}
	d := c.digits(1, 2)
	if d < 0 || !c.word("日") {
		return "", 0, false
	}
	return isoOf(y+eraOffset, m, d, c.i)
}

// isDateDigit reports whether r can be a digit of a date: ASCII or
// full-width, or a Han numeral (hanDigitValue).
func isDateDigit(r rune) bool { return ordinal.DigitValue(r) >= 0 || hanDigitValue(r) >= 0 }

// dateAt reads a date at the start of s and returns its length.
func dateAt(s string) (string, int, bool) {
	c := cursor{s: s}
	var y, m, d int
	if ordinal.DigitValue(c.peek()) >= 0 {
		y = c.digits(4, 4)
		if c.word("年") && c.more() {
			m = c.digits(1, 2)
			if c.word("月") {
				d = c.digits(1, 2)
				if c.word("日") {
					return isoOf(y, m, d, c.i)
				}
			}
		}
		return "", 0, false
	}
	for k := 0; k < 4; k++ {
		v := hanDigitValue(c.peek())
		if v < 0 {
			return "", 0, false
		}
		y = y*10 + v
		c.next()
	}
	if !c.word("年") {
		return "", 0, false
	}
	m = c.hanNumber()
	if !c.word("月") {
		return "", 0, false
	}
	d = c.hanNumber()
	if !c.word("日") {
		return "", 0, false
	}
	return isoOf(y, m, d, c.i)
}

// ISODate reads a whole date written 2023-01-03, 2023/1/3 or 2023.1.3
// (a time after it, as portals print, is ignored), or one Date finds.
func ISODate(s string) (string, bool) {
	s = source.TrimSpace(s)
	c := cursor{s: s}
	y := c.digits(4, 4)
	if sep := c.peek(); y > 0 && (sep == '-' || sep == '/' || sep == '.') {
		c.next()
		m := c.digits(1, 2)
		if c.peek() == sep {
			c.next()
			d := c.digits(1, 2)
			if r := c.peek(); r == 0 || r == ' ' || r == 'T' {
				iso, _, ok := isoOf(y, m, d, 0)
				return iso, ok
			}
		}
	}
	iso, _, _, ok := Date(s)
	return iso, ok
}

// DigitsDate reads a date printed without 年月日 or separators
// (2021531 → 2021-05-31, 20211231 → 2021-12-31). A seven-digit form is
// read as a one-digit month when that gives a date, as a two-digit month
// otherwise.
func DigitsDate(s string) (string, bool) {
	s = source.TrimSpace(s)
	if len(s) != 7 && len(s) != 8 {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return "", false
		}
	}
	num := func(t string) int {
		v := 0
		for i := 0; i < len(t); i++ {
			v = v*10 + int(t[i]-'0')
		}
		return v
	}
	y, md := num(s[:4]), s[4:]
	splits := []int{2}
	if len(md) == 3 {
		splits = []int{1, 2}
	}
	for _, k := range splits {
		if iso, _, ok := isoOf(y, num(md[:k]), num(md[k:]), 0); ok {
			return iso, true
		}
	}
	return "", false
}

func isoOf(y, m, d, n int) (string, int, bool) {
	if y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", 0, false
	}
	return isoString(y, m, d), n, true
}

// isoString writes YYYY-MM-DD for a year of four digits and a month and
// day of one or two: what fmt.Sprintf("%04d-%02d-%02d") writes, without
// its formatting machinery (a date is read in nearly every notice).
func isoString(y, m, d int) string {
	b := [...]byte{
		byte('0' + y/1000%10), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10%10), byte('0' + m%10), '-',
		byte('0' + d/10%10), byte('0' + d%10),
	}
	return string(b[:])
}

// cursor walks a string rune by rune; spaces between the parts of a date
// are skipped by word.
type cursor struct {
	s string
	i int
}

func (c *cursor) peek() rune {
	if c.i >= len(c.s) {
		return 0
	}
	r, _ := script.DecodeRune(c.s[c.i:])
	return r
}

func (c *cursor) next() {
	_, size := script.DecodeRune(c.s[c.i:])
	c.i += size
}

func (c *cursor) more() bool { return c.i < len(c.s) }

func (c *cursor) skipSpace() {
	for r := c.peek(); r == ' ' || r == '\u3000' || r == '\u00a0' || r == '\t'; r = c.peek() {
		c.next()
	}
}

// word skips spaces, then w, then spaces; it reports whether w was there.
func (c *cursor) word(w string) bool {
	save := c.i
	c.skipSpace()
	if !strings.HasPrefix(c.s[c.i:], w) {
		c.i = save
		return false
	}
	c.i += len(w)
	c.skipSpace()
	return true
}

// digits reads min to max ASCII or full-width digits, or returns -1.
func (c *cursor) digits(min, max int) int {
	v, n := 0, 0
	for n < max {
		d := ordinal.DigitValue(c.peek())
		if d < 0 {
			break
		}
		v = v*10 + d
		n++
		c.next()
	}
	if n < min || ordinal.DigitValue(c.peek()) >= 0 {
		return -1
	}
	return v
}

// hanNumber reads a number from 一 to 三十一 in Han numerals (十, 二十,
// 三十一), or returns -1.
func (c *cursor) hanNumber() int {
	v, tens, n := 0, false, 0
	for n < 3 {
		r := c.peek()
		switch d := hanDigitValue(r); {
		case r == '十':
			if tens {
				return -1
			}
			if v == 0 {
				v = 1
			}
			v *= 10
			tens = true
		case d > 0:
			if tens {
				v += d
			} else {
				v = v*10 + d
			}
		default:
			if n == 0 {
				return -1
			}
			return v
		}
		n++
		c.next()
	}
	return v
}

// hanDigitValue reads one Han digit of a date (ordinal.CnDigitValue); a
// date also writes zero ○, Ｏ or the letter O, and never writes 两.
func hanDigitValue(r rune) int {
	switch r {
	case '○', 'Ｏ', 'O':
		return 0
	case '两':
		return -1
	}
	return ordinal.CnDigitValue(r)
}
