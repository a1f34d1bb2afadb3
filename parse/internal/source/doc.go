// Package source keeps extracted text tied to the bytes it came from.
//
// A Source is the decoded UTF-8 text of one input with an index of its line
// starts. A Str is a piece of that text after cleaning: markup removed,
// lines joined across page breaks, cells glued back together. Every byte of
// a Str maps back to a byte offset of the Source, so a recogniser can work on
// the cleaned string and still report a model.Span into the original text,
// as goldmark's text.Segment does for Markdown.
package source
