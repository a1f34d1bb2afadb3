package quality

import (
	"strings"

	"github.com/zwgk/gongwen/model"
)

// minRowTails is how many elements of a plan ending on a row's last cells
// make them a table's rows (checkRowTails): a notice's signature and its
// date stand under its last sentence once.
const minRowTails = 2

// checkRowTails reports a work plan two or more of whose tasks or items
// end, under their last sentence, on lines holding unit cells alone and
// then a deadline alone (…3.5%以上。 / 科技局 / 财政局、统计分局 / 12月底):
// a table copied one cell per line whose header was lost (a page break
// took it), each row read as one element with its unit and deadline
// cells for text. Prose names its units inside its sentences and states
// its time limit there. The second such element is flagged
// (marks_in_text), where no other check flagged cells in text.
func checkRowTails(a *assessor) {
	if a.penalised(model.ReasonMarksInText) {
		return
	}
	n := 0
	el, ok := a.firstWorkText(false, func(s string) bool {
		if rowTail(s) {
			n++
		}
		return n >= minRowTails
	})
	if ok {
		a.element(model.ReasonMarksInText, el, "ends on unit cells and a deadline on lines of their own under its sentence, as another element does: a table's rows, one cell per line, read as text")
		a.penalise(model.ReasonMarksInText, penaltyMarksInText)
	}
}

// rowTail tells whether s ends, after a line closed by 。, on one or more
// lines that are unit cells (unitCell) and a last line that is a deadline
// alone (deadlineLine), no signing date (2016年3月14日 closes on 日).
func rowTail(s string) bool {
	if strings.IndexByte(s, '\n') < 0 {
		return false // most texts: one line (a vectorised search)
	}
	k := strings.LastIndex(s, "。\n")
	if k < 0 {
		return false
	}
	lines := strings.Split(strings.TrimSpace(s[k+len("。\n"):]), "\n")
	if len(lines) < 2 {
		return false
	}
	last := strings.TrimSpace(lines[len(lines)-1])
	if strings.HasSuffix(last, "日") || !deadlineLine(last) {
		return false
	}
	for _, l := range lines[:len(lines)-1] {
		if !unitCell(strings.TrimSpace(l)) {
			return false
		}
	}
	return true
}
