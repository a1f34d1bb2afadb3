package docmeta

import "strings"

// CCLabels open the 抄送 line of the 版记 (traditional labels are folded
// by Labelled).
var CCLabels = []string{"抄送单位", "抄送", "抄报"}

// OpensCC reports whether s opens the 抄送 line of a 版记: 抄送：…, 抄 送:,
// 抄報：. A sentence naming the word (抄送有关部门备案) opens none.
func OpensCC(s string) bool {
	_, ok := Labelled(strings.TrimLeft(s, " \u3000\t"), CCLabels...)
	return ok
}

// printingWord ends the 版记's printing line.
var printingWord = NewWord("印发")

// PrintingLine reports whether s is the 版记's printing line: the office
// and the date it was printed, ending in 印发 (XX办公室　2017年5月31日印发,
// 印發 folded). A sentence that issues a plan (现将…印发给你们) has no date
// right before the word and is none.
func PrintingLine(s string) bool {
	t := strings.TrimRight(s, " \u3000\t")
	if !printingWord.MayEnd(t) {
		return false
	}
	_, _, end, ok := Date(t)
	if !ok {
		return false
	}
	rest := strings.TrimLeft(t[end:], " \u3000\t")
	return printingWord.In(rest) && len(rest) == len(printingWord.word)
}
