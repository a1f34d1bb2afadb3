package quality

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/org"
)

// penaltyUnreadRows is the penalty of numbered table rows read into no
// plan: the plan was lost whole.
const penaltyUnreadRows = 0.3

// minUnreadRows is how many numbered rows in sequence, each naming a
// unit, show a table copied one cell a line.
const minUnreadRows = 3

// maxRowLines bounds the lines of one row copied a cell a line: the
// number, a task, a content, units, a deadline and a note or two.
const maxRowLines = 8

// checkUnreadRows reports a text with no plan read that holds a table
// copied one cell a line: minUnreadRows or more lines holding a bare row
// number that counts up by one (1, 2, 3), each followed, before the next,
// by a line naming units (市发改委; 执法支队牵头，法规科配合) — the header
// that named its columns was lost or not known, and nothing read the rows
// (marks_in_text).
func checkUnreadRows(a *assessor) {
	for _, p := range a.plans() {
		if len(p.Goals) > 0 {
			return
		}
	}
	if at, ok := unreadRows(a.ev.Text); ok {
		sp := model.Span{Start: at, End: at + len(firstLine(a.ev.Text[at:]))}
		a.document(model.ReasonMarksInText, &sp, "numbered rows, one cell a line, with unit cells, read into no plan: a table copied without its header")
		a.penalise(model.ReasonMarksInText, penaltyUnreadRows)
	}
}

// unreadRows finds the first run of minUnreadRows numbered rows copied a
// cell a line and returns where it starts.
func unreadRows(text string) (int, bool) {
	run, want, start, lines, unit := 0, 1, 0, 0, false
	for at := 0; at < len(text); {
		line := firstLine(text[at:])
		s := strings.Trim(line, " \u3000\r")
		next := at + len(line) + 1
		if s == "" {
			at = next
			continue
		}
		if n, ok := bareNumber(s); ok {
			switch {
			case n == want && (run == 0 || unit):
				if run == 0 {
					start = at
				}
				run++
				if run >= minUnreadRows {
					return start, true
				}
			case n == 1:
				run, start = 1, at
			default:
				run = 0
			}
			want, lines, unit = n+1, 0, false
			at = next
			continue
		}
		lines++
		if lines > maxRowLines {
			run, want = 0, 1
		}
		// unit is read at the next row number only while a run is open
		// (run > 0 there means it was open on every line since): outside
		// one, no line need be asked whether it names units.
		if run > 0 && !unit {
			unit = unitLine(s)
		}
		at = next
	}
	return 0, false
}

// firstLine is s up to its first line break.
func firstLine(s string) string {
	if k := strings.IndexByte(s, '\n'); k >= 0 {
		return s[:k]
	}
	return s
}

// bareNumber reads a line that is a row number alone (1, 12).
func bareNumber(s string) (int, bool) {
	if len(s) > 3 || !allDigits(s) {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// unitLine tells whether a line names units alone: a short line whose
// pieces, parted as any unit list's (isUnitPart), end like organisations
// once a role verb closing them is set aside (cutRoleVerb).
func unitLine(s string) bool {
	if utf8.RuneCountInString(s) > 40 {
		return false
	}
	for piece := range strings.FieldsFuncSeq(s, isUnitPart) {
		if piece = cutRoleVerb(piece); !org.HasEnding(piece) && !org.IsGeneric(piece) {
			return false
		}
	}
	return true
}
