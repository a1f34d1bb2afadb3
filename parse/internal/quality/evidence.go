package quality

import "github.com/zwgk/gongwen/model"

// Evidence is what the parser noticed while building a Document that the
// Document itself does not show. The parse stages fill it in; Assess reads
// it beside the Document.
type Evidence struct {
	// Text is the decoded text the Document's spans point into.
	Text string
	// Settled is set when no rune of Text folds to simplified script,
	// alone or in a phrase (script.Survey): every piece of Text, and every
	// string joined from its pieces, folds to itself.
	Settled bool
	// GuessedTables are the tables whose columns were typed by guess
	// rather than by a header row.
	GuessedTables []GuessedTable
	// Consumed holds the spans of text the parser read into fields without
	// spans of their own (时限 and 序号 cells) or leaves out by design (进展
	// 情况 and 备注 cells); it is not unplaced text.
	Consumed []model.Span
	// SingleStyle is set when the plan's paragraphs use one ordinal style
	// only, so its level (task) was inferred rather than read from a
	// hierarchy of styles; not when that style heads goals whose tasks
	// table rows opened.
	SingleStyle bool
	// Kind says how the document's kind was decided.
	Kind KindBasis
	// ReportMarks counts the marks of an annual report in a text taken
	// for one without a report title (report.Evidence: template tables,
	// section headings, the genre's preamble).
	ReportMarks int
	// Implied lists metadata fields whose presence the layout implies
	// (a line shaped like a 发文字号, a date line under a signature, an
	// issuing title naming an attached plan), each with the span of the
	// line that implies it. Assess reports those the Document lacks.
	Implied []Implied
	// Doubted lists metadata fields the header recognisers filled but
	// other evidence in the notice contradicts (a joint title naming more
	// organs than the signature, a 发文字号 that keeps its label).
	Doubted []Doubt
	// UnreadTables are the spans of lines that name a table's columns but
	// that no table was read under: its rows, in a rendering no recogniser
	// knows, went into the tree as prose or were lost.
	UnreadTables []model.Span
	// UnitDoubts are the spans of table rows that lost a cell and whose
	// lone unit cell may stand in either of two unit columns: the lead
	// one (an empty 配合单位 cell vanished) or the secondary one (under a
	// 牵头单位 cell merged over the rows).
	UnitDoubts []model.Span
	// TwoTextTables are the spans, from first row to last, of the tables
	// whose header names a task column and a content column apart (工作任务
	// | 具体内容): each row's title and content are two cells. A row whose
	// content cell is empty is in none.
	TwoTextTables []model.Span
	// ShiftedTables are the spans, from first row to last, of the tables
	// whose column named for units holds deadlines in most of its rows:
	// the header's names stood off their columns (a name the converter
	// wrapped around the names line, 完成时 / 限, lost), and every cell was
	// read a column off (shiftedcolumns.go).
	ShiftedTables []model.Span
	// SeveralRule is set when the document-wide lead rule the parser
	// applied speaks of lists of two or more units (涉及多个责任单位的，排名
	// 第一的为牵头单位): an item of one unit keeps the role its text gives.
	SeveralRule bool
}

// Doubt is a metadata field, named by its JSON name, that the evidence at
// Span contradicts for the reason Why.
type Doubt struct {
	Field, Why string
	Span       model.Span
}

// GuessedTable is a table whose columns were typed by guess: Span runs
// from its first row to its last, By says how (ByContent or ByPosition).
// Odd is set when its columns are laid out as no
// table's are — two task columns, three content columns, a guessed
// content column right of the deadline: they were counted or typed wrong.
type GuessedTable struct {
	Span model.Span
	By   string
	Odd  bool
	// Roles is set when a units column typed by guess gives its units a
	// role a header would have named: the column's name is one the
	// vocabulary does not know, or it stands beside another units column
	// at the default responsible (a 牵头单位 or 配合单位 name lost).
	Roles bool
}

// How a guessed table's columns were typed, as table.Decided names it.
const (
	ByContent  = "content"  // by the types of their cells (a column name it does not know)
	ByPosition = "position" // by the common column order for their count (no header at all)
)

// KindBasis is the evidence a document's kind was decided on.
type KindBasis int

// The kinds of evidence, strongest first.
const (
	KindByNothing     KindBasis = iota // nothing recognisable: kind unknown
	KindByReportTitle                  // an annual-report title
	KindByPlan                         // a plan body: headings, items, units
	KindByHeader                       // a notice header (title or 发文字号) and no plan
	KindByReportMarks                  // the marks of an annual report, without its title
)

// Implied is a metadata field the layout implies, named by its JSON name
// (doc_number, title, signed_date, issuer, plan_title), and the span of the
// text that implies it.
type Implied struct {
	Field string
	Span  model.Span
}

// ReadAsReport records that a text first read as a plan turned out to be
// an annual report by marks of the genre: the plan's evidence no longer
// applies (DropPlan).
func (ev *Evidence) ReadAsReport(marks int) {
	ev.DropPlan()
	ev.Kind, ev.ReportMarks = KindByReportMarks, marks
}

// DropPlan forgets what the stages noted while reading a text as a plan
// that turned out to be an annual report, whatever told it (its marks, the
// title of the report a notice issues or publishes, a title in its
// preamble): the plan's tables, read, unread or doubted, the spans its
// cells consumed and its style describe a reading the Document does not
// hold.
func (ev *Evidence) DropPlan() {
	ev.GuessedTables, ev.Consumed, ev.SingleStyle = nil, nil, false
	ev.UnreadTables, ev.UnitDoubts, ev.TwoTextTables = nil, nil, nil
}
