package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/docmeta"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/role"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// roleWordsByRune indexes the role verbs (role.Verbs, simplified script:
// text is folded before it is matched) by their first rune.
var roleWordsByRune = source.ByFirstRune(role.Verbs, func(w role.Word) string { return w.Word })

// roleStarts are the runes that may start a role verb once folded, and
// roleSeconds those that may follow its first rune: a start rune
// followed by no second one (主要, 主动, 负担, 落后) starts no verb, and
// findRoleWord does not fold the text for it.
var roleStarts, roleSeconds = docmeta.StartsOf(role.Words(role.Verbs)), docmeta.StartsOf(func() []string {
	var out []string
	for _, w := range role.Verbs {
		_, n := utf8.DecodeRuneInString(w.Word)
		out = append(out, w.Word[n:])
	}
	return out
}())

// findRoleWord returns the earliest role verb in s at parenthesis depth 0;
// the verb's byte length in s is len(rw.word). s is folded only once a
// rune that may start a verb is found.
func findRoleWord(s string) (pos int, rw role.Word, ok bool) {
	var f string // s folded, once needed
	depth := 0
	for i, n := 0, 0; i < len(s); i += n {
		var r rune
		if r, n = script.Decode3(s[i:]); n == 0 { // inline: nearly every rune
			r, n = script.DecodeRune(s[i:])
		}
		// An ideograph, nearly every rune, is no bracket: it skips the
		// eighteen comparisons of the two bracket tests.
		if !isIdeograph(r) {
			if isOpenBracket(r) {
				depth++
				continue
			}
			if isCloseBracket(r) {
				if depth > 0 {
					depth--
				}
				continue
			}
		}
		if depth > 0 || !roleStarts.Has(r) {
			continue
		}
		if r2, _ := script.DecodeRune(s[i+n:]); !roleSeconds.Has(r2) {
			continue
		}
		if f == "" {
			f = fold(s)
		}
		fr, _ := script.DecodeRune(f[i:])
		for _, w := range roleWordsByRune[fr] {
			if strings.HasPrefix(f[i:], w.Word) && !endsName(f[i:], w.Word) {
				return i, w, true
			}
		}
	}
	return -1, role.Word{}, false
}

// endsName reports whether the role word at the start of s is the start of
// the last word of a unit's name rather than a verb: 指导处 in
// 农村合作经济指导处, 指导站. Only an organisation ending follows it before
// the next separator, and the two are not a label (牵头单位).
//
// The word after the verb is read up to the next separator for three
// runes at most, since a longer one is no ending; s is the word and that
// rest, so the two are asked about as one slice of s.
func endsName(s, word string) bool {
	k := len(word)
	for runes := 0; k < len(s) && !isNameStop(s[k:]); runes++ {
		if runes == 2 {
			return false // a third rune before the separator
		}
		_, n := script.DecodeRune(s[k:])
		k += n
	}
	rest, whole := s[len(word):k], s[:k]
	if rest == "" || org.Ending(whole) != rest {
		return false
	}
	_, _, isLabel := matchLabel(whole)
	return !isLabel
}

// isNameStop reports whether s opens with a separator that ends the
// word after a role verb: 、，,；;。：: spaces and closing brackets.
func isNameStop(s string) bool {
	switch r, _ := script.DecodeRune(s); r {
	case '、', '，', ',', '；', ';', '。', '：', ':', ' ', '\u3000', '）', ')':
		return true
	}
	return false
}

// qualifiers are words between a unit list and its verb that are not part
// of any unit: 市财政局按职责分工分别牵头落实.
var qualifiers = []string{
	"按照职责分工", "按职责分工", "按照职能分工", "按职能分工", "按照职能", "按职能", "按照职责", "按职责", "根据职责分工", "根据职责", "依据职责分工", "依据职责", "依职责分工", "依职责", "按照各自职责", "按各自职责", "按照各自职能", "按各自职能", "各司其职",
	"分别", "共同", "予以", "给予", "具体", "各自", "统筹", "会同", "进行", "抓好", "做好", "认真", "切实", "，", ",",
	// 市发改委为牵头单位, 市财政局作为配合单位: the verb's 为.
	"作为", "为",
}

// leading words before a unit list: 由市政府办公室牵头.
var leaders = []string{"由", "请"}

// leaderStarts holds the runes that may start a leader once folded.
var leaderStarts = docmeta.StartsOf(leaders)

// qualifierEnds holds the runes that may end a qualifier once folded, so
// that a list that ends in none of them is left as it is without folding
// it or comparing each qualifier.
var qualifierEnds = docmeta.EndsOf(qualifiers)

// trimQualifiers removes qualifiers after a unit list and a leading word
// before it; both lists are in simplified script and s is folded to match.
func trimQualifiers(s source.Str) source.Str {
	for {
		s = trimStr(s)
		if last, _ := script.DecodeLastRune(s.S); !qualifierEnds.Has(last) {
			break
		}
		f, k := fold(s.S), -1
		for _, q := range qualifiers {
			if strings.HasSuffix(f, q) {
				k = len(f) - len(q)
				break
			}
		}
		if k < 0 {
			break
		}
		s = s.Slice(0, k)
	}
	if r, _ := script.DecodeRune(s.S); leaderStarts.Has(r) {
		f := fold(s.S)
		for _, l := range leaders {
			if strings.HasPrefix(f, l) {
				s = s.From(len(l))
				break
			}
		}
	}
	return dropNarrative(trimStr(s))
}

// dropNarrative keeps the units of a narrative clause, the part after 由:
// 乡镇卫生院内由卫生健康部门（负责） gives 卫生健康部门. A 由
// inside a word (自由贸易区, 经由, 理由) is no preposition, and the part
// after 由 must end like an organisation.
func dropNarrative(s source.Str) source.Str {
	if !source.Contains(s.S, "由") {
		return s
	}
	k := -1
	prev := rune(0)
	for i, r := range outside(s.S) {
		if r == '由' && i > 0 && !source.ContainsRune("自经理缘", script.SimplifiedRune(prev)) {
			k = i
		}
		prev = r
	}
	if k < 0 {
		return s
	}
	rest := s.From(k + len("由")).TrimSpace()
	if !org.HasEnding(lastListItem(rest.S)) {
		return s
	}
	return rest
}

// lastListItem returns the last element of a 、-separated list.
func lastListItem(s string) string {
	if k := source.LastIndex(s, "、"); k >= 0 {
		return s[k+len("、"):]
	}
	return s
}

// verbRole reads a run of role verbs (负责牵头, 牵头落实, 配合做好) and returns
// the most specific role in it: lead, cooperate or participate win over
// the general responsible, so 负责牵头 is lead and 牵头落实 stays lead.
func verbRole(s string, first role.Word) model.Role {
	got := first.Role
	rest := s[len(first.Word):]
	if r, _ := script.DecodeRune(rest); !roleStarts.Has(r) {
		return got // no verb follows: nothing to fold
	}
	rest = fold(rest)
	for rest != "" {
		r, _ := script.DecodeRune(rest)
		found := false
		for _, w := range roleWordsByRune[r] {
			if strings.HasPrefix(rest, w.Word) {
				if got == model.RoleResponsible {
					got = w.Role
				}
				rest = rest[len(w.Word):]
				found = true
				break
			}
		}
		if !found {
			break
		}
	}
	return got
}
