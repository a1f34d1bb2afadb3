package parse

import (
	"strings"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// minPipeCols is the narrowest header that splitPipeRows trusts: a task
// table has at least a 序号, a task and a unit column.
const minPipeCols = 3

// splitPipeRows splits the lines that hold a whole pipe table run together
// (a page that lost the breaks between rows: | 序号 | 任务 | 单位 | | 1 | … |
// | 2 | … |). The header is the cells up to the first empty cell; every row
// after it has exactly as many cells (empty ones included) and rows are
// separated by one empty cell, the joint of two rows' outer pipes. A line
// that does not keep this rhythm to its end is left as it is. The lines come
// back as they are (no copy) when none was split.
func splitPipeRows(raw []source.Str) []source.Str {
	var out []source.Str // nil until a line is split
	for i, l := range raw {
		rows := pipeRows(l)
		if rows == nil {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append(make([]source.Str, 0, len(raw)+len(rows)), raw[:i]...)
		}
		out = append(out, rows...)
	}
	if out == nil {
		return raw
	}
	return out
}

// pipeRows returns the rows of a run-together pipe table on l, or nil.
func pipeRows(l source.Str) []source.Str {
	s := strings.TrimRight(l.S, " \t\u3000\r")
	lead := len(s) - len(strings.TrimLeft(s, " \t\u3000"))
	if !strings.HasPrefix(s[lead:], "|") || !strings.HasSuffix(s, "|") || strings.Count(s, "|") < 3*(minPipeCols+1) {
		return nil
	}
	// pipes holds the byte offset of every pipe; cell k lies between
	// pipes[k] and pipes[k+1].
	var pipes []int
	for k := lead; k < len(s); k++ {
		if s[k] == '|' {
			pipes = append(pipes, k)
		}
	}
	empty := func(k int) bool { return strings.TrimSpace(s[pipes[k]+1:pipes[k+1]]) == "" }
	cells := len(pipes) - 1
	width := 0
	for width < cells && !empty(width) {
		width++
	}
	if width < minPipeCols || width == cells {
		return nil
	}
	// Rows of width cells, each followed by one empty joint cell; the
	// last row ends the line.
	var starts []int
	for k := 0; k < cells; k += width + 1 {
		if k+width > cells || (k+width < cells && !empty(k+width)) {
			return nil
		}
		starts = append(starts, k)
	}
	if len(starts) < 3 { // a header and at least two rows
		return nil
	}
	rows := make([]source.Str, 0, len(starts))
	for _, k := range starts {
		rows = append(rows, l.Slice(pipes[k], pipes[k+width]+1))
	}
	return rows
}
