package parse

import (
	"fmt"
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

var (
	dateArabic = regexp.MustCompile(`([0-9０-９]{4})\s*年\s*([0-9０-９]{1,2})\s*月\s*([0-9０-９]{1,2})\s*日`)
	dateHan    = regexp.MustCompile(`([〇零○ＯO一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日`)
	dateDigits = regexp.MustCompile(`^(\d{4})(\d{3,4})$`)
)

// findDate finds a date written 2017年5月28日, 2017 年 5 月 28 日 or
// 二〇一七年五月二十八日 in s and returns it as YYYY-MM-DD with its byte range.
func findDate(s string) (iso string, start, end int, ok bool) {
	if !strings.Contains(s, "年") || !strings.Contains(s, "日") {
		return "", 0, 0, false
	}
	if m := dateArabic.FindStringSubmatchIndex(s); m != nil {
		y, _ := strconv.Atoi(asciiDigits(s[m[2]:m[3]]))
		mo, _ := strconv.Atoi(asciiDigits(s[m[4]:m[5]]))
		d, _ := strconv.Atoi(asciiDigits(s[m[6]:m[7]]))
		if iso, ok := isoDate(y, mo, d); ok {
			return iso, m[0], m[1], true
		}
	}
	if m := dateHan.FindStringSubmatchIndex(s); m != nil {
		y := 0
		for _, r := range s[m[2]:m[3]] {
			y = y*10 + hanDigit(r)
		}
		mo, d := ord.CnValue(s[m[4]:m[5]]), ord.CnValue(s[m[6]:m[7]])
		if iso, ok := isoDate(y, mo, d); ok {
			return iso, m[0], m[1], true
		}
	}
	return "", 0, 0, false
}

// digitsDate reads a date printed without 年月日 (2021531 → 2021-05-31).
func digitsDate(s string) (string, bool) {
	m := dateDigits.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return "", false
	}
	y, _ := strconv.Atoi(m[1])
	md := m[2]
	var cands [][2]string
	if len(md) == 4 {
		cands = [][2]string{{md[:2], md[2:]}}
	} else {
		cands = [][2]string{{md[:1], md[1:]}, {md[:2], md[2:]}}
	}
	for _, c := range cands {
		mo, _ := strconv.Atoi(c[0])
		d, _ := strconv.Atoi(c[1])
		if iso, ok := isoDate(y, mo, d); ok {
			return iso, true
		}
	}
	return "", false
}

func hanDigit(r rune) int {
	switch r {
	case '〇', '零', '○', 'Ｏ', 'O':
		return 0
	}
	return strings.IndexRune("一二三四五六七八九", r)/utf8.RuneLen('一') + 1
}

func isoDate(y, m, d int) (string, bool) {
	if y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

// asciiDigits turns full-width digits (２０１９) into ASCII ones.
func asciiDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}
