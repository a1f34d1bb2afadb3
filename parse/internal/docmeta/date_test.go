package docmeta

import (
	"fmt"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestDate(t *testing.T) {
	tests := []struct{ in, want, text string }{
		{"2017年5月28日", "2017-05-28", "2017年5月28日"},
		{"2017 年 5 月 28 日", "2017-05-28", "2017 年 5 月 28 日"},
		{"２０１９年１２月３１日", "2019-12-31", "２０１９年１２月３１日"},
		{"二〇一七年五月二十八日", "2017-05-28", "二〇一七年五月二十八日"},
		{"二○一九年十二月三十一日", "2019-12-31", "二○一九年十二月三十一日"},
		{"（二OO八年二月二十六日）", "2008-02-26", "二OO八年二月二十六日"},
		{"一九九六年六月十日", "1996-06-10", "一九九六年六月十日"},
		{"某办公室 2017年5月31日印发", "2017-05-31", "2017年5月31日"},
		{"于12017年5月1日", "", ""},
		{"2017年13月1日", "", ""},
		{"2016年和2017年5月1日", "2017-05-01", "2017年5月1日"},
		{"二〇一七年", "", ""},
		{"第十二条", "", ""},
		{"中華民國112年3月6日", "2023-03-06", "中華民國112年3月6日"},
		{"中华民国 112 年 3 月 6 日", "2023-03-06", "中华民国 112 年 3 月 6 日"},
		{"連江縣政府 民國99年12月1日", "2010-12-01", "民國99年12月1日"},
		{"112年3月6日", "", ""},    // without the era the year is no year
		{"中華民國12年3月6日", "", ""}, // 1923: before any notice read
		{"民國112年13月6日", "", ""},
	}
	for _, tt := range tests {
		iso, s, e, ok := Date(tt.in)
		assert.Equal(t, tt.want != "", ok, tt.in)
		assert.Equal(t, tt.want, iso, tt.in)
		if ok {
			assert.Equal(t, tt.text, tt.in[s:e], tt.in)
		}
	}
}

func TestISODateAndDigitsDate(t *testing.T) {
	for in, want := range map[string]string{
		"2023-01-03": "2023-01-03", "2023-01-03 10:00": "2023-01-03", "2019/1/8": "2019-01-08",
		"2018年12月28日": "2018-12-28", "2023-13-01": "", "20230103": "", "": "",
	} {
		got, ok := ISODate(in)
		assert.Equal(t, want, got, in)
		assert.Equal(t, want != "", ok, in)
	}
	for in, want := range map[string]string{
		"2021531": "2021-05-31", "2024327": "2024-03-27", "20211231": "2021-12-31", "2021": "", "2021999": "", "2021a31": "",
	} {
		got, _ := DigitsDate(in)
		assert.Equal(t, want, got, in)
	}
}

// Date starts its scan at the run of digits and spaces before the first
// 年; it finds what a scan of every rune from the start finds.
func TestDateAgreesWithFullScan(t *testing.T) {
	fullScan := func(s string) (string, int, int, bool) {
		prevDigit := false
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
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
	for _, s := range []string{
		"于12017年5月1日", "2016年和2017年5月1日", "某办公室 2017年5月31日印发", "12 2017年5月1日", "1\t２０１９年１２月３１日",
		"二〇一七年五月二十八日", "一二〇一七年五月二十八日", "十 二〇一七年五月二十八日", "5 2017 年 5 月 28 日",
		"\xff2017年5月1日", "2017\xff年5月1日", "年2017年5月1日", "2017年", "日2017年", "（二OO八年二月二十六日）", "",
	} {
		iso, a, b, ok := Date(s)
		wiso, wa, wb, wok := fullScan(s)
		assert.Equal(t, []any{wiso, wa, wb, wok}, []any{iso, a, b, ok}, "%q", s)
	}
}

// isoOf writes every date it accepts as fmt.Sprintf("%04d-%02d-%02d")
// does.
func TestISOStringAsSprintf(t *testing.T) {
	for y := 1949; y <= 2100; y++ {
		for m := 1; m <= 12; m++ {
			for d := 1; d <= 31; d++ {
				got, _, ok := isoOf(y, m, d, 0)
				if !ok || got != fmt.Sprintf("%04d-%02d-%02d", y, m, d) {
					t.Fatalf("isoOf(%d, %d, %d) = %q, %v", y, m, d, got, ok)
				}
			}
		}
	}
}
