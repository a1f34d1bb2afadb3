package table

import (
	"strconv"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// minLabelFields is the fewest field lines a row block of LabelBlocks
// holds: a row number or task, a requirement or task, and units.
const minLabelFields = 3

// minLabelBlocks is the fewest row blocks LabelBlocks reads as a table.
const minLabelBlocks = 2

// labelField is one field line of a row block: 工作任务：推进…, or a bare
// line among them (a column the rendering printed without its name).
type labelField struct {
	name, value source.Str
	role        Role
	// key names the field's column across blocks: its name folded, or for
	// a bare line its place among the block's bare lines (bareField).
	key  string
	bare bool
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
	return labelField{name: name, value: value, role: role, key: normHeader(name.S)}, true
}

// bareField reads a line without a name inside a row block, after a named
// field: a portal's text version names some columns only (序号：1 /
// 重点任务：… / a bare requirement line / 牵头处室：… / a bare unit line).
// Its column is the block's n-th bare line, so that every block puts it
// under the same column whichever named fields stand around it; its role
// is left to its cells (an unnamed header cell). A heading (二、…,
// （一）…) is no cell: it heads the blocks below.
func bareField(ln Line, above []labelField) (labelField, bool) {
	if ln.Kind != Text || ln.Used || len(above) == 0 {
		return labelField{}, false
	}
	if isHeading(ln.S.S) {
		return labelField{}, false
	}
	n := 1
	for _, f := range above {
		if f.bare {
			n++
		}
	}
	return labelField{value: ln.S.TrimSpace(), key: "#" + strconv.Itoa(n), bare: true}, true
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
// minLabelBlocks blocks. A line without a name after a block's named
// fields is a column of its own, unnamed in the header, which later
// blocks fill with the bare line at the same place (bareField). A row's
// cells stand under their names, a name a block leaves out an empty cell.
// It returns ok false when lines[i] opens no such table.
func LabelBlocks(lines []Line, i, to int) (Grid, bool) {
	if i >= to || !labelBlocksStart(lines[i]) {
		return Grid{}, false
	}
	first, end := readLabelBlock(lines, i, to, nil)
	if len(first) < minLabelFields || !labelHeaderOK(first) {
		return Grid{}, false
	}
	g := Grid{Sep: "\n"}
	var keys []string
	for _, f := range first {
		g.Header = append(g.Header, f.name)
		keys = append(keys, f.key)
	}
	g.Rows = append(g.Rows, labelRow(first, keys, i))
	last := end
	for k := end; k < to; {
		for k < to && (lines[k].Kind == Blank || lines[k].Kind == Noise) && !lines[k].Used {
			k++
		}
		if k >= to {
			break
		}
		block, next := readLabelBlock(lines, k, to, keys)
		if len(block) == 0 || block[0].key != keys[0] {
			break
		}
		keys = widenHeader(&g, keys, block)
		g.Rows = append(g.Rows, labelRow(block, keys, k))
		last, k = next, next
	}
	if len(g.Rows) < minLabelBlocks {
		return Grid{}, false
	}
	g.Lines = last - i
	g.AtEnd = last >= to
	return g, true
}

// readLabelBlock reads the field lines from lines[i] on, and the bare
// lines among them: up to a line that is neither, a column already in the
// block, or — with the columns' keys given — a column not among them (a
// bare line where the first block had none included). It returns the
// fields and the index after them.
func readLabelBlock(lines []Line, i, to int, keys []string) ([]labelField, int) {
	var out []labelField
	k := i
	for ; k < to; k++ {
		f, ok := readLabelField(lines[k])
		if !ok {
			f, ok = bareField(lines[k], out)
		}
		if !ok || keys != nil && !hasKey(keys, f.key) && (f.bare || !addsColumn(f)) {
			break
		}
		dup := false
		for _, o := range out {
			dup = dup || o.key == f.key
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

// widenHeader adds to g's header the names of block it lacks (addsColumn),
// the rows read so far given an empty cell under each, and returns the
// columns' keys with theirs added.
func widenHeader(g *Grid, keys []string, block []labelField) []string {
	for _, f := range block {
		if !hasKey(keys, f.key) {
			g.Header = append(g.Header, f.name)
			keys = append(keys, f.key)
		}
	}
	for k := range g.Rows {
		for len(g.Rows[k].Cells) < len(g.Header) {
			g.Rows[k].Cells = append(g.Rows[k].Cells, source.Str{})
		}
	}
	return keys
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

// labelRow lays a block's values under the columns of the keys.
func labelRow(block []labelField, keys []string, line int) Row {
	cells := make([]source.Str, len(keys))
	for _, f := range block {
		for c, k := range keys {
			if k == f.key {
				cells[c] = f.value
			}
		}
	}
	return Row{Cells: cells, Line: line}
}

// hasKey reports key among keys.
func hasKey(keys []string, key string) bool {
	for _, k := range keys {
		if k == key {
			return true
		}
	}
	return false
}
