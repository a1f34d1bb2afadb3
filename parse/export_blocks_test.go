package parse

import (
	"github.com/zwgk/gongwen/parse/internal/source"
)

// stagesBeforeBlocks runs the stages before block assembly as buildNoting
// does, for the stage benchmarks: it returns the source, the cleaned lines
// and the plan region, or ok false for a notice read as a report.
func stagesBeforeBlocks(text string) (src *source.Source, lines []line, h header, r planRegion, ok bool) {
	src = source.New(text)
	lines = cleanLines(rebreak(text, joinQuotedRows(src.Lines())))
	h = readHeader(src, lines)
	impliedMeta(src, &h, lines)
	if isReportTitled(&h, lines) {
		return src, lines, h, r, false
	}
	return src, lines, h, readPlanRegion(src, &h, lines), true
}

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
	_, lines, _, r, _ := stagesBeforeBlocks(text)
	return &BlocksInput{lines: lines, from: r.from, to: r.to}
}

// Assemble runs assembleBlocks over the region.
func (b *BlocksInput) Assemble() int { return len(assembleBlocks(b.lines, b.from, b.to)) }
