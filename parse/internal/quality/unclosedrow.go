package quality

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
)

// rowRules open and close the lines of a pipe or box-drawing table's rows.
const rowRules = "|｜│┃"

// checkUnclosedRow reports a text whose last line is a pipe or box table's
// row line left open — it opens with the table's rule but does not close
// with one — where the row lines above close theirs: the text stops inside
// the row, its later cells or wrapped lines lost, though what is left may
// end in a cell (持续推进) and read as whole. It raises truncated as a cut
// inside a tab row does (checkCutInRow), and says nothing when that has.
func checkUnclosedRow(a *assessor) {
	if a.penaltyOf(model.ReasonTruncated) >= penaltyCutInRow || len(a.plans()) == 0 {
		return
	}
	text := withoutTrailingNoise(a.ev.Text)
	if at, ok := unclosedRow(text); ok {
		sp := model.Span{Start: at, End: len(text), Line: lineOf(a.ev.Text, at)}
		a.document(model.ReasonTruncated, &sp, "the text stops inside a table row left open: its later cells or lines are missing")
		a.penalise(model.ReasonTruncated, penaltyCutInRow)
	}
}

// unclosedRow reports where the last line of text starts when it is a row
// line opened by a table rule and not closed by one, while at least two
// and most of the up to maxRowsAbove row lines above it close theirs.
func unclosedRow(text string) (int, bool) {
	at := strings.LastIndexByte(text, '\n') + 1
	if open, closed := rowLine(text[at:]); !open || closed {
		return 0, false
	}
	rows, closed := 0, 0
	rowsAbove(text, at, func(line string) bool {
		o, c := rowLine(line)
		if o {
			rows++
		}
		if c {
			closed++
		}
		return o
	})
	return at, closed >= 2 && mostly(closed, rows)
}

// rowLine tells whether a line opens with a table rule, and whether it
// closes with one.
func rowLine(line string) (open, closed bool) {
	line = strings.Trim(line, " \t\r\u3000")
	first, _ := utf8.DecodeRuneInString(line)
	last, _ := utf8.DecodeLastRuneInString(line)
	open = line != "" && strings.ContainsRune(rowRules, first)
	return open, open && utf8.RuneCountInString(line) > 1 && strings.ContainsRune(rowRules, last)
}

// penaltyOf is the penalty recorded for code, 0 when none is.
func (a *assessor) penaltyOf(code string) float64 {
	for _, p := range a.penalties {
		if p.code == code {
			return p.p
		}
	}
	return 0
}
