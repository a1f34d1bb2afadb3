package parse

import "strings"

// markLinkList drops the list of links a text browser appends to a page it
// dumps (lynx -dump: a References heading, then one numbered URL a line,
// 1. http://…, under Visible links / Hidden links: subheadings): read as
// text, each numbered line would be a task titled by its scheme. Only the
// lines closing the text are looked at, from the last one up, so that a
// text without such a list costs a line or two.
func markLinkList(lines []line) {
	var list []int
	k := len(lines) - 1
	for ; k >= 0; k-- {
		ln := &lines[k]
		switch {
		case ln.kind == lineBlank:
			continue
		case ln.kind == lineText && linkLine(ln.s.S):
			list = append(list, k)
			continue
		case ln.kind == lineText && len(list) > 0 && linkSubheading(ln.s.S):
			list = append(list, k)
			continue
		}
		break
	}
	if k >= 0 && len(list) > 0 && lines[k].kind == lineText && strings.TrimSpace(lines[k].s.S) == "References" {
		toNoise(lines, append(list, k))
	}
}

// linkLine reports a line of a browser's link list: a number, a full stop
// and a space, then a URL (scheme, colon, no space).
func linkLine(s string) bool {
	s = strings.TrimSpace(s)
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 || !strings.HasPrefix(s[n:], ". ") {
		return false
	}
	url := s[n+2:]
	colon := strings.IndexByte(url, ':')
	if colon <= 0 || strings.ContainsAny(url, " \t") {
		return false
	}
	for _, r := range url[:colon] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// linkSubheading reports the subheadings lynx sets in its link list.
func linkSubheading(s string) bool {
	s = strings.TrimSuffix(strings.TrimSpace(s), ":")
	return s == "Visible links" || s == "Hidden links"
}
