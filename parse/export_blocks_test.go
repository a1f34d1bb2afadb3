package parse

import (
	"github.com/zwgk/gongwen/parse/internal/source"
)

// BlocksInput holds one notice's cleaned lines and its plan region, so that
// the benchmarks of package parse_test (blocks_bench_test.go) can time
// block assembly alone.
type BlocksInput struct {
	lines    []line
	from, to int
}

// NewBlocksInput runs the stages before block assembly once, as build
// does; a notice build reads as a report has an empty region.
func NewBlocksInput(text string) *BlocksInput {
	src := source.New(text)
	lines := cleanLines(rebreak(joinQuotedRows(src.Lines())))
	h := readHeader(src, lines)
	impliedMeta(src, &h, lines)
	in := &BlocksInput{lines: lines}
	if isReportTitled(&h, lines) {
		return in
	}
	start := planStart(&h, lines)
	if h.meta.IssuedTitle != nil {
		start = namedAttachment(lines, start, h.tail, h.meta.IssuedTitle.Value)
	}
	_, afterTitle := findPlanTitle(src, &h, lines, start)
	end, _ := nextAttachment(src, lines, afterTitle, h.tail)
	in.from, in.to = afterTitle, end
	return in
}

// Assemble runs assembleBlocks over the region.
func (b *BlocksInput) Assemble() int { return len(assembleBlocks(b.lines, b.from, b.to)) }
