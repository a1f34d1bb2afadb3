// Package timex finds what a plan's item commits to beyond its units:
// deadlines (年底前, 第三季度, 20个工作日内, 长期坚持), frequencies (每季度,
// 定期) and quantitative targets (80%以上, 不少于5个, 控制在3%以内).
//
// Each finder takes a plain string and returns Matches: a model value with
// its Text filled and the byte range of the phrase in that string, which
// the caller turns into a model.Span. The string is first folded (fold.go)
// into runes in simplified script with half-width digits and without the
// spaces PDF extraction scatters between characters, each rune keeping its
// byte offset, so one small scanner per phrase family reads every spelling
// and still reports exact offsets:
//
//	string → fold → deadline.go / frequency.go / target.go → []Match
//
// A caller that runs several finders on a text folds it once (Fold, or a
// Folder that reuses its memory across texts). Before folding, a cheap
// test (gate.go) reads the runes as written for a pair that every phrase
// holds (a numeral and what a number is read with, a digit and a unit, the
// head of a deadline word, a frequency word or a comparison); a text with
// none, most of a plan's items, is neither folded nor scanned. The fold
// itself copies the runes it keeps as they are in a loop of its own. The
// fold lists the runes that may start a phrase of any finder (the union
// of their first sets); each scanner visits only those, tests them
// against a bitmap of the runes its own phrases start with, rules most
// out by a cheap test of the runes after (a deadline's two-rune heads,
// the rune after a number), and reads a number whole: the rune after a
// number says whether a phrase can start with it or inside it (scan,
// deadline), so a text costs little more than its folding.
//
// Deadlines are resolved against a Ref (the plan's year, and the signed
// date for 即日起); a phrase without a year of its own and a Ref without
// one keeps its kind and text with empty dates.
package timex
