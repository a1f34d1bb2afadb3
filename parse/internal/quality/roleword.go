package quality

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/role"
)

// penaltyRoleWord is the penalty of a unit whose role is not the one the
// verb right after its name gives: the role is wrong, and nothing else
// shows.
const penaltyRoleWord = 0.25

// checkRoleWords flags the first unit of a plan whose role is not the one
// the text gives it beside its name (roleSaid): the verb closing its list
// — 牵头, 配合, 协助, 参与, 负责 … (role.Verbs), not the head of a label
// (配合单位：) — or the label opening its clause (配合单位：, 责任科室：):
// 市财政局牵头 read as cooperating, 配合单位：市税务局 read as the lead (a
// table's header lost, a rule applied where the text says otherwise). A
// responsible list's first unit read as the lead is left alone where a
// document-wide rule may have made it so (ruleLeniency) and the text may
// state one (its 第一 or 首位 with a 牵头 after it: role.MayStateRule),
// save an item's only unit where the rule the parser applied speaks of
// lists of two or more (Evidence.SeveralRule).
func checkRoleWords(a *assessor) {
	for pi, p := range a.plans() {
		saids := a.rolesSaid(pi)
		heads, others := ruleLeniency(p, saids)
		var w role.Word
		var read model.Role
		n := 0
		el, ok := firstUnit(p, func(it *model.Item, ui int) bool {
			s := saids[n]
			n++
			said, first, ok := s.role, s.first, s.ok
			if !ok || said == it.Units[ui].Role {
				return false
			}
			if said == model.RoleResponsible && ruleRole(it.Units[ui].Role, first) && (first && heads || !first && others) && !(a.ev.SeveralRule && len(it.Units) == 1) && a.mayStateRule() {
				return false
			}
			if copulaAfter(textOf(a.ev), it) {
				return false // …负责，县政府办公室为牵头单位，其他为配合单位
			}
			w, _, _ = roleSaid(textOf(a.ev), it, ui) // the word, for the message
			read = it.Units[ui].Role
			return true
		})
		if ok {
			a.element(model.ReasonUnitRole, el, "the text says "+w.Word+" ("+string(w.Role)+") beside the unit, read as "+string(read))
			a.penalise(model.ReasonUnitRole, penaltyRoleWord)
		}
	}
}

// minRuleLists is how many units of the plan's responsible lists, at
// their head or further on, read as responsible show a plan that applies
// no document-wide rule to them there.
const minRuleLists = 2

// ruleRole tells whether a document-wide rule (排名第一的为牵头单位，其余
// 为协办单位) may give a unit of a responsible list the role read: the
// lead to its first unit, cooperating to the others.
func ruleRole(read model.Role, first bool) bool {
	return first && read == model.RoleLead || !first && read == model.RoleCooperate
}

// ruleLeniency tells, for the units heading the plan's responsible lists
// (责任单位：…, …负责) and for the others, whether a document-wide rule may
// have given them other roles (ruleRole): unless minRuleLists or more of
// them are read as responsible and one at most as the rule would (the one
// in doubt: a rule gives its roles to every list it covers). saids are
// the roles the text says of the plan's units (rolesSaid).
func ruleLeniency(p planAt, saids []saidRole) (heads, others bool) {
	var responsible, ruled [2]int // by first
	n := 0
	eachItem(p.Plan, func(_, _, _ int, it *model.Item) {
		for ui := range it.Units {
			s := saids[n]
			n++
			said, first, ok := s.role, s.first, s.ok
			if !ok || said != model.RoleResponsible {
				continue
			}
			f := 0
			if first {
				f = 1
			}
			switch read := it.Units[ui].Role; {
			case read == model.RoleResponsible:
				responsible[f]++
			case ruleRole(read, first):
				ruled[f]++
			}
		}
	})
	return responsible[1] < minRuleLists || ruled[1] > 1, responsible[0] < minRuleLists || ruled[0] > 1
}

// roleVerbAfter returns the role verb that opens text at the byte at, past
// spaces and an opening bracket (市发改委（牵头）), when it is a lead's, a
// cooperating or a participating unit's verb and no label's head
// (配合单位, 牵头部门, 配合：).
func roleVerbAfter(t docText, at int) (role.Word, bool) {
	text := t.s
	if at <= 0 || at >= len(text) {
		return role.Word{}, false
	}
	rest := text[at:min(len(text), at+roleLookBytes)]
	r, n := utf8.DecodeRuneInString(rest)
	for k := 0; k < 2 && (r == ' ' || r == '\u3000' || r == '（' || r == '('); k++ {
		rest = rest[n:]
		r, n = utf8.DecodeRuneInString(rest)
	}
	if !roleFirsts().Has(r) { // most units: a 、, a bracket or a line end after them
		return role.Word{}, false
	}
	return verbOpening(t.fold(rest), false)
}

// verbOpening returns the verb of role.Verbs that opens rest, in
// simplified script, unless a label's tail follows it (roleLabelTails):
// then none. With responsible false a responsible unit's verb (负责) is
// passed over.
func verbOpening(rest string, responsible bool) (role.Word, bool) {
	for _, w := range role.Verbs {
		if !responsible && w.Role == model.RoleResponsible || !strings.HasPrefix(rest, w.Word) {
			continue
		}
		next := rest[len(w.Word):]
		for _, l := range roleLabelTails {
			if strings.HasPrefix(next, l) {
				return role.Word{}, false
			}
		}
		return w, true
	}
	return role.Word{}, false
}

// roleLookBytes is how much of the text after a unit roleVerbAfter reads:
// a bracket, a verb of two characters and a label's tail.
const roleLookBytes = 3*6 + 2

// roleLabelTails follow a role word that heads a label rather than
// closing a clause (配合单位：, 牵头部门, 配合：).
var roleLabelTails = []string{"单位", "部门", "处室", "科室", "领导", "：", ":"}
