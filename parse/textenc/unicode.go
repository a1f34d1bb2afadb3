package textenc

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeUTF8 validates UTF-8, dropping a leading BOM.
func decodeUTF8(data []byte, replace bool) (Result, error) {
	start := 0
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		start = 3
	}
	body := data[start:]
	if utf8.Valid(body) {
		return Result{Text: string(body), First: -1}, nil
	}
	var b strings.Builder
	b.Grow(len(body))
	res := Result{First: -1}
	for i := 0; i < len(body); {
		r, n := utf8.DecodeRune(body[i:])
		if r == utf8.RuneError && n <= 1 {
			if !replace {
				return Result{}, &InvalidError{Encoding: UTF8, Offset: int64(start + i), Bytes: window(data, start+i)}
			}
			if res.First < 0 {
				res.First = int64(start + i)
			}
			res.Replaced++
			b.WriteRune(utf8.RuneError)
			i++
			continue
		}
		b.Write(body[i : i+n])
		i += n
	}
	res.Text = b.String()
	return res, nil
}

// decodeUTF16 decodes UTF-16 in the given byte order, dropping a matching
// BOM. An odd trailing byte and unpaired surrogates are invalid.
func decodeUTF16(data []byte, bigEndian, replace bool) (Result, error) {
	name := UTF16LE
	if bigEndian {
		name = UTF16BE
	}
	unit := func(i int) uint16 {
		if bigEndian {
			return uint16(data[i])<<8 | uint16(data[i+1])
		}
		return uint16(data[i+1])<<8 | uint16(data[i])
	}
	start := 0
	if len(data) >= 2 && unit(0) == 0xFEFF {
		start = 2
	}
	var b strings.Builder
	b.Grow(len(data) * 3 / 2)
	res := Result{First: -1}
	bad := func(off int, reason string) error {
		if !replace {
			return &InvalidError{Encoding: name, Offset: int64(off), Bytes: window(data, off), Reason: reason}
		}
		if res.First < 0 {
			res.First = int64(off)
		}
		res.Replaced++
		b.WriteRune(utf8.RuneError)
		return nil
	}
	i := start
	for ; i+1 < len(data); i += 2 {
		u := unit(i)
		switch {
		case u < 0xD800 || u > 0xDFFF:
			b.WriteRune(rune(u))
		case u <= 0xDBFF && i+3 < len(data) && unit(i+2) >= 0xDC00 && unit(i+2) <= 0xDFFF:
			b.WriteRune(utf16.DecodeRune(rune(u), rune(unit(i+2))))
			i += 2
		default:
			if err := bad(i, "unpaired UTF-16 surrogate "+hex4(u)); err != nil {
				return Result{}, err
			}
		}
	}
	if i < len(data) {
		if err := bad(i, "truncated UTF-16: odd trailing byte"); err != nil {
			return Result{}, err
		}
	}
	res.Text = b.String()
	return res, nil
}

func hex4(u uint16) string {
	const digits = "0123456789ABCDEF"
	return string([]byte{'U', '+', digits[u>>12], digits[u>>8&15], digits[u>>4&15], digits[u&15]})
}
