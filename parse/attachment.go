package parse

import "strings"

// laterAttachment reads the label that starts a second attached document
// at the start of s: 附件 (white space allowed after each character), a
// number from 2 to 99 or a Han numeral from 二 to 十, then a colon (：or :)
// or the end of s, white space allowed before either. It returns the
// length of the label with its colon. White space is ASCII (\t \n \f \r
// and the space), as the pattern this scanner replaced had it; a number
// is tried as one digit before two (附件23：is 23).
func laterAttachment(s string) (int, bool) {
	i, ok := attachWord(s)
	if !ok {
		return 0, false
	}
	// The number's readings in order: a digit 2-9, two digits 10-99, a
	// Han numeral; the first one a colon or the end follows wins.
	var sizes []int
	if i < len(s) && s[i] >= '2' && s[i] <= '9' {
		sizes = append(sizes, 1)
	}
	if i+1 < len(s) && s[i] >= '1' && s[i] <= '9' && s[i+1] >= '0' && s[i+1] <= '9' {
		sizes = append(sizes, 2)
	}
	for _, n := range "二三四五六七八九十" {
		if strings.HasPrefix(s[i:], string(n)) {
			sizes = append(sizes, len(string(n)))
			break
		}
	}
	for _, n := range sizes {
		j := skipASCIISpace(s, i+n)
		switch {
		case strings.HasPrefix(s[j:], "："):
			return j + len("："), true
		case strings.HasPrefix(s[j:], ":"):
			return j + 1, true
		case j == len(s):
			return j, true
		}
	}
	return 0, false
}

// attachWord reads 附件 at the start of s, white space allowed after each
// character, and returns where the number after it starts.
func attachWord(s string) (int, bool) {
	if !strings.HasPrefix(s, "附") {
		return 0, false
	}
	i := skipASCIISpace(s, len("附"))
	if !strings.HasPrefix(s[i:], "件") {
		return 0, false
	}
	return skipASCIISpace(s, i+len("件")), true
}

// skipASCIISpace returns the first offset from i of s that is not ASCII
// white space (\t \n \f \r or the space).
func skipASCIISpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

// attachmentAfter reports an attachment's mark standing alone on a line
// after line from (附件, 附件1, 附件二：), with text after it: a 版记
// printed above it closed the notice, not the text.
func attachmentAfter(lines []line, from int) bool {
	for i := from + 1; i < len(lines); i++ {
		if lines[i].kind == lineText && attachMark(lines[i].s.TrimSpace().S) {
			return nextText(lines, i+1) > 0
		}
	}
	return false
}

// attachMark reports s is an attachment's mark and nothing else: 附件,
// its number (digits or a Han numeral) and a colon, each optional, white
// space of any kind allowed between them (附　件, 附件 1).
func attachMark(s string) bool {
	s = strings.Join(strings.Fields(s), "")
	i, ok := attachWord(s)
	if !ok {
		return false
	}
	s = strings.TrimLeft(s[i:], "0123456789一二三四五六七八九十")
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(s, "："), ":"))
	return s == ""
}
