package parse

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/docmeta"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/role"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
	"github.com/zwgk/gongwen/segment/script"
)

// label is a field name that introduces a unit list (责任单位：) or a
// person (牵头市领导：) or a deadline (完成时限：).
type label struct {
	word string
	role model.Role // "" for labels whose value is not a unit
	kind labelKind
}

// labelKind tells what a label's value is: units, a person, a deadline
// or a note to ignore.
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
	add(labelDeadline, "", "完成时限", "整改时限", "整改期限", "时限要求", "完成时间", "时间要求", "时间节点", "时限")
	add(labelIgnore, "", "完成情况", "进展情况", "备注", "备 注")
	for _, w := range role.UnitLabels {
		add(labelUnits, w.Role, w.Word)
	}
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
// unless it stands alone; a listed unit label longer than two characters
// may be followed by a copula instead, before a unit (责任单位为县财政局:
// copulaLen).
func matchLabel(s string) (label, int, bool) {
	// Most texts asked about hold no label; two cheap tests rule them out.
	// Every label starts with a Han character (a gloss only follows one,
	// and folding maps Han to Han).
	r0, _ := script.DecodeRune(s)
	if !source.IsHan(r0) {
		return label{}, 0, false
	}
	if !labelFirst.Has(r0) && !hasColon(s[:min(len(s), genericLabelBytes)]) && !glossNear(s) {
		// Without folding: no listed label starts here, a generic one
		// has its colon near and a glossed one a bracket.
		return label{}, 0, false
	}
	f := foldPrefix(s, 8) // the longest label has six characters
	// A bracket is looked for with IndexByte and Contains: ContainsAny
	// decodes every rune against a set holding a non-ASCII one.
	if strings.IndexByte(f, '(') >= 0 || source.Contains(f, "（") {
		if l, n, ok := matchGlossedLabel(s); ok {
			return l, n, true
		}
	}
	r, _ := script.DecodeRune(f)
	listed := labelsByRune[r]
	if listed == nil && !hasColon(s[:min(len(s), genericLabelBytes)]) {
		return label{}, 0, false // a generic label has its colon near
	}
	for _, l := range listed {
		if !strings.HasPrefix(f, l.word) {
			continue
		}
		rest := s[len(l.word):]
		rest2 := strings.TrimLeft(rest, " \u3000")
		if q := qualifierLen(rest2); q > 0 && colonAt(rest2[q:]) {
			rest2 = rest2[q:] // 责任单位（部门）：, 配合单位(处室)：
		}
		r, n := script.DecodeRune(rest2)
		if r == '：' || r == ':' {
			return l, len(s) - len(rest2) + n, true
		}
		if rest2 == "" {
			return l, len(s), true
		}
		if l.kind == labelUnits && len(l.word) > 2*3 {
			if c := copulaLen(rest2); c > 0 { // 责任单位为县财政局
				return l, len(s) - len(rest2) + c, true
			}
		}
	}
	return genericLabel(s)
}

// glossNear reports a bracket in the first eight runes of s, where
// matchLabel looks for the glosses of a label.
func glossNear(s string) bool {
	if w := s[:min(len(s), 8*utf8.UTFMax)]; strings.IndexByte(w, '(') < 0 && !source.Contains(w, "（") {
		return false // none in the bytes the eight runes can take
	}
	n := 0
	for i := range s {
		if n == 8 {
			s = s[:i]
			break
		}
		n++
	}
	return strings.IndexByte(s, '(') >= 0 || source.Contains(s, "（")
}

// matchGlossedLabel matches a label written with pinyin glosses after its
// characters (責任單(dān)位：), as some mirror sites print them: the label
// is matched without the glosses and its length measured in s.
func matchGlossedLabel(s string) (label, int, bool) {
	p := s
	if len(p) > 24*3 { // a label, its glosses and colon fit in 24 runes
		k := 24 * 3
		for !utf8.RuneStart(p[k]) {
			k--
		}
		p = p[:k]
	}
	g := segment.StripGlosses(p)
	if len(g) == len(p) {
		return label{}, 0, false
	}
	l, n, ok := matchLabel(g)
	if !ok {
		return label{}, 0, false
	}
	want := fold(g[:n])
	for k := range p {
		if k >= n && fold(segment.StripGlosses(p[:k])) == want {
			return l, k, true
		}
	}
	if fold(segment.StripGlosses(p)) == want {
		return l, len(p), true
	}
	return label{}, 0, false
}

// labelStarts are the words a unit or person label starts with: the heads
// of unit labels (role.LabelHeads) and 分管 (分管领导).
var labelStarts = append(role.Words(role.LabelHeads), "分管")

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

// unitEndings end the generic labels of unit lists: the bodies a county
// or township plan assigns work to are 股室 and 站所 as well as 单位,
// 部门, 处室 and 科室 (责任股室：, 责任站所：).
var unitEndings = []string{"单位", "部门", "处室", "科室", "股室", "站所"}

// deadlineEndings end the generic labels of deadlines (办结时限：,
// 办理期限：, 销号时间：).
var deadlineEndings = []string{"时限", "期限", "时间"}

// genericLabel recognises labels beyond the list: a short phrase before a
// colon that ends like a body (unitEndings) with a role hint (主要责任单位：,
// 协同单位：, 具体承办部门：, 责任站所：), the hint giving the role, one that
// ends like a person's post (牵头负责领导：, 分管副市长：), which names a
// person, or one that ends like a deadline (办结时限：).
func genericLabel(s string) (label, int, bool) {
	end, wordEnd := -1, -1
	for i, r := range s {
		if i > 8*3 { // at most eight characters
			return label{}, 0, false
		}
		if r == '：' || r == ':' {
			end = i
			break
		}
		if r == '（' || r == '(' {
			// 配合科室（单位）：: the name, then its qualifier, then the colon.
			if q := qualifierLen(s[i:]); q > 0 && colonAt(s[i+q:]) {
				wordEnd, end = i, i+q
				break
			}
		}
		if !source.IsHan(r) {
			return label{}, 0, false
		}
	}
	if end < 0 {
		return label{}, 0, false
	}
	if wordEnd < 0 {
		wordEnd = end
	}
	word := source.TrimSpace(s[:wordEnd])
	simple := segment.ToSimplified(word)
	_, n := script.DecodeRune(s[end:])
	if org.EndsInPost(simple) { // 牵头负责领导：, 分管副市长：
		if org.NamedPost(simple) {
			return label{}, 0, false // 马万祺副主席：, a letter's salutation
		}
		return label{word: word, kind: labelPerson}, end + n, true
	}
	if hasAnySuffix(simple, deadlineEndings...) {
		return label{word: word, kind: labelDeadline}, end + n, true
	}
	if r, ok := genericUnitRole(simple); ok {
		return label{word: word, role: r, kind: labelUnits}, end + n, true
	}
	return label{}, 0, false
}

// genericUnitRole gives the role of a generic unit label's word, in
// simplified script (主要责任单位, 协同单位): it ends like a body
// (unitEndings) and holds a role hint; false for any other word.
func genericUnitRole(simple string) (model.Role, bool) {
	if !hasAnySuffix(simple, unitEndings...) {
		return "", false
	}
	for _, h := range roleHints {
		if source.Contains(simple, h.Word) {
			return h.Role, true
		}
	}
	return "", false
}

// roleHints give a generic unit label its role, in the order lead,
// cooperate, participate, responsible: a label head (role.LabelHeads:
// 协同单位 cooperates) or one of role.ResponsibleHeads (包联单位).
var roleHints = slices.Concat(role.LabelHeads, role.ResponsibleHeads)

// maxQualifierRunes bounds the runes inside the brackets of a label's
// qualifier (（单位）, （单位、部门）).
const maxQualifierRunes = 6

// maxQualifierBytes bounds the bytes of a qualifier with its brackets.
const maxQualifierBytes = (maxQualifierRunes + 2) * len("（")

// labelReach is how far before a colon a label with it may start, given
// the text before the colon: a generic label's bytes, and a qualifier's
// more when a closing bracket stands right before the colon.
func labelReach(before string) int {
	before = source.TrimRight(before, " \u3000")
	if strings.HasSuffix(before, "）") || strings.HasSuffix(before, ")") {
		return genericLabelBytes + maxQualifierBytes
	}
	return genericLabelBytes
}

// qualifierLen is the length in bytes of the bracketed qualifier opening
// s — a few Han characters, perhaps parted by 、 (（单位）, (处室),
// （单位、部门）), as a label or column name may carry after its name — or 0
// when s opens with none.
func qualifierLen(s string) int {
	open, n := script.DecodeRune(s)
	if open != '（' && open != '(' {
		return 0
	}
	runes := 0
	for i, r := range s[n:] {
		switch {
		case r == '）' || r == ')':
			if runes == 0 {
				return 0
			}
			return n + i + utf8.RuneLen(r)
		case runes == maxQualifierRunes || !source.IsHan(r) && r != '、':
			return 0
		}
		runes++
	}
	return 0
}

// colonAt reports a colon opening s, spaces aside.
func colonAt(s string) bool {
	r, _ := script.DecodeRune(strings.TrimLeft(s, " \u3000"))
	return r == '：' || r == ':'
}

// genericLabelBytes bounds the bytes of a generic label with its colon:
// the colon starts within eight Han characters (genericLabel).
const genericLabelBytes = 8*3 + 3

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
var labelsByRune = source.ByFirstRune(labels, func(l label) string { return l.word })

// labelFirst holds the runes that may start a listed label once folded.
var labelFirst = docmeta.StartsOf(func() []string {
	var ws []string
	for _, l := range labels {
		ws = append(ws, l.word)
	}
	return ws
}())

// splitAtLabels appends to dst the parts of seg split where another field
// label with its colon begins (牵头单位：A　配合单位：B, or with no space at
// all when a page's &nbsp; separators were lost), since layouts separate
// fields with spaces. A label right after an opening bracket is a note
// of the name before it and splits nothing.
func splitAtLabels(dst []source.Str, seg source.Str) []source.Str {
	if !hasColon(seg.S) {
		return append(dst, seg)
	}
	// A label is not searched for inside the label just read, so that
	// 牵头责任单位： stays one label rather than 牵头 + 责任单位：.
	start, skip := 0, 0
	colon, width := -1, 0 // the first colon at or after i
	for i, w := 0, 0; i < len(seg.S); i += w {
		if colon < i {
			if colon, width = nextColon(seg.S, i); colon < 0 {
				break // no label with its colon after i
			}
		}
		if from := colon + width - labelReach(seg.S[:colon]); i < from {
			// No colon near enough for a label before from: go on at
			// the first rune there (the colon itself at the latest).
			for i = from; !utf8.RuneStart(seg.S[i]); i++ {
			}
			w = 0
			continue
		}
		_, w = script.DecodeRune(seg.S[i:])
		if i < skip {
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
		if r, _ := script.DecodeLastRune(seg.S[:i]); org.IsOpenBracket(r) {
			continue // a contact note after a name: 市环境局（联系人：孙立）
		}
		head := seg.Slice(start, i).TrimSpace()
		if head.Len() > 0 {
			dst = append(dst, head)
		}
		start = i
	}
	return append(dst, seg.From(start))
}

// nextColon returns the offset and width of the first full- or
// half-width colon of s at or after i, or -1.
func nextColon(s string, i int) (int, int) {
	for k := i; k < len(s); k++ {
		switch {
		case s[k] == ':':
			return k, 1
		case strings.HasPrefix(s[k:], "："):
			return k, len("：")
		}
	}
	return -1, 0
}

// hasColon reports a full- or half-width colon in s.
func hasColon(s string) bool {
	return strings.IndexByte(s, ':') >= 0 || source.Contains(s, "：")
}

// maxOtherField bounds the name of a field that is no label of ours, in
// runes before its colon.
const maxOtherField = 6

// otherField reports whether s opens with the name of a field that is not
// a unit, person or deadline label (适用范围：, 工作目标：): two to six Han
// characters and a colon. Its value names no unit.
func otherField(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r == '：' || r == ':':
			return n >= 2
		case !source.IsHan(r) || n == maxOtherField:
			return false
		}
		n++
	}
	return false
}
