// Package main is an Apache Beam pipeline that converts an archive of
// Chinese government notices with gongwen, on one machine (the prism
// runner) or on a cluster (Dataflow, Flink, Spark) without change.
//
// Data flow: fileio.MatchFiles expands each --input glob into file
// metadata; fileio.ReadMatches makes the files readable (gzip is
// recognised by extension); parseFn reads each file whole and parses it
// with parse.Bytes, emitting a JSON line {"path", "document"} on its main
// output or, for a file that cannot be converted, a dead-letter line
// {"path", "kind", "message"} on its second output, and on its third the
// document's review queue (parse.ReviewQueue), one {"path", "score",
// "review", "reason"} line per reason. The collections are written as JSON
// Lines in --shards files by writeSharded, which spreads the lines over
// shards by a hash of the line so the writing is parallel too.
package main
