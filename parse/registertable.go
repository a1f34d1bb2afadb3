package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/role"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
	"github.com/zwgk/gongwen/segment"
)

// notPlanTable reports whether the table rows from line i on are a table
// that holds no plan's content — a form to fill in (formAt), a register or
// a schedule (registerAt) — and returns the line after it.
func notPlanTable(lines []line, i, end int) (int, bool) {
	if next, ok := formAt(lines, i, end); ok {
		return next, true
	}
	return registerAt(lines, i, end)
}

// registerAt reports whether the table rows from line i on are a table
// whose rows name no work: a header row, then two rows or more that are a
// register (registerRows: a name list, a roster, a table of scores or
// figures under column names no plan's table has) or a schedule
// (scheduleRows: an agenda keyed by the clock). It returns the line after
// the table's last row. The rows stop at a row naming a plan's column (a
// task table's header after the register).
func registerAt(lines []line, i, end int) (int, bool) {
	if lines[i].kind != lineTabRow && lines[i].kind != linePipeRow || !opensRows(lines, i) {
		return i, false
	}
	head := lines[i].cells
	var rows [][]source.Str
	next := i + 1
	for j := i + 1; j < end; j++ {
		ln := lines[j]
		if ln.kind == lineBlank || ln.kind == lineNoise {
			continue
		}
		if ln.kind != lineTabRow && ln.kind != linePipeRow || namesPlanColumn(ln.cells) {
			break
		}
		rows = append(rows, ln.cells)
		next = j + 1
	}
	if len(rows) < 2 {
		return i, false
	}
	if scheduleRows(rows) || registerHeader(head) && registerRows(head, rows) {
		return next, true
	}
	return i, false
}

// opensRows reports whether the row at line i opens its run of rows: no
// row stands above it but across blank or noise lines. A register's header
// is its table's first row; a row inside a table is never one (the rows of
// a plan's table of projects and sums under its own header would be taken
// for a register of figures headed by their first row), and trying each
// row would read a long table's rows again at every row.
func opensRows(lines []line, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch lines[j].kind {
		case lineBlank, lineNoise:
			continue
		case lineTabRow, linePipeRow:
			return false
		}
		return true
	}
	return true
}

// namesPlanColumn reports a row with a cell naming a plan's column (工作任务,
// 具体内容, 责任单位, 完成时限, a 类别 of goals).
func namesPlanColumn(cells []source.Str) bool {
	for _, cell := range cells {
		switch role, _, ok := table.HeaderRole(strings.TrimSpace(cell.S)); {
		case !ok:
		case role == table.Goal, role == table.Task, role == table.Content, role == table.Units, role == table.Deadline:
			return true
		}
	}
	return false
}

// registerHeader reports a header row of a register: two column names or
// more, each short (formLabel), none a plan's column (namesPlanColumn) —
// 序号 | 村名 | 合格户数 | 综合得分 | 名次, 序号 | 单位名称, 姓名 | 职务 |
// 联系电话.
func registerHeader(head []source.Str) bool {
	return namesOnly(head, formLabel) && !namesPlanColumn(head)
}

// registerRows reports rows that list names or figures, not work: every
// cell short (maxRegisterCell) with neither a sentence mark nor a list
// mark nor a role verb (role.HoldsVerb: no cell assigns anything, as
// 市教育局牵头 or 各乡镇负责 does), and the table is one of
// figures (half its cells past the first column numbers: scores, counts,
// rates, phone numbers), of people (a 姓名 column), or a plain list (one
// column of names beside the 序号).
func registerRows(head []source.Str, rows [][]source.Str) bool {
	cells, figures := 0, 0
	for _, row := range rows {
		for k, cell := range row {
			c := strings.TrimSpace(cell.S)
			if c == "" {
				continue
			}
			if utf8.RuneCountInString(c) > maxRegisterCell || strings.ContainsAny(c, "。；;，,、：:") || role.HoldsVerb(segment.ToSimplified(c)) {
				return false
			}
			if k == 0 {
				continue
			}
			cells++
			if registerFigure(c) {
				figures++
			}
		}
	}
	if cells > 0 && 2*figures >= cells {
		return true
	}
	named := 0
	for k, cell := range head {
		c := source.Squeeze(strings.TrimSpace(cell.S))
		switch role, _, _ := table.HeaderRole(c); {
		case c == "":
		case c == "姓名":
			return true
		case k == 0 && role == table.Seq:
		default:
			named++
		}
	}
	return named == 1
}

// maxRegisterCell is the longest cell of a register, in runes: a unit's
// full name with its office (成都市农业农村局农产品质量安全监管处), a post.
const maxRegisterCell = 24

// registerFigure reports a cell of a register holding a number only: a
// count, a score or a rate (isFigure), a phone number (0772-2821456), or a
// dash standing for none.
func registerFigure(c string) bool {
	if isFigure(c) || c == "—" || c == "-" || c == "/" {
		return true
	}
	digits := 0
	for _, r := range c {
		switch {
		case r < utf8.RuneSelf && ord.IsASCIIDigit(byte(r)):
			digits++
		case r == '-' || r == '—' || r == '－' || r == ' ':
		default:
			return false
		}
	}
	return digits >= minPhoneDigits
}

// minPhoneDigits is the fewest digits of a phone number (a local number
// of seven digits, without its area code).
const minPhoneDigits = 7

// scheduleRows reports the rows of an agenda: every row but one opens
// (past its 序号) with a time of day or a span of them (9:00—9:15,
// 14:30), as a 会议日程 or 日程安排 table is keyed; a plan's rows are keyed
// by task and dated by day, never by the clock.
func scheduleRows(rows [][]source.Str) bool {
	timed := 0
	for _, row := range rows {
		for k, cell := range row {
			c := strings.TrimSpace(cell.S)
			if k == 0 && ord.Value(c) > 0 {
				continue
			}
			if clockTime(c) {
				timed++
			}
			break
		}
	}
	return timed >= 2 && timed+1 >= len(rows)
}

// clockTime reports a time of day, alone or as a span (8:30, 9:00—9:15,
// 14：00-17：30): digits, a colon, two digits, and optionally a dash and
// another such time.
func clockTime(s string) bool {
	rest, ok := cutClock(s)
	if !ok {
		return false
	}
	if rest == "" {
		return true
	}
	for _, dash := range []string{"—", "-", "－", "~", "～", "至"} {
		if after, found := strings.CutPrefix(rest, dash); found {
			after = strings.TrimLeft(after, "—")
			rest, ok = cutClock(after)
			return ok && rest == ""
		}
	}
	return false
}

// cutClock reads a time of day (H:MM or HH:MM, a half- or full-width
// colon) at the start of s and returns what follows it.
func cutClock(s string) (string, bool) {
	h := 0
	for h < len(s) && h < 2 && ord.IsASCIIDigit(s[h]) {
		h++
	}
	if h == 0 {
		return s, false
	}
	rest := s[h:]
	switch {
	case strings.HasPrefix(rest, ":"):
		rest = rest[1:]
	case strings.HasPrefix(rest, "："):
		rest = rest[len("："):]
	default:
		return s, false
	}
	if len(rest) < 2 || !ord.IsASCIIDigit(rest[0]) || !ord.IsASCIIDigit(rest[1]) {
		return s, false
	}
	return rest[2:], true
}

// notPlanSpans returns the spans of the tables between lines from and to
// that name no work (notPlanTable), as the blocks leave them out: a plan's
// quality does not count their text as text the tree failed to place. A
// table is tried where a run of rows starts.
func notPlanSpans(src *source.Source, lines []line, from, to int) []model.Span {
	var out []model.Span
	isRow := func(j int) bool { return lines[j].kind == lineTabRow || lines[j].kind == linePipeRow }
	for i := from; i < to; i++ {
		if !isRow(i) || lines[i].used || i > from && isRow(i-1) {
			continue
		}
		next, ok := notPlanTable(lines, i, to)
		if !ok {
			continue
		}
		last := next - 1
		for last > i && !isRow(last) {
			last--
		}
		out = append(out, model.Span{Start: src.SpanAll(lines[i].s).Start, End: src.SpanAll(lines[last].s).End})
		i = last
	}
	return out
}
