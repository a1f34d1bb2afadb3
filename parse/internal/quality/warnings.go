package quality

import "github.com/zwgk/gongwen/model"

// checkBadPages turns the input readers' warnings into a reason: pages with
// no text layer, a garbled one or none at all, and bytes replaced while
// decoding, mean that text the parse needed may be missing.
func checkBadPages(a *assessor) {
	pages, replaced := 0, 0
	for _, w := range a.doc.Warnings {
		switch w.Code {
		case model.WarnGarbled, model.WarnScannedPage, model.WarnLostPage:
			pages++
		case model.WarnEncoding:
			replaced++
		default:
			continue
		}
		a.document(model.ReasonBadPages, w.Span, "%s: %s", w.Code, w.Message)
	}
	if pages > 0 {
		a.penalise(model.ReasonBadPages, penaltyBadPage+penaltyMore*float64(pages-1))
	} else if replaced > 0 {
		a.penalise(model.ReasonBadPages, penaltyReplaced)
	}
}

// checkSums reports the report tables' totals that do not add up (the
// report reader's inconsistent warnings, the 勾稽 of the template): a
// misread cell or a shifted column shows there first.
func checkSums(a *assessor) {
	n := 0
	for _, w := range a.doc.Warnings {
		if w.Code != model.WarnInconsistent {
			continue
		}
		n++
		a.document(model.ReasonSums, w.Span, "%s", w.Message)
	}
	if n > 0 {
		a.penalise(model.ReasonSums, penaltySums+penaltyMore*float64(n-1))
	}
}

// checkTablesUnread reports the report's template tables whose row labels
// were found but whose values the reader could not read (a rendering it
// does not know): the stats of those rows are missing, and a reader of the
// Document would not know it.
func checkTablesUnread(a *assessor) {
	warningsAsReason(a, model.WarnTableUnread, model.ReasonTablesUnread, penaltyTablesUnread)
}

// warned tells whether the parser gave a warning with code.
func (a *assessor) warned(code string) bool {
	for _, w := range a.doc.Warnings {
		if w.Code == code {
			return true
		}
	}
	return false
}
