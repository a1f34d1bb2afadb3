package parse

import (
	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
)

// keywordConfig holds the keyword-extraction options. The zero value asks
// for no keywords, and then nothing of package segment's dictionary is
// loaded.
type keywordConfig struct {
	n int // keywords per task and per document; 0 = keywords off
	// text is the whole decoded text, when the caller of applyKeywords
	// sets it: the document's keywords are then taken from all of it
	// rather than from the extracted structure alone.
	text string
	seg  keywordSource // set by WithKeywords
}

// keywordSource extracts keywords: package segment's Segmenter. Reaching it
// through an interface set by WithKeywords keeps the word dictionary out of
// programs that never ask for keywords.
type keywordSource interface {
	DocumentKeywords(n int, texts []string, parts [][]segment.Piece) ([]model.Keyword, [][]model.Keyword)
}

// WithKeywords asks for keywords: the top n terms (by TF-IDF, in the
// document's own script) of the document and of each task, and canonical
// names and the generic flag of every responsible unit. n ≤ 0 means 10.
// Without this option no dictionary is loaded.
func WithKeywords(n int) Option {
	if n <= 0 {
		n = segment.DefaultTopN
	}
	return func(c *config) { c.kw.n, c.kw.seg = n, segment.Default() }
}

// applyKeywords adds keywords and canonical unit names when requested, to
// the tasks and units of every plan of the document (doc.AllPlans).
// Task keywords weigh down terms that most tasks of the plan share (see
// segment.Segmenter.KeywordsEach and DocumentKeywords).
func applyKeywords(doc *model.Document, c *config) {
	if doc == nil || c == nil || c.kw.n <= 0 || c.kw.seg == nil {
		return
	}
	seg := c.kw.seg
	n := c.kw.n
	var all []string
	if c.kw.text != "" {
		all = append(all, c.kw.text)
	} else {
		all = append(all, fieldValue(doc.Meta.Title))
	}
	var (
		tasks []*model.Task
		parts [][]segment.Piece
		names unitNames
	)
	for _, p := range doc.AllPlans() { // a notice's later attachments are plans too
		if c.kw.text == "" {
			all = append(all, fieldValue(p.Title), fieldValue(p.Preamble))
			for _, f := range p.Closing {
				all = append(all, f.Value)
			}
		}
		for gi := range p.Goals {
			g := &p.Goals[gi]
			if c.kw.text == "" {
				all = append(all, g.Title)
			}
			for ti := range g.Tasks {
				t := &g.Tasks[ti]
				texts := taskTexts(t, c.kw.text)
				tasks = append(tasks, t)
				parts = append(parts, texts)
				if c.kw.text == "" {
					for _, p := range texts {
						all = append(all, p.Text)
					}
				}
				for ii := range t.Items {
					for ui := range t.Items[ii].Units {
						u := &t.Items[ii].Units[ui]
						u.Canonical, u.Generic = names.of(u.Name)
					}
				}
			}
		}
	}
	if r := doc.Report; r != nil && c.kw.text == "" {
		all = append(all, r.Title)
		for _, s := range r.Sections {
			all = append(all, s.Heading)
		}
	}
	// One call, so that the text the tasks share with the document is
	// segmented once.
	docKws, taskKws := seg.DocumentKeywords(n, all, parts)
	for i, kws := range taskKws {
		tasks[i].Keywords = kws
	}
	doc.Keywords = docKws
}

// unitNames keeps the canonical name and generic flag of each unit name
// of a document (segment.UnitName): a plan names the same units again and
// again, and each name is normalised and looked up once.
type unitNames map[string]unitName

type unitName struct {
	canonical string
	generic   bool
}

// of returns segment.UnitName(name), from names when it has been asked.
func (names *unitNames) of(name string) (string, bool) {
	if u, ok := (*names)[name]; ok {
		return u.canonical, u.generic
	}
	if *names == nil {
		*names = unitNames{}
	}
	c, g := segment.UnitName(name)
	(*names)[name] = unitName{c, g}
	return c, g
}

// taskTexts is the text a task's keywords come from: its title and the
// text of its items, each with its offset in the document's text (-1
// without it), so that its words are read off the document's.
func taskTexts(t *model.Task, text string) []segment.Piece {
	texts := make([]segment.Piece, 0, len(t.Items)+1)
	texts = append(texts, segment.Piece{Text: t.Title, At: titleAt(t, text)})
	for _, it := range t.Items {
		at := -1
		if text != "" {
			at = it.Span.Start // an item's span starts with its text
		}
		texts = append(texts, segment.Piece{Text: it.Text, At: at})
	}
	return texts
}

// maxTitleLead bounds the bytes of a task heading before its title: the
// ordinal, its punctuation, spaces and an opening 【.
const maxTitleLead = 32

// titleAt is the offset of t's title in the document's text, or -1: the
// title follows the ordinal the heading's span starts with.
func titleAt(t *model.Task, text string) int {
	from := t.Span.Start
	if text == "" || t.Title == "" || from < 0 || from >= len(text) {
		return -1
	}
	k := source.Index(text[from:min(len(text), from+maxTitleLead+len(t.Title))], t.Title)
	if k < 0 {
		return -1
	}
	return from + k
}

func fieldValue(f *model.Field) string {
	if f == nil {
		return ""
	}
	return f.Value
}
