package main

import "github.com/zwgk/gongwen/parse"

// keywordOptions returns the parse options behind -keywords.
//
// TODO(noticeconv): return []parse.Option{parse.WithKeywords(10)} once
// parse/keywords.go provides WithKeywords (another engineer is adding it).
// Until then -keywords is accepted and does nothing.
func keywordOptions() []parse.Option { return nil }
