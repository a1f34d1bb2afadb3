package parse

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/docmeta"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// unitRef is a unit named in a clause, before spans are resolved.
type unitRef struct {
	name source.Str
	role model.Role
}

// parseClause reads a unit clause — the text inside （…） after a content
// paragraph, a 责任单位 cell, or what follows 责任单位：on a line — into
// units with roles, following the conventions of Chinese work plans:
// segments separated by ；carry their own label, segments separated by ，
// their own verb; lists are split on 、，and on 和/及 between unit names.
func parseClause(s source.Str) []unitRef {
	units, _ := analyzeClause(s)
	return units
}

// clauseShape describes how a text reads as a unit clause, for deciding
// whether a bracket holds one.
type clauseShape struct {
	labelled  bool      // starts with a unit label (责任单位：)
	verbs     int       // "units + role verb" phrases and unit labels
	prose     bool      // a part that reads like a sentence, not a unit or note
	emptyVerb bool      // a role verb with no unit before it
	deadline  string    // a deadline note (6月底完成, 完成时限：…), the first one
	rule      *leadRule // a lead rule stated in the clause (排在第一位的为牵头单位)
}

// noteDeadline keeps the first deadline the clause states.
func (sh *clauseShape) noteDeadline(d string) {
	if sh.deadline == "" {
		sh.deadline = strings.TrimSpace(d)
	}
}

// analyzeClause parses a clause into units and describes its shape in the
// same pass.
func analyzeClause(s source.Str) ([]unitRef, clauseShape) {
	var units [8]unitRef // room for most clauses: the list is copied out once, at its size
	out := units[:0]
	var sh clauseShape
	if r, _, ok := findLeadRule(s.S); ok {
		rule := r // r itself stays off the heap when there is no rule
		sh.rule = &rule
	}
	var buf [8]source.Str // room for most clauses without allocating
	segs := buf[:0]
	var named unitSet // the units a copula gave their role (县财政局为牵头单位)
	for seg := range splitTop(s, "；;。") {
		segs = splitAtLabels(segs, seg)
	}
	segs = splitCopulaNotes(segs)
	for si, seg := range segs {
		seg = trimStr(seg)
		segRole := model.Role("")
		if l, n, ok := matchLabel(seg.S); ok {
			if l.kind == labelDeadline {
				sh.noteDeadline(seg.S[n:])
			}
			if l.kind != labelUnits {
				continue // people, deadlines and notes are not units
			}
			if si == 0 {
				sh.labelled = true
			}
			sh.verbs++
			segRole = l.role
			seg = seg.From(n)
		} else if otherField(seg.S) {
			continue // 适用范围：…, 工作目标：…: a field that names no unit
		}
		bare := -1 // where the names of the last part begin, when it had no verb or label
		for part := range splitTop(seg, "，,") {
			part = trimStr(part)
			if part.Len() == 0 || sh.rule != nil && isLeadRule(outsideText(part.S)) {
				continue // the rule is not a unit
			}
			if l, n, ok := matchLabel(part.S); ok {
				if l.kind != labelUnits {
					if l.kind == labelDeadline {
						sh.noteDeadline(part.S[n:])
					}
					segRole = "" // a deadline label ends the unit list
					break
				}
				sh.verbs++
				segRole = l.role
				part = trimStr(part.From(n))
			} else if otherField(part.S) {
				break // 负责部门：A，适用范围：B: the field and what follows it name no unit
			}
			role := segRole
			if role == "" {
				role = model.RoleResponsible
			}
			list := part
			hasVerb, copula := false, false
			if end, r, ok := copulaRole(part.S); ok {
				// 市发改委为牵头单位: the label after the list is its verb.
				list, role, hasVerb, copula = part.Slice(0, end), r, true, true
				if othersWord(list.S) {
					// 其他为配合单位: the units the clause listed and no
					// copula named take the role; with none, the others
					// are a list outside the clause.
					others := 0
					for i := range out {
						if !named.has(i) {
							out[i].role = role
							others++
						}
					}
					if others == 0 {
						sh.emptyVerb = true
					}
					sh.verbs++
					bare = -1
					continue
				}
			} else if pos, rw, ok := findRoleWord(part.S); ok {
				list, role, hasVerb = part.Slice(0, pos), verbRole(part.S[pos:], rw), true
			}
			n0 := len(out)
			if lead, with, ok := cutHuitong(list); ok {
				// 由市发改委会同市财政局负责: the first leads, the others
				// work with it, unless the verb gives them all a role.
				leadRole, withRole := role, role
				if role == model.RoleResponsible {
					leadRole, withRole = model.RoleLead, model.RoleCooperate
				}
				out = splitUnits(out, trimQualifiers(lead), leadRole)
				out = splitUnits(out, trimQualifiers(with), withRole)
			} else {
				out = splitUnits(out, trimQualifiers(list), role)
			}
			moved := 0
			if copula {
				// 县政府办公室为牵头单位 after a list naming it: the role is
				// the listed unit's, not a second unit's.
				out, moved = renamed(out, n0, role, &named)
			}
			names := out[n0:]
			switch {
			case moved > 0 && len(names) == 0:
				sh.verbs++
			case hasVerb && len(names) == 0 && bare >= 0 && trimQualifiers(list).Len() == 0:
				// 县发改局、县财政局，按职责分工负责: the verb of the list
				// before it.
				for i := bare; i < n0; i++ {
					out[i].role = role
				}
				sh.verbs++
			case hasVerb && len(names) == 0 && org.Classify(trimQualifiers(list).S) == org.Person:
				// 王立新副市长牵头，市发改委负责: a leader beside the units is
				// no unit, and no verb without one either.
			case hasVerb && len(names) == 0:
				sh.emptyVerb = true
			case hasVerb:
				sh.verbs++
			case org.IsDate(part.S):
				sh.noteDeadline(part.S)
			case len(names) == 0 && isLongProse(part.S):
				sh.prose = true
			}
			bare = -1
			if !hasVerb && len(names) > 0 && segRole == "" {
				bare = n0 // names without a verb or a label, which a verb alone may follow
			}
		}
	}
	if len(out) == 0 {
		return nil, sh
	}
	return append(make([]unitRef, 0, len(out)), out...), sh
}

// splitCopulaNotes parts from each segment a closing bracket that says
// with copulas which unit of the list before it takes which role
// (县政务服务管理局、各乡镇人民政府（县政务服务管理局为牵头单位，其他为配合
// 单位）): its parts are read after the list, as a clause's parts after
// a comma are. Segments are changed in place where one is.
func splitCopulaNotes(segs []source.Str) []source.Str {
	for i := 0; i < len(segs); i++ {
		seg := trimStr(segs[i])
		if !strings.HasSuffix(seg.S, "）") && !strings.HasSuffix(seg.S, ")") {
			continue
		}
		base := org.StripTrailingBracket(seg.S)
		if base == seg.S || strings.TrimSpace(base) == "" {
			continue
		}
		_, n := script.DecodeRune(seg.S[len(base):])
		_, m := script.DecodeLastRune(seg.S)
		if len(seg.S)-len(base) < n+m {
			continue
		}
		note := seg.Slice(len(base)+n, len(seg.S)-m)
		if !hasCopulaRole(note) {
			continue
		}
		segs = slices.Insert(segs, i+1, note)
		segs[i] = seg.Slice(0, len(base))
		i++
	}
	return segs
}

// unitSet is a set of indices of a clause's units, the first 64.
type unitSet uint64

// has tells whether the set holds i.
func (u unitSet) has(i int) bool { return i < 64 && u&(1<<i) != 0 }

// add puts i in the set.
func (u *unitSet) add(i int) {
	if i < 64 {
		*u |= 1 << i
	}
}

// renamed gives each unit of out[n0:] — named by a copula with role —
// that the clause listed before (out[:n0], by the same name) to that
// unit instead, drops it, and notes the units a copula named; it returns
// out and how many it dropped.
func renamed(out []unitRef, n0 int, role model.Role, named *unitSet) ([]unitRef, int) {
	k := n0
	for _, u := range out[n0:] {
		i := slices.IndexFunc(out[:n0], func(v unitRef) bool { return v.name.S == u.name.S })
		if i < 0 {
			named.add(k)
			out[k] = u
			k++
			continue
		}
		out[i].role = role
		named.add(i)
	}
	return out[:k], len(out) - k
}

// othersHeads open a word naming, after a copula, the units of a clause its
// copulas did not name (其他为配合单位, 其余单位为协办单位, 其他相关部门为配合单位),
// in simplified script; othersQualifiers may follow the head and one of
// othersNouns may close the word.
var (
	othersHeads      = []string{"其他", "其它", "其余"}
	othersQualifiers = []string{"有关", "相关"}
	othersNouns      = []string{"单位", "部门", "责任单位", "成员单位", "责任部门"}
)

// othersWord tells whether s, spaces trimmed, is a word for the others: a
// head of othersHeads alone, or followed by an optional qualifier and a
// noun (其它部门, 其余有关单位).
func othersWord(s string) bool {
	s = fold(strings.TrimSpace(s))
	rest, ok := cutAnyPrefix(s, othersHeads)
	if !ok {
		return false
	}
	if rest == "" {
		return true
	}
	if r, ok := cutAnyPrefix(rest, othersQualifiers); ok {
		rest = r
	}
	return slices.Contains(othersNouns, rest)
}

// cutAnyPrefix returns s without the first of prefixes it begins with, and
// whether there was one.
func cutAnyPrefix(s string, prefixes []string) (string, bool) {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}

// splitUnits splits a list of unit names on 、 and on 和/及/与 where both
// sides are unit names; parentheses are never split. The units take role,
// except one marked as the lead by a note of its own (市发改委（牵头）).
// They are appended to out.
func splitUnits(out []unitRef, s source.Str, role model.Role) []unitRef {
	var fields [16][2]int // room for most lists without allocating
	var buf [8]source.Str // and for the names of one field
	names := buf[:0]
	fs := append(fields[:0], [2]int{0, len(s.S)})
	if hasListSep(s.S) {
		fs = collectiveRuns(s.S, fieldsOutside(fields[:0], s.S, isListSep))
	}
	for _, f := range fs {
		names = splitSpaced(names[:0], s.Slice(f[0], f[1]))
		for _, q := range names {
			q = trimNameEdges(q)
			q, lead := trimNoteParen(q)
			if !org.IsUnit(q.S) {
				continue
			}
			r := role
			if lead {
				r = model.RoleLead
			}
			out = append(out, unitRef{name: q, role: r})
		}
	}
	return out
}

// isListSep separates the names of a unit list: 市发改委、市财政局, 市委/市政府.
func isListSep(r rune) bool { return r == '、' || r == '/' }

// hasListSep reports whether s holds a rune of isListSep, by two byte
// searches: a list of one name (most are) is then not read rune by rune
// for its fields, and is one field (collectiveRuns leaves a lone field
// as it is).
func hasListSep(s string) bool {
	return strings.IndexByte(s, '/') >= 0 || source.Contains(s, "、")
}

// trimNameEdges is q.TrimFunc(isNameEdge) answering at once for a name
// that opens and closes with an ideograph, as nearly every name does: no
// rune of isNameEdge is one.
func trimNameEdges(q source.Str) source.Str {
	if first, n := script.Decode3(q.S); n > 0 && isIdeograph(first) {
		if last, m := script.Decode3(q.S[len(q.S)-3:]); m > 0 && isIdeograph(last) {
			return q
		}
	}
	return q.TrimFunc(isNameEdge)
}

// isNameEdge is what is trimmed off a unit name: space, quotes, a full stop.
func isNameEdge(r rune) bool {
	switch r {
	case '“', '”', '"', '\'', '‘', '’', '。', '.':
		return true
	}
	return source.IsSpace(r)
}

// isFieldSpace separates the names of a list written with spaces or one
// per line.
func isFieldSpace(r rune) bool { return r == ' ' || r == '\u3000' || r == '\n' }

// hasFieldSpace reports whether s holds a rune of isFieldSpace, reading
// bytes rather than decoding every rune.
func hasFieldSpace(s string) bool {
	// One pass over the bytes: the fields asked about are short, and
	// three searches cost more in calls than they save.
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\n':
			return true
		case 0xE3: // U+3000 is E3 80 80, and E3 only ever leads a rune
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80 {
				return true
			}
		}
	}
	return false
}

// splitSpaced splits a field where a page put spaces in place of 、
// (市发改委 市财政局), or a table cell a line break (one unit per line), when
// every part is a whole organisation name of three characters or more (and
// none is an office of the name before it, 区政府 办公室), then on
// conjunctions. The names are appended to dst.
func splitSpaced(dst []source.Str, p source.Str) []source.Str {
	p = trimStr(p)
	t := p.S
	if !hasFieldSpace(t) {
		// One field, the usual case: nothing to test.
		if p.Len() == 0 {
			return dst
		}
		return splitConj(dst, p)
	}
	if rest, ok := afterLeader(p); ok {
		return splitSpaced(dst, rest)
	}
	var fields [8][2]int
	var buf [8]source.Str
	parts := buf[:0]
	for _, f := range fieldsOutside(fields[:0], t, isFieldSpace) {
		q := p.Slice(f[0], f[1])
		if q.Len() == 0 {
			continue
		}
		if utf8.RuneCountInString(q.S) < 3 || !org.HasEnding(q.S) || len(parts) > 0 && strings.HasPrefix(fold(q.S), "办公") {
			if w, ok := unwrapName(p); ok {
				return splitConj(dst, w)
			}
			return splitConj(dst, p)
		}
		parts = append(parts, q)
	}
	for _, q := range parts {
		dst = splitConj(dst, q)
	}
	return dst
}

// afterLeader returns the rest of p when its first field is a person's
// name alone, parted from a unit by white space (刘志强 招商办): a
// PDF-to-text tool set the 分管领导 column so close to the units' that
// the two cells came out as one. The person is no unit.
func afterLeader(p source.Str) (source.Str, bool) {
	i := strings.IndexFunc(p.S, isFieldSpace)
	if i <= 0 || !org.IsPersonName(p.S[:i]) {
		return p, false
	}
	rest := trimStr(p.From(i))
	return rest, rest.Len() > 0 && org.HasEnding(rest.S)
}

// unwrapName joins a name a converter wrapped inside a table cell (县自然资
// / 源局, 各乡镇人 / 民政府): p's lines, each but the last without an
// organisation ending, the next not opening with a place rank as a name of
// its own would, run on without the breaks.
func unwrapName(p source.Str) (source.Str, bool) {
	if !strings.Contains(p.S, "\n") {
		return p, false
	}
	var out source.Str
	first := true
	for _, f := range fieldsOutside(nil, p.S, func(r rune) bool { return r == '\n' }) {
		q := trimStr(p.Slice(f[0], f[1]))
		if q.Len() == 0 {
			return p, false
		}
		if first {
			out, first = q, false
			continue
		}
		if !org.RunsOn(out.S, q.S) {
			return p, false
		}
		out = source.Concat(out, q)
	}
	return out, true
}

// fieldsOutside appends to dst the byte ranges of the fields of s between
// the separators (sep) that stand outside brackets.
func fieldsOutside(dst [][2]int, s string, sep func(rune) bool) [][2]int {
	start := 0
	for i, r := range outside(s) {
		if sep(r) {
			dst = append(dst, [2]int{start, i})
			start = i + utf8.RuneLen(r)
		}
	}
	return append(dst, [2]int{start, len(s)})
}

// placeRanks are the administrative levels a collective lists one by one:
// 各县、市、区政府 is the governments of every county, city and district
// (org.PlaceRanks).
const placeRanks = org.PlaceRanks

// collectiveRuns joins a collective written as a run of levels (各县、市、
// 区政府) into one field: a field that is a lone level joins the field
// before it, when that run starts with 各, and the field after it. 各 and
// a level alone joins a next field that opens with a level and its
// bracketed sub-levels or its government: 各市、县（市、区）农业农村局 and
// 各州、市人民政府 are one collective each. fs is rewritten in place.
func collectiveRuns(s string, fs [][2]int) [][2]int {
	if len(fs) < 2 {
		return fs
	}
	out := fs[:0]
	runStart, joinNext := -1, false
	for i, f := range fs {
		t := foldRank(s[f[0]:f[1]])
		r, n := script.DecodeRune(t)
		lone := n == len(t) && source.InSet(placeRanks, r)
		if !lone && i+1 < len(fs) && strings.HasPrefix(t, "各") && isLoneRank(t[len("各"):]) && opensWithSharedRank(foldRank(s[fs[i+1][0]:fs[i+1][1]])) {
			out = append(out, f)
			runStart, joinNext = len(out)-1, true
			continue
		}
		switch {
		case lone && runStart >= 0:
			out[len(out)-1][1] = f[1]
			joinNext = true
		case joinNext:
			out[len(out)-1][1] = f[1]
			joinNext, runStart = false, -1
		default:
			out = append(out, f)
			runStart = -1
			if strings.HasPrefix(t, "各") {
				runStart = len(out) - 1
			}
		}
	}
	return out
}

// rankStarts holds the runes that may start a field collectiveRuns looks
// at once folded: a level or 各.
var rankStarts = docmeta.StartsOf(strings.Split(placeRanks+"各", ""))

// foldRank returns a field of a unit list trimmed and folded, as
// collectiveRuns reads it; a field that cannot start with a level or 各
// comes back trimmed only, since no test of collectiveRuns can then hold.
func foldRank(field string) string {
	t := trimSpace(field)
	if r, _ := script.DecodeRune(t); !rankStarts.Has(r) {
		return t
	}
	return fold(t)
}

// isLoneRank reports whether t is one administrative level: 市, 县.
func isLoneRank(t string) bool {
	r, n := script.DecodeRune(t)
	return n > 0 && n == len(t) && source.InSet(placeRanks, r)
}

// opensWithSharedRank reports whether t opens with a level followed by a
// bracket of sub-levels (县（市、区）农业农村局) or by the government of that
// level (市人民政府, 县政府): the second level of a collective whose head
// noun the level before it shares. 市直各部门 opens with no such noun.
func opensWithSharedRank(t string) bool {
	r, n := script.DecodeRune(t)
	if !source.InSet(placeRanks, r) {
		return false
	}
	b, _ := script.DecodeRune(t[n:])
	return b == '（' || b == '(' || strings.HasPrefix(t[n:], "人民政府") || strings.HasPrefix(t[n:], "政府")
}

// conjunctions may join two unit names, in simplified script, tried in
// this order.
var conjunctions = []string{"以及", "和", "及", "与"}

// conjStarts holds the runes that may start a conjunction once folded.
var conjStarts = docmeta.StartsOf(conjunctions)

// splitConj splits "市委宣传部和市网信办" into two units but leaves
// "人力资源和社会保障局" whole: the conjunction separates units only if
// the text before it is itself a unit name. The parts are appended to dst.
func splitConj(dst []source.Str, s source.Str) []source.Str {
	if !conjStarts.HasAny(s.S) {
		return append(dst, s) // no conjunction: nothing to fold
	}
	folded := fold(s.S) // 與 → 与, same byte offsets
	for _, conj := range conjunctions {
		if !source.Contains(folded, conj) {
			continue
		}
		for i := range outside(s.S) {
			if !strings.HasPrefix(folded[i:], conj) {
				continue
			}
			left, right := trimStr(s.Slice(0, i)), trimStr(s.From(i+len(conj)))
			if org.HasEnding(left.S) && org.HasEnding(right.S) {
				return splitConj(append(dst, left), right)
			}
		}
	}
	return append(dst, s)
}

// trimNoteParen removes a bracketed note after a unit name:
// 各县（市、区）人民政府（下同） → 各县（市、区）人民政府, and a contact
// (县财政局（周涛）, 县数据资源局（联系电话：…）) the same way; a person named
// before a unit in brackets (刘洋（市教育局）) leaves the unit. lead tells that the
// note marks the unit as the lead: 市发改委（牵头）.
func trimNoteParen(s source.Str) (name source.Str, lead bool) {
	inner := s.S
	base := org.StripTrailingBracket(inner)
	if base == inner {
		return s, false
	}
	note := strings.TrimSpace(inner[len(base):])
	_, n := script.DecodeRune(note)
	_, m := script.DecodeLastRune(note)
	if len(note) < n+m {
		return s, false
	}
	body := fold(note[n : len(note)-m])
	if body == "牵头" || body == "牵头单位" || body == "牵头部门" {
		return s.Slice(0, len(base)).TrimSpace(), true
	}
	if body == "下同" || body == "同上" || body == "下同。" || org.IsDate(body) || source.Contains(body, "牵头") || org.IsContact(body) {
		return s.Slice(0, len(base)).TrimSpace(), false
	}
	if personFirst(base, body) {
		return s.Slice(len(base), len(inner)).TrimSpace().Slice(n, len(note)-m).TrimSpace(), false
	}
	return s, false
}

// personFirst reports a person named before a unit in brackets, base
// being the text before the bracket and body its inside: 刘洋（市教育局）.
func personFirst(base, body string) bool {
	return org.HasEnding(body) && org.IsContact(fold(strings.TrimSpace(base)))
}

// personUnit reports a name written as a person with the unit in brackets
// (刘洋（市教育局）): the unit is named.
func personUnit(s string) bool {
	base := org.StripTrailingBracket(s)
	note := strings.TrimSpace(s[len(base):])
	_, n := script.DecodeRune(note)
	_, m := script.DecodeLastRune(note)
	return base != s && len(note) >= n+m && personFirst(base, fold(note[n:len(note)-m]))
}

// cutHuitong splits a unit list at 会同 (with), outside brackets: 市发改委
// 会同市财政局 is 市发改委 heading the work with 市财政局.
func cutHuitong(list source.Str) (lead, with source.Str, ok bool) {
	if !source.Contains(list.S, "会同") && !source.Contains(list.S, "會同") {
		return source.Str{}, source.Str{}, false
	}
	f := fold(list.S)
	for i := range outside(f) {
		if strings.HasPrefix(f[i:], "会同") {
			lead, with = list.Slice(0, i).TrimSpace(), list.From(i+len("会同")).TrimSpace()
			return lead, with, lead.Len() > 0 && with.Len() > 0
		}
	}
	return source.Str{}, source.Str{}, false
}
