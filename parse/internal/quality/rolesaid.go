package quality

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/role"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// saidRole is what roleSaid returns of a unit, but for the word that
// says the role: one per unit of a plan is kept while the quality checks
// run, when the whole Document is in memory, and only the unit a check
// flags needs its word (roleSaid reads it again).
type saidRole struct {
	role      model.Role
	first, ok bool
}

// rolesSaid returns roleSaid of every unit of the plan pi, in the plan's
// order (eachItem, then the item's units), read once for the checks that
// ask.
func (a *assessor) rolesSaid(pi int) []saidRole {
	if a.saids == nil {
		a.saids = make([][]saidRole, len(a.planList))
	}
	if a.saids[pi] == nil {
		text, out := textOf(a.ev), make([]saidRole, 0, unitCount(a.planList[pi].Plan))
		eachItem(a.planList[pi].Plan, func(_, _, _ int, it *model.Item) {
			for ui := range it.Units {
				w, first, ok := roleSaid(text, it, ui)
				out = append(out, saidRole{w.Role, first, ok})
			}
		})
		a.saids[pi] = out
	}
	return a.saids[pi]
}

// roleSaid returns the role the text itself gives the unit ui of it, and
// the word that gives it: the verb closing the run of units the unit
// stands in (市财政局、市税务局配合 gives both cooperate; 市发改委、市财政局
// 按职责分工负责 both responsible), or, with no verb there, the label that
// opens its clause (配合单位：市财政局、市税务局; 责任科室：财务科). first
// tells whether the unit opens that run or clause: a document-wide rule
// (列第一位的为牵头单位) may make such a unit of a responsible list the lead.
func roleSaid(t docText, it *model.Item, ui int) (w role.Word, first, ok bool) {
	text, us := t.s, it.Units
	if !spanIn(text, us[ui].Span) {
		return role.Word{}, false, false
	}
	k, j := ui, ui
	for k > 0 && listGap(text, us[k-1].Span, us[k].Span) {
		k--
	}
	for j+1 < len(us) && listGap(text, us[j].Span, us[j+1].Span) {
		j++
	}
	if w, ok := roleVerbAfter(t, us[ui].Span.End); ok {
		return w, k == ui, true // 牵头, 配合 … right after the name
	}
	verb, said := role.Word{}, false
	if opensList(text, us[k].Span.Start) {
		verb, said = verbAfter(t, us[j].Span.End)
	}
	if said && j == ui {
		return verb, k == ui, true // 负责 right after the name
	}
	label, colon, labelled := labelBefore(t, us[ui].Span.Start)
	switch {
	case said && labelled && label.Role != verb.Role:
		return role.Word{}, false, false // 责任科室：甲科，乙单位配合: the list is in doubt
	case said:
		return verb, k == ui, true
	case !labelled:
		return role.Word{}, false, false
	}
	first = ui == 0 || !spanIn(text, us[ui-1].Span) || us[ui-1].Span.End <= colon || us[ui-1].Span.Start >= us[ui].Span.Start
	return label, first, true
}

// opensList tells whether a list of units starting at the byte at opens
// a clause — after a line or cell start, a space, an opening bracket, a
// separator, a colon or 由 — so that the verb closing it is all its
// units': after another word (甲会同乙负责, 配合乙…) the list is that word's.
func opensList(text string, at int) bool {
	before := source.TrimRight(text[:at], " \u3000")
	r, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || strings.ContainsRune("\n\t\r（(【[〔，,、；;。：:|｜│由", r)
}

// spanIn tells whether sp is a span of text.
func spanIn(text string, sp model.Span) bool {
	return sp.Start >= 0 && sp.Start < sp.End && sp.End <= len(text)
}

// listSeps are what may stand between two units of one list, spaces
// trimmed.
var listSeps = []string{"、", "，", ",", "和", "及", "与", "以及"}

// maxListGap bounds the text between two units of one list: a separator
// and a few spaces.
const maxListGap = 12

// listGap tells whether the text between the spans x and y, in this
// order, is a list separator alone (、，和及与), so that one verb after the
// list closes both.
func listGap(text string, x, y model.Span) bool {
	if !spanIn(text, x) || !spanIn(text, y) || y.Start < x.End || y.Start-x.End > maxListGap {
		return false
	}
	gap := strings.Trim(text[x.End:y.Start], " \u3000")
	for _, s := range listSeps {
		if gap == s {
			return true
		}
	}
	return false
}

// verbAdverbs may stand between a list of units and its verb (按职责分工负责,
// 分别牵头), in simplified script; the longest first.
var verbAdverbs = []string{"按照职责分工", "按职责分工", "按职责", "分别", "共同"}

// verbLookBytes is how much of the text after a list verbAfter reads: a
// bracket, an adverb of six characters, a verb of three and a label's
// tail.
const verbLookBytes = 3 * 14

// verbAfter returns the role verb (role.Verbs) that closes a list of units
// ending at the byte at, past spaces, an opening bracket and an adverb
// (按职责分工, 分别): 牵头, 配合, 负责 …, not the head of a label (配合单位：);
// 负责 before another verb takes that verb's role (负责牵头 leads).
func verbAfter(t docText, at int) (role.Word, bool) {
	text := t.s
	if at <= 0 || at >= len(text) {
		return role.Word{}, false
	}
	end := min(len(text), at+verbLookBytes)
	for end > at && !utf8.RuneStart(text[end-1]) {
		end--
	}
	rest := strings.TrimLeft(text[at:end], " \u3000")
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "（"), "(")
	rest = t.fold(rest)
	for _, a := range verbAdverbs {
		if strings.HasPrefix(rest, a) {
			rest = rest[len(a):]
			break
		}
	}
	w, ok := verbOpening(rest, true)
	if ok && w.Role == model.RoleResponsible {
		// 负责牵头: a responsible verb before another takes the other's
		// role, as the parser reads it.
		if next, more := verbOpening(rest[len(w.Word):], true); more {
			w = role.Word{Word: w.Word + next.Word, Role: next.Role}
		}
	}
	return w, ok
}

// labelLookBytes bounds how far before a unit labelBefore looks for its
// clause's label: a list of a few units.
const labelLookBytes = 3 * 60

// unitLabelTails close a label whose head gives the role (责任单位, 配合科室).
var unitLabelTails = []string{"单位", "部门", "处室", "科室", "股室"}

// labelBefore returns the role the label of the unit clause holding the
// byte at gives (牵头单位：, 配合：, 責任科室：), and where its colon stands:
// the last colon before at on its line, with no cell or clause boundary
// (a tab, a rule, 。 or ；) between, and a unit label (role.UnitLabels, or
// a role head with a unit tail — 协办部门 — or alone, 配合：) before it.
func labelBefore(t docText, at int) (role.Word, int, bool) {
	text := t.s
	from := max(0, at-labelLookBytes)
	for from < at && !utf8.RuneStart(text[from]) {
		from++
	}
	win := text[from:at]
	cut := clauseCuts.in(win)
	if cut >= 0 {
		_, n := utf8.DecodeRuneInString(win[cut:])
		win, from = win[cut+n:], from+cut+n
	}
	c := colons.in(win)
	if c < 0 {
		return role.Word{}, 0, false
	}
	head := source.TrimRight(t.fold(lastRunes(win[:c], 8)), " \u3000")
	for _, l := range role.UnitLabels {
		if strings.HasSuffix(head, l.Word) {
			return outerHead(head[:len(head)-len(l.Word)], l), from + c, true
		}
	}
	for _, h := range role.LabelHeads {
		if h.Role != model.RoleResponsible && strings.HasSuffix(head, h.Word) {
			return h, from + c, true
		}
		for _, t := range unitLabelTails {
			if strings.HasSuffix(head, h.Word+t) {
				return h, from + c, true
			}
		}
	}
	return role.Word{}, 0, false
}

// clauseCuts part a unit's clause from the text before it (labelBefore);
// colons close its label.
var clauseCuts, colons = newLastAny("\n\t|｜│。；;"), newLastAny("：:")

// outerHead returns the role of the head written before a label, when one
// is (协同责任单位 names cooperating units, 牵头责任单位 leading ones), or
// the label's own.
func outerHead(before string, l role.Word) role.Word {
	for _, h := range role.LabelHeads {
		if strings.HasSuffix(before, h.Word) {
			return role.Word{Word: h.Word + l.Word, Role: h.Role}
		}
	}
	return l
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, w := utf8.DecodeLastRuneInString(s[:i])
		i -= w
	}
	return s[i:]
}
