// Package ordinal recognises the ordinals that number the headings of
// Chinese official documents: 一、 (or 一 and a space before a word) （一）
// 1. （1） ① and 第一条 (with the
// parts and chapters above it, 第一部分 and 第一章), in full- and
// half-width forms, and the named entries 任务一： / 专项行动二 (in
// either script, pinyin glosses allowed), and converts Chinese numerals
// to integers.
//
// Data flows one way: a caller hands in the start of a line and Read
// returns the Ordinal there (its Style, the bare number as written, its
// value and the bytes it takes, spaces after it included); Inline does the
// same for the 一是/二是 and 第一，/第二， that number an enumeration inside
// prose, a heading only where the parser finds a text numbered by them
// alone, and ReadDecimal for decimal section numbers (2.1,
// 2.1.1), which Read leaves alone since a figure (2.5亿元) looks the same;
// CnValue, Value,
// ArabicPrefix, IsCnDigit, DigitValue and CnDigitValue read bare numbers
// and digits, IsASCIIDigit and OpensYear (19NN, 20NN) the byte tests every
// stage makes of them. Nothing here knows about
// depth: the plan parser (parse/levels.go, headings.go) decides which Style
// is a goal, a task or an item, in the conventional order the Styles are
// listed in. The plan parser, the annual-report reader (parse/report), the
// deadline reader (internal/timex), the table reader (internal/table), the
// unit classifier (internal/org) and the date reader (internal/docmeta)
// share it.
package ordinal
