package parse

import (
	"github.com/zwgk/gongwen/parse/internal/docmeta"
)

// findDate finds a date written 2017年5月28日, 2017 年 5 月 28 日 or
// 二〇一七年五月二十八日 in s and returns it as YYYY-MM-DD with its byte
// range (docmeta.Date).
func findDate(s string) (iso string, start, end int, ok bool) { return docmeta.Date(s) }

// digitsDate reads a date printed without 年月日 (2021531 → 2021-05-31).
func digitsDate(s string) (string, bool) { return docmeta.DigitsDate(s) }

// anyDate reads a whole value that is a date in any of the writings
// portals use (2023-01-03, 2023年01月03日).
func anyDate(s string) (string, bool) { return docmeta.ISODate(s) }
