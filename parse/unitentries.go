package parse

import (
	"strings"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// A 职责分工 written by unit gives each unit a numbered entry that opens
// with its name and a colon, then what it carries: （一）县财政局：负责落实
// 工作经费。 / （四）县住建委、县城管局：负责…。 / 1.县直有关单位：按照职责，
// 积极配合…。 The colon ends the entry's title, as any run-on title's
// colon does (corpus dev_37), and the units the title names answer for
// the entry, in the role of the first role verb of its first sentence.
// A unitHead line (县财政局： alone over its entries) is the same
// division written over lines.

// unitEntry recognises such an entry in rest, the heading's text after its
// ordinal: the title is the unit list before the colon, content the text
// after it, and c the clause the title makes. The list holds organisation
// names only (no label such as 责任单位：, no role verb), and the first
// sentence of the content holds a role verb (负责, 牵头, 配合 …), which sets
// the units' role: a section title before a colon (工作目标：…) names no
// unit, and 领导小组：组长由…担任 gives no role.
func unitEntry(rest source.Str) (title, content source.Str, c clauseRef, ok bool) {
	k, n := nextColon(rest.S, 0)
	if k <= 0 || source.MoreRunes(rest.S[:k], maxUnitHead) {
		return source.Str{}, source.Str{}, clauseRef{}, false
	}
	if end := source.Index(rest.S, "。"); end >= 0 && end < k {
		return source.Str{}, source.Str{}, clauseRef{}, false
	}
	title = rest.Slice(0, k).TrimSpace()
	content = rest.From(k + n).TrimSpace()
	c, ok = unitTitle(title, content)
	return title, content, c, ok
}

// unitTitle reads title as the units that carry content: a list of
// organisation names with no label and no role verb, and a role verb in
// content's first sentence, whose role the units take.
func unitTitle(title, content source.Str) (clauseRef, bool) {
	if title.Len() == 0 || content.Len() == 0 {
		return clauseRef{}, false
	}
	if _, _, isLabel := matchLabel(title.S); isLabel {
		return clauseRef{}, false
	}
	if _, _, verb := findRoleWord(title.S); verb {
		return clauseRef{}, false
	}
	first := content.S
	if end := strings.IndexAny(first, "。；;"); end >= 0 {
		first = first[:end]
	}
	_, rw, ok := findRoleWord(first)
	if !ok {
		return clauseRef{}, false
	}
	refs, ok := bareUnitList(title)
	if !ok {
		return clauseRef{}, false
	}
	for i := range refs {
		refs[i].role = rw.Role
	}
	return clauseRef{text: title, units: refs}, true
}

// unitRunOnTitle reads a run-on title ended by 。 as the units of the
// entry when it is a unit list and the content opens with a role verb:
// （五）县交通运输局。负责旅游公路建设。
func unitRunOnTitle(title, content source.Str) (clauseRef, bool) {
	if content.Len() == 0 || source.MoreRunes(title.S, maxUnitHead) {
		return clauseRef{}, false
	}
	if pos, _, ok := findRoleWord(source.HeadRunes(content.S, maxRoleVerb)); !ok || pos != 0 {
		return clauseRef{}, false
	}
	return unitTitle(title, content)
}

// maxRoleVerb is the length in runes of the longest role verb (负总责).
const maxRoleVerb = 3

// unitEntryClause is the clause of an item written as a unit entry, with
// a colon or a 。 after its units (1.县财政局：负责… / 1.县财政局。负责…):
// an item has no title, so the units stay in its text.
func unitEntryClause(rest source.Str) (clauseRef, bool) {
	if _, _, c, ok := unitEntry(rest); ok {
		return c, true
	}
	return unitRunOnTitle(splitRunOn(rest))
}
