package textenc

import (
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Canonical encoding names, as recorded in model.Source.Encoding.
const (
	UTF8    = "utf-8"
	UTF16LE = "utf-16le"
	UTF16BE = "utf-16be"
	GB18030 = "gb18030"
	GBK     = "gbk"
	Big5    = "big5"
)

// Canonical returns the canonical name of an encoding label ("GB2312",
// "x-gbk", "UTF8", "cp950", "windows-1252", …) and whether the label is
// known. GB2312 and the other GBK labels map to "gbk" (decoded as GBK, a
// superset, as browsers do); Big5 variants to "big5".
func Canonical(label string) (string, bool) {
	l := strings.ToLower(strings.TrimSpace(label))
	l = strings.Trim(l, `"'`)
	switch l {
	case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode20utf8", "x-unicode20utf8":
		return UTF8, true
	case "utf-16le", "utf-16", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2", "unicodefeff", "utf16le", "utf16":
		return UTF16LE, true
	case "utf-16be", "unicodefffe", "utf16be":
		return UTF16BE, true
	case "gb18030", "gb-18030":
		return GB18030, true
	case "gbk", "gb2312", "gb_2312", "gb_2312-80", "x-gbk", "cp936", "ms936", "windows-936", "chinese",
		"csgb2312", "iso-ir-58", "euc-cn", "euccn", "hz-gb-2312":
		if l == "hz-gb-2312" {
			return "", false // HZ is a 7-bit escape encoding x/text cannot decode
		}
		return GBK, true
	case "big5", "big-5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5", "cp950", "ms950", "windows-950":
		return Big5, true
	}
	e, err := htmlindex.Get(l)
	if err != nil || e == encoding.Replacement {
		return "", false
	}
	name, err := htmlindex.Name(e)
	if err != nil {
		return "", false
	}
	return name, true
}

// lookup returns the x/text encoding for a canonical name other than
// UTF-8 and UTF-16, which this package decodes itself.
func lookup(name string) encoding.Encoding {
	switch name {
	case GB18030:
		return simplifiedchinese.GB18030
	case GBK:
		// The GB18030 decoder is a superset of GBK: files labelled GBK
		// often hold GB18030 four-byte sequences, and both decode GBK
		// two-byte codes identically.
		return simplifiedchinese.GB18030
	case Big5:
		return traditionalchinese.Big5
	}
	e, err := htmlindex.Get(name)
	if err != nil || e == encoding.Replacement {
		return nil
	}
	return e
}

// bomLen returns the encoding announced by a byte order mark at the start
// of data and the BOM's length, or "", 0.
func bomLen(data []byte) (string, int) {
	switch {
	case len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF:
		return UTF8, 3
	case len(data) >= 2 && data[0] == 0xFF && data[1] == 0xFE:
		return UTF16LE, 2
	case len(data) >= 2 && data[0] == 0xFE && data[1] == 0xFF:
		return UTF16BE, 2
	}
	return "", 0
}

// BOM returns the encoding announced by a byte order mark at the start of
// data, or "" when there is none.
func BOM(data []byte) string {
	name, _ := bomLen(data)
	return name
}
