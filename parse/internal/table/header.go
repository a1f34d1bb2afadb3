package table

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/role"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
)

// Role is what a column holds.
type Role int

// Column roles.
const (
	Unknown  Role = iota
	Goal          // first-level headings (一、…), or a 类别/领域 name
	Task          // second-level headings or task names
	Content       // the requirement: item text
	Units         // responsible units
	Deadline      // 完成时限
	Seq           // 序号
	Ignore        // 进展情况, 备注, 责任领导 (people), 投资 (money): never units
)

// headerWords are column names, simplified, without spaces. Traditional
// and spaced spellings are folded to these by normHeader.
var headerWords = []struct {
	role  Role
	unit  model.Role
	words []string
}{
	{Seq, "", []string{"序号", "编号"}},
	{Goal, "", []string{"目标", "工作目标", "总体目标", "重点领域", "类别", "分类", "领域", "板块", "项目类别", "工作类别", "一级指标", "一级任务", "一级目标"}},
	{Task, "", []string{"任务", "工作任务", "重点任务", "主要任务", "任务名称", "工作事项", "事项", "公开事项", "工作项目", "二级指标", "二级任务", "二级目标", "工作重点", "重点工作", "工作要点", "项目名称", "考核项目"}},
	{Content, "", []string{"主要内容", "具体内容", "工作内容", "内容", "内容与要求", "具体要求", "工作要求", "主要措施", "具体措施", "工作措施", "任务内容", "目标任务", "具体任务", "工作举措", "任务要求", "目标要求", "具体工作", "工作目标及措施", "措施", "举措", "推进措施", "任务目标", "民生实事",
		"整改措施", "整改举措", "整改要求"}},
	{Units, model.RoleLead, role.Words(role.UnitLabels, model.RoleLead)},
	{Units, model.RoleCooperate, role.Words(role.UnitLabels, model.RoleCooperate)},
	{Units, model.RoleParticipate, role.Words(role.UnitLabels, model.RoleParticipate)},
	{Units, model.RoleResponsible, role.Words(role.UnitLabels, model.RoleResponsible)},
	{Deadline, "", []string{"时限要求", "完成时限", "完成时间", "时间要求", "时限", "时间节点", "进度安排", "完成期限", "时间进度", "时间安排"}},
	{Ignore, "", []string{"进展情况", "完成情况", "备注", "牵头领导", "责任领导", "分管领导", "牵头市领导", "责任人", "评价标准", "考核标准", "完成标准", "考核指标", "佐证材料",
		"投资", "总投资", "计划投资", "投资额", "资金", "资金来源", "金额",
		"整改目标", "整改标准"}},
}

// headerIndex maps a column name to its entry in headerWords.
var headerIndex = func() map[string]int {
	m := map[string]int{}
	for i, h := range headerWords {
		for _, w := range h.words {
			m[w] = i
		}
	}
	return m
}()

// maxHeaderRunes bounds a column name: longer cells are content.
const maxHeaderRunes = 12

// maxHeaderBytes bounds a cell worth folding: a column name with spaces
// and pinyin glosses.
const maxHeaderBytes = 160

// normHeader folds a cell to the form header words are written in:
// simplified script, no pinyin glosses, no spaces, no trailing pipe or
// colon. s is short (mayBeName).
func normHeader(s string) string {
	s = segment.StripGlosses(source.TrimRight(source.Squeeze(s), "|:："))
	if source.MoreRunes(s, maxHeaderRunes) {
		return ""
	}
	return segment.ToSimplified(s)
}

// mayBeName reports whether s may be a column name by its bytes alone, in
// one pass that decodes nothing, so that prose is turned away before it
// is folded: no longer than a name with spaces and glosses
// (maxHeaderBytes), no mark that no column name holds nor a qualifier
// after one (a field line 牵头单位：X, a sentence: ，,。；;), and no more
// ideographs than a name has runes (maxHeaderRunes). The ideographs
// counted are those of U+4000–U+9FFF, whose UTF-8 lead bytes are E4–E9:
// folding (spaces, glosses, script) neither adds nor removes a mark or an
// ideograph. Nor does it a digit or a 、, which only the qualifier of a
// name may hold, in brackets (完成时限(2022年), 责任单位（牵头、配合）): a
// cell with one and no bracket is a number, a date or a heading (一、…).
// plain reports a cell of ideographs only, as most names are: it has
// nothing to fold but its script, and no mark.
func mayBeName(s string) (ok, plain bool) {
	if len(s) > maxHeaderBytes {
		return false, false
	}
	han := 0
	plain = true
	mark, bracket := false, false
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b >= 0xE4 && b <= 0xE9:
			if han++; han > maxHeaderRunes {
				return false, false
			}
		case b >= 0x80 && b <= 0xBF: // inside a rune
		case b == ',' || b == ';':
			return false, false
		case b == 0xE3 && strings.HasPrefix(s[i:], "。"),
			b == 0xEF && (strings.HasPrefix(s[i:], "，") || strings.HasPrefix(s[i:], "；")):
			return false, false
		default:
			plain = false
			mark = mark || b >= '0' && b <= '9' || b == 0xE3 && strings.HasPrefix(s[i:], "、")
			bracket = bracket || b == '(' || b == 0xEF && strings.HasPrefix(s[i:], "（")
		}
	}
	if mark && !bracket || opensWithBracket(s) {
		return false, false
	}
	return true, plain
}

// opensWithBracket reports a cell whose text opens with a bracket (（一）…):
// a name is written before its qualifier.
func opensWithBracket(s string) bool {
	s = strings.TrimLeft(s, " \t\u3000")
	return strings.HasPrefix(s, "（") || strings.HasPrefix(s, "(")
}

// HeaderRole returns the role of a column named s and, for unit columns,
// the role its units take. ok is false when s is no column name. Names not
// in the word list are read by their key words (牵头…部门 is a lead unit
// column, …时间 a deadline column, …领导 a person column).
func HeaderRole(s string) (role Role, unit model.Role, ok bool) {
	may, plain := mayBeName(s)
	switch {
	case !may:
		return Unknown, "", false // content or prose, told before folding
	case s == "":
		return Unknown, "", false
	case plain:
		if i, ok := headerIndex[s]; ok { // a name as the list writes it
			return headerWords[i].role, headerWords[i].unit, true
		}
		return listedRole(segment.ToSimplified(s))
	}
	h := normHeader(s)
	if h == "" {
		return Unknown, "", false
	}
	if i, ok := headerIndex[h]; ok {
		return headerWords[i].role, headerWords[i].unit, true
	}
	if k := firstOf(h, "（", '('); k > 0 && (strings.HasSuffix(h, "）") || strings.HasSuffix(h, ")")) {
		// 责任处室（单位）, 完成时限(年月): the name before its qualifier.
		// 配合科室（单位）: a name read by its key words.
		if !strings.ContainsFunc(h[k:], isClauseMark) {
			if r, u, ok := listedRole(h[:k]); ok {
				return r, u, true
			}
		}
	}
	if name, ok := outsideBracket(h); ok {
		// 建议（提案）标题: the name around a bracketed alternative.
		if r, u, ok := listedRole(name); ok {
			return r, u, true
		}
	}
	if strings.ContainsFunc(h, isNameMark) {
		return Unknown, "", false // a field line (牵头单位：X), not a name
	}
	if first, _, ok := SlashPair(h); ok {
		return Units, first, true
	}
	return keywordRole(h)
}

// SlashPair reads the name of one column holding two unit columns parted
// by a slash (牵头单位/配合单位, 牵头部门／协办部门): each of its cells
// gives the first column's units before its slash and the second's after
// it. It returns the roles of the two, which must differ.
func SlashPair(name string) (first, second model.Role, ok bool) {
	a, b, found := strings.Cut(strings.ReplaceAll(name, "／", "/"), "/")
	if !found || strings.Contains(b, "/") {
		return "", "", false
	}
	ra, ua, oka := HeaderRole(a)
	rb, ub, okb := HeaderRole(b)
	if !oka || !okb || ra != Units || rb != Units || ua == ub {
		return "", "", false
	}
	return ua, ub, true
}

// firstOf is the offset in s of the first of a full-width mark and its
// ASCII form (：and :, （ and (), or -1.
func firstOf(s, wide string, ascii byte) int {
	k := source.Index(s, wide)
	if a := strings.IndexByte(s, ascii); a >= 0 && (k < 0 || a < k) {
		k = a
	}
	return k
}

// listedRole reads a folded column name, or one cut out of a longer name:
// by the word list, else by its key words (keywordRole).
func listedRole(name string) (Role, model.Role, bool) {
	if i, ok := headerIndex[name]; ok {
		return headerWords[i].role, headerWords[i].unit, true
	}
	return keywordRole(name)
}

// outsideBracket returns a column name with a bracket inside it taken
// out (建议（提案）标题 → 建议标题): a bracket neither opening nor closing
// the name, holding no clause mark, one of a kind.
func outsideBracket(h string) (string, bool) {
	k := firstOf(h, "（", '(')
	if k <= 0 {
		return "", false
	}
	j := firstOf(h[k:], "）", ')')
	if j < 0 {
		return "", false
	}
	j += k
	_, size := utf8.DecodeRuneInString(h[j:])
	rest := h[j+size:]
	if rest == "" || strings.ContainsFunc(h[k:j], isClauseMark) || strings.ContainsFunc(rest, isNameMark) {
		return "", false
	}
	return h[:k] + rest, true
}

// isClauseMark reports a mark that ends a clause or opens a value
// (：:，,。；;): a qualifier in brackets holds none.
func isClauseMark(r rune) bool {
	switch r {
	case '：', ':', '，', ',', '。', '；', ';':
		return true
	}
	return false
}

// isNameMark reports a rune no column name outside the list holds: a
// clause mark, a 、, a bracket or a digit.
func isNameMark(r rune) bool {
	switch {
	case isClauseMark(r), r >= '0' && r <= '9':
		return true
	}
	switch r {
	case '、', '（', '）', '(', ')':
		return true
	}
	return false
}

// qualifiers open a column name in the word list without changing it:
// 主要目标任务 and 年度目标任务 are 目标任务.
var qualifiers = []string{"主要", "具体", "重点", "年度"}

// maxKeywordName bounds a column name read by its key words.
const maxKeywordName = 7

// The word groups of keyWords, each written once: the key word sets of
// keywordRole are made of them.
var (
	personWords   = []string{"领导", "责任人", "联系人", "电话", "联系方式", "代表", "提案者", "提案人", "提出人"}  // people and how to reach them
	progressWords = []string{"进展", "完成情况", "备注", "成效", "佐证", "原因", "阶段", "进度", "状态", "是否"} // progress and phases
	scoreWords    = []string{"分值", "分数", "权重", "得分", "赋分", "评分", "计分", "扣分", "等次", "等级"}   // an assessment's points and grades (推进等次, 评价等级)
	reviewWords   = []string{"考核", "评价", "情况", "意见", "办法"}                                 // …情况: 推进情况, 落实情况, 办结情况; 督办意见; 考核办法
	moneyWords    = []string{"投资", "资金", "金额"}
	deadlineWords = []string{"时限", "期限", "时间", "节点"}
	unitWords     = []string{"单位", "部门", "处室", "科室", "主体"}
	nameWords     = []string{"内容", "名称", "任务", "事项", "标题"}
	problemWords  = []string{"问题"} // the problem a 整改 row answers (反馈问题, 存在问题)
)

// keyWords are the words keywordRole reads a column name by, each standing
// for one bit of a keySet.
var keyWords = slices.Concat(personWords, progressWords, scoreWords, reviewWords, moneyWords, deadlineWords, unitWords, nameWords, problemWords,
	role.Words(role.LabelHeads, model.RoleLead, model.RoleCooperate, model.RoleParticipate)) // unit roles but responsible (responsibleHeads)

// keySet is a set of keyWords, one bit each.
type keySet uint64

// keyWordsAt indexes keyWords (by their bit) by their first rune.
var keyWordsAt = source.ByFirstRune(bitsOf(keyWords), func(b int) string { return keyWords[b] })

func bitsOf(words []string) []int {
	bits := make([]int, len(words))
	for i := range bits {
		bits[i] = i
	}
	return bits
}

// keys is the set of the words ws, which must be keyWords.
func keys(ws ...string) keySet {
	var set keySet
	for _, w := range ws {
		b := slices.Index(keyWords, w)
		if b < 0 {
			panic("table: " + w + " is not in keyWords")
		}
		set |= 1 << b
	}
	return set
}

// The key word sets of keywordRole.
var (
	personEnds   = keys(personWords...)
	progressKeys = keys(progressWords...)
	scoreKeys    = keys(scoreWords...)
	reviewEnds   = keys(reviewWords...)
	moneyEnds    = keys(moneyWords...)
	deadlineEnds = keys(deadlineWords...)
	unitEnds     = keys(unitWords...)
	leadKeys     = keys(role.Words(role.LabelHeads, model.RoleLead)...)
	cooperate    = keys(role.Words(role.LabelHeads, model.RoleCooperate)...)
	participate  = keys(role.Words(role.LabelHeads, model.RoleParticipate)...)
	contentKeys  = keys("内容")
	unitKeys     = keys("单位", "部门")
	nameEnds     = keys("名称", "事项", "标题", "问题")
	taskEnds     = keys("任务")
)

// responsibleHeads are the words that make a unit column responsible: the
// label heads that do (责任单位, 承办单位) and the further words that make
// a unit label so (role.ResponsibleHeads: 负责单位, 具体承办部门, 包联单位).
// They are not keyWords: a keySet has a bit for each of those, and too few
// are left.
var responsibleHeads = slices.Concat(responsibleLabelHeads, role.Words(role.ResponsibleHeads))

// responsibleLabelHeads are the label heads that make a unit responsible
// (责任, 承办, 实施, 落实), read without a keySet bit.
var responsibleLabelHeads = role.Words(role.LabelHeads, model.RoleResponsible)

// holdsAny reports whether h holds one of ws.
func holdsAny(h string, ws []string) bool {
	for _, w := range ws {
		if strings.Contains(h, w) {
			return true
		}
	}
	return false
}

// scanKeys reads h once, trying at each rune the key words that start
// with it: has holds those h contains, ends those it ends in.
func scanKeys(h string) (has, ends keySet) {
	for i, r := range h {
		for _, b := range keyWordsAt[r] {
			if w := keyWords[b]; strings.HasPrefix(h[i:], w) {
				has |= 1 << b
				if i+len(w) == len(h) {
					ends |= 1 << b
				}
			}
		}
	}
	return has, ends
}

// keywordRole types a column name that is not in the word list by its
// ending (…单位, …时间, …领导, …名称, …事项), a word of progress or of a
// schedule's phase (进展, 未完成原因, 第一阶段: never items nor units), the role words before it (牵头,
// 配合), the word 内容 for the content column, a qualifier (主要, 具体, 重点, 年度)
// before a name in the list, or, last, its ending …任务 for the task
// column (攻坚任务, 改革任务).
func keywordRole(h string) (Role, model.Role, bool) {
	if source.MoreRunes(h, maxKeywordName) {
		return Unknown, "", false
	}
	has, ends := scanKeys(h)
	unitCol := ends&unitEnds != 0
	switch {
	case ends&personEnds != 0:
		return Ignore, "", true
	case has&(progressKeys|scoreKeys) != 0 || ends&reviewEnds != 0 || ends&moneyEnds != 0:
		return Ignore, "", true
	case ends&deadlineEnds != 0:
		return Deadline, "", true
	case unitCol && has&leadKeys != 0:
		return Units, model.RoleLead, true
	case unitCol && has&cooperate != 0:
		return Units, model.RoleCooperate, true
	case unitCol && has&participate != 0:
		return Units, model.RoleParticipate, true
	case unitCol && holdsAny(h, responsibleHeads):
		return Units, model.RoleResponsible, true // 责任单位; 负责单位, 包联单位
	case !unitCol && has&contentKeys != 0:
		return Content, "", true // 建设内容及目标, 主要建设内容
	case has&unitKeys == 0 && ends&nameEnds != 0:
		return Task, "", true // 工程名称, 事项名称, 督查事项, 提案标题, 考核项目, 反馈问题
	}
	for _, q := range qualifiers {
		if i, ok := headerIndex[strings.TrimPrefix(h, q)]; ok && len(h) > len(q) && strings.HasPrefix(h, q) {
			return headerWords[i].role, headerWords[i].unit, true // 主要目标任务
		}
	}
	if has&unitKeys == 0 && ends&taskEnds != 0 {
		return Task, "", true // 攻坚任务, 改革任务: the kind of task the rows name
	}
	return Unknown, "", false
}

// IsHeaderRow is true when most non-empty cells are column names and at
// least two are.
func IsHeaderRow(cells []source.Str) bool {
	n := Filled(cells)
	hits, misses := 0, 0
	for _, c := range cells {
		if c.Len() == 0 {
			continue
		}
		if _, _, ok := HeaderRole(c.S); ok {
			hits++
		} else if misses++; (n-misses)*3 < n*2 {
			return false // too few cells left to be names: a row of data
		}
	}
	return hits >= 2 && hits*3 >= n*2
}

// minLineNames is the number of column names a line must hold to be a
// table's header by itself (HeaderLine).
const minLineNames = 3

// HeaderLine reports a line that names three or more table columns and
// little else, parted by marks that do not part prose (white space, bars,
// any symbol; not 、，。：), as a table's header whose rows no recogniser
// read leaves it: the caller tells the document's reader so.
func HeaderLine(s string) bool {
	if len(s) > maxHeaderBytes*2 {
		return false
	}
	names, others := 0, 0
	piece := func(p string) {
		if p == "" {
			return
		}
		if _, _, ok := HeaderRole(p); ok {
			names++
		} else {
			others++
		}
	}
	start := -1
	for i, r := range s {
		inName := source.IsHan(r) || source.ContainsRune("（）()", r)
		switch {
		case inName && start < 0:
			start = i
		case inName:
		case r < 0x80 && (r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z'),
			source.ContainsRune(proseMarks, r):
			return false // a number, a word or a clause: a row or prose
		case start >= 0:
			piece(s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		piece(s[start:])
	}
	return names >= minLineNames && names*3 >= (names+others)*2
}

// proseMarks part the clauses and list items of prose; no header line
// holds one between its names.
const proseMarks = "、，。；：！？“”‘’《》,.;:!?\"'"
