package model

// Quality is the parser's own estimate of how far a Document can be
// trusted, drawn from the evidence it met while parsing (never from a gold
// annotation): a layout it had to guess, names that do not look like
// units, text it could not place, numbers that do not add up.
type Quality struct {
	// Score is in [0, 1]; 1 means the parser met no sign of doubt.
	Score float64 `json:"score"`
	// Review is true when Score is below the threshold the parser ships
	// (parse.ReviewThreshold): a person should check this document.
	Review bool `json:"review"`
	// Reasons lists every sign of doubt, document-wide ones first, then
	// one per flagged element in tree order.
	Reasons []Reason `json:"reasons"`
}

// Reason is one sign of doubt. Element-level reasons name the element by
// ID and JSON Pointer path and repeat their Code in the element's Flags.
type Reason struct {
	Code    string `json:"code"`    // one of the Reason* constants
	Message string `json:"message"` // a short English explanation
	// Element is the ID of the flagged goal, task or item ("" for the
	// document); a unit is named by its item's ID.
	Element string `json:"element,omitempty"`
	// Path is the JSON Pointer of the flagged element in the Document,
	// e.g. /plan/goals/0/tasks/1/items/0/units/2; "" for the document.
	Path    string `json:"path,omitempty"`
	Span    *Span  `json:"span,omitempty"`
	Excerpt string `json:"excerpt,omitempty"` // the doubtful text, shortened
}

// Reason codes. Flags on goals, tasks, items and units use the same codes.
const (
	ReasonGuessedColumns = "guessed_columns" // table columns typed by their count or cells, no header naming them; a units column's or a lone unit cell's role guessed
	ReasonSingleStyle    = "single_style"    // heading levels inferred from one ordinal style
	ReasonNoUnits        = "no_units"        // an item without units in a plan whose other items have them
	ReasonUnitName       = "unit_name"       // a unit name that does not look like a unit
	ReasonUnplaced       = "unplaced"        // a large share of the plan's text belongs to no element
	ReasonTruncated      = "truncated"       // the text stops inside the plan or report
	ReasonMetaMissing    = "meta_missing"    // a metadata field the layout implies was not found
	ReasonBadPages       = "bad_pages"       // garbled, scanned or lost pages, or replaced bytes
	ReasonSums           = "sums"            // statistics whose totals do not add up
	ReasonWeakKind       = "weak_kind"       // the document's kind rests on weak evidence
	ReasonMetaDoubt      = "meta_doubt"      // a metadata field that other evidence in the notice contradicts
	ReasonTablesUnread   = "tables_unread"   // a report's template tables found but their values not read, or rows of them missing
	ReasonHeaderNoRows   = "header_no_rows"  // a line names a plan table's columns but no rows were read under it
	ReasonOrdinalOrder   = "ordinal_order"   // heading ordinals that skip, go back, start again inside a goal or hold text
	ReasonMarksInText    = "marks_in_text"   // a heading ordinal, unit label or other cell (a 责任人's name, a title repeated as content) inside an element's text: a boundary not read
	ReasonThinItem       = "thin_item"       // an item with too little text to be one: another column's cell, furniture, a fragment
	ReasonLabelDoubt     = "label_doubt"     // a report's prose stat label that may keep its sentence's subject
	ReasonOutOfPlace     = "out_of_place"    // plan elements read from text that is not the plan's: after the 版记, under a second plan's title
	ReasonUnitRole       = "unit_role"       // a unit's role the text contradicts: another verb after its name, or an item cooperated on and led by none
	ReasonHeadingsUnread = "headings_unread" // lines standing as goal headings without ordinals that no goal was read from
)
