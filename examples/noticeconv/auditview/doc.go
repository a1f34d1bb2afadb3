// Package auditview renders a parsed notice as one self-contained HTML
// page that shows its work: the decoded source text with line numbers on
// the left, and on the right what gongwen read from it — the GB/T 9704
// metadata, the plan tree (goals → tasks → items → units, roles in words
// and colours, deadlines), the report's sections and statistics, keywords,
// warnings and review reasons. Every element carries its span; clicking it
// highlights those bytes of the source and scrolls to them, and clicking
// the source selects the innermost element whose span covers it.
//
// Data flows one way: Page takes a *model.Document and the text its spans
// point into; build turns them into a view (chunks of source cut at every
// span boundary and line break, so a highlight is a set of whole chunks,
// and a list of elements with their byte ranges); html/template writes the
// view, escaping everything taken from the document, with the inline CSS
// and plain JavaScript of page.tmpl. Index writes the listing page for a
// batch (sortable, filterable). No external asset is referenced: the pages
// open from disk, offline.
package auditview
