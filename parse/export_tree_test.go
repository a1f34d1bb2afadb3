package parse

import (
	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/quality"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// TreeInput holds one notice's plan region assembled into blocks, so that
// the benchmarks of package parse_test (tree_bench_test.go) can time the
// tree stage alone: newTreeBuilder, the blocks, finish and
// applyDocumentRule.
type TreeInput struct {
	src    *source.Source
	blocks []block
	id     string
}

// NewTreeInput runs the stages before the tree as buildNoting does; it
// returns nil for a notice read as a report, which has no tree.
func NewTreeInput(text string) *TreeInput {
	src := source.New(text)
	lines := cleanLines(rebreak(joinQuotedRows(src.Lines())))
	h := readHeader(src, lines)
	impliedMeta(src, &h, lines)
	if isReportTitled(&h, lines) {
		return nil
	}
	start := planStart(&h, lines)
	if h.meta.IssuedTitle != nil {
		start = namedAttachment(lines, start, h.tail, h.meta.IssuedTitle.Value)
	}
	planTitle, afterTitle := findPlanTitle(src, &h, lines, start)
	end, _ := nextAttachment(src, lines, afterTitle, h.tail)
	return &TreeInput{src: src, blocks: assembleBlocks(lines, afterTitle, end), id: docIDFrom(h.meta, planTitle, text)}
}

// Build builds the plan from the blocks as buildNoting does.
func (t *TreeInput) Build() *model.Plan {
	tb := newTreeBuilder(t.src, t.blocks)
	tb.build(t.blocks, &tableEvidence{src: t.src, ev: &quality.Evidence{}})
	plan := tb.finish(t.id)
	applyDocumentRule(t.src.Text, plan, tb.inClause)
	return plan
}
