package quality

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/role"
)

// copulaLookBytes is how much of the text after an item's last unit
// copulaAfter reads: a verb, a unit's name, a copula and a label.
const copulaLookBytes = 3 * 30

// copulaAfter tells whether the clause of the item's units goes on, after
// its last unit, to say with a copula which of them takes which role
// (县政府办公室、县司法局负责，县政府办公室为牵头单位，其他为配合单位): the
// roles the parser gave by it differ from the verb or the list beside the
// names, as they should. The clause ends at a bracket's close, a full
// stop or a line end.
func copulaAfter(t docText, it *model.Item) bool {
	if len(it.Units) == 0 {
		return false
	}
	at := it.Units[len(it.Units)-1].Span.End
	if at <= 0 || at >= len(t.s) {
		return false
	}
	end := min(len(t.s), at+copulaLookBytes)
	for end > at && !utf8.RuneStart(t.s[end-1]) {
		end--
	}
	w := t.s[at:end]
	if k := strings.IndexAny(w, "）)\n"); k >= 0 {
		w = w[:k]
	}
	if k := strings.Index(w, "。"); k >= 0 {
		w = w[:k]
	}
	w = t.fold(w)
	for _, h := range role.LabelHeads {
		if h.Role != model.RoleResponsible && (strings.Contains(w, "为"+h.Word) || strings.Contains(w, "是"+h.Word)) {
			return true
		}
	}
	return false
}
