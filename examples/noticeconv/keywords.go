package main

import "github.com/zwgk/gongwen/parse"

// keywordCount is how many keywords -keywords asks for, per document and
// per task.
const keywordCount = 10

// keywordOptions returns the parse options behind -keywords: the top terms
// of each document and task, and canonical names for responsible units.
// The segmenter's dictionary is loaded once, on the first document.
func keywordOptions() []parse.Option { return []parse.Option{parse.WithKeywords(keywordCount)} }
