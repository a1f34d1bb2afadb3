// Package source keeps extracted text tied to the bytes it came from.
//
// A Source is the decoded UTF-8 text of one input; its lines and the index
// of their starts are made on first need and kept, so a Source is read by
// one goroutine at a time (each parse makes its own). Release gives the
// lines' array back for the next Source once nothing reads them. A Str is a piece of
// that text after cleaning: markup removed, lines joined across page
// breaks, cells glued back together. Every byte of a Str maps back to a
// byte offset of the Source, so a recogniser can work on the cleaned string
// and still report a model.Span into the original text, as goldmark's
// text.Segment does for Markdown.
//
// The package also holds the searches the recognisers of every stage run
// on Chinese text (search.go): IndexRune, Index and their Contains forms
// answer as the strings functions do, faster for the three-byte runes and
// the words ending in one that they nearly always look for (searched for
// by their last byte), and for the runes whose lead byte Chinese text
// seldom holds (searched for by that byte). TrimSpace and TrimRight
// (trimspace.go) are the strings functions, telling the ends of a Chinese
// line inline.
package source
