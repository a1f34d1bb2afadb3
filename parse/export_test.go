package parse

import (
	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// AddKeywords runs the keyword stage alone on a document parsed with
// WithSourceText, as WithKeywords(n) would at the end of parsing: for the
// benchmark that measures the stage apart from the structure.
func AddKeywords(doc *model.Document, n int) {
	c := &config{}
	WithKeywords(n)(c)
	c.kw.text = doc.Source.Text
	applyKeywords(doc, c)
}

// RepliedPlan is repliedPlan on a title string: the plan it names, or "".
func RepliedPlan(title string) string {
	src := source.New(title)
	y, _ := repliedPlan(src.At(0, len(title)))
	return y.S
}
