package quality

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/role"
	"github.com/zwgk/gongwen/segment"
)

// penaltyRoleWord is the penalty of a unit whose role is not the one the
// verb right after its name gives: the role is wrong, and nothing else
// shows.
const penaltyRoleWord = 0.25

// checkRoleWords flags the first unit of a plan whose name is followed in
// the text by a role verb — 牵头, 配合, 协助, 参与 … (role.Verbs), not the
// head of a label (配合单位：) — that gives another role than the unit
// was given (市财政局牵头 read as cooperating: a table's header lost, a
// rule applied where the text says otherwise). 负责 and the other verbs
// of a responsible unit are left alone: a document-wide rule may make the
// first of such a list its lead.
func checkRoleWords(a *assessor) {
	text := a.ev.Text
	for _, p := range a.plans() {
		var w role.Word
		var read model.Role
		el, ok := firstUnit(p, func(it *model.Item, ui int) bool {
			var said bool
			w, said = roleVerbAfter(text, it.Units[ui].Span.End)
			read = it.Units[ui].Role
			return said && w.Role != read
		})
		if ok {
			a.element(model.ReasonUnitRole, el, "the text says "+w.Word+" ("+string(w.Role)+") after the unit, read as "+string(read))
			a.penalise(model.ReasonUnitRole, penaltyRoleWord)
		}
	}
}

// roleVerbAfter returns the role verb that opens text at the byte at, past
// spaces and an opening bracket (市发改委（牵头）), when it is a lead's, a
// cooperating or a participating unit's verb and no label's head
// (配合单位, 牵头部门, 配合：).
func roleVerbAfter(text string, at int) (role.Word, bool) {
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
	rest = segment.ToSimplified(rest)
	for _, w := range role.Verbs {
		if w.Role == model.RoleResponsible || !strings.HasPrefix(rest, w.Word) {
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
