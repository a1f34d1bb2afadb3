package auditview

import (
	"embed"
	"html/template"
	"io"

	"github.com/zwgk/gongwen/model"
)

//go:embed page.tmpl index.tmpl style.tmpl script.tmpl
var files embed.FS

var (
	pageTmpl  = template.Must(template.ParseFS(files, "page.tmpl", "style.tmpl", "script.tmpl"))
	indexTmpl = template.Must(template.ParseFS(files, "index.tmpl", "style.tmpl"))
)

// Page writes the audit page of doc to w. text is the decoded UTF-8 text
// that doc's spans point into (what parse read, see parse.WithSourceText);
// file names the input as the reader should see it. Everything taken from
// the document is escaped by html/template.
func Page(w io.Writer, doc *model.Document, text, file string) error {
	return pageTmpl.Execute(w, build(doc, text, file))
}

// Entry is one document of an index page.
type Entry struct {
	File     string // the input, relative to its root
	Href     string // the audit page, relative to the index
	Title    string
	Kind     string
	DocType  string
	Counts   Counts
	Warnings []string // warning codes, one per kind
	Review   bool
}

// EntryOf describes doc for the index; href is its page relative to the
// index.
func EntryOf(doc *model.Document, file, href string) Entry {
	e := Entry{File: file, Href: href, Kind: string(doc.Kind), Counts: CountsOf(doc)}
	if doc.Meta.Title != nil {
		e.Title = doc.Meta.Title.Value
	}
	seen := map[string]bool{}
	for _, w := range doc.Warnings {
		if !seen[w.Code] {
			seen[w.Code] = true
			e.Warnings = append(e.Warnings, w.Code)
		}
	}
	fillEntry(&e, doc)
	return e
}

// Index writes the index page: one row per entry, sortable by any column
// and filtered by a search box.
func Index(w io.Writer, title string, entries []Entry) error {
	n := 0
	for _, e := range entries {
		if e.Review {
			n++
		}
	}
	return indexTmpl.Execute(w, struct {
		Title      string
		Entries    []Entry
		NeedReview int
	}{title, entries, n})
}
