package parse

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
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
	var out []unitRef
	var sh clauseShape
	if r, _, ok := findLeadRule(s.S); ok {
		sh.rule = &r
	}
	for si, seg := range splitAtLabels(slices.Collect(splitTop(s, "；;"))) {
		seg = seg.TrimSpace()
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
		}
		for part := range splitTop(seg, "，,") {
			part = part.TrimSpace()
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
				part = part.From(n).TrimSpace()
			}
			role := segRole
			if role == "" {
				role = model.RoleResponsible
			}
			list := part
			pos, rw, hasVerb := findRoleWord(part.S)
			if hasVerb {
				list = part.Slice(0, pos)
				role = verbRole(part.S[pos:], rw)
			}
			names := splitUnits(trimQualifiers(list), role)
			switch {
			case hasVerb && len(names) == 0:
				sh.emptyVerb = true
			case hasVerb:
				sh.verbs++
			case org.IsDate(part.S):
				sh.noteDeadline(part.S)
			case len(names) == 0 && isLongProse(part.S):
				sh.prose = true
			}
			out = append(out, names...)
		}
	}
	return out, sh
}

// splitUnits splits a list of unit names on 、 and on 和/及/与 where both
// sides are unit names; parentheses are never split. The units take role,
// except one marked as the lead by a note of its own (市发改委（牵头）).
func splitUnits(s source.Str, role model.Role) []unitRef {
	var out []unitRef
	for _, f := range collectiveRuns(s.S, fieldsOutside(s.S, "、/")) {
		p := s.Slice(f[0], f[1])
		for _, q := range splitSpaced(p) {
			q = q.TrimFunc(func(r rune) bool { return source.IsSpace(r) || strings.ContainsRune("“”\"'‘’。.", r) })
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

// splitSpaced splits a field where a page put spaces in place of 、
// (市发改委 市财政局), or a table cell a line break (one unit per line), when
// every part is a whole organisation name of three characters or more (and
// none is an office of the name before it, 区政府 办公室), then on
// conjunctions.
func splitSpaced(p source.Str) []source.Str {
	fs := fieldsOutside(strings.TrimSpace(p.S), " \u3000\n")
	p = p.TrimSpace()
	var parts []source.Str
	for _, f := range fs {
		q := p.Slice(f[0], f[1])
		if q.Len() == 0 {
			continue
		}
		if utf8.RuneCountInString(q.S) < 3 || !org.HasEnding(q.S) || len(parts) > 0 && strings.HasPrefix(fold(q.S), "办公") {
			return splitConj(p)
		}
		parts = append(parts, q)
	}
	var out []source.Str
	for _, q := range parts {
		out = append(out, splitConj(q)...)
	}
	return out
}

// fieldsOutside returns the byte ranges of the fields of s between the
// separators seps that stand outside brackets.
func fieldsOutside(s, seps string) [][2]int {
	var out [][2]int
	start := 0
	for i, r := range outside(s) {
		if source.InSet(seps, r) {
			out = append(out, [2]int{start, i})
			start = i + utf8.RuneLen(r)
		}
	}
	return append(out, [2]int{start, len(s)})
}

// placeRanks are the administrative levels a collective lists one by one:
// 各县、市、区政府 is the governments of every county, city and district.
const placeRanks = "省市县区乡镇旗州盟"

// collectiveRuns joins a collective written as a run of levels (各县、市、
// 区政府) into one field: a field that is a lone level joins the field
// before it, when that run starts with 各, and the field after it. 各 and
// a level alone joins a next field that opens with a level and its
// bracketed sub-levels: 各市、县（市、区）农业农村局 is one collective.
func collectiveRuns(s string, fs [][2]int) [][2]int {
	out := fs[:0:0]
	runStart, joinNext := -1, false
	for i, f := range fs {
		t := fold(strings.TrimSpace(s[f[0]:f[1]]))
		r, n := utf8.DecodeRuneInString(t)
		lone := n == len(t) && source.InSet(placeRanks, r)
		if !lone && i+1 < len(fs) && strings.HasPrefix(t, "各") && isLoneRank(t[len("各"):]) && opensWithBracketedRank(fold(strings.TrimSpace(s[fs[i+1][0]:fs[i+1][1]]))) {
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

// isLoneRank reports whether t is one administrative level: 市, 县.
func isLoneRank(t string) bool {
	r, n := utf8.DecodeRuneInString(t)
	return n > 0 && n == len(t) && source.InSet(placeRanks, r)
}

// opensWithBracketedRank reports whether t opens with a level followed by
// a bracket of sub-levels: 县（市、区）农业农村局.
func opensWithBracketedRank(t string) bool {
	r, n := utf8.DecodeRuneInString(t)
	b, _ := utf8.DecodeRuneInString(t[n:])
	return source.InSet(placeRanks, r) && (b == '（' || b == '(')
}

// splitConj splits "市委宣传部和市网信办" into two units but leaves
// "人力资源和社会保障局" whole: the conjunction separates units only if
// the text before it is itself a unit name.
func splitConj(s source.Str) []source.Str {
	folded := script.ToSimplified(s.S) // 與 → 与, same byte offsets
	for _, conj := range []string{"以及", "和", "及", "与"} {
		for i := range outside(s.S) {
			if !strings.HasPrefix(folded[i:], conj) {
				continue
			}
			left, right := s.Slice(0, i).TrimSpace(), s.From(i+len(conj)).TrimSpace()
			if org.HasEnding(left.S) && org.HasEnding(right.S) {
				return append([]source.Str{left}, splitConj(right)...)
			}
		}
	}
	return []source.Str{s}
}

// trimNoteParen removes a bracketed note after a unit name:
// 各县（市、区）人民政府（下同） → 各县（市、区）人民政府. lead tells that the
// note marks the unit as the lead: 市发改委（牵头）.
func trimNoteParen(s source.Str) (name source.Str, lead bool) {
	inner := s.S
	base := org.StripTrailingBracket(inner)
	if base == inner {
		return s, false
	}
	note := strings.TrimSpace(inner[len(base):])
	_, n := utf8.DecodeRuneInString(note)
	_, m := utf8.DecodeLastRuneInString(note)
	if len(note) < n+m {
		return s, false
	}
	body := fold(note[n : len(note)-m])
	if body == "牵头" || body == "牵头单位" || body == "牵头部门" {
		return s.Slice(0, len(base)).TrimSpace(), true
	}
	if body == "下同" || body == "同上" || body == "下同。" || org.IsDate(body) || strings.Contains(body, "牵头") {
		return s.Slice(0, len(base)).TrimSpace(), false
	}
	return s, false
}
