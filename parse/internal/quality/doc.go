// Package quality tells, from the parser's own evidence, how far a parsed
// Document can be trusted and what in it a person should check.
//
// Data flows one way: the parse stages fill an Evidence (tables typed by
// guess, heading levels inferred from one style, how the kind was decided,
// metadata the layout implies); Assess reads it beside the finished
// Document, runs one check per kind of doubt, and writes Document.Quality
// (score, review, reasons) and the Flags of the doubtful goals, tasks,
// items and units. Nothing here reads a gold annotation.
//
// Each check adds reasons (model.Reason*: document-wide, or one per
// flagged element with its ID, JSON Pointer path, span and excerpt) and one
// penalty for its code; the score is the product of (1 − penalty) over the
// codes met, so one kind of doubt counts once however many elements it
// flags. A Document is marked for review when its score is below
// Threshold.
package quality
