// Package docno reads the 发文字号 of Chinese official documents: the
// issuing organ's code, the year in brackets and a serial number, as in
// 国办发〔2019〕12号. It is a small hand-written scanner (no regexp), so the
// header reader and the rebreak stage can test a position cheaply.
//
// # Shapes
//
// An organ code of 1–14 Han characters, Latin letters or a bracketed
// pinyin note — 苏政办发, 柳政办, 吉(ji)政发 — then optional spaces, an
// opening bracket (〔 [ ［ 【 ( （ ﹝), a year 19xx or 20xx, a closing
// bracket (〕 ] ］ 】 ) ） ﹞), a serial number of 1–5 digits (after a 第
// in some counties: 〔2021〕第15号, kept as written) and 号. Spaces
// (ASCII) may stand around the bracketed year and the serial number. At
// the start of a string (Read) the code of a bracketed number may be
// letter-spaced, one space (ASCII or U+3000) after each unit (某 政 办 函
// 〔2023〕 17 号, as a PDF or a centred heading spreads it); Number.Org
// drops those spaces.
// Without brackets the organ code (2–13 Han characters) ends in 发, 函 or
// 字 and the year runs straight into 1–4 digits of serial: 国发201912号;
// or it ends in 字 and 第 and up to 12 digits follow, with no year of
// their own (府人字第1120001234號, as Taiwan's offices print numbers).
// Digits may be full-width (２０１９); the traditional 發 and 號 are read
// through the character fold of segment/script, so no spelling is listed twice.
//
// # Data flow
//
// Read tests the start of a string for either shape. Find searches a
// string for the leftmost bracketed number: it visits the opening brackets
// in order and reads the organ code backwards from there (an unbracketed
// number is only read where one is expected: searched for in prose, it is
// too easily a run of digits after 发 or 字). Both return a Number with its
// byte span and its parts; Number.String is the canonical form with 〔〕 and
// ASCII digits. HasOpening and NextMark are the cheap first tests of a
// caller that asks about many strings or many offsets of one: a string
// without an opening bracket holds no bracketed number, and none without
// 号 holds any. CanStart is the cheap first test of a caller that wants a
// number at the start of a string: it reads the organ code's units and
// the rune after them, no further. Broken recognises the shape of a
// bracketed number that lost a part (某政办函〔202130), which neither Read
// nor Find reads, for the quality checks.
package docno
