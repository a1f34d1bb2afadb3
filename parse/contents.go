package parse

import (
	"strings"
	"unicode/utf8"

	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// A table of contents (目录) lists a plan's numbered titles before the
// plan itself, often with dot leaders and page numbers. It is never plan
// content: read as headings, every goal and task would appear twice.
// dropContents recognises one in the plan region's blocks and leaves it
// out, whatever the ordinal system of its titles (一、, 第一章, 1 / 1.1):
//
//   - a 目录 line followed by a run of short titles, up to the block that
//     repeats the first title (the plan's own first heading);
//   - without a 目录 line, a run of at least two titles closed by dot
//     leaders and a page number (总体要求……1).
//
// The blocks are compacted in place.
func dropContents(blocks []block) []block {
	for i := 0; i < len(blocks); i++ {
		bl := blocks[i]
		if bl.kind != blockPara {
			continue
		}
		end := -1
		switch {
		case isContentsLine(bl.s.S):
			if end = contentsEnd(blocks, i+1); end < 0 {
				continue
			}
		case leaderEntry(bl.s.S):
			end = i + 1
			for end < len(blocks) && blocks[end].kind == blockPara && leaderEntry(blocks[end].s.S) {
				end++
			}
			if end-i < minContentsEntries {
				continue
			}
		default:
			continue
		}
		blocks = append(blocks[:i], blocks[end:]...)
		i--
	}
	return blocks
}

// minContentsEntries is how many titles a table of contents lists at least.
const minContentsEntries = 2

// maxContentsEntry is the longest title, in runes without its leaders and
// page number, a table of contents lists.
const maxContentsEntry = 40

// isContentsLine reports whether s is the 目录 line heading a table of
// contents (目录, 目　　录, 目錄).
func isContentsLine(s string) bool {
	if len(s) > 24 || !source.Contains(s, "目") {
		return false
	}
	return contentsKey(s) == "目录"
}

// contentsEnd is the index of the block after the table of contents whose
// titles start at blocks[from]: the block repeating its first title. It is
// -1 when the titles are not a run of short entries ending in such a
// repeat.
func contentsEnd(blocks []block, from int) int {
	if from >= len(blocks) || blocks[from].kind != blockPara {
		return -1
	}
	first := contentsKey(blocks[from].s.S)
	if first == "" {
		return -1
	}
	for j := from; j < len(blocks); j++ {
		if blocks[j].kind != blockPara {
			return -1
		}
		key := contentsKey(blocks[j].s.S)
		if j-from >= minContentsEntries && strings.HasPrefix(key, first) {
			return j
		}
		if !contentsEntry(key) {
			return -1
		}
	}
	return -1
}

// contentsEntry reports whether key (a block's contentsKey) is short and
// without a sentence's end, as a title listed in a table of contents is.
func contentsEntry(key string) bool {
	return key != "" && utf8.RuneCountInString(key) <= maxContentsEntry && !strings.ContainsAny(key, "。；;")
}

// leaderEntry reports whether s is a title closed by dot leaders and a
// page number (一、总体要求……………1): a digit last, then at least three
// leader runes before the number.
func leaderEntry(s string) bool {
	s = trimSpace(s)
	if s == "" || ord.DigitValue(lastRune(s)) < 0 {
		return false
	}
	body := strings.TrimRightFunc(s, func(r rune) bool { return ord.DigitValue(r) >= 0 || r == ' ' || r == '\u3000' })
	n := 0
	for len(body) > 0 {
		r, size := script.DecodeLastRune(body)
		if !isLeader(r) {
			break
		}
		n++
		body = body[:len(body)-size]
	}
	return n >= 3 && body != "" && utf8.RuneCountInString(body) <= maxContentsEntry
}

// lastRune is the last rune of s.
func lastRune(s string) rune {
	r, _ := script.DecodeLastRune(s)
	return r
}

// isLeader reports a rune of dot leaders: dots, ellipses, middle dots.
func isLeader(r rune) bool {
	switch r {
	case '.', '…', '·', '．', '。', '⋯', '-', '—', '_', ' ', '\u3000':
		return true
	}
	return false
}

// contentsKey is s as a table of contents and a heading both give it, to
// compare them: folded to simplified script, without spaces, and without
// dot leaders and a page number at its end.
func contentsKey(s string) string {
	s = strings.TrimRightFunc(trimSpace(s), func(r rune) bool { return ord.DigitValue(r) >= 0 || isLeader(r) })
	var b strings.Builder
	for _, r := range fold(s) {
		if r == ' ' || r == '\u3000' || r == '\t' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
