package quality

import (
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// minUnitCellLines is how many unit cells, each on a line of its own
// right under a sentence, make a goal's prose a table's rows.
const minUnitCellLines = 2

// maxUnitCellRunes bounds a unit cell's line (市住房城乡建设局、市自然资源和规划局).
const maxUnitCellRunes = 40

// checkCellLines reports a work plan whose goal's prose holds table rows
// copied one cell per line — a content sentence, then its unit cell on a
// line of its own, twice or more — or whose item or task opens with a
// line that is a bare row number (1 / 推进…) or holds a line labelled
// 序号：: the header that named the
// columns (序号, 重点任务, 牵头单位 …) was lost, and the rows were read as
// prose or run into one element. Prose names a unit inside its sentence,
// and a notice's signature stands under its last sentence once. The first
// such element is flagged (marks_in_text).
func checkCellLines(a *assessor) {
	if el, ok := a.firstGoalProse(func(s string) bool { return unitCellLines(s) >= minUnitCellLines }); ok {
		a.flagCellLines(el, "the goal's prose holds unit cells on lines of their own under content sentences: a table's rows, one cell per line, read as prose")
		return
	}
	if el, ok := a.firstWorkText(false, rowNumberLine); ok {
		a.flagCellLines(el, "opens with a bare row number on a line of its own: a table's 序号 cell run into the element")
	}
}

func (a *assessor) flagCellLines(el elem, msg string) {
	a.element(model.ReasonMarksInText, el, msg)
	a.penalise(model.ReasonMarksInText, penaltyMarksInText)
}

// unitCellLines counts the lines of s that are unit names alone (one, or
// several parted by 、) right under a sentence's line (one closed by 。).
func unitCellLines(s string) int {
	if !strings.Contains(s, "。\n") {
		return 0
	}
	n, afterSentence := 0, false
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimSpace(line)
		if afterSentence && unitCell(line) {
			n++
		}
		afterSentence = strings.HasSuffix(line, "。")
	}
	return n
}

// unitCell reports whether line is a unit cell: short, no sentence
// punctuation, every piece parted by 、 an organisation's name, the first
// one closed by an organisation's ending (县财政局, not a sentence naming
// 各部门 without one).
func unitCell(line string) bool {
	if line == "" || source.MoreRunes(line, maxUnitCellRunes) || strings.ContainsAny(line, "。，；：:,;") {
		return false
	}
	first, _, _ := strings.Cut(line, "、")
	if !org.HasEnding(first) {
		return false
	}
	for piece := range strings.SplitSeq(line, "、") {
		if org.Classify(piece) != org.Organisation {
			return false
		}
	}
	return true
}

// rowNumberLine reports whether s opens with a line holding a bare row
// number (1, 12) and goes on under it, or holds a line opening with the
// 序号 column's label (序号：4): a row's number cell inside the text. A
// text of one line (most) is left at its first line break's search.
func rowNumberLine(s string) bool {
	nl := strings.IndexByte(s, '\n')
	if nl < 0 {
		return serialLabel(s)
	}
	if nl <= 3 && nl > 0 && allDigits(s[:nl]) && strings.TrimSpace(s[nl:]) != "" {
		return true
	}
	for i := 0; i < len(s); {
		k := strings.Index(s[i:], "序号")
		if k < 0 {
			return false
		}
		if at := i + k; (at == 0 || s[at-1] == '\n') && serialLabel(s[at:]) {
			return true
		}
		i += k + len("序号")
	}
	return false
}

// serialLabel reports whether s opens with the 序号 label and its colon.
func serialLabel(s string) bool {
	rest, ok := strings.CutPrefix(s, "序号")
	return ok && (strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":"))
}

// allDigits tells whether s holds ASCII digits alone (true for "").
func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
