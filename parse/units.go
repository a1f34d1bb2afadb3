package parse

import (
	"iter"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
)

// unitRef is a unit named in a clause, before spans are resolved.
type unitRef struct {
	name source.Str
	role model.Role
}

// label is a field name that introduces a unit list (责任单位：) or a
// person (牵头市领导：) or a deadline (完成时限：).
type label struct {
	word string
	role model.Role // "" for labels whose value is not a unit
	kind labelKind
}

type labelKind int

const (
	labelUnits labelKind = iota
	labelPerson
	labelDeadline
	labelIgnore
)

// labels, longest first within each family so that prefixes do not shadow;
// in simplified script, as text is folded before it is matched.
var labels = func() []label {
	var out []label
	add := func(kind labelKind, role model.Role, words ...string) {
		for _, w := range words {
			out = append(out, label{word: w, role: role, kind: kind})
		}
	}
	add(labelPerson, "", "牵头市领导", "牵头区领导", "牵头县领导", "牵头省领导", "分管市领导", "分管区领导", "分管县领导", "分管省领导", "分管领导", "牵头领导", "责任领导", "联系领导", "责任人", "联系人")
	add(labelDeadline, "", "完成时限", "时限要求", "完成时间", "时间要求", "时间节点", "时限")
	add(labelIgnore, "", "完成情况", "进展情况", "备注", "备 注")
	add(labelUnits, model.RoleLead, "牵头单位", "牵头部门", "牵头处室", "牵头科室", "主办单位", "主责单位")
	add(labelUnits, model.RoleCooperate, "配合单位", "配合部门", "配合处室", "协办单位", "协助单位")
	add(labelUnits, model.RoleParticipate, "参与单位", "参与部门")
	add(labelUnits, model.RoleResponsible, "责任单位", "责任部门", "责任处室", "责任科室", "责任主体", "承办单位", "实施单位", "落实单位", "部门分工", "责任分工")
	// Short labels of unit cells and lines (牵头：A 配合：B) come last so
	// that the longer ones match first.
	add(labelUnits, model.RoleLead, "牵头")
	add(labelUnits, model.RoleCooperate, "配合", "协办")
	add(labelUnits, model.RoleParticipate, "参与")
	add(labelUnits, model.RoleResponsible, "责任")
	return out
}()

// matchLabel reports the label at the start of s and the length of the label
// including a following colon, if any. A label must be followed by a colon
// unless it stands alone.
func matchLabel(s string) (label, int, bool) {
	f := foldPrefix(s, 8) // the longest label has six characters
	r, _ := utf8.DecodeRuneInString(f)
	for _, l := range labelsByRune[r] {
		if !strings.HasPrefix(f, l.word) {
			continue
		}
		rest := s[len(l.word):]
		rest2 := strings.TrimLeft(rest, " \u3000")
		r, n := utf8.DecodeRuneInString(rest2)
		if r == '：' || r == ':' {
			return l, len(s) - len(rest2) + n, true
		}
		if rest2 == "" {
			return l, len(s), true
		}
	}
	return genericLabel(s)
}

// personEndings end labels that name people (牵头负责领导：, 分管副市长：).
var personEndings = []string{"领导", "负责人", "责任人", "联系人", "省长", "市长", "州长", "县长", "区长", "镇长", "乡长", "主任", "书记", "同志"}

// labelStarts are the words a unit or person label starts with.
var labelStarts = []string{"牵头", "责任", "配合", "协同", "协办", "协助", "参与", "主办", "主责", "分管"}

// isCutLabel reports whether s is the start of a label cut off by the end
// of the text (牵头责任 for 牵头责任单位：): a few Han characters that start
// like a label, and that a listed label or a generic one would complete.
func isCutLabel(s string) bool {
	s = strings.TrimSpace(s)
	if n := utf8.RuneCountInString(s); n < 2 || n > 8 {
		return false
	}
	for _, r := range s {
		if !source.IsHan(r) {
			return false
		}
	}
	simple := segment.ToSimplified(s)
	starts := false
	for _, w := range labelStarts {
		starts = starts || strings.HasPrefix(simple, w)
	}
	if !starts {
		return false
	}
	for _, l := range labels {
		if len(l.word) > len(simple) && strings.HasPrefix(l.word, simple) {
			return true
		}
	}
	_, _, ok := genericLabel(s + "单位：")
	return ok
}

// genericLabel recognises labels beyond the list: a short phrase before a
// colon that ends in 单位/部门/处室/科室 with a role hint (主要责任单位：,
// 协同单位：, 具体承办部门：), the hint giving the role, or one that ends
// like a person's post (牵头负责领导：, 分管副市长：), which names a person.
func genericLabel(s string) (label, int, bool) {
	end := -1
	for i, r := range s {
		if i > 8*3 { // at most eight characters
			return label{}, 0, false
		}
		if r == '：' || r == ':' {
			end = i
			break
		}
		if !source.IsHan(r) {
			return label{}, 0, false
		}
	}
	if end < 0 {
		return label{}, 0, false
	}
	word := strings.TrimSpace(s[:end])
	simple := segment.ToSimplified(word)
	_, n := utf8.DecodeRuneInString(s[end:])
	if hasAnySuffix(simple, personEndings...) {
		return label{word: word, kind: labelPerson}, end + n, true
	}
	if !hasAnySuffix(simple, "单位", "部门", "处室", "科室") {
		return label{}, 0, false
	}
	for _, h := range []struct {
		role  model.Role
		hints []string
	}{
		{model.RoleLead, []string{"牵头", "主办", "主责"}},
		{model.RoleCooperate, []string{"配合", "协同", "协办", "协助"}},
		{model.RoleParticipate, []string{"参与"}},
		{model.RoleResponsible, []string{"责任", "实施", "承办", "落实", "主要", "具体"}},
	} {
		for _, w := range h.hints {
			if strings.Contains(simple, w) {
				return label{word: word, role: h.role, kind: labelUnits}, end + n, true
			}
		}
	}
	return label{}, 0, false
}

func hasAnySuffix(s string, sufs ...string) bool {
	for _, x := range sufs {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// labelsByRune indexes labels by their first rune, so that probing every
// position of a text for a label costs one map lookup.
var labelsByRune = byFirstRune(labels, func(l label) string { return l.word })

// byFirstRune indexes words by their first rune, keeping their order.
func byFirstRune[T any](items []T, word func(T) string) map[rune][]T {
	m := map[rune][]T{}
	for _, it := range items {
		r, _ := utf8.DecodeRuneInString(word(it))
		m[r] = append(m[r], it)
	}
	return m
}

// roleWord is a verb that gives a unit its role.
type roleWord struct {
	word string
	role model.Role
}

// roleWords, in simplified script (text is folded before it is matched).
var roleWords = []roleWord{
	{"牵头", model.RoleLead}, {"分头", model.RoleLead},
	{"配合", model.RoleCooperate}, {"协助", model.RoleCooperate}, {"协同", model.RoleCooperate}, {"协办", model.RoleCooperate},
	{"参与", model.RoleParticipate},
	{"负总责", model.RoleResponsible}, {"负责", model.RoleResponsible}, {"落实", model.RoleResponsible}, {"承办", model.RoleResponsible},
	// 指导 (a guiding body) has no role of its own in the model; the body
	// answers for the task as a responsible one does.
	{"指导", model.RoleResponsible},
}

var roleWordsByRune = byFirstRune(roleWords, func(w roleWord) string { return w.word })

// findRoleWord returns the earliest role verb in s at parenthesis depth 0;
// the verb's byte length in s is len(rw.word).
func findRoleWord(s string) (pos int, rw roleWord, ok bool) {
	f := fold(s)
	for i, r := range outside(f) {
		for _, w := range roleWordsByRune[r] {
			if strings.HasPrefix(f[i:], w.word) {
				return i, w, true
			}
		}
	}
	return -1, roleWord{}, false
}

// fold returns s in simplified script when folding keeps every byte
// offset (as it does for Han text), else s itself, so that offsets found
// in the folded text hold in s.
func fold(s string) string {
	if f := segment.ToSimplified(s); len(f) == len(s) {
		return f
	}
	return s
}

// foldPrefix folds the first n runes of s.
func foldPrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return fold(s[:i])
		}
		n--
	}
	return fold(s)
}

// qualifiers are words between a unit list and its verb that are not part
// of any unit: 市财政局按职责分工分别牵头落实.
var qualifiers = []string{
	"按照职责分工", "按职责分工", "按照职能分工", "按职能分工", "按照职能", "按职能", "按照职责", "按职责", "根据职责", "依职责", "按照各自职责", "按各自职责", "各司其职",
	"分别", "共同", "予以", "具体", "各自", "统筹", "会同", "进行", "，", ",",
}

// leading words before a unit list: 由市政府办公室牵头.
var leaders = []string{"由", "请"}

// trimQualifiers removes qualifiers after a unit list and a leading word
// before it; both lists are in simplified script and s is folded to match.
func trimQualifiers(s source.Str) source.Str {
	for changed := true; changed; {
		changed = false
		s = s.TrimSpace()
		f := fold(s.S)
		for _, q := range qualifiers {
			if strings.HasSuffix(f, q) {
				s = s.Slice(0, len(f)-len(q))
				changed = true
				break
			}
		}
	}
	f := fold(s.S)
	for _, l := range leaders {
		if strings.HasPrefix(f, l) {
			s = s.From(len(l))
			break
		}
	}
	return dropNarrative(s.TrimSpace())
}

// dropNarrative keeps the units of a narrative clause, the part after 由:
// 技工院校内由人力资源社会保障部门（负责） gives 人力资源社会保障部门. A 由
// inside a word (自由贸易区, 经由, 理由) is no preposition, and the part
// after 由 must end like an organisation.
func dropNarrative(s source.Str) source.Str {
	k := -1
	prev := rune(0)
	for i, r := range outside(s.S) {
		if r == '由' && i > 0 && !strings.ContainsRune("自经經理缘緣", prev) {
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
	if k := strings.LastIndex(s, "、"); k >= 0 {
		return s[k+len("、"):]
	}
	return s
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
		for _, q := range splitConj(p) {
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
const placeRanks = "省市县区乡镇旗州盟縣區鄉鎮"

// collectiveRuns joins a collective written as a run of levels (各县、市、
// 区政府) into one field: a field that is a lone level joins the field
// before it, when that run starts with 各, and the field after it.
func collectiveRuns(s string, fs [][2]int) [][2]int {
	out := fs[:0:0]
	runStart, joinNext := -1, false
	for _, f := range fs {
		t := strings.TrimSpace(s[f[0]:f[1]])
		r, n := utf8.DecodeRuneInString(t)
		lone := n == len(t) && source.InSet(placeRanks, r)
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

// splitConj splits "市委宣传部和市网信办" into two units but leaves
// "人力资源和社会保障局" whole: the conjunction separates units only if
// the text before it is itself a unit name.
func splitConj(s source.Str) []source.Str {
	for _, conj := range []string{"以及", "和", "及", "与", "與"} {
		for i := range outside(s.S) {
			if !strings.HasPrefix(s.S[i:], conj) {
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

func isOpenBracket(r rune) bool  { return org.IsOpenBracket(r) }
func isCloseBracket(r rune) bool { return org.IsCloseBracket(r) }

// splitTop splits s at any rune of seps that stands outside brackets.
func splitTop(s source.Str, seps string) iter.Seq[source.Str] {
	return func(yield func(source.Str) bool) {
		start := 0
		for i, r := range outside(s.S) {
			if source.InSet(seps, r) {
				if !yield(s.Slice(start, i)) {
					return
				}
				start = i + utf8.RuneLen(r)
			}
		}
		yield(s.From(start))
	}
}

// outside yields the runes of s that stand outside any brackets (the
// brackets themselves excluded), with their byte offsets.
func outside(s string) iter.Seq2[int, rune] {
	return func(yield func(int, rune) bool) {
		depth := 0
		for i, r := range s {
			switch {
			case isOpenBracket(r):
				depth++
			case isCloseBracket(r):
				if depth > 0 {
					depth--
				}
			case depth == 0:
				if !yield(i, r) {
					return
				}
			}
		}
	}
}

// outsideText returns the text of s outside any brackets.
func outsideText(s string) string {
	var b strings.Builder
	for _, r := range outside(s) {
		b.WriteRune(r)
	}
	return b.String()
}

// splitAtLabels splits segments where another field label with its colon
// begins (牵头单位：A　配合单位：B, or with no space at all when a page's
// &nbsp; separators were lost), since layouts separate fields with spaces.
func splitAtLabels(segs []source.Str) []source.Str {
	var out []source.Str
	for _, seg := range segs {
		if !hasColon(seg.S) {
			out = append(out, seg)
			continue
		}
		// A label is not searched for inside the label just read, so that
		// 牵头责任单位： stays one label rather than 牵头 + 责任单位：.
		start, skip := 0, 0
		for i := range seg.S {
			if i < skip || !hasColon(seg.S[i:min(len(seg.S), i+8*3+3)]) {
				continue
			}
			l, n, ok := matchLabel(seg.S[i:])
			if !ok || n == len(l.word) { // a label needs its colon here
				continue
			}
			skip = i + n
			if i == 0 {
				continue
			}
			head := seg.Slice(start, i).TrimSpace()
			if head.Len() > 0 {
				out = append(out, head)
			}
			start = i
		}
		out = append(out, seg.From(start))
	}
	return out
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

// hasColon reports a full- or half-width colon in s.
func hasColon(s string) bool {
	return strings.IndexByte(s, ':') >= 0 || strings.Contains(s, "：")
}

// verbRole reads a run of role verbs (负责牵头, 牵头落实, 配合做好) and returns
// the most specific role in it: lead, cooperate or participate win over
// the general responsible, so 负责牵头 is lead and 牵头落实 stays lead.
func verbRole(s string, first roleWord) model.Role {
	role := first.role
	rest := fold(s[len(first.word):])
	for rest != "" {
		r, _ := utf8.DecodeRuneInString(rest)
		found := false
		for _, w := range roleWordsByRune[r] {
			if strings.HasPrefix(rest, w.word) {
				if role == model.RoleResponsible {
					role = w.role
				}
				rest = rest[len(w.word):]
				found = true
				break
			}
		}
		if !found {
			break
		}
	}
	return role
}
