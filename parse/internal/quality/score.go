package quality

// Threshold is the score below which a Document is marked for review.
const Threshold = 0.8

// The penalties of the reasons: a Document's score is the product of
// (1 − penalty) over the reasons it has, each code counted once. They were
// set by judgement: a reason that alone should send a document to review
// weighs more than 0.2, so that it falls below Threshold; a minor one
// (truncation, a missing field, one ordinal style) weighs 0.1–0.15, so it
// takes two of them. See doc.go for the calibration.
const (
	maxPenalty = 0.9 // no single reason makes the score 0

	penaltyBadPage         = 0.5  // a garbled, scanned or lost page
	penaltyReplaced        = 0.25 // bytes replaced while decoding
	penaltyMore            = 0.1  // each further page or inconsistent total
	penaltySums            = 0.25 // a total that does not add up
	penaltyTablesUnread    = 0.35 // template table rows found, their values not read
	penaltyWeakKind        = 0.35 // the kind rests on weak evidence
	penaltyMeta            = 0.1  // per missing implied metadata field
	penaltyMetaDoubt       = 0.25 // a metadata field contradicted by other evidence
	penaltyTypedByPosition = 0.3  // a table typed by its column count
	penaltyTypedByContent  = 0.1  // a column typed by its cells, the others by their names
	penaltyOddLayout       = 0.25 // guessed columns laid out as no table's are
	penaltyGuessedRoles    = 0.25 // units given a role no header named, or a lone unit cell's
	penaltyHeaderNoRows    = 0.3  // a table header with no table read under it
	penaltySingleStyle     = 0.15 // heading levels from one style
	penaltyNoUnits         = 0.6  // × the share of items without units
	penaltyUnitsUnread     = 0.35 // unit labels in the text, no unit read
	penaltyUnitName        = 0.15 // any odd unit name …
	penaltyUnitShare       = 0.6  // … plus this × the share of odd names
	penaltyTruncated       = 0.1  // the text stops inside the plan or report
	penaltyOrdinalRestart  = 0.25 // tasks numbered from 1 again under one goal
	penaltyOrdinalStep     = 0.25 // heading ordinals that skip or go back
	penaltyOrdinalText     = 0.25 // a heading ordinal that holds text
	penaltyMarksInText     = 0.3  // a unit label or heading ordinal inside an element's text
	penaltyThinItem        = 0.3  // an item with fewer than minItemHan Han characters
	penaltyHeadingsUnread  = 0.25 // goal headings without ordinals, every goal read implicit
)
