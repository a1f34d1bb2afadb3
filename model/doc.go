// Package model holds the plain data types that gongwen produces: a
// Document of some Kind with its GB/T 9704-2012 metadata (Meta), the
// attached work plan (Plan → Goal → Task → Item → Unit, an item's
// deadlines, frequency and targets; Plans when a notice attaches several)
// or annual report (Report), the documents it cites (Citations), keywords,
// warnings, how far the parse can be trusted (Quality), and where the input
// came from (Source).
//
// The package has no parsing logic, in the way go/ast holds the syntax tree
// and go/parser builds it: package parse builds a Document from bytes, and
// other tools ingest the JSON form. The only methods are small
// accessors, nil-safe where they take a pointer (Field.Text,
// Document.AllPlans, Goals, Tasks, Items, Item.UnitsWith, Role.Label,
// Span.IsZero, the report's Table.Row and TableRow.Cell).
//
// Every extracted element carries a Span (byte offsets into the decoded
// UTF-8 text plus a line number) so a user can audit it against the source, and every goal, task and item has a stable ID
// derived from the document and the element's path in the tree.
//
// The JSON field names are a stable contract. Schema returns the JSON Schema
// (draft 2020-12) that every Document validates against.
package model
