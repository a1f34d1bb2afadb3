package quality

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/role"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
	"github.com/zwgk/gongwen/segment/script"
)

// roleWords close a unit clause written without brackets or label
// (市财政局牵头, 市民政局负责落实), in simplified script: the role verbs.
var roleWords = role.Words(role.Verbs)

// clauseLeads are what may stand between a clause's names and its role
// word (市发改委、市统计局按职责分工分别牵头).
var clauseLeads = []string{"按职责分工", "按职责", "分别", "共同"}

// maxClauseRunes bounds the names of one unit clause read after a
// sentence end (three names and 按职责分工分别 fit).
const maxClauseRunes = 32

// checkClauseInText reports the first item of a work plan whose text
// holds, after a sentence end, a unit clause — unit names closed by a role
// word (。市司法局牵头，市直各部门配合) — naming a unit the item was not
// given: the clause's brackets were lost and the next item ran on after
// it (…配合对市级行政许可…), or the clause was left in the text. The
// item is flagged (marks_in_text).
func checkClauseInText(a *assessor) {
	a.marksFirstItem(unreadClauseInText, "a unit clause after a sentence end inside the item's text names a unit it was not given: brackets lost, the next item run on")
}

// unreadClauseInText tells whether the item's text holds, after a
// sentence end, a unit clause one of whose names is none of its units.
func unreadClauseInText(it *model.Item) bool {
	s := it.Text
	for k := strings.Index(s, "。"); k >= 0; {
		rest := s[k+len("。"):]
		for _, name := range clauseNames(rest) {
			if !hasUnit(it, name) {
				return true
			}
		}
		n := strings.Index(rest, "。")
		if n < 0 {
			break
		}
		k += len("。") + n
	}
	return false
}

// clauseNames reads the unit names of a unit clause opening s: names
// parted by 、，和及与 (appendOrgNames), each ending like an
// organisation's (clauseName), closed by a role word (clauseLeads before
// it allowed) that closes the clause (closesClause), before any sentence
// end. The names are folded to
// simplified script; none when s opens no such clause.
func clauseNames(s string) []string {
	at := roleAt(s)
	if at < 0 || !closesClause(s[at:]) {
		return nil
	}
	head := trimWords(segment.ToSimplified(s[:at]), clauseLeads, false)
	return appendOrgNames(nil, head, partJoin, clauseName)
}

// clauseName takes a piece of a unit clause for a name when it ends like
// an organisation's (org.HasEnding) and holds no verb (verbIn).
func clauseName(piece string) (string, bool) {
	return piece, org.HasEnding(piece) && verbIn(piece) == ""
}

// roleAt returns the offset of the first role word in s, as written in
// either script, after its first rune and within maxClauseRunes runes,
// before a sentence end (。；; or a line break), or -1. Only a rune of
// roleFirsts is asked whether a role word starts there; a three-byte
// rune that is neither one of them nor a sentence end (roleStops: most
// runes) is passed over from its bytes, not decoded.
func roleAt(s string) int {
	firsts, stops := roleFirsts(), roleStops()
	for i, n := 0, 0; i < len(s) && n < maxClauseRunes; n++ {
		if i+3 <= len(s) && stops.Passes(s[i], s[i+1], s[i+2]) {
			i += 3
			continue
		}
		r, w := script.DecodeRune(s[i:])
		switch {
		case r == '。' || r == '；' || r == ';' || r == '\n':
			return -1
		case i > 0 && firsts.Has(r) && roleWordAt(s[i:]) > 0:
			return i
		}
		i += w
	}
	return -1
}

// roleWordAt returns the length of the role word s opens with, as written
// in either script, or 0. Folding keeps the count of runes, so the word
// takes as many runes of s as it has: s's first three (no role word is
// longer) are folded once.
func roleWordAt(s string) int {
	var ends [3]int // byte offsets in s after its first 1, 2, 3 runes
	for k, n := 0, 0; k < len(ends); k++ {
		_, w := utf8.DecodeRuneInString(s[n:])
		n += w
		ends[k] = n
	}
	f := segment.ToSimplified(s[:ends[2]])
	for _, r := range roleWords {
		if strings.HasPrefix(f, r) {
			return ends[utf8.RuneCountInString(r)-1]
		}
	}
	return 0
}

// roleFirsts holds the first runes of roleWords and the runes that fold
// to them (firstRuneSet).
var roleFirsts = sync.OnceValue(func() *script.BMPSet { return firstRuneSet(roleWords) })

// roleStops are the three-byte runes roleAt decodes: roleFirsts, the
// full-width sentence ends 。 and ；, and those whose bytes may be no valid
// rune (AddUnread). ASCII runes (; and line breaks among them) are never
// passed.
var roleStops = sync.OnceValue(func() *script.BMPSet {
	set := *roleFirsts()
	set.Add('。')
	set.Add('；')
	set.AddUnread()
	return &set
})

// closesClause tells whether s, opening with a role word, closes a unit
// clause there: the role word is followed by another role word (牵头落实)
// or by at most two Han characters (负责实施, a role word of a wording not
// listed) before the end of s or a rune that is no Han (，, a bullet ■). A
// verb with its object (负责统计数据核查工作) is a sentence's.
func closesClause(s string) bool {
	rest := s[roleWordAt(s):]
	if roleWordAt(rest) > 0 {
		return true
	}
	n := 0
	for _, r := range rest {
		if !source.IsHan(r) {
			break
		}
		if n++; n > 2 {
			return false
		}
	}
	return true
}

// hasUnit tells whether the item was given a unit of that name (folded
// to simplified script).
func hasUnit(it *model.Item, name string) bool {
	for _, u := range it.Units {
		if segment.ToSimplified(strings.TrimSpace(u.Name)) == name {
			return true
		}
	}
	return false
}
