package table

import (
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// minCardFields is the fewest field rows a task card holds: a task or
// requirement, its units and one more (a second unit column, a deadline).
const minCardFields = 3

// Card is a task card (任务卡, 任务书): one row of a task table printed as
// a small table of its own turned on its side, a field name in the left
// column and its value in the right.
type Card struct {
	// Title is the card's heading, a row merged across the card above its
	// fields ((一)深化集团化办学改革); empty when the card has none. It is
	// no cell of the grid: it heads the card as a heading line would.
	Title source.Str
	// TitleLines is the number of lines the title took (0 or 1); the
	// grid's lines follow them.
	TitleLines int
	// Grid is the card as a table of one row under its field names.
	Grid Grid
}

// ReadCard reads a task card starting at lines[i]: at least minCardFields
// tab or pipe rows of two cells, the left one a column name the word list
// knows (工作内容, 牵头科室, 配合科室（单位）, 完成时限) and the right one
// its value (which may be empty, but is no column name: a two-column
// table's header 工作任务 | 责任单位 is no card), each name once, and
// among those with values a unit column and a task or content column
// (labelHeaderOK; a table's header printed one name per line is no card).
// A row holding only a heading (an ordinal opening it) directly above the
// fields, or a line of text holding only it, is the card's title. A card
// whose fields are lines of text (工作内容：… / 牵头科室：…), as a text
// copy writes its rows, needs that title. The line after the fields must
// close the card (cardClosed). It returns ok false when lines[i] opens no
// card.
func ReadCard(lines []Line, i, to int) (Card, bool) {
	var c Card
	if i >= to || lines[i].Used {
		return Card{}, false
	}
	if cell, ok := cardTitle(lines[i]); ok {
		c.Title, c.TitleLines = cell, 1
	} else if lines[i].Kind == Text {
		return Card{}, false // field lines need a title line above them
	}
	var fields []labelField
	var keys []string
	prose := false // a field written as a line of text, 工作内容：…
	k := i + c.TitleLines
	for ; k < to; k++ {
		f, ok := cardField(lines[k])
		if !ok || hasKey(keys, f.key) {
			break
		}
		prose = prose || lines[k].Kind == Text
		fields = append(fields, f)
		keys = append(keys, f.key)
		c.Grid.Header = append(c.Grid.Header, f.name)
	}
	if len(fields) < minCardFields || !labelHeaderOK(filledFields(fields)) || !cardClosed(lines, k, to) || prose && c.TitleLines == 0 {
		return Card{}, false
	}
	c.Grid.Rows = []Row{labelRow(fields, keys, i+c.TitleLines)}
	c.Grid.Sep = "\n"
	c.Grid.Lines = k - i - c.TitleLines
	c.Grid.AtEnd = k >= to
	return c, true
}

// cardField reads a field row of a card: two cells, a known column name
// and a value that is none; or a line of text naming its field before a
// colon (工作内容：…, readLabelField).
func cardField(ln Line) (labelField, bool) {
	if ln.Kind == Text {
		return readLabelField(ln)
	}
	if ln.Used || ln.Kind != TabRow && ln.Kind != PipeRow {
		return labelField{}, false
	}
	cells := trimEmptyEnd(ln.Cells)
	if len(cells) == 0 || len(cells) > 2 {
		return labelField{}, false
	}
	name := cells[0].TrimSpace()
	var value source.Str
	if len(cells) == 2 {
		value = cells[1].TrimSpace()
	}
	role, _, known := HeaderRole(name.S)
	if !known || role == Unknown {
		return labelField{}, false
	}
	if _, _, named := HeaderRole(value.S); named {
		return labelField{}, false
	}
	return labelField{name: name, value: value, role: role, key: normHeader(name.S)}, true
}

// cardClosed reports the end of a card's fields at lines[k]: the end of
// the text, a blank or noise line, a line an earlier stage took, or the
// title of the next card or section (a line or lone cell opening with an
// ordinal). A field's value wrapped onto a line of its own leaves the
// card open, and no card is read.
func cardClosed(lines []Line, k, to int) bool {
	if k >= to {
		return true
	}
	ln := lines[k]
	if ln.Used || ln.Kind == Blank || ln.Kind == Noise {
		return true
	}
	_, ok := cardTitle(ln)
	return ok
}

// cardTitle returns a card's title: a row whose one filled cell opens
// with an ordinal (a heading merged across the card), or such a line of
// text (the merged row of a rendering that wrote a lone cell as text).
func cardTitle(ln Line) (source.Str, bool) {
	var cell source.Str
	switch ln.Kind {
	case Text:
		cell = ln.S.TrimSpace()
	case TabRow, PipeRow:
		cells := trimEmptyEnd(ln.Cells)
		if len(cells) != 1 {
			return source.Str{}, false
		}
		cell = cells[0].TrimSpace()
	default:
		return source.Str{}, false
	}
	if _, ok := ord.Read(cell.S); !ok {
		return source.Str{}, false
	}
	return cell, true
}

// trimEmptyEnd drops the empty cells ending a row (the cells a merged
// one covered, a row's trailing separator).
func trimEmptyEnd(cells []source.Str) []source.Str {
	for len(cells) > 0 && cells[len(cells)-1].TrimSpace().Len() == 0 {
		cells = cells[:len(cells)-1]
	}
	return cells
}

// filledFields returns the fields of fields that hold a value.
func filledFields(fields []labelField) []labelField {
	var out []labelField
	for _, f := range fields {
		if f.value.Len() > 0 {
			out = append(out, f)
		}
	}
	return out
}
