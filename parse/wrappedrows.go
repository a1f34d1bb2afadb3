package parse

import (
	"strings"

	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
)

// sentenceEnds are the marks a finished cell text ends in.
const sentenceEnds = "。！？!?；;"

// wrappedRow joins a tab or pipe row that a page wrapped onto the next line
// (| | 50%。 | 配合：市直各部门 | |) to the row above it (| 2 | …不低于 |
// 牵头：市政府办公室 | 持续推进 |): a row as wide as the one right above,
// with no row number where that one has one, whose cells each go on under
// a filled cell — a text cell under a text that stops in mid-sentence (no
// full stop), a unit cell opening with its role label (配合：…) under a
// unit cell, or any unit cell under a unit list stopped after its 、 or ，
// (a row typed at tab stops going on in its columns) —, one of them a text. A row whose text starts a sentence of
// its own under a finished one (a merged task's second measure), or that
// brings a bare unit list or a deadline of its own, is a row, not a wrap. Text cells are joined without a break, unit cells at a line
// break (one name a line), a stopped list without one; ok is false when
// cells wrap nothing.
func wrappedRow(v table.Vocab, above block, cells []source.Str) ([]source.Str, bool) {
	if above.kind != blockRow || len(above.cells) != len(cells) || len(cells) < 3 ||
		cells[0].Len() > 0 || strings.TrimSpace(above.cells[0].S) == "" || loneGoalHeading(cells) {
		return nil, false
	}
	text := false
	for j, c := range cells {
		if strings.TrimSpace(c.S) == "" {
			continue
		}
		up := strings.TrimSpace(above.cells[j].S)
		if up == "" {
			return nil, false
		}
		switch t := v.Classify(c.S); {
		case t == table.UnitsCell && v.Classify(up) == table.UnitsCell && labelledUnits(c.S):
		case t == table.UnitsCell && openList(v, up):
		case t == table.DeadlineCell || t == table.UnitsCell:
			return nil, false
		case strings.ContainsRune(sentenceEnds, lastRune(up)) || !textCell(v.Classify(up)):
			return nil, false
		default:
			text = true
		}
	}
	if !text {
		return nil, false
	}
	out := make([]source.Str, len(cells))
	for j, c := range cells {
		switch {
		case strings.TrimSpace(c.S) == "":
			out[j] = above.cells[j]
		case v.Classify(c.S) == table.UnitsCell && openList(v, above.cells[j].S):
			out[j] = source.Concat(above.cells[j].TrimSpace(), c.TrimSpace())
		case v.Classify(c.S) == table.UnitsCell:
			out[j] = source.Join([]source.Str{above.cells[j].TrimSpace(), c.TrimSpace()}, "\n")
		default:
			out[j] = source.Concat(above.cells[j].TrimSpace(), c.TrimSpace())
		}
	}
	return out, true
}

// openList reports a unit cell that stops after a list mark (市财政局、 /
// 财政所牵头，经济服务中心、): its list goes on in the cell below, which a
// row typed at tab stops continued on the next line.
func openList(v table.Vocab, s string) bool {
	s = strings.TrimSpace(s)
	switch lastRune(s) {
	case '、', '，', ',':
		return v.Classify(strings.TrimRight(s, "、，,")) == table.UnitsCell
	}
	return false
}

// loneGoalHeading reports a row whose one filled cell opens with a
// first-level heading (| | 二、农村生活垃圾治理 | | |): a goal row
// spanning the table, whatever column it sits in, not a wrapped line.
func loneGoalHeading(cells []source.Str) bool {
	at, ok := loneCell(cells)
	if !ok {
		return false
	}
	o, ok := ord.Read(strings.TrimSpace(cells[at].S))
	return ok && o.Style == ord.CnDun
}

// labelledUnits reports a unit cell that opens with a role label
// (配合：…, 配合单位：…): the next field of a labelled list.
func labelledUnits(s string) bool {
	l, _, ok := matchLabel(strings.TrimSpace(s))
	return ok && l.kind == labelUnits
}

// textCell reports a cell type a wrapped text may go on from: prose, or a
// short phrase (a line the wrap cut short).
func textCell(t table.CellType) bool { return t == table.ProseCell || t == table.ShortCell }
