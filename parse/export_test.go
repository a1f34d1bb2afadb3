package parse

import "github.com/zwgk/gongwen/model"

// AddKeywords runs the keyword stage alone on a document parsed with
// WithSourceText, as WithKeywords(n) would at the end of parsing: for the
// benchmark that measures the stage apart from the structure.
func AddKeywords(doc *model.Document, n int) {
	c := &config{}
	WithKeywords(n)(c)
	c.kw.text = doc.Source.Text
	applyKeywords(doc, c)
}
