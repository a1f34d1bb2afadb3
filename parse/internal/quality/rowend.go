package quality

import (
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// maxFreeCellHan is the most Han characters of a free-text cell (备注,
// 进展) after a row's deadline that a text may end with, the row whole.
const maxFreeCellHan = 20

// endsInLastCell tells whether the text ends with a cell of the plan's
// last item that closes its row though no sentence end closes it:
//   - the deadline cell closed by a table's rule (│每月  │);
//   - a free-text cell after the row's deadline cell (…,2024年10月底前,按季
//     度报送进展: a 备注 column), short and holding no cell
//     separator of its own;
//   - the wrapped tail of the row's last unit name, on a line of its own
//     (县市场监督 / 管理局: a unit column wrapping in a PDF's copy),
//     the unit clause ending with that name.
//
// text is the text without its trailing noise and closing lines.
func endsInLastCell(it *model.Item, text string) bool {
	line := strings.TrimSpace(text[strings.LastIndexByte(text, '\n')+1:])
	return freeCellAfterDeadline(it, line) || wrappedUnitTail(it, line)
}

// freeCellAfterDeadline tells whether line, the text's last, holds the
// item's deadline followed by one cell separator and a short free cell.
func freeCellAfterDeadline(it *model.Item, line string) bool {
	if it.Deadline == "" {
		return false
	}
	k := strings.LastIndex(line, it.Deadline)
	if k < 0 {
		return false
	}
	rest := line[k+len(it.Deadline):]
	if strings.Trim(rest, cellRules) == "" {
		return true // the deadline cell closed by its rule: │每月  │
	}
	cell, ok := afterSeparator(rest)
	if !ok || strings.ContainsAny(cell, ",\t"+rowRules) || strings.Contains(cell, "  ") {
		return false
	}
	n := hanCount(cell, maxFreeCellHan+1)
	return n > 0 && n <= maxFreeCellHan
}

// cellRules are what may stand around a row's last cell: white space and
// the rules of pipe and box-drawing tables.
const cellRules = " \t\u3000" + rowRules

// afterSeparator cuts one cell separator (a comma of CSV, a tab, a pipe,
// or two spaces and more) off the start of s.
func afterSeparator(s string) (string, bool) {
	for _, sep := range []string{",", "\t", "|", "｜"} {
		if rest, ok := strings.CutPrefix(s, sep); ok {
			return strings.TrimSpace(rest), true
		}
	}
	if t := strings.TrimLeft(s, " \u3000"); len(s)-len(t) >= 2 {
		return t, true
	}
	return "", false
}

// wrappedUnitTail tells whether line, the text's last, is the end of the
// item's last unit name, wrapped onto a line of its own, and the item's
// unit clause ends with that name.
func wrappedUnitTail(it *model.Item, line string) bool {
	if len(it.Units) == 0 || it.UnitsInherited || line == "" {
		return false
	}
	name := it.Units[len(it.Units)-1].Name
	return len(line) < len(name) && hanCount(line, 2) >= 2 && strings.HasSuffix(name, line) &&
		strings.HasSuffix(strings.TrimSpace(it.UnitsText), name)
}

// freeCellAfterDropped tells whether the text ends, on the line of the
// plan's last item, in a short free cell the parser dropped by design
// (Evidence.Consumed) right after a cell closed by a sentence end, as a
// 通报's progress table closes its row with a status cell after its
// progress cell (…材料已按时报送。	已完成). A row the end cut off stops
// inside a cell: in a name, or in a progress cell's sentence.
func (a *assessor) freeCellAfterDropped(p *model.Plan, e elem, text string) bool {
	if e.ii < 0 || len(p.Goals[e.gi].Tasks[e.ti].Items[e.ii].Units) == 0 {
		return false
	}
	start := -1
	for _, d := range a.ev.Consumed {
		if d.Start >= e.span.Start && d.End == len(text) {
			start = d.Start
		}
	}
	if start < 0 {
		return false
	}
	cell, before := text[start:], strings.TrimRight(text[:start], " \u3000\t")
	if len(before) == start || !strings.HasSuffix(before, "。") {
		return false // no cell separator before it, or no sentence closing the cell before
	}
	if source.ContainsAny(cell, "。，；,;:：\t\n"+rowRules) || strings.Contains(cell, "  ") {
		return false
	}
	n := hanCount(cell, maxFreeCellHan+1)
	return n > 0 && n <= maxFreeCellHan
}
