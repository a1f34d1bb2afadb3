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
