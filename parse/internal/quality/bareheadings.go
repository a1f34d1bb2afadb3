package quality

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
	"github.com/zwgk/gongwen/parse/internal/timex"
)

// minBareHeadings is how many lines shaped as goal headings, read as
// none, make a plan of implicit goals one whose goal headings lost their
// ordinals.
const minBareHeadings = 2

// bareHeadingRunes bound a goal heading written alone on its line.
const (
	minBareHeadingRunes = 4
	maxBareHeadingRunes = 24
)

// maxNameWrap bounds the piece of a unit's name wrapped onto the next
// line of its cell (政府采购管 / 理科).
const maxNameWrap = 4

// checkBareHeadings reports a work plan whose goals were all read
// implicit (no ordinal, no title) while its text holds two lines or more
// shaped as goal headings (bareHeadingShape) that no goal or task was
// read from: left in no element, or run into a task's title or an item's
// text. The goal headings lost their ordinals (一、 gone in a copy, a
// table's goal rows without their number), and their tasks were read as
// one list under no goal (headings_unread).
func checkBareHeadings(a *assessor) {
	for _, p := range a.workPlans() {
		if !allImplicit(p.Plan) {
			continue
		}
		lines := bareHeadingLines(a.ev.Text, p.Plan)
		if len(lines) < minBareHeadings {
			continue
		}
		sp := lines[0]
		sp.Line = lineOf(a.ev.Text, sp.Start)
		a.document(model.ReasonHeadingsUnread, &sp, "%d lines stand as goal headings without ordinals (%s …) but every goal was read implicit: their tasks read as one list", len(lines), a.ev.Text[sp.Start:sp.End])
		a.penalise(model.ReasonHeadingsUnread, penaltyHeadingsUnread)
		return
	}
}

// allImplicit reports whether p has goals, all implicit: no ordinal and
// no title.
func allImplicit(p *model.Plan) bool {
	for gi := range p.Goals {
		if g := &p.Goals[gi]; g.No != "" || g.Title != "" {
			return false
		}
	}
	return len(p.Goals) > 0
}

// bareHeadingLines lists the spans of the lines of p's text, from its
// title (or its first placed text) to its last element, that are bare
// goal headings (bareHeadingAt).
func bareHeadingLines(text string, p *model.Plan) []model.Span {
	from, to := len(text), 0
	eachPlaced(p, func(sp model.Span) { from, to = min(from, sp.Start), max(to, sp.End) })
	if p.Title != nil && p.Title.Span.End > p.Title.Span.Start {
		from = p.Title.Span.End
	}
	to = min(to, len(text))
	var out []model.Span
	for at := from; at < to; {
		end := strings.IndexByte(text[at:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += at
		}
		if sp, ok := bareHeadingAt(text, p, from, at, end); ok {
			out = append(out, sp)
		}
		at = end + 1
	}
	return out
}

// bareHeadingAt tells whether the line [at, end) is a goal heading
// without its ordinal that p read as none, and gives its trimmed span:
// shaped as one (bareHeadingShape), not running on into the next line as
// a wrapped cell (wrapsOn), spanning a table laid out in spaces from its
// left edge (spansRow) or following a whole line away from a column
// (afterWhole, inColumn), and read as no goal or task (readAsHeading;
// for a row spanning the table, only as a title of its own).
func bareHeadingAt(text string, p *model.Plan, from, at, end int) (model.Span, bool) {
	i, j := source.SpaceBounds(text[at:end])
	line := model.Span{Start: at + i, End: at + j}
	if j <= i {
		return line, false
	}
	cur := text[line.Start:line.End]
	if !bareHeadingShape(cur) || wrapsOn(text, line, end) {
		return line, false
	}
	row := spansRow(text, at, i)
	if !row && (!afterWhole(text, from, at, cur) || inColumn(text, at, end, i)) {
		return line, false
	}
	return line, !readAsHeading(text, p, line, row)
}

// bareHeadingShape reports whether s, a trimmed line, is shaped as a goal
// heading written without its ordinal: 4 to 24 runes, Han save quotes,
// book-title marks, 、 and an inner comma, and neither a unit's name, a list
// of them, a unit clause, a date, a deadline or frequency (持续推进, 每季度),
// a leader's post, an attachment's label nor a table's caption.
func bareHeadingShape(s string) bool {
	n := 0
	for _, r := range s {
		n++
		if n > maxBareHeadingRunes || !source.IsHan(r) && !source.InSet("“”《》、，,", r) {
			return false
		}
	}
	if n < minBareHeadingRunes || strings.HasSuffix(s, "，") || strings.HasSuffix(s, ",") || strings.HasPrefix(s, "附件") || strings.HasSuffix(s, "表") {
		return false
	}
	switch org.Classify(s) {
	case org.Organisation, org.Date, org.Person:
		return false
	}
	return !timeCell(s) && !unitList(s) && clauseNames(s) == nil
}

// columnName reports whether s names a table's column or is a header
// line.
func columnName(s string) bool { return table.IsColumnName(s) || table.HeaderLine(s) }

// afterWhole reports whether the line starting at at, cur, follows a
// whole line: one whose last cell (after a tab or a run of spaces) ends a
// sentence, a lead-in (：) or a unit clause, or is a unit cell, a date or
// a deadline; a rule; a table's header (or its wrapped last line), when
// cur names no column itself; or the start of the plan's text. Not a row
// number, nor a cell's line that wraps onto it. A column's name is a
// heading only so: one cell a line, 工作任务 under 序号 is the header's.
func afterWhole(text string, from, at int, cur string) bool {
	prev := prevLine(text, at)
	if prev == "" || source.TrimSpace(text[from:at]) == "" {
		return true
	}
	if columnName(prev) || headerWrap(text, at, prev) {
		return !columnName(cur)
	}
	last := lastCell(prev)
	switch {
	case endsSentence(last), strings.HasSuffix(last, "）"), strings.HasSuffix(last, ")"), strings.HasSuffix(last, "："), ruleLine(last):
		return true
	}
	switch org.Classify(last) {
	case org.Organisation, org.Date:
		return true
	}
	return unitList(last) || timeCell(last) || clauseNames(last) != nil
}

// ruleLine reports whether s is a rule: three runes or more, none a
// letter or digit (box-drawing characters, dashes, stars) — not a cell's
// lone bar.
func ruleLine(s string) bool {
	for _, r := range s {
		if source.IsHan(r) || r < 0x2500 && (r >= '0' && r <= '9' || r >= 'A' && r <= 'z') {
			return false
		}
	}
	return source.MoreRunes(s, 2)
}

// headerWrap reports whether prev, the line before the one at at, is the
// wrapped end of a header line (序 … 完成时 / 号 … 限): Han cells of one
// or two runes under a line naming two columns or more.
func headerWrap(text string, at int, prev string) bool {
	for _, c := range strings.Fields(prev) {
		if r, _ := utf8.DecodeRuneInString(c); utf8.RuneCountInString(c) > 2 || !source.IsHan(r) {
			return false // not a row's number
		}
	}
	k := strings.LastIndex(text[:at], prev)
	if k <= 0 {
		return false
	}
	named := 0
	for _, c := range strings.Fields(prevLine(text, lineStartAt(text, k))) {
		if table.IsColumnName(c) {
			named++
		}
	}
	return named >= 2
}

// lineStartAt is the start of the line holding the byte at.
func lineStartAt(text string, at int) int { return strings.LastIndexByte(text[:at], '\n') + 1 }

// spansRow reports whether the line at at, its text indent bytes in, is
// a row of a table laid out in spaces that spans its columns from the
// left edge — no indent — where the line above (a cell's wrapped line of
// the row before) is indented: a goal row of a pdftotext -layout table,
// whose task rows open with their number.
func spansRow(text string, at, indent int) bool {
	if indent > 0 {
		return false
	}
	prev := rawLineBefore(text, at)
	return strings.HasPrefix(prev, "  ") && source.TrimSpace(prev) != ""
}

// inColumn reports whether the line [at, end), indent bytes in, stands
// in a column of a table laid out in spaces, away from its left edge:
// under a header or a row line holding a run of three spaces between
// cells, or over such a row line, and indented as far as that line or
// further. A goal row spans the table from its left edge; a cell's first
// line alone on its line (the content column's, above a centred row)
// does not. A heading over a table's header stands outside it.
func inColumn(text string, at, end, indent int) bool {
	if indent == 0 {
		return false
	}
	if prev := rawLineBefore(text, at); laidOut(prev) && indent >= indentOf(prev) {
		return true
	}
	next := rawLineAfter(text, end)
	return laidOut(next) && !table.HeaderLine(next) && indent >= indentOf(next)
}

// rawLineBefore is the line before the one starting at at, untrimmed, or
// "".
func rawLineBefore(text string, at int) string {
	if at == 0 {
		return ""
	}
	return text[lineStartAt(text, at-1) : at-1]
}

// rawLineAfter is the line after the one ending at end, untrimmed, or "".
func rawLineAfter(text string, end int) string {
	if end >= len(text) {
		return ""
	}
	rest := text[end+1:]
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		rest = rest[:k]
	}
	return strings.TrimRight(rest, "\r")
}

// laidOut reports whether the line holds a run of three spaces or more
// between two of its characters: cells set apart in columns.
func laidOut(line string) bool {
	return strings.Contains(source.TrimSpace(line), "   ")
}

// indentOf counts the bytes of white space opening the line.
func indentOf(line string) int {
	i, _ := source.SpaceBounds(line)
	return i
}

// lastCell is the last cell of a line: after its last tab or run of two
// spaces or more.
func lastCell(s string) string {
	if k := strings.LastIndexByte(s, '\t'); k >= 0 {
		s = s[k+1:]
	}
	if k := strings.LastIndex(s, "  "); k >= 0 {
		s = s[k+2:]
	}
	if k := strings.LastIndex(s, "\u3000\u3000"); k >= 0 {
		s = s[k+len("\u3000\u3000"):]
	}
	return source.TrimSpace(s)
}

// timeCell reports whether s is a deadline or a frequency (持续推进,
// 每季度) for half its bytes or more, or ends as a deadline does
// (春秋季开学前, 汛期前).
func timeCell(s string) bool {
	if strings.HasSuffix(s, "前") || strings.HasSuffix(s, "底") {
		return true
	}
	f := timex.Fold(s)
	n := 0
	for _, m := range f.Deadlines(timex.Ref{}, true) {
		n += m.End - m.Start
	}
	for _, m := range f.Frequencies() {
		n += m.End - m.Start
	}
	return 2*n >= len(s)
}

// unitList reports whether every piece of s parted by 、，, is an
// organisation's name.
func unitList(s string) bool {
	pieces := strings.FieldsFunc(s, func(r rune) bool { return r == '、' || r == '，' || r == ',' })
	for _, p := range pieces {
		if org.Classify(p) != org.Organisation {
			return false
		}
	}
	return len(pieces) > 0
}

// wrapsOn reports whether the line, ending at end, runs on into the next
// as one cell wrapped in its column: a next line as long and closing no
// sentence (a cell wrapped at its column's width), a unit's name (政府采购管
// / 理科、市公 …), a unit cell (监督检查 / 科、农业科), or a header's names
// one a line.
func wrapsOn(text string, line model.Span, end int) bool {
	next := nextLine(text, end)
	if next == "" {
		return false
	}
	cur := text[line.Start:line.End]
	if utf8.RuneCountInString(cur) == utf8.RuneCountInString(next) && !strings.Contains(next, "。") {
		return true
	}
	first := next
	if k := strings.IndexAny(next, "、，,"); k >= 0 {
		first = next[:k]
	}
	if !source.MoreRunes(first, maxNameWrap) && org.Classify(first) != org.Organisation && org.Classify(cur+first) == org.Organisation {
		return true
	}
	return unitList(cur+next) || columnName(cur) && columnName(next)
}

// readAsHeading reports whether the line was read as an element of p: a
// goal's title that is the line; a task's that is, heading an item with
// units of its own (ownUnits; or no item has any); an item's text that is
// and has units of its own (or no item has any); or, unless row, text
// inside an element that neither opens it ahead of more lines nor stands
// after one of its sentences or unit clauses (a heading run into the end
// of the item above). A line in no goal, task or item (in the preamble,
// the closing, or none) is read as none.
func readAsHeading(text string, p *model.Plan, line model.Span, row bool) bool {
	words := source.Squeeze(text[line.Start:line.End])
	units := false
	eachItem(p, func(_, _, _ int, it *model.Item) { units = units || len(it.Units) > 0 })
	inside := func(sp model.Span) bool { return sp.Start <= line.Start && line.End <= sp.End }
	within := func(sp model.Span) bool {
		before := source.TrimSpace(text[sp.Start:line.Start])
		after := source.TrimSpace(text[line.End:sp.End])
		opens := before == "" && after != ""
		follows := before != "" && (endsSentence(before) || strings.HasSuffix(before, "）") || strings.HasSuffix(before, ")"))
		return !row && !opens && !follows
	}
	// titled reads the line inside a task or item: its whole title (or
	// text) is a heading when it has units of its own or no item has any.
	titled := func(title string, sp model.Span, own bool) bool {
		if source.Squeeze(title) == words {
			return !units || own
		}
		return within(sp)
	}
	for gi := range p.Goals {
		g := &p.Goals[gi]
		if inside(g.Span) {
			return source.Squeeze(g.Title) == words || within(g.Span)
		}
		if g.Text != nil && inside(g.Text.Span) {
			return within(g.Text.Span)
		}
		for ti := range g.Tasks {
			t := &g.Tasks[ti]
			if inside(t.Span) {
				return titled(t.Title, t.Span, hasUnitItem(t))
			}
			for ii := range t.Items {
				if it := &t.Items[ii]; inside(it.Span) {
					return titled(it.Text, it.Span, ownUnits(it))
				}
			}
		}
	}
	return false
}

// ownUnits reports whether the item has units of its own: not inherited
// from the cell above, nor read from a clause closing the line before its
// text (a heading run in after the item above took that item's clause).
func ownUnits(it *model.Item) bool {
	return len(it.Units) > 0 && !it.UnitsInherited && (it.UnitsSpan == nil || it.UnitsSpan.End > it.Span.Start)
}

// hasUnitItem reports whether an item of t has units of its own
// (ownUnits).
func hasUnitItem(t *model.Task) bool {
	for ii := range t.Items {
		if ownUnits(&t.Items[ii]) {
			return true
		}
	}
	return false
}

// endsSentence reports whether s ends a sentence: 。；！？ or ;.
func endsSentence(s string) bool {
	return strings.HasSuffix(s, "。") || strings.HasSuffix(s, "；") || strings.HasSuffix(s, "！") || strings.HasSuffix(s, "？") || strings.HasSuffix(s, ";")
}
