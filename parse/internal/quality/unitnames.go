package quality

import (
	"strings"

	"github.com/zwgk/gongwen/parse/internal/org"
)

// unitParts says what, beyond the marks every unit list is parted by
// (isUnitPart), also parts the names of one.
type unitParts uint8

const (
	// partColon: a label's colon (牵头：安监办 配合：党政办).
	partColon unitParts = 1 << iota
	// partJoin: the joining words 和, 及, 与 (市财政局和市统计局牵头).
	partJoin
)

// parts reports whether r parts two names of a unit list parted as p
// says.
func (p unitParts) parts(r rune) bool {
	switch r {
	case '：', ':':
		return p&partColon != 0
	case '和', '及', '与':
		return p&partJoin != 0
	}
	return isUnitPart(r)
}

// isUnitPart reports whether r parts the names of any unit list: 、, a
// comma or a semicolon (，,；;) or white space.
func isUnitPart(r rune) bool {
	switch r {
	case '、', '，', ',', '；', ';', ' ', '\u3000', '\t', '\n', '\r':
		return true
	}
	return false
}

// appendOrgNames reads s as a list of unit names parted as p says and
// appends them to dst, each an organisation's (org.Classify) once name
// has made it ready: name gives the name a piece holds, "" to pass the
// piece over (a role mark standing alone), and false to refuse the whole
// list; a nil name takes each piece as it is. It returns dst as it was
// when a piece is refused or is no organisation's name, and when s names
// none.
func appendOrgNames(dst []string, s string, p unitParts, name func(piece string) (string, bool)) []string {
	given := dst
	for piece := range strings.FieldsFuncSeq(s, p.parts) {
		if name != nil {
			var ok bool
			if piece, ok = name(piece); !ok {
				return given
			}
			if piece == "" {
				continue
			}
		}
		if org.Classify(piece) != org.Organisation {
			return given
		}
		dst = append(dst, piece)
	}
	return dst
}

// cutRoleVerb sets aside a role verb closing name (市财政局牵头 →
// 市财政局); name is given back as it is when none closes it or the verb
// is all of it.
func cutRoleVerb(name string) string {
	for _, w := range roleWords {
		if head, ok := strings.CutSuffix(name, w); ok && head != "" {
			return head
		}
	}
	return name
}

// trimWords cuts any of words off the end of s, and with start off its
// start too, again and again while one is there and something is left
// (县发改局按职责分工分别 → 县发改局 with clauseLeads).
func trimWords(s string, words []string, start bool) string {
	for cut := true; cut; {
		cut = false
		for _, w := range words {
			if t, ok := strings.CutSuffix(s, w); ok && t != "" {
				s, cut = t, true
			}
			if !start {
				continue
			}
			if t, ok := strings.CutPrefix(s, w); ok && t != "" {
				s, cut = t, true
			}
		}
	}
	return s
}
