package parse

import (
	"github.com/zwgk/gongwen/parse/internal/docmeta"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// findDate finds a date written 2017年5月28日, 2017 年 5 月 28 日 or
// 二〇一七年五月二十八日 in s and returns it as YYYY-MM-DD with its byte
// range (docmeta.Date).
func findDate(s string) (iso string, start, end int, ok bool) { return docmeta.Date(s) }

// digitsDate reads a date printed without 年月日 (2021531 → 2021-05-31).
func digitsDate(s string) (string, bool) { return docmeta.DigitsDate(s) }

// bareDate reads a line that is only a date written without 年月日: its
// digits alone (2021531), or, in a notice (inNotice: below a title or
// addressees, where a page's own publishing date does not stand), with
// separators (2023.5.6, 2023-05-06, 2023/5/6).
func bareDate(s string, inNotice bool) (string, bool) {
	if iso, ok := digitsDate(s); ok || !inNotice || source.ContainsRune(s, '年') {
		return iso, ok
	}
	return anyDate(s)
}

// anyDate reads a whole value that is a date in any of the writings
// portals use (2023-01-03, 2023年01月03日).
func anyDate(s string) (string, bool) { return docmeta.ISODate(s) }
