package table

import (
	"github.com/zwgk/gongwen/parse/internal/source"
)

// minLabelFields is the fewest field lines a row block of LabelBlocks
// holds: a row number or task, a requirement or task, and units.
const minLabelFields = 3

// minLabelBlocks is the fewest row blocks LabelBlocks reads as a table.
const minLabelBlocks = 2

// labelField is one field line of a row block: 工作任务：推进…
type labelField struct {
	name, value source.Str
	role        Role
}

// maxLabelBytes bounds where the colon after a field line's name may
// stand: a column name of maxHeaderRunes with pinyin glosses.
const maxLabelBytes = 64

// readLabelField reads a line NAME：value whose name is a column name the
// word list knows (spaced, glossed or in traditional script alike), with
// a value after it.
func readLabelField(ln Line) (labelField, bool) {
	if ln.Kind != Text || ln.Used {
		return labelField{}, false
	}
	k := firstOf(ln.S.S[:min(len(ln.S.S), maxLabelBytes)], "：", ':')
	if k <= 0 {
		return labelField{}, false
	}
	name := ln.S.Slice(0, k).TrimSpace()
	w := len("：")
	if ln.S.S[k] == ':' {
		w = 1
	}
	value := ln.S.From(k + w).TrimSpace()
	role, _, known := HeaderRole(name.S)
	if !known || role == Unknown || value.Len() == 0 {
		return labelField{}, false
	}
	return labelField{name: name, value: value, role: role}, true
}

// labelBlocksStart reports a line that may open a table of row blocks: a
// field line naming the row number or the task (序号：1, 工作任务：…).
func labelBlocksStart(ln Line) bool {
	f, ok := readLabelField(ln)
	return ok && (f.role == Seq || f.role == Task)
}

// LabelBlocks reads a table whose rows were each flattened into a block of
// field lines, one field per line (序号：1 / 工作任务：… / 具体措施：… /
// 责任单位：… / 完成时限：…), the blocks separated by blank lines (or
// rule lines, which the cleaner makes noise) or following each other when
// a block opens with the first block's first name again. The first
// block's names are the header (at least minLabelFields of them, all
// column names the word list knows, among them a unit column and a task
// or content column); a later block uses those names, each at most once,
// and may add a column the first left out (a 责任单位 line where the
// others have 牵头单位/配合单位: addsColumn), and there must be at least
// minLabelBlocks blocks. A row's cells stand under their names, a name a
// block leaves out an empty cell. It returns ok false when lines[i] opens
// no such table.
func LabelBlocks(lines []Line, i, to int) (Grid, bool) {
	if i >= to || !labelBlocksStart(lines[i]) {
		return Grid{}, false
	}
	first, end := readLabelBlock(lines, i, to, nil)
	if len(first) < minLabelFields || !labelHeaderOK(first) {
		return Grid{}, false
	}
	g := Grid{Sep: "\n"}
	for _, f := range first {
		g.Header = append(g.Header, f.name)
	}
	g.Rows = append(g.Rows, labelRow(first, g.Header, i))
	last := end
	for k := end; k < to; {
		for k < to && (lines[k].Kind == Blank || lines[k].Kind == Noise) && !lines[k].Used {
			k++
		}
		if k >= to {
			break
		}
		block, next := readLabelBlock(lines, k, to, g.Header)
		if len(block) == 0 || !sameName(block[0].name.S, g.Header[0].S) {
			break
		}
		g.Header = widenHeader(g, block)
		g.Rows = append(g.Rows, labelRow(block, g.Header, k))
		last, k = next, next
	}
	if len(g.Rows) < minLabelBlocks {
		return Grid{}, false
	}
	g.Lines = last - i
	g.AtEnd = last >= to
	return g, true
}

// readLabelBlock reads the field lines from lines[i] on: up to a line that
// is no field line, a name already in the block, or — with names given —
// a name not among them. It returns the fields and the index after them.
func readLabelBlock(lines []Line, i, to int, names []source.Str) ([]labelField, int) {
	var out []labelField
	k := i
	for ; k < to; k++ {
		f, ok := readLabelField(lines[k])
		if !ok || names != nil && !hasName(names, f.name.S) && !addsColumn(f) {
			break
		}
		dup := false
		for _, o := range out {
			dup = dup || sameName(o.name.S, f.name.S)
		}
		if dup {
			break
		}
		out = append(out, f)
	}
	return out, k
}

// addsColumn reports a field a later block may hold though the first
// block has no such name: a column whose cells the first row left out
// altogether (a 责任单位 block among 牵头单位/配合单位 ones), never one
// that opens or heads a row.
func addsColumn(f labelField) bool {
	return f.role != Seq && f.role != Task && f.role != Goal
}

// widenHeader returns g's header with the names of block it lacks added
// (addsColumn), the rows read so far given an empty cell under each.
func widenHeader(g Grid, block []labelField) []source.Str {
	header := g.Header
	for _, f := range block {
		if !hasName(header, f.name.S) {
			header = append(header, f.name)
		}
	}
	for k := range g.Rows {
		for len(g.Rows[k].Cells) < len(header) {
			g.Rows[k].Cells = append(g.Rows[k].Cells, source.Str{})
		}
	}
	return header
}

// labelHeaderOK reports names that make a task table: a unit column and a
// task or content column among them, no name twice (readLabelBlock).
func labelHeaderOK(fields []labelField) bool {
	units, text := false, false
	for _, f := range fields {
		units = units || f.role == Units
		text = text || f.role == Task || f.role == Content
	}
	return units && text
}

// labelRow lays a block's values under the header names.
func labelRow(block []labelField, header []source.Str, line int) Row {
	cells := make([]source.Str, len(header))
	for _, f := range block {
		for c, h := range header {
			if sameName(h.S, f.name.S) {
				cells[c] = f.value
			}
		}
	}
	return Row{Cells: cells, Line: line}
}

// hasName reports name among names.
func hasName(names []source.Str, name string) bool {
	for _, n := range names {
		if sameName(n.S, name) {
			return true
		}
	}
	return false
}

// sameName reports two spellings of one column name (simplified and
// traditional, spaces).
func sameName(a, b string) bool {
	return a == b || normHeader(a) == normHeader(b)
}
