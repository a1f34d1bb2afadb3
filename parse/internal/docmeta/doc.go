// Package docmeta holds the vocabulary of a notice's header (GB/T 9704
// 版头 and the publishing portal's metadata box) as small recognisers on
// strings: the 文种 a title ends in (DocType), the labels of a portal's
// metadata box and the label–value pairs of one of its lines (Box), joint
// issuing authorities split into a list (Issuers), the page furniture
// wrapped around a title (TitleCore), the 附注 (Publicity), and the
// writings of a date (Date, DigitsDate).
//
// Data flow: parse's header stage (parse/meta.go) walks the cleaned lines
// and asks these recognisers about a line or a run of lines; they return
// byte ranges into the string they were given, so the caller keeps the
// source spans. Nothing here knows about lines or spans, and nothing here
// uses a regexp: each recogniser is a short scanner with its table test.
package docmeta
