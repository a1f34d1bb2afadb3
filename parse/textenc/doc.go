// Package textenc detects and decodes the text encodings that archives of
// Chinese government notices arrive in: UTF-8 (with or without BOM),
// UTF-16 LE/BE with BOM, GB18030/GBK/GB2312 and Big5, plus any other
// WHATWG-labelled encoding an HTML page may declare.
//
// Data flow: Detect looks at BOMs, then UTF-8 validity, then NUL-byte
// patterns of BOM-less UTF-16, and finally decodes a sample as both
// GB18030 and Big5 and keeps the decoding whose characters look most like
// real Chinese (see score.go). Decode then converts the whole input with
// golang.org/x/text, strictly: the first byte sequence that is invalid in
// the encoding yields an *InvalidError naming its byte offset, unless the
// caller asks for U+FFFD replacement.
//
// GBK and Big5 share most of their byte ranges, so validity alone cannot
// tell them apart. The scorer relies on two character sets derived from
// the encodings themselves: GB2312 level 1 (the 3,755 most used simplified
// characters) and Big5 level 1 (the 5,401 most used traditional ones).
// Text decoded with the right encoding consists almost only of those
// characters and common CJK punctuation; decoded with the wrong one it
// turns into rare characters, kana, bopomofo, Cyrillic and private-use
// code points. Everything is linear in the input size.
package textenc
