package quality

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/segment"
)

// maxPostRunes is the longest post taken before a leader's name.
const maxPostRunes = 20

// checkLeaderCells reports the tasks and items of a work plan whose
// title or text is a leader's post and name alone (副县长 张立): the
// 责任领导 column's cell read as the task or its content, the header that
// named the columns lost. The first such element is flagged (thin_item:
// another column's cell read as the content).
func checkLeaderCells(a *assessor) {
	if el, ok := a.firstWorkText(false, leaderCell); ok {
		a.flagLeaderCell(el)
	}
}

func (a *assessor) flagLeaderCell(el elem) {
	a.element(model.ReasonThinItem, el, "a leader's post and name alone: the 责任领导 column's cell read as the content")
	a.penalise(model.ReasonThinItem, penaltyThinItem)
}

// leaderCell reports whether s is a post and a person's name, parted by
// white space (县委常委、常务副县长 李明, 副市长　王　芳).
// firstFieldFits turns away first the texts whose first field is longer
// than a post: most tasks and items, read no further than that.
func leaderCell(s string) bool {
	return firstFieldFits(s) && postAndName(s)
}

// firstFieldFits reports whether the first field of s (its first run of
// runes that are not leaderSpace) holds at most maxPostRunes runes and
// white space follows it. The post postAndName takes begins with that
// field, so a longer one is no leader's cell, nor is a text of one field
// (a task's title, most of them): a name needs a field of its own.
func firstFieldFits(s string) bool {
	n := 0
	for _, r := range s {
		if leaderSpace(r) {
			if n > 0 {
				return true
			}
			continue
		}
		if n++; n > maxPostRunes {
			return false
		}
	}
	return false
}

// leaderSpace reports whether r parts a leader cell's fields.
func leaderSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' }

// postAndName is leaderCell without its gate.
func postAndName(s string) bool {
	fields := strings.FieldsFunc(strings.TrimSpace(s), leaderSpace)
	if len(fields) < 2 || len(fields) > 3 {
		return false
	}
	post, name := fields[0], strings.Join(fields[1:], "")
	if len(fields) == 3 && utf8.RuneCountInString(fields[2]) > 1 {
		post, name = fields[0]+fields[1], fields[2] // 县委常委、 常务副县长 李明
	}
	if utf8.RuneCountInString(post) > maxPostRunes || strings.ContainsAny(post, "。；，") || !org.IsPersonName(name) {
		return false
	}
	// The post ends in one (副县长, 县委常委、常务副县长, 办公室主任, 党组书记),
	// or in 长, which closes the head of any body (组长, 队长).
	post = segment.ToSimplified(post)
	return org.EndsInPost(post) || strings.HasSuffix(post, "长")
}
