package auditview

import "github.com/zwgk/gongwen/model"

// fillView copies the parser's judgement of a document into the page: its
// review status and the reasons behind it, each clickable to its span.
func fillView(v *view, doc *model.Document) {
	q := doc.Quality
	if q == nil {
		return
	}
	v.Review = q.Review
	v.Score = q.Score
	for _, r := range q.Reasons {
		w := warnView{Code: r.Code, Message: r.Message}
		if r.Path != "" {
			w.Message += " — " + r.Path
		}
		if r.Span != nil {
			w.Ref = refOf(*r.Span)
		}
		v.Reasons = append(v.Reasons, w)
	}
}

// fillEntry copies the document type and review status into an index row.
func fillEntry(e *Entry, doc *model.Document) {
	if doc.Meta.DocType != nil {
		e.DocType = doc.Meta.DocType.Value
	}
	if doc.Quality != nil {
		e.Review = doc.Quality.Review
	}
}
