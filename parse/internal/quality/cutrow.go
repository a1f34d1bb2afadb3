package quality

import (
	"strings"

	"github.com/zwgk/gongwen/model"
)

// penaltyCutInRow is the penalty of a text cut inside a table row: the
// row's later cells (its units, its deadline) are lost with it, so the
// plan's last task is read without them — review alone, where a text cut
// in a sentence (penaltyTruncated) is a minor doubt.
const penaltyCutInRow = 0.25

// checkCutInRow raises the truncated reason of a text that stops inside a
// table row: its last line holds fewer cells than the rows above it.
// It runs after checkTruncated and only where that found the text cut.
func checkCutInRow(a *assessor) {
	if !a.penalised(model.ReasonTruncated) {
		return
	}
	text := withoutTrailingNoise(a.ev.Text)
	if at, ok := cutRow(text); ok {
		sp := model.Span{Start: at, End: len(text), Line: lineOf(a.ev.Text, at)}
		a.document(model.ReasonTruncated, &sp, "the text stops inside a table row: its later cells (units, deadline) are missing")
		a.penalise(model.ReasonTruncated, penaltyCutInRow)
	}
}

// cutRow reports where the last line of text starts when it is a table
// row (cells split by tabs) holding fewer cells than most of the up to
// maxRowsAbove rows above it.
func cutRow(text string) (int, bool) {
	at := strings.LastIndexByte(text, '\n') + 1
	last := cellCount(text[at:])
	if last < 2 {
		return 0, false
	}
	counts := map[int]int{}
	rowsAbove(text, at, func(line string) bool {
		n := cellCount(line)
		if n >= 2 {
			counts[n]++
		}
		return n >= 2
	})
	best, most := 0, 0
	for n, c := range counts {
		if c > most || c == most && n > best {
			best, most = n, c
		}
	}
	return at, most >= 2 && last < best
}

// maxRowsAbove is how many row lines above the last a table's habit is
// read from.
const maxRowsAbove = 8

// rowsAbove calls row with the lines of text above the one starting at
// at, nearest first, until row has told maxRowsAbove of them to be rows
// or the text's start is reached.
func rowsAbove(text string, at int, row func(line string) bool) {
	for rows, end := 0, at-1; rows < maxRowsAbove && end > 0; {
		start := strings.LastIndexByte(text[:end], '\n') + 1
		if row(text[start:end]) {
			rows++
		}
		end = start - 1
	}
}

// cellCount is the number of tab-separated cells of a line, trailing empty
// cells left out; 0 for a line without a tab.
func cellCount(line string) int {
	line = strings.TrimRight(line, " \t\r")
	if !strings.Contains(line, "\t") {
		return 0
	}
	return strings.Count(line, "\t") + 1
}

// penalised tells whether a penalty was recorded for code.
func (a *assessor) penalised(code string) bool {
	for _, p := range a.penalties {
		if p.code == code {
			return true
		}
	}
	return false
}
