package parse

import (
	"strings"
	"unicode/utf8"

	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// blockKind tells what a block of the plan region is.
type blockKind int

const (
	blockPara   blockKind = iota // a paragraph of prose (lines joined)
	blockRow                     // a table row
	blockHeader                  // a table header row
)

// block is a paragraph or a table row of the plan region.
type block struct {
	kind       blockKind
	s          source.Str   // paragraph text
	cells      []source.Str // row cells
	afterBreak bool         // a row that follows a repeated header (a page break)
	short      bool         // a row with fewer cells than its table has columns
	line       int          // index of its first line
}

// terminal runes end a paragraph: a line ending in one is complete.
const terminal = "。！？!?；;：:」』”）)〕]】"

// assembleBlocks turns the region's lines into paragraphs and table rows:
// table rows (tab, pipe and one-cell-per-line renderings) become row blocks;
// prose lines broken in mid-sentence (page breaks, fixed-width wrapping)
// are joined back into paragraphs.
func assembleBlocks(lines []line, from, to int) []block {
	var out []block
	var para *block
	flush := func() {
		if para != nil {
			out = append(out, *para)
			para = nil
		}
	}
	headerSeen := false
	width := 0 // columns of the last header row
	for i := from; i < to; i++ {
		ln := lines[i]
		if ln.used {
			flush()
			continue
		}
		switch ln.kind {
		case lineBlank, lineNoise:
			continue
		case lineTabRow, linePipeRow:
			if ln.kind == linePipeRow && len(ln.cells) <= 1 {
				if n, rows := cellLineTable(lines, i, to); n > 0 {
					flush()
					out = append(out, rows...)
					i += n - 1
					continue
				}
			}
			flush()
			if len(ln.cells) == 0 {
				continue
			}
			if rows := runTogetherRows(ln.cells, width, i); rows != nil {
				out = append(out, rows...)
				headerSeen = true
				width = len(rows[0].cells)
				continue
			}
			if isHeaderRow(ln.cells) {
				width = len(ln.cells)
				out = append(out, block{kind: blockHeader, cells: ln.cells, line: i})
				headerSeen = true
				continue
			}
			b := block{kind: blockRow, cells: ln.cells, line: i}
			if len(out) > 0 && out[len(out)-1].kind == blockHeader && headerSeen {
				b.afterBreak = true
			}
			out = append(out, b)
			continue
		}
		// text line
		if n, rows := cellLineTable(lines, i, to); n > 0 {
			flush()
			out = append(out, rows...)
			i += n - 1
			continue
		}
		if isBareNumber(ln.s.S) {
			continue // a page number left in running text
		}
		if n, hb := headerLines(lines, i, to); n > 0 {
			flush()
			out = append(out, hb)
			i += n - 1
			continue
		}
		if para != nil && continues(para.s.S, ln.s.S) {
			para.s = source.Concat(para.s, ln.s)
			continue
		}
		flush()
		para = &block{kind: blockPara, s: ln.s, line: i}
	}
	flush()
	return out
}

func isBareNumber(s string) bool {
	if s == "" || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// continues decides whether next continues the paragraph prev, which was
// broken in mid-sentence.
func continues(prev, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	if source.InSet(terminal, last) && !unbalanced(prev) {
		return false
	}
	if _, ok := ord.Read(next); ok && !unbalanced(prev) {
		return false
	}
	if _, _, ok := matchLabel(next); ok {
		return false
	}
	if l, _, ok := matchLabel(prev); ok && l.kind != labelIgnore {
		// A field line (责任单位：…) continues only with the rest of a
		// name cut by a page break, never with a sentence.
		return !strings.ContainsAny(next, "。，；,;：:") && utf8.RuneCountInString(next) <= 20
	}
	if unbalanced(prev) {
		return true
	}
	// A heading line with no sentence in it is complete (a title), unless
	// the next line finishes the title in a word or two and runs on:
	// （二）推进重大建设项目信息 / 公开。按照…
	if o, ok := ord.Read(prev); ok {
		if strings.Contains(prev[o.Size:], "。") {
			return true
		}
		k := strings.Index(next, "。")
		return k > 0 && utf8.RuneCountInString(next[:k]) <= 4 && !strings.ContainsAny(next[:k], "，、；：,;:（）()") && utf8.RuneCountInString(next) > k+6
	}
	// Prose broken in mid-sentence: the previous line reads like prose.
	return utf8.RuneCountInString(prev) >= 12 && strings.ContainsAny(prev, "。，；、,")
}

// unbalanced reports an opening bracket left open at the end of s.
func unbalanced(s string) bool {
	depth := 0
	for _, r := range s {
		switch r {
		case '（', '(', '〔', '【', '［':
			depth++
		case '）', ')', '〕', '】', '］':
			if depth > 0 {
				depth--
			}
		}
	}
	return depth > 0
}

// headerLines recognises column names standing one per line above a table
// whose cells did not survive as a grid (工作任务 / 责任单位, then prose and
// unit lines): at least two lines, each a column name.
func headerLines(lines []line, i, to int) (int, block) {
	var cells []source.Str
	j := i
	for ; j < to; j++ {
		ln := lines[j]
		if ln.kind == lineBlank {
			continue
		}
		if ln.kind != lineText || ln.used {
			break
		}
		if _, _, ok := headerRole(ln.s.S); !ok {
			break
		}
		cells = append(cells, ln.s)
	}
	if len(cells) < 2 {
		return 0, block{}
	}
	return j - i, block{kind: blockHeader, cells: cells, line: i}
}

// runTogetherRows splits a row that holds a whole table run together on one
// line (序号|工作任务|责任单位|1|…|市局|2|…): its leading column names give
// the width, the rest is cut into rows of that width, and a cell with a
// first-level heading (一、…) stands as a row of its own. width is the
// width of a header seen before, for rows run together below it.
func runTogetherRows(cells []source.Str, width, line int) []block {
	k := 0
	for k < len(cells) {
		if _, _, ok := headerRole(cells[k].S); !ok {
			break
		}
		k++
	}
	var out []block
	switch {
	case k >= 2 && len(cells)-k >= k && !isHeaderRow(cells):
		out = append(out, block{kind: blockHeader, cells: cells[:k], line: line})
		width = k
	case k == 0 && width >= 2 && len(cells) >= 2*width:
	default:
		return nil
	}
	rest := cells[k:]
	for len(rest) > 0 {
		if o, ok := ord.Read(rest[0].S); ok && o.Style == ord.CnDun {
			out = append(out, block{kind: blockRow, cells: rest[:1], line: line})
			rest = rest[1:]
			continue
		}
		n := min(width, len(rest))
		out = append(out, block{kind: blockRow, cells: rest[:n], line: line, short: n < width})
		rest = rest[n:]
	}
	return out
}
