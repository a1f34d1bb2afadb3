package parse

import (
	"iter"
	"slices"
	"strings"
	"unicode/utf8"

	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// clauseRef is a unit clause found in a paragraph: the bracketed text (or a
// 责任单位： tail) and where it sits in the paragraph.
type clauseRef struct {
	start, end int        // bytes of the whole clause in the paragraph, brackets included
	text       source.Str // the clause without brackets
	units      []unitRef
	deadline   string
	rule       *leadRule  // a lead rule the clause states
	cut        source.Str // a unit name cut off by the end of the text, left out
	// standing are units a note of the clause names for every later item
	// (以下各项均需各地区落实，不再列出).
	standing []unitRef
	// weak tells a line read as units on weaker evidence (names alone in
	// a bracket, a label without its colon): it counts only under a task.
	weak bool
	// inText tells a clause that is also the item's content: an
	// unbracketed comma tail (公开清单，区发改委牵头，区政务中心配合) or
	// head (由区发改委牵头，区政务中心配合，公开清单) is read for its units
	// and stays in the item's text, since only brackets, unit lines and
	// unit cells set units apart from content.
	inText bool
}

// findClauses returns the unit clauses of a paragraph in order: bracketed
// clauses such as （市人社局牵头落实） anywhere in the text, a label tail
// such as 。责任单位：市发改委 at its end, and a closing sentence or the
// last comma parts of one made only of units and their verbs
// (…。市发改委牵头，各区配合。 or …，由市发改委牵头，各区配合。), such a
// sentence opening with 由 inside the paragraph (unitSentences), and one
// opening the paragraph before its content (commaHead).
//
// truncated tells that the text ends with p, cut off by the end of an
// excerpt: a clause left open there is still read, without a last unit
// name that was cut in mid-word.
func findClauses(p source.Str, truncated bool) []clauseRef {
	cs, _ := findClausesTail(p, truncated)
	return cs
}

// findClausesTail is findClauses that also returns where a label tail
// starts in p (lastLabelTail), -1 for none, whether or not it was read as
// a clause, for clausesAfter.
func findClausesTail(p source.Str, truncated bool) ([]clauseRef, int) {
	var buf [4]clauseRef // room for most paragraphs: copied out once, at its size
	cs, tail := clausesInto(buf[:0], p, truncated)
	if len(cs) == 0 {
		return nil, tail
	}
	return append([]clauseRef(nil), cs...), tail
}

// clausesInto is findClausesTail appending to out.
func clausesInto(out []clauseRef, p source.Str, truncated bool) ([]clauseRef, int) {
	s := p.S
	i := 0
	if c, ok := commaHead(p); ok {
		out = append(out, c)
		i = c.end
	}
	opens := newOpenFinder(s)
	for i < len(s) {
		if i = opens.next(i); i == len(s) {
			break
		}
		_, n := script.DecodeRune(s[i:])
		end := matchBracket(s, i)
		if end < 0 && truncated {
			// The text stops inside the clause: read what is there.
			if c, ok := readClause(p.From(i + n)); ok {
				c.start, c.end = i, len(s)
				c.dropCut()
				return append(out, c), lastLabelTail(s)
			}
			if c, ok := bareBracket(p, i, len(s), n, 0, true); ok {
				return append(out, c), lastLabelTail(s) // a verb, if any, was cut off with the list
			}
		}
		if end < 0 {
			i += n
			continue
		}
		_, cn := script.DecodeLastRune(s[:end])
		if !mayBeClause(s[i+n : end-cn]) {
			if c, ok := bareBracket(p, i, end, n, cn, false); ok {
				out = append(out, c)
				i = end
				continue
			}
			if c, ok := leadingBracket(p, i, end, n, cn); ok {
				out = append(out, c)
				i = end
				continue
			}
			i += n
			continue
		}
		inner := p.Slice(i+n, end-cn)
		if c, ok := readClause(inner); ok {
			c.start, c.end = i, end
			out = append(out, c)
		}
		i = end
	}
	out = labelSentences(out, p)
	out = enumClauses(out, p)
	if mayHoldUnitSentence(s) {
		out = unitSentences(out, p)
	}
	// A label tail: "…。责任单位：A、B" with no brackets.
	trimmed, stop := lastStop(s)
	tail := labelTailAfter(trimmed, stop)
	if k := tail; k >= 0 && (len(out) == 0 || out[len(out)-1].end <= k) {
		if c, ok := readClause(p.From(k)); ok {
			c.text = p.From(k).TrimFunc(func(r rune) bool { return r == '。' || source.IsSpace(r) })
			c.start, c.end = k, len(s)
			out = append(out, c)
		}
	}
	// A closing sentence that is only units and verbs: …。市发改委牵头，各区配合。
	body := source.TrimRight(s, "。；; \u3000")
	if len(out) == 0 || out[len(out)-1].end < len(body) {
		k := 0 // the last sentence starts after the last 。
		if stop >= len(body) {
			// body, a prefix of trimmed, ends before that 。
			stop = source.LastIndex(body, "。")
		}
		if stop >= 0 {
			k = stop + len("。")
		}
		if len(out) == 0 || out[len(out)-1].end <= k {
			sent := p.Slice(k, len(body)).TrimSpace()
			if units, ok := verbTail(sent); ok {
				out = append(out, clauseRef{start: k, end: len(s), text: sent, units: units})
			} else if c, ok := commaTail(p, k, len(body)); ok {
				out = append(out, c)
			}
		}
	}
	return out, tail
}

// commaTail finds the units that close the sentence p.S[from:to] after a
// comma: the longest run of its last comma parts that are unit names and
// role verbs only (公布决策目录，由市司法局牵头，各区配合). The tail is
// content too (inText): the item's text runs through it. A tail that names
// a role by a label after its units (copulaRole) is none.
func commaTail(p source.Str, from, to int) (clauseRef, bool) {
	s := p.S[from:to]
	if !roleStarts.HasAny(s) {
		return clauseRef{}, false
	}
	for i, r := range outside(s) {
		if r != '，' && r != ',' || source.TrimSpace(s[:i]) == "" {
			continue
		}
		a := from + i + utf8.RuneLen(r)
		ti, tj := source.SpaceBounds(p.S[a:to])
		if tj-ti > maxVerbTail {
			// verbTail reads no tail this long: not cut (the cut copies
			// the mapping of every line after the comma, quadratic in a
			// long paragraph of one sentence)
			continue
		}
		tail := p.Slice(a+ti, a+tj) // p.Slice(a, to).TrimSpace()
		if units, ok := verbTail(tail); ok {
			if hasCopulaRole(tail) {
				// …9个部门组成，教育部为牵头单位: a label after its units
				// inside a sentence of content says what a body is
				// there, and assigns no work.
				return clauseRef{}, false
			}
			return clauseRef{start: from + i, end: len(p.S), text: tail, units: units, inText: true}, true
		}
	}
	return clauseRef{}, false
}

// commaHead finds the units that open the paragraph p before a comma:
// the longest run of its first comma parts, opening with 由, that are unit
// names and role verbs only, with content after them in the same sentence
// (由县民政局负责，县消防救援大队协助，8月底前完成整改。). The clause
// speaks for the content after it and, unbracketed, is content too
// (inText): the item's text starts at its 由.
func commaHead(p source.Str) (clauseRef, bool) {
	s := p.S
	if !strings.HasPrefix(s, "由") || !roleStarts.HasAny(s) {
		return clauseRef{}, false
	}
	var c clauseRef
	found := false
	for i, r := range outside(s) {
		if r == '。' || r == '；' || r == ';' {
			break
		}
		if r != '，' && r != ',' {
			continue
		}
		end := i + utf8.RuneLen(r)
		if trimPiece(p.From(end)).Len() == 0 {
			break
		}
		head := p.Slice(0, i).TrimSpace()
		if units, ok := verbTail(head); ok {
			c, found = clauseRef{start: 0, end: end, text: head, units: units, inText: true}, true
		} else if found {
			break
		}
	}
	return c, found
}

// namesFirst reports whether a sentence of units opens with its first
// unit's name, after at most 由 or 请, or 以上… 由 (以上工作由, 上述工作由)
// or 此项… 由 (此项工作由, 该项任务由: the item's own work):
// 由市司法局
// 牵头, not 解释工作由市司法局承办 or 按季度公开，县民政局负责, which tell who
// does what inside a sentence of content.
func namesFirst(sent, name string) bool {
	i := source.Index(sent, name)
	if i < 0 {
		return false
	}
	pre := fold(sent[:i])
	return pre == "" || pre == "由" || pre == "请" ||
		(above(pre) || thisWork(pre)) && strings.HasSuffix(pre, "由") && hanRunes(pre) <= maxAboveLead
}

// thisWork reports whether s opens by naming the work of the item it
// closes: 此项工作, 该项任务, 本项工作, 这项工作.
func thisWork(s string) bool {
	s = strings.TrimSpace(s)
	for _, w := range []string{"此项", "该项", "本项", "这项"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// hanRunes counts the Han characters of s: a word's length without the
// pinyin glosses a mirror put after them (任务(wù)).
func hanRunes(s string) int {
	n := 0
	for _, r := range s {
		if source.IsHan(r) {
			n++
		}
	}
	return n
}

// maxAboveLead bounds the words before a sentence's units that say it
// speaks for the work above (以上各项任务由, 上述工作由), in Han characters.
const maxAboveLead = 8

// clauseOpens are the brackets a unit clause opens with.
const clauseOpens = "（(〔[［【"

func isClauseOpen(r rune) bool { return source.ContainsRune(clauseOpens, r) }

// clauseOpenRunes are the runes of clauseOpens.
var clauseOpenRunes = []rune(clauseOpens)

// openFinder finds the brackets of clauseOpens in a text left to right,
// for clausesInto: each bracket is searched for with IndexRune (a byte
// search) rather than every byte of the text tested, and searched for
// again only once the reader has passed where it was last found, so the
// text is read about once per bracket kind however many brackets it
// holds.
type openFinder struct {
	s string
	// found holds, per rune of clauseOpenRunes, where it was last found
	// (len(s) for nowhere), -1 before any search; clauseOpens has more
	// bytes than runes, so it has room for every rune.
	found [len(clauseOpens)]int
}

// newOpenFinder returns an openFinder of s that has searched for nothing yet.
func newOpenFinder(s string) openFinder {
	f := openFinder{s: s}
	for k := range f.found {
		f.found[k] = -1
	}
	return f
}

// next returns the offset of the first bracket of clauseOpens at or after
// i, len(s) for none; i must be a rune start, as every offset is that
// clausesInto reads from.
func (f *openFinder) next(i int) int {
	best := len(f.s)
	for k, r := range clauseOpenRunes {
		if f.found[k] < i {
			if j := source.IndexRune(f.s[i:], r); j >= 0 {
				f.found[k] = i + j
			} else {
				f.found[k] = len(f.s)
			}
		}
		best = min(best, f.found[k])
	}
	return best
}

// maxVerbTail bounds the sentences verbTail reads, in bytes: sixty
// characters, a list of units and their verbs.
const maxVerbTail = 180

// verbTail recognises a sentence made only of unit names and role verbs
// (市发改委牵头，各区、各部门配合): every name has an organisation ending
// and nothing but role words follows each verb.
func verbTail(sent source.Str) ([]unitRef, bool) {
	t := sent.S
	if t == "" || len(t) > maxVerbTail || !roleStarts.HasAny(t) && !hasCopulaRole(sent) || source.ContainsAny(t, "“”《》：:") {
		return nil, false
	}
	// A sentence without a rune that may start a verb is passed over in
	// one pass; prose fails the test of its verbs, which is cheaper than
	// reading the units, next.
	if !verbsEndParts(sent) {
		return nil, false
	}
	units, sh := analyzeClause(sent)
	if len(units) == 0 || sh.verbs == 0 || sh.prose || sh.emptyVerb || !namesFirst(t, units[0].name.S) {
		return nil, false
	}
	for _, u := range units {
		if !org.HasEnding(u.name.S) {
			return nil, false
		}
	}
	return units, true
}

// verbsEndParts reports whether sent has a role verb and nothing but
// role verbs and their complements follows the first verb of each of its
// parts (市发改委牵头落实, 各县区负责具体实施, not 负责做好…): a verb that
// governs more than units is prose.
func verbsEndParts(sent source.Str) bool {
	verbs := false
	for part := range splitTop(sent, "，,；;") {
		if _, _, ok := copulaRole(part.S); ok {
			verbs = true // 市发改委为牵头单位: nothing follows the label
			continue
		}
		pos, rw, ok := findRoleWord(part.S)
		if !ok {
			continue
		}
		verbs = true
		if !onlyVerbsAfter(part.S[pos+len(rw.Word):]) {
			return false
		}
	}
	return verbs
}

// onlyVerbsAfter reports whether rest, what follows a role verb, is only
// more role verbs and verbComplements (牵头落实, 负责具体实施, 负责组织实施):
// words that say how the work is done without naming any of it.
func onlyVerbsAfter(rest string) bool {
	if rest == "" {
		return true
	}
	rest = fold(rest)
	for rest != "" {
		if at, w, ok := findRoleWord(rest); ok && at == 0 {
			rest = rest[len(w.Word):]
			continue
		}
		n := complementLen(rest)
		if n == 0 {
			return false
		}
		rest = rest[n:]
	}
	return true
}

// verbComplements may follow a role verb in a sentence of units without
// making it prose: 各县区负责具体实施, 县教育局牵头组织实施, 各乡镇负责推进落实,
// 县住建局牵头抓总, 各乡镇负责落实到位.
// Each names a manner of carrying the work out, never an object.
var verbComplements = []string{"具体", "组织", "推进", "督促", "抓好", "实施", "抓总", "到位"}

// complementLen returns the length of the verb complement s opens with,
// 0 for none.
func complementLen(s string) int {
	for _, w := range verbComplements {
		if strings.HasPrefix(s, w) {
			return len(w)
		}
	}
	return 0
}

// matchBracket returns the index just past the bracket closing the one at
// i, or -1. Any closing bracket closes any opening one, since real text
// mixes （ with ) freely.
func matchBracket(s string, i int) int {
	depth := 0
	for j := i; j < len(s); {
		r, n := script.DecodeRune(s[j:])
		switch r {
		case '（', '(', '〔', '[', '［', '【':
			depth++
		case '）', ')', '〕', ']', '］', '】':
			depth--
			if depth == 0 {
				return j + n
			}
		}
		if j-i > 1200 {
			return -1 // no clause is that long
		}
		j += n
	}
	return -1
}

// lastLabelTail finds a unit label that starts a sentence near the end of a
// paragraph and runs to its end.
func lastLabelTail(s string) int {
	s, stop := lastStop(s)
	return labelTailAfter(s, stop)
}

// lastStop returns s without its closing 。 and spaces, and where the last
// 。 of what is left starts, -1 for none: the start of the last sentence.
func lastStop(s string) (string, int) {
	s = source.TrimRight(s, "。 \u3000")
	return s, source.LastIndex(s, "。")
}

// labelTailAfter is lastLabelTail on s and its last 。 as lastStop gives
// them.
func labelTailAfter(s string, from int) int {
	// Only the last sentence can be a tail (its own 。 aside).
	if from < 0 {
		// No sentence end: a row flattened to fields (任务：…；责任单位：…)
		// still has its label after a ；, and a heading its label after
		// a dash (推进决策公开——责任单位：…).
		if !source.Contains(s, "；") && !source.Contains(s, "—") {
			return -1
		}
		from = 0
	}
	// A label is followed by its colon or ends the text (with pinyin
	// glosses it takes at most 24 runes): after the last colon only the
	// end of the text is worth asking matchLabel about.
	lastColon := from + max(strings.LastIndexByte(s[from:], ':'), source.LastIndex(s[from:], "："))
	if lastColon < from {
		// A label with no colon may stand for it by a copula at the
		// sentence's start (。责任单位为A、B): asked there alone.
		k := len(s) - len(strings.TrimLeft(s[from:], "。；; \u3000\t—"))
		if l, _, ok := matchLabel(s[k:]); ok && l.kind == labelUnits {
			return k
		}
	}
	tail := len(s) - 24*3 // where the last 24 runes may start, at the earliest
	prev := '。'
	for k := from; k < len(s); {
		if k > lastColon && k < tail {
			// No label starts between the last colon and the tail: go on
			// at the tail, after the rune before it.
			for k = tail; !utf8.RuneStart(s[k]); k++ {
			}
			prev, _ = script.DecodeLastRune(s[:k])
			continue
		}
		if prev == '。' || prev == '；' || prev == ';' || prev == ' ' || prev == '\u3000' || prev == '\t' || prev == '—' {
			if l, _, ok := matchLabel(s[k:]); ok && l.kind == labelUnits {
				return k
			}
		}
		r, n := script.DecodeRune(s[k:])
		prev = r
		k += n
	}
	return -1
}

// readClause decides whether text is a unit clause and parses it. A
// clause either starts with a unit label (责任单位：) or ends its unit
// list with a role verb (牵头, 落实, 配合 …), and contains no sentence but
// notes: a clause may end in sentences that state a lead rule or say 下同
// (…负责。列第一位者为牵头单位，下同), which give no units, or that name
// units for every later item (…负责。以下各项均需各地区落实，不再列出),
// kept in standing.
func readClause(text source.Str) (clauseRef, bool) {
	text = text.TrimFunc(func(r rune) bool { return source.IsSpace(r) || r == '。' })
	t := text.S
	if t == "" || source.MoreRunes(t, 200) {
		return clauseRef{}, false
	}
	list := text
	var standing []unitRef
	if k := source.Index(t, "。"); k >= 0 && !fieldsAfter(t[k+len("。"):]) {
		at := k + len("。")
		for note := range strings.SplitSeq(t[at:], "。") {
			if units, ok := standingUnits(text.Slice(at, at+len(note))); ok {
				standing = units
			} else if !isClauseNote(note) {
				return clauseRef{}, false
			}
			at += len(note) + len("。")
		}
		list = text.Slice(0, k)
	}
	// Unless it starts with a unit label, every comma segment must be a
	// "units + verb" phrase, a unit list or a short note, and at least one
	// must have a verb after a unit name.
	units, sh := analyzeClause(list)
	if len(units) == 0 || !sh.labelled && (sh.verbs == 0 || sh.prose || sh.emptyVerb) {
		return clauseRef{}, false
	}
	c := clauseRef{text: text.TrimSpace(), units: units, deadline: sh.deadline, standing: standing}
	if list.S == t {
		c.rule = sh.rule // analyzeClause looked for it in the same text
	} else if r, _, ok := findLeadRule(t); ok {
		rule := r
		c.rule = &rule
	}
	return c, true
}

// fieldsAfter reports whether every sentence of s, the text after a 。
// inside a clause, opens with a field label (责任单位：X。完成时限：Y,
// 牵头单位：X。配合单位：Y): the 。 parts fields as a ； would, and the
// clause is read whole.
func fieldsAfter(s string) bool {
	any := false
	for sent := range strings.SplitSeq(s, "。") {
		if sent = strings.TrimSpace(sent); sent == "" {
			continue
		}
		if _, _, ok := matchLabel(sent); !ok || !hasColon(sent) {
			return false
		}
		any = true
	}
	return any
}

// isClauseNote reports whether a sentence after a clause's unit list is a
// note about the list: a lead rule or a 下同.
func isClauseNote(s string) bool {
	if isLeadRule(s) {
		return true
	}
	for _, w := range onwardWords {
		if source.Contains(s, w) {
			return true
		}
	}
	return false
}

// isLongProse is true for a segment that reads like a sentence rather than
// a short note such as 年内持续推进.
func isLongProse(s string) bool { return utf8.RuneCountInString(s) > 14 }

// unitLine recognises a paragraph that is only a unit clause: 责任单位：…,
// 牵头单位：… ；配合单位：…, or a bracketed clause standing alone. Person
// and deadline lines (牵头市领导：…, 完成时限：…) are recognised too and
// return ok with no units, a deadline line with its deadline, so that
// they are not taken for content.
func unitLine(p source.Str) (clauseRef, bool) {
	t := trimSpace(p.S)
	if l, n, ok := matchLabel(t); ok {
		// A person or deadline label gives no units, but a unit label
		// later on the line may (牵头领导：张三  责任单位：…).
		c, ok := readClause(p)
		if !ok {
			c = clauseRef{text: p}
			if l.kind == labelDeadline {
				c.deadline = strings.TrimSpace(t[n:]) // 完成时限：2025年底 under an item
			}
			return c, true
		}
		c.start, c.end = 0, len(p.S)
		return c, true
	}
	if !isClauseOpen(p.FirstRune()) {
		return spacedLabelLine(p)
	}
	if _, ok := ord.Read(t); ok {
		return clauseRef{}, false // （一）… is a heading
	}
	cs := findClauses(p, false)
	lead := len(p.S) - len(strings.TrimLeft(p.S, " \u3000\t"))
	if len(cs) == 1 && cs[0].start == lead && strings.TrimSpace(p.S[cs[0].end:]) == "" {
		return cs[0], true
	}
	// A bracket of names alone on the line under its content, as a page
	// that wrapped the paragraph leaves it: （县财政局、县审计局）.
	r, open := script.DecodeRune(p.S[lead:])
	end := matchBracket(p.S, lead)
	if len(cs) > 0 || end < 0 || strings.TrimSpace(p.S[end:]) != "" {
		return clauseRef{}, false
	}
	_, close := script.DecodeLastRune(p.S[:end])
	inner := p.Slice(lead+open, end-close).TrimSpace()
	if refs, cut, deadline, ok := bareList(inner, false); ok && isClauseOpen(r) {
		return clauseRef{start: lead, end: end, text: inner, units: refs, cut: cut, deadline: deadline, weak: true}, true
	}
	return clauseRef{}, false
}

// maxSpacedLabel bounds, in bytes, a unit label that a space rather than
// a colon separates from its list.
const maxSpacedLabel = 8 * 3

// spacedLabelLine recognises a unit line whose label is followed by
// spaces instead of a colon (责任单位 县财政局、县审计局), when what follows is
// a list of organisations and no label: the list takes the label's role
// unless a verb in it gives one.
func spacedLabelLine(p source.Str) (clauseRef, bool) {
	t := trimSpace(p.S)
	k := firstSpace(t[:min(len(t), maxSpacedLabel+1)])
	if k <= 0 {
		return clauseRef{}, false
	}
	l, n, ok := matchLabel(t[:k])
	if !ok || n != k || l.kind != labelUnits {
		return clauseRef{}, false
	}
	at := len(p.S) - len(t) + k
	value := p.From(at).TrimSpace()
	if _, _, isLabel := matchLabel(value.S); isLabel {
		return clauseRef{}, false // 牵头单位 配合单位: a header row
	}
	refs, ok := bareUnitList(value)
	if !ok {
		return clauseRef{}, false
	}
	if _, _, verb := findRoleWord(value.S); !verb {
		for i := range refs {
			refs[i].role = l.role
		}
	}
	return clauseRef{start: 0, end: len(p.S), text: p.TrimSpace(), units: refs, weak: true}, true
}

// firstSpace is strings.IndexAny(s, " \u3000") by two byte searches,
// without decoding every rune of s and encoding it again for the search.
func firstSpace(s string) int {
	k := strings.IndexByte(s, ' ')
	if w := source.IndexRune(s, '\u3000'); w >= 0 && (k < 0 || w < k) {
		return w
	}
	return k
}

// dropCut removes a last unit whose name was cut off in mid-word by the end
// of the text (区政 for 区政府有关部门): the last element of the clause's
// list when it has no organisation ending. The name is kept in cut for a
// warning.
func (c *clauseRef) dropCut() {
	t := c.text.S
	k := 0
	for i, r := range outside(t) {
		if source.InSet("、，,；;：: \u3000", r) {
			k = i + utf8.RuneLen(r)
		}
	}
	last := c.text.From(k).TrimSpace()
	if last.Len() == 0 || org.HasEnding(last.S) {
		return
	}
	c.cut = last
	if n := len(c.units); n > 0 && c.units[n-1].name.S == last.S {
		c.units = c.units[:n-1]
	}
}

// bareUnitList recognises a line that is only a list of units, with or
// without role verbs (市委宣传部、市政府新闻办; 市扶贫办牵头，各县区政府落实),
// as a unit column rendered one cell per line gives it.
func bareUnitList(p source.Str) ([]unitRef, bool) {
	t := source.TrimSpace(p.S)
	if t == "" || source.MoreRunes(t, 120) || source.ContainsAny(t, "。；;：:") {
		return nil, false
	}
	for part := range splitTop(p, "，,") {
		seg := part.TrimSpace()
		if pos, _, ok := findRoleWord(seg.S); ok {
			seg = seg.Slice(0, pos)
		}
		seg = trimQualifiers(seg)
		for name := range splitTop(seg, "、") {
			if n := source.TrimSpace(name.S); !org.HasEnding(n) && !personUnit(n) {
				return nil, false
			}
		}
	}
	refs := parseClause(p)
	return refs, len(refs) > 0
}

// bareBracket recognises a bracket that closes a sentence and the
// paragraph with nothing but organisation names: 做好准备。（民政局）. With
// no verb the units are responsible; a qualifier with a word after it that
// is no role verb (按职责分工办理) says the same. A bracket left open by the
// end of the text (truncated) is read without its last name when that name
// was cut.
func bareBracket(p source.Str, i, end, open, close int, truncated bool) (clauseRef, bool) {
	before := source.TrimRight(p.S[:i], " \u3000\t")
	if !strings.HasSuffix(before, "。") && !strings.HasSuffix(before, "；") || strings.Trim(p.S[end:], "。 \u3000\t") != "" {
		return clauseRef{}, false
	}
	inner := p.Slice(i+open, end-close).TrimSpace()
	refs, cut, deadline, ok := bareList(inner, truncated)
	if !ok {
		return clauseRef{}, false
	}
	return clauseRef{start: i, end: end, text: inner, units: refs, cut: cut, deadline: deadline}, true
}

// leadingBracket recognises a bracket of organisation names that opens
// the paragraph before its content: 【县教育局】推进…. Like a labelled
// clause opening an item, it speaks for the text after it; with no verb
// the units are responsible. A short title in the bracket (【决策公开】)
// names no organisation and is left alone.
func leadingBracket(p source.Str, i, end, open, close int) (clauseRef, bool) {
	if source.TrimSpace(p.S[:i]) != "" {
		return clauseRef{}, false
	}
	if r, _ := script.DecodeRune(strings.TrimLeft(p.S[end:], " \u3000")); !source.IsHan(r) {
		return clauseRef{}, false
	}
	inner := p.Slice(i+open, end-close).TrimSpace()
	if inner.Len() == 0 || source.MoreRunes(inner.S, 120) || source.ContainsAny(inner.S, "。；;：:") {
		return clauseRef{}, false
	}
	// The place vouches for the names: an organisation by its kind is
	// enough (各村（社区） has no organisation ending).
	for name := range splitTop(inner, "、，,") {
		if org.Classify(name.TrimSpace().S) != org.Organisation {
			return clauseRef{}, false
		}
	}
	refs := parseClause(inner)
	if len(refs) == 0 {
		return clauseRef{}, false
	}
	return clauseRef{start: i, end: end, text: inner, units: refs}, true
}

// bareList reads the inside of a bracket that holds nothing but the names
// of organisations, perhaps after a qualifier (按职责分工办理) and before a
// note of time (（县发改局，2024年6月底前）, returned in deadline), as
// responsible units; truncated drops a last name cut off by the end of
// the text, returned in cut.
func bareList(inner source.Str, truncated bool) (refs []unitRef, cut source.Str, deadline string, ok bool) {
	list, deadline := cutDeadline(inner)
	folded := fold(list.S)
	for _, q := range qualifiers {
		if !strings.HasPrefix(q, "按") && !strings.HasPrefix(q, "根据") {
			continue
		}
		k := source.LastIndex(folded, q)
		if k <= 0 {
			continue
		}
		if tail := list.S[k+len(q):]; utf8.RuneCountInString(tail) <= 2 {
			list = list.Slice(0, k)
			break
		}
	}
	if truncated {
		c := clauseRef{text: list}
		c.dropCut()
		if cut = c.cut; cut.Len() > 0 {
			list = list.Slice(0, len(list.S)-len(cut.S)).TrimFunc(func(r rune) bool { return source.IsSpace(r) || r == '、' || r == '，' })
		}
	}
	refs, ok = bareUnitList(list)
	if !ok {
		return nil, source.Str{}, "", false
	}
	for _, u := range refs {
		if org.Classify(u.name.S) != org.Organisation {
			return nil, source.Str{}, "", false
		}
	}
	return refs, cut, deadline, true
}

// deadlineWords mark the note of time that may close a bracket of names:
// 长期坚持, 持续推进, 6月底前, 年内完成.
var deadlineWords = []string{"长期", "持续", "常态", "年底", "月底", "季度", "年内", "底前", "完成"}

// cutDeadline takes a note of time off the end of a list of names, after
// its last comma, semicolon or space: （县政府办公室 长期坚持）.
func cutDeadline(list source.Str) (source.Str, string) {
	k := strings.LastIndexAny(list.S, "，,；; \u3000")
	if k <= 0 {
		return list, ""
	}
	_, n := script.DecodeRune(list.S[k:])
	note := strings.TrimSpace(list.S[k+n:])
	if note == "" || !org.IsDate(note) && !hasAnyWord(fold(note), deadlineWords) {
		return list, ""
	}
	return list.Slice(0, k).TrimSpace(), note
}

// mayBeClause is a cheap test that rules out most brackets (notes,
// abbreviations, document numbers) before a clause is parsed: a clause has
// a role verb or a field colon.
func mayBeClause(s string) bool {
	if hasColon(s) {
		return true
	}
	if _, _, ok := findRoleWord(s); ok {
		return true
	}
	return hasCopulaRole(source.Str{S: s})
}

// hasAnyWord reports whether s contains one of words.
func hasAnyWord(s string, words []string) bool {
	for _, w := range words {
		if source.Contains(s, w) {
			return true
		}
	}
	return false
}

// labelSentences appends to out the label sentences inside p with more
// text after them: 责任单位：X。 opening a paragraph or standing between two
// of its sentences (推进…。责任单位：X。完善…). Such a sentence is a unit
// clause like a bracketed one; the one that ends p is a label tail, read
// after. A text without a colon has none and is not read: a label that a
// copula joins to its list (责任单位为X。) is read where it closes the
// paragraph or stands in a bracket or on a line of its own, not here.
func labelSentences(out []clauseRef, p source.Str) []clauseRef {
	s := p.S
	if !source.Contains(s, "：") && strings.IndexByte(s, ':') < 0 {
		return out
	}
	n := len(out)
	for k, e := range innerSentences(s) {
		next := e + len("。")
		if l, _, ok := matchLabel(s[k:]); ok && l.kind == labelUnits && hasColon(s[k:e]) && !clauseOverlaps(out[:n], k, next) {
			if c, ok := readClause(p.Slice(k, e)); ok {
				c.start, c.end = k, next
				out = append(out, c)
			}
		}
	}
	if len(out) > n {
		slices.SortFunc(out, func(a, b clauseRef) int { return a.start - b.start })
	}
	return out
}

// innerSentences yields the start and the 。 of each sentence of s that
// has more text after it (the last is a paragraph's closing sentence, read
// on its own), each start after the spaces that open it.
func innerSentences(s string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for k := 0; k < len(s); {
			e := source.Index(s[k:], "。")
			if e < 0 {
				return
			}
			e += k
			next := e + len("。")
			if strings.TrimSpace(s[next:]) == "" || !yield(k, e) {
				return
			}
			k = len(s) - len(strings.TrimLeft(s[next:], " \u3000"))
		}
	}
}

// unitSentences appends to out the sentences inside p, with more text
// after them, that are only units and verbs or end in such comma parts,
// opening with 由 (…完工。由X牵头，Y配合。二是… / 公布目录，由X牵头，Y配合。
// 完善…): they close the content before them as the last sentence's do.
// Inside a paragraph 由 is required: 带动中小企业参与 or 区政府办公室要加强与
// 区司法局协同 read as units and a verb in running text. A text whose
// sentences name no role verb has none and is not read.
func unitSentences(out []clauseRef, p source.Str) []clauseRef {
	s := p.S
	n := len(out)
	for k, e := range innerSentences(s) {
		next := e + len("。")
		if strings.Contains(s[k:e], "由") && roleStarts.HasAny(s[k:e]) && !clauseOverlaps(out[:n], k, next) {
			sent := p.Slice(k, e).TrimSpace()
			if units, ok := verbTail(sent); ok && strings.HasPrefix(sent.S, "由") {
				out = append(out, clauseRef{start: k, end: next, text: sent, units: units})
			} else if c, ok := commaTail(p, k, e); ok && strings.HasPrefix(c.text.S, "由") {
				c.end = next
				out = append(out, c)
			}
		}
	}
	if len(out) > n {
		slices.SortFunc(out, func(a, b clauseRef) int { return a.start - b.start })
	}
	return out
}

// mayHoldUnitSentence is the gate clausesInto runs before unitSentences:
// each sentence that reads holds 由, so a text without one has none and
// is not split into sentences (TestMayHoldUnitSentence).
func mayHoldUnitSentence(s string) bool { return source.Contains(s, "由") }

// clauseOverlaps reports whether any clause of cs covers part of s[start:end].
func clauseOverlaps(cs []clauseRef, start, end int) bool {
	for _, c := range cs {
		if c.start < end && start < c.end {
			return true
		}
	}
	return false
}
