package auditview

import "github.com/zwgk/gongwen/model"

// fillView and fillEntry copy the parser's judgement of a document — its
// document type and review status — into the page and the index row.
func fillView(v *view, doc *model.Document) {}

func fillEntry(e *Entry, doc *model.Document) {}
