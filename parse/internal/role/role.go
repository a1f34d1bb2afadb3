package role

import (
	"slices"
	"strings"

	"github.com/zwgk/gongwen/parse/internal/source"

	"github.com/zwgk/gongwen/model"
)

// Word is a word that gives the units it governs a role.
type Word struct {
	Word string
	Role model.Role
}

// Verbs close a unit clause and give its units their role (市财政局牵头,
// 市直各部门配合, 由市民政局负总责), in simplified script. 主抓 and 抓总
// (市司法局主抓，市财政局配合: the body that takes the main charge) lead, as
// 牵头 does and as the 主办/主责 label heads do. 指导 and 督导 (a guiding or
// supervising body) have no role of their own in the model; the body
// answers for the task as a responsible one does.
var Verbs = []Word{
	{"牵头", model.RoleLead}, {"分头", model.RoleLead}, {"主抓", model.RoleLead}, {"抓总", model.RoleLead},
	{"配合", model.RoleCooperate}, {"协助", model.RoleCooperate}, {"协同", model.RoleCooperate}, {"协办", model.RoleCooperate},
	{"参与", model.RoleParticipate}, {"参加", model.RoleParticipate},
	{"负总责", model.RoleResponsible}, {"负责", model.RoleResponsible}, {"落实", model.RoleResponsible}, {"承办", model.RoleResponsible},
	{"指导", model.RoleResponsible}, {"督导", model.RoleResponsible},
}

// LabelHeads open the label of a unit list or the name of a unit column
// (牵头单位, 主责部门, 协同单位, 参与处室, 承办单位) and give its units their
// role, in simplified script, grouped by role in the order lead,
// cooperate, participate, responsible.
var LabelHeads = []Word{
	{"牵头", model.RoleLead}, {"主办", model.RoleLead}, {"主责", model.RoleLead},
	{"配合", model.RoleCooperate}, {"协同", model.RoleCooperate}, {"协办", model.RoleCooperate}, {"协助", model.RoleCooperate}, {"协作", model.RoleCooperate},
	{"参与", model.RoleParticipate}, {"参加", model.RoleParticipate},
	{"责任", model.RoleResponsible}, {"承办", model.RoleResponsible}, {"实施", model.RoleResponsible}, {"落实", model.RoleResponsible},
}

// ResponsibleHeads are the words beyond LabelHeads that open a generic
// unit label or unit column name and make its units responsible (负责单位,
// 主要责任单位, 具体承办部门). A unit assigned to a task or place (包联单位,
// 挂钩单位, 联系单位, 帮扶单位) is named in a bare list like 责任单位's,
// which the corpus conventions read as responsible.
var ResponsibleHeads = func() []Word {
	var out []Word
	for _, w := range []string{"主要", "具体", "负责", "承担", "执行", "办理", "包联", "包保", "挂钩", "联系", "帮扶", "结对", "对口"} {
		out = append(out, Word{w, model.RoleResponsible})
	}
	return out
}()

// Words returns the words of ws, in order; with roles given, only those of
// the words that give one of them.
func Words(ws []Word, roles ...model.Role) []string {
	var out []string
	for _, w := range ws {
		if len(roles) == 0 || slices.Contains(roles, w.Role) {
			out = append(out, w.Word)
		}
	}
	return out
}

// UnitLabels are the written labels of a unit list (牵头单位：市财政局) and
// the names of unit columns, with the role they give the units under them,
// in simplified script, grouped by role in the order lead, cooperate,
// participate, responsible. The label and column readers also take
// labels beyond the list by their head (LabelHeads: 协同单位).
var UnitLabels = []Word{
	{"牵头责任单位", model.RoleLead}, {"牵头单位", model.RoleLead}, {"牵头部门", model.RoleLead}, {"牵头处室", model.RoleLead}, {"牵头科室", model.RoleLead}, {"主办单位", model.RoleLead}, {"主责单位", model.RoleLead},
	{"配合单位", model.RoleCooperate}, {"配合部门", model.RoleCooperate}, {"配合处室", model.RoleCooperate}, {"协办单位", model.RoleCooperate}, {"协助单位", model.RoleCooperate},
	{"参与单位", model.RoleParticipate}, {"参与部门", model.RoleParticipate}, {"参加单位", model.RoleParticipate}, {"参加部门", model.RoleParticipate},
	{"责任单位", model.RoleResponsible}, {"责任部门", model.RoleResponsible}, {"责任处室", model.RoleResponsible}, {"责任科室", model.RoleResponsible}, {"责任主体", model.RoleResponsible},
	{"承办单位", model.RoleResponsible}, {"实施单位", model.RoleResponsible}, {"落实单位", model.RoleResponsible}, {"部门分工", model.RoleResponsible}, {"责任分工", model.RoleResponsible},
}

// IsCopula reports whether c is a copula that may stand for a unit
// label's colon (责任单位为县财政局, 牵头单位是县发改委): 为, 是, or 為 in
// traditional script.
func IsCopula(c string) bool { return c == "为" || c == "為" || c == "是" }

// HoldsLabelHead reports whether s, in simplified script, holds a label
// head (LabelHeads): a word after a copula that names a role, not a unit
// (牵头单位为第一责任单位).
func HoldsLabelHead(s string) bool {
	for _, h := range LabelHeads {
		if strings.Contains(s, h.Word) {
			return true
		}
	}
	return false
}

// HoldsVerb reports whether s, in simplified script, holds a role verb
// (Verbs): a unit cell that names its units' role itself (甲（牵头）,
// 乙配合).
func HoldsVerb(s string) bool {
	for _, w := range Verbs {
		if source.Contains(s, w.Word) {
			return true
		}
	}
	return false
}

// RuleWindow bounds, in bytes from its 第一 or 首位, the text matched for
// a rule.
const RuleWindow = 120

// MayStateRule reports whether s may state a document-wide lead rule
// (列第一位的为牵头单位); false means it cannot. It is a literal test,
// cheaper than folding s: the rule starts with 第一 or 首位, which no other
// character folds to, and ends in 牵头, whose 牵 is 牵 or 牽 before
// folding, within RuleWindow bytes of its start.
func MayStateRule(s string) bool {
	for _, w := range [...]string{"第一", "首位"} {
		for k := 0; ; k += len(w) {
			i := source.Index(s[k:], w)
			if i < 0 {
				break
			}
			k += i
			win := s[k:min(len(s), k+RuleWindow)]
			if source.Contains(win, "牵") || source.Contains(win, "牽") {
				return true
			}
		}
	}
	return false
}
