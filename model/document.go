package model

// Kind tells what sort of notice a Document is.
type Kind string

// The document kinds.
const (
	KindWorkPlan     Kind = "workplan"      // a notice with an attached work plan
	KindAnnualReport Kind = "annual_report" // a 政府信息公开工作年度报告
	KindNotice       Kind = "notice"        // an official notice that attaches no work plan; Plan then holds its own headings (body outline)
	KindUnknown      Kind = "unknown"       // nothing recognisable
)

// Script is the Chinese script a text is written in.
type Script string

// The scripts.
const (
	ScriptSimplified  Script = "simplified"
	ScriptTraditional Script = "traditional"
)

// Document is everything gongwen extracts from one notice.
type Document struct {
	// ID identifies the document; it is derived from its 发文字号 and
	// title (or, lacking both, its text), so re-parsing gives the same ID.
	ID   string `json:"id"`
	Kind Kind   `json:"kind"`
	Meta Meta   `json:"meta"`
	Plan *Plan  `json:"plan,omitempty"`
	// Plans are all the plans of a notice that attaches several (附件1,
	// 附件2 …), in order; Plans[0] is Plan. It is empty when there is one.
	Plans    []*Plan   `json:"plans,omitempty"`
	Report   *Report   `json:"report,omitempty"`
	Keywords []Keyword `json:"keywords,omitempty"`
	// Citations are the documents the notice cites, in order of first mention.
	Citations []Citation `json:"citations,omitempty"`
	Warnings  []Warning  `json:"warnings"`
	// Quality says how far the parse can be trusted and what to check;
	// nil only for a Document not made by the parser.
	Quality *Quality `json:"quality,omitempty"`
	Source  Source   `json:"source"`
}

// Warning reports something the parser noticed but could not settle: an
// item without a unit, an ordinal gap, text it could not place. Code is a
// stable machine-readable identifier (see the Warn* constants).
type Warning struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Span    *Span  `json:"span,omitempty"`
}

// Warning codes.
const (
	WarnNoUnits       = "no_units"       // an item names no responsible unit
	WarnOrdinalGap    = "ordinal_gap"    // an ordinal skips one or more numbers
	WarnOrdinalRepeat = "ordinal_repeat" // an ordinal repeats or goes backwards
	WarnUnplaced      = "unplaced_text"  // text that belongs to no goal, task or item
	WarnGarbled       = "garbled_text"   // a text layer that does not look like Chinese
	WarnScannedPage   = "scanned_page"   // a page with no text layer
	WarnLostPage      = "lost_page"      // a page that could not be read
	WarnInconsistent  = "inconsistent"   // numbers that should add up and do not
	WarnEncoding      = "encoding"       // bytes that were replaced while decoding
	WarnCutOff        = "cut_off"        // a unit name or label cut off by the end of the text, left out
	WarnMetaConflict  = "meta_conflict"  // the portal's metadata box disagrees with the notice's own header
	WarnTableUnread   = "table_unread"   // rows of a report's template table whose labels were found and values not read, or that are missing from it
	// WarnLabelDoubt: a report's prose stat label keeps words before its
	// verb that the reader could not tell a subject (dropped) from part of
	// what is counted (kept).
	WarnLabelDoubt = "label_doubt"
	// WarnFormatMismatch: the content is of another format than the file
	// name's extension says (a saved HTML error page named .pdf); the
	// content's format was read.
	WarnFormatMismatch = "format_mismatch"
	// WarnNoStructure: no notice structure was found (no 发文字号, title,
	// issuer, date, plan or report): the input may not be a notice.
	WarnNoStructure = "no_structure"
)

// Keyword is a ranked term with its weight, in the document's own script.
type Keyword struct {
	Term   string  `json:"term"`
	Weight float64 `json:"weight"`
}
