package quality

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/ordinal"
)

// A table row's cells run into one line of text are told by the gaps
// between them: from minCellGaps to maxCellGaps wide gaps (three cells and
// more: task, content, units, deadline, but no longer a list of names
// spaced apart), one cell a content sentence or a deadline.
const (
	minCellGaps    = 2
	maxCellGaps    = 7
	minContentHan  = 10 // a content cell's Han characters
	maxCellGapLine = 400
)

// checkCellGaps reports the goals, tasks and items of a work plan whose
// text (a goal's paragraph, a task's title, an item's text) holds a line
// shaped like a table row: cells parted by the gaps a table puts between
// them — a tab, a bar, or two spaces or more — one of them a content sentence
// or a deadline. A row of a table aligned by spaces (its header lost, or
// its columns not found) read as one element's text leaves its units and
// deadline in the title; prose never spaces its words so. The first such
// element is flagged.
func checkCellGaps(a *assessor) {
	if el, ok := a.firstWorkText(true, rowInText); ok {
		a.flagCellGaps(el)
	}
}

func (a *assessor) flagCellGaps(el elem) {
	a.element(model.ReasonMarksInText, el, "the text holds a table row's cells, parted by wide gaps: a row read as prose")
	a.penalise(model.ReasonMarksInText, penaltyMarksInText)
}

// rowInText reports whether a line of s is shaped like a table row.
// mayHoldWideGap turns away first, reading bytes, the texts with no wide
// gap at all: most goals, tasks and items.
func rowInText(s string) bool {
	return mayHoldWideGap(s) && rowInLines(s)
}

// rowInLines is rowInText without its gate.
func rowInLines(s string) bool {
	for line := range strings.SplitSeq(s, "\n") {
		if len(line) > maxCellGapLine {
			continue
		}
		if cells := gapCells(line); len(cells) > minCellGaps && len(cells) <= maxCellGaps+1 && hasContentOrDeadline(cells) {
			return true
		}
	}
	return false
}

// mayHoldWideGap reports whether s may hold one of gapCells' wide gaps:
// it holds a tab, a table's bar (| or ｜: a markdown or box row whose
// line break was lost), an ideographic or no-break space, or two ASCII spaces or
// carriage returns side by side. A gap of two white runes holds one of
// these, so a text without any is one cell. Each search is a byte search:
// the spaces' UTF-8 encodings are found whole, wherever they lie.
func mayHoldWideGap(s string) bool {
	if strings.IndexByte(s, '\t') >= 0 || strings.IndexByte(s, '|') >= 0 || strings.Contains(s, "  ") ||
		strings.Contains(s, "｜") ||
		strings.Contains(s, "\u3000") || strings.Contains(s, "\u00a0") {
		return true
	}
	return strings.IndexByte(s, '\r') >= 0 &&
		(strings.Contains(s, " \r") || strings.Contains(s, "\r ") || strings.Contains(s, "\r\r"))
}

// gapCells splits a line at its wide gaps: runs of white space between
// two printed characters holding a tab, a bar (| or ｜) or two spaces or
// more (ASCII, ideographic or no-break).
func gapCells(line string) []string {
	var cells []string
	start, run, tab := -1, 0, false
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		switch r {
		case ' ', '\u3000', '\u00a0', '\r':
			run++
		case '\t', '|', '｜':
			run, tab = run+1, true
		default:
			if start < 0 {
				start = i
			} else if tab || run >= 2 {
				cells = append(cells, strings.TrimSpace(line[start:i]))
				start = i
			}
			run, tab = 0, false
		}
		i += size
	}
	if start >= 0 {
		cells = append(cells, strings.TrimSpace(line[start:]))
	}
	return cells
}

// hasContentOrDeadline reports whether a cell is a content sentence (at
// least minContentHan Han characters) or a deadline (a month: 2023年6月底前).
func hasContentOrDeadline(cells []string) bool {
	for _, c := range cells {
		if hanCount(c, minContentHan) >= minContentHan {
			return true
		}
		if k := strings.Index(c, "月"); k > 0 && ordinal.DigitValue(lastRune(c[:k])) >= 0 {
			return true
		}
	}
	return false
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
