// Package strgen generates test inputs: every string made of up to n
// pieces of a vocabulary. The parser's gates (a cheap test run before a
// recogniser, such as a lead-byte or one-rune check) are proved with it:
// a test walks every such string and requires the gate to turn away
// nothing the recogniser would read. It holds no parser knowledge; only
// tests import it.
package strgen
