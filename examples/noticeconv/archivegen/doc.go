// Package archivegen generates archives of notices for end-to-end tests
// and benchmarks of batch conversion: variants of a few real notices, a
// fixed share of them corrupt, spread over year/month directories as
// archives are. It also computes a structural signature of a parsed
// Document so a test can prove that every good file's output is what
// parsing its original gives.
//
// Variants keep the document's structure and change only what must not
// matter (line endings, text encoding) or one value whose new form is
// known (the serial of the 发文字号), so the expected output of each
// generated file follows from the output of its seed.
package archivegen
