package parse

import (
	"regexp"
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/role"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// leadRule is a rule that the first unit of a list leads: 排在第一位的为牵头
// 单位, 列第一位者为牵头单位, 第一个单位为牵头单位, 排在首位的为牵头单位.
// Where the rule stands decides what it covers: inside a unit bracket it
// covers that clause, and with 下同 the clauses that follow too; in a note
// of its own (注：…) it covers the whole document.
type leadRule struct {
	rest   model.Role // the others' role when the rule names it (其他为配合单位), else ""
	onward bool       // 下同: the rule covers the following clauses too
	// several tells a rule stated for lists of two or more (责任单位有两个及
	// 以上的，排在第一位的为牵头单位): a one-unit list keeps its verb's role.
	// Without it the rule covers a one-unit list too, whose unit is listed
	// first and so leads.
	several bool
}

// severalWords say that a lead rule speaks of lists of two or more units,
// in the sentence before it.
var severalWords = []string{"两个及以上", "两个以上", "两个或两个以上", "二个以上", "2个及以上", "2个以上", "两家及以上", "两家以上", "多个"}

// leadRulePattern matches the rule itself. The first place (第一位, 第一个,
// 首位) is followed, within the same phrase, by 为/是 and 牵头; a few words
// may stand between (列第一位者为工作牵头单位).
var leadRulePattern = regexp.MustCompile(`(?:第一(?:位|个|名)?|首位)[^，,。；;：:）)\s]{0,6}?(?:为|是)[^，,。；;：:）)\s]{0,3}?牵头`)

// restCooperate matches 其他为配合单位 and its variants.
var restCooperate = regexp.MustCompile(`其[他它余](?:单位|部门)?(?:为|是)(?:配合|协办)`)

// onwardWords extend a bracket's rule to the clauses that follow.
var onwardWords = []string{"下同"}

// findLeadRule reports the lead rule stated in s, if any, and where it
// starts. Only the text around each 第一 or 首位 is matched, folded to
// simplified script (the patterns are written in it).
func findLeadRule(s string) (leadRule, int, bool) {
	if !role.MayStateRule(s) {
		return leadRule{}, -1, false // nothing to fold
	}
	s = fold(s)
	// The next 第一 and the next 首位 at or after k (len(s) for none),
	// each searched for again only once k has passed it: a text with many
	// a 第一 (第一季度, 第一批) and no 首位 is not searched to its end for 首位
	// at every 第一.
	first, top := -1, -1
	for k := 0; k < len(s); {
		if first < k {
			first = indexFrom(s, k, "第一")
		}
		if top < k {
			top = indexFrom(s, k, "首位")
		}
		if k = min(first, top); k == len(s) {
			break
		}
		win := s[k:min(len(s), k+role.RuleWindow)]
		if leadRulePattern.MatchString(win) {
			r := leadRule{}
			if restCooperate.MatchString(win) {
				r.rest = model.RoleCooperate
			}
			for _, w := range onwardWords {
				if source.Contains(win, w) {
					r.onward = true
				}
			}
			r.several = statesSeveral(s[:k])
			return r, k, true
		}
		k += len("第一")
	}
	return leadRule{}, -1, false
}

// statesSeveral reports whether the sentence before a lead rule, the end
// of before, limits it to lists of two or more (severalWords).
func statesSeveral(before string) bool {
	before = before[max(0, len(before)-role.RuleWindow):]
	for _, stop := range []string{"。", "；", "（", "("} {
		if i := strings.LastIndex(before, stop); i >= 0 {
			before = before[i+len(stop):]
		}
	}
	for _, w := range severalWords {
		if source.Contains(before, w) {
			return true
		}
	}
	return false
}

// indexFrom returns the offset of the first word in s at or after k, or
// len(s) when there is none.
func indexFrom(s string, k int, word string) int {
	if i := source.Index(s[k:], word); i >= 0 {
		return k + i
	}
	return len(s)
}

// isLeadRule reports whether a part of a clause is the rule itself (and
// so not a unit).
func isLeadRule(s string) bool {
	_, _, ok := findLeadRule(s)
	return ok
}

// apply makes the first unit of a list the lead when no unit of the list
// has a role other than responsible — a list of one too, unless the rule
// speaks of lists of two or more; the others take the rule's rest role,
// if it names one.
func (r leadRule) apply(us []model.Unit) {
	if len(us) == 0 || len(us) < 2 && r.several || !allResponsible(us) {
		return
	}
	us[0].Role = model.RoleLead
	if r.rest != "" {
		for k := 1; k < len(us); k++ {
			us[k].Role = r.rest
		}
	}
}

// applyDocumentRule applies a lead rule stated outside any unit clause
// (a note such as 注：排在第一位的为牵头单位，其他为配合单位) to every item's
// units. inClause tells whether a text offset lies inside a unit clause,
// whose rules the tree builder has applied already. It reports whether it
// applied a rule that speaks of lists of two or more (leadRule.several).
func applyDocumentRule(text string, plan *model.Plan, inClause func(off int) bool) bool {
	if plan == nil || !ruleMayApply(plan) {
		return false // no list that a rule would change: the text need not be read
	}
	var rule leadRule
	found := false
	for k := 0; k < len(text); {
		r, i, ok := findLeadRule(text[k:])
		if !ok {
			return false
		}
		if !inClause(k + i) {
			rule, found = r, true
			break
		}
		k += i + len("第一")
	}
	if !found {
		return false
	}
	for gi := range plan.Goals {
		for ti := range plan.Goals[gi].Tasks {
			items := plan.Goals[gi].Tasks[ti].Items
			for ii := range items {
				rule.apply(items[ii].Units)
			}
		}
	}
	return rule.several
}

// ruleMayApply reports whether a lead rule would change a unit of the
// plan: some item lists units, all responsible (apply).
func ruleMayApply(plan *model.Plan) bool {
	for _, g := range plan.Goals {
		for _, t := range g.Tasks {
			for _, it := range t.Items {
				if len(it.Units) > 0 && allResponsible(it.Units) {
					return true
				}
			}
		}
	}
	return false
}

// allResponsible reports whether every unit of us is responsible, which
// a lead rule takes for a list without roles.
func allResponsible(us []model.Unit) bool {
	for _, u := range us {
		if u.Role != model.RoleResponsible {
			return false
		}
	}
	return true
}

// standingLeads introduce the units of a standing note, after 以下各项.
var standingLeads = []string{"均需", "均由", "均要", "均应", "都需", "都由", "需要", "需", "由"}

// standingUnits recognises a note in a unit clause that names units for
// every item after it, as State Council 分工 documents write them once:
// 以下各项均需各地区、各部门落实，不再列出. It returns those units with the
// role their verb gives (responsible without one). The note starts with
// 以下 or 下列 and ends saying the units are not listed again (不再列出,
// 不再一一列出).
func standingUnits(note source.Str) ([]unitRef, bool) {
	t := strings.TrimSpace(note.S)
	if !strings.HasPrefix(t, "以下") && !strings.HasPrefix(t, "下列") {
		return nil, false // the two words are the same in both scripts
	}
	f := fold(note.S)
	stop := source.Index(f, "不再")
	if stop < 0 || !source.Contains(f[stop:], "列出") {
		return nil, false
	}
	start := -1
	for _, w := range standingLeads {
		if k := source.Index(f[:stop], w); k >= 0 {
			start = k + len(w)
			break
		}
	}
	if start < 0 {
		return nil, false
	}
	list := note.Slice(start, stop).TrimFunc(func(r rune) bool { return source.IsSpace(r) || r == '，' || r == ',' })
	units, sh := analyzeClause(list)
	if len(units) == 0 || sh.prose || sh.emptyVerb {
		return nil, false
	}
	for _, u := range units {
		if org.Classify(u.name.S) != org.Organisation {
			return nil, false
		}
	}
	return units, true
}

// addStanding appends to us the standing units it does not name yet.
func addStanding(us, standing []model.Unit) []model.Unit {
	for _, s := range standing {
		named := false
		for _, u := range us {
			named = named || u.Name == s.Name
		}
		if !named {
			us = append(us, s)
		}
	}
	return us
}
