package parse

import "github.com/zwgk/gongwen/model"

// keywordConfig holds the keyword-extraction options.
type keywordConfig struct{}

// applyKeywords adds keywords and canonical unit names when requested.
func applyKeywords(doc *model.Document, c *config) {}
