// Package model holds the plain data types that gongwen produces: a
// Document with its GB/T 9704-2012 metadata (Meta), the attached work plan
// (Plan → Goal → Task → Item → Unit) or annual report (Report), warnings, and
// where the input came from (Source).
//
// The package has no parsing logic, in the way go/ast holds the syntax tree
// and go/parser builds it: package parse builds a Document from bytes, and
// other tools ingest the JSON form. Every extracted element carries a Span
// (byte offsets into the decoded UTF-8 text plus a line number) so a user can
// audit it against the source, and every goal, task and item has a stable ID
// derived from the document and the element's path in the tree.
//
// The JSON field names are a stable contract. Schema returns the JSON Schema
// (draft 2020-12) that every Document validates against.
package model
