package quality

import (
	"fmt"
	"math"
	"sync"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/role"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// assessor gathers the reasons and penalties of one Document.
type assessor struct {
	doc       *model.Document
	ev        *Evidence
	docLevel  []model.Reason     // document-wide reasons
	elements  []model.Reason     // element reasons, in tree order
	penalties []penalty          // one per code, in the order first met
	planList  []planAt           // the Document's plans (plans)
	saids     [][]saidRole       // by plan, the roles the text says of its units (rolesSaid)
	planMarks *planMarks         // read on first need
	doubts    map[unitKey]string // unitDoubt by name: a plan names the same units again and again
	words     string             // the text without its closing lines (ownWords)
	wordsRead bool               // words is read
	ruleAsked int8               // 0 unread, 1 the text may state a lead rule, 2 it cannot (mayStateRule)
}

// mayStateRule tells whether the text may state a document-wide lead
// rule (排名第一的为牵头单位: role.MayStateRule), read once on first need.
func (a *assessor) mayStateRule() bool {
	if a.ruleAsked == 0 {
		a.ruleAsked = 2
		if role.MayStateRule(a.ev.Text) {
			a.ruleAsked = 1
		}
	}
	return a.ruleAsked == 1
}

// ownWords is the evidence's text without its trailing noise and closing
// furniture (withoutClosingLines), read once for the checks that ask.
func (a *assessor) ownWords() string {
	if !a.wordsRead {
		a.words, a.wordsRead = withoutClosingLines(a.ev.Text), true
	}
	return a.words
}

// Assess scores doc from its own content and the parser's evidence, sets
// doc.Quality and adds the reason codes to the Flags of the flagged goals,
// tasks, items and units.
func Assess(doc *model.Document, ev *Evidence) {
	a := &assessor{doc: doc, ev: ev} // called directly, the checks keep it on the stack
	lists := reasonLists.Get().(*[2][]model.Reason)
	a.docLevel, a.elements = lists[0][:0], lists[1][:0]
	a.planList = listPlans(doc)
	// The checks run in this order; each adds its reasons and its penalty.
	checkBadPages(a)
	checkWeakKind(a)
	checkMetaMissing(a)
	checkMetaDoubt(a)
	checkGuessedColumns(a)
	checkUnitColumns(a)
	checkHeaderNoRows(a)
	checkShiftedColumns(a)
	checkUnitDoubts(a)
	checkSingleStyle(a)
	checkOrdinalOrder(a)
	checkItemOrder(a)
	checkTaskStyle(a)
	checkBareHeadings(a)
	checkCellGaps(a)
	checkLeaderCells(a)
	checkRunOnHeading(a)
	checkDeadlineLines(a)
	checkCellLines(a)
	checkRowTails(a)
	checkGroupColumn(a)
	checkUntitledRows(a)
	checkUnreadRows(a)
	checkNameTitles(a)
	checkTitleIsContent(a)
	checkPersonTails(a)
	checkClauseInText(a)
	checkUnitTails(a)
	checkDeadlineUnits(a)
	checkDateTails(a)
	checkMarksInText(a)
	checkMatrixMarks(a)
	checkThinItems(a)
	checkOutOfPlace(a)
	checkTruncated(a) // before checkUnits: a cut item's units may be what was cut
	checkCutInRow(a)
	checkUnclosedRow(a)
	checkEndsAtHeading(a)
	checkUnreadUnits(a)
	checkFooterUnit(a)
	checkSplitNames(a)
	checkUnitLists(a)
	checkRoleWords(a)
	checkColumnRoles(a)
	checkListRoles(a)
	checkUnsaidLead(a)
	checkUnsaidLeads(a)
	checkSpanRoles(a)
	checkNoLead(a)
	checkUnits(a)
	checkUnplaced(a)
	checkSums(a)
	checkTablesUnread(a)
	checkLabelDoubt(a)
	if a.doubts != nil {
		clear(a.doubts)
		doubtMaps.Put(a.doubts)
	}
	score := 1.0
	for _, p := range a.penalties {
		score *= 1 - p.p
	}
	score = math.Round(score*1000) / 1000
	// The document-wide reasons come first, in one list of the size read.
	reasons := make([]model.Reason, 0, len(a.docLevel)+len(a.elements))
	reasons = append(append(reasons, a.docLevel...), a.elements...)
	doc.Quality = &model.Quality{Score: score, Review: score < Threshold, Reasons: reasons}
	clear(a.docLevel) // the pool holds no piece of this Document
	clear(a.elements)
	lists[0], lists[1] = a.docLevel[:0], a.elements[:0]
	reasonLists.Put(lists)
}

// reasonLists keeps the assessors' lists of reasons between documents
// (document-wide, elements): they grow while the checks run, and the
// Document gets one list of the size read.
var reasonLists = sync.Pool{New: func() any { return new([2][]model.Reason) }}

// penalty is the penalty of one reason code.
type penalty struct {
	code string
	p    float64
}

// penalise records the penalty of a code; a code penalised twice keeps the
// larger penalty, so each kind of doubt counts once. There are a dozen
// codes: a list searched is cheaper than a map made for every Document.
func (a *assessor) penalise(code string, p float64) {
	p = min(max(p, 0), maxPenalty)
	for i := range a.penalties {
		if a.penalties[i].code == code {
			a.penalties[i].p = max(a.penalties[i].p, p)
			return
		}
	}
	if p > 0 {
		a.penalties = append(a.penalties, penalty{code, p})
	}
}

// document adds a document-wide reason.
func (a *assessor) document(code string, span *model.Span, format string, args ...any) {
	msg := format // a message without verbs is its own format
	if len(args) > 0 || source.Contains(format, "%") {
		msg = fmt.Sprintf(format, args...)
	}
	r := model.Reason{Code: code, Message: msg, Span: span}
	if span != nil {
		r.Excerpt = a.excerpt(*span)
	}
	a.docLevel = append(a.docLevel, r)
}

// element adds an element reason, with its message, and the flag on the
// element. Messages are written by the caller, once for all the elements
// that share one.
func (a *assessor) element(code string, el elem, message string) {
	*el.flags = appendFlag(*el.flags, code)
	sp := el.span
	a.elements = append(a.elements, model.Reason{Code: code, Message: message,
		Element: el.id, Path: el.path(), Span: &sp, Excerpt: shorten(el.text)})
}

func hasFlag(flags []string, code string) bool {
	for _, f := range flags {
		if f == code {
			return true
		}
	}
	return false
}

func appendFlag(flags []string, code string) []string {
	if hasFlag(flags, code) {
		return flags
	}
	return append(flags, code)
}

// excerpt returns the text under span, shortened.
func (a *assessor) excerpt(sp model.Span) string {
	t := a.ev.Text
	if sp.Start < 0 || sp.End > len(t) || sp.Start >= sp.End {
		return ""
	}
	return shorten(t[sp.Start:sp.End])
}

// excerptRunes is the length of an excerpt, enough to find the place.
const excerptRunes = 40

// shorten cuts s after excerptRunes runes, reading no further.
func shorten(s string) string {
	n := 0
	for i := range s {
		if n == excerptRunes {
			return s[:i] + "…"
		}
		n++
	}
	return s
}
