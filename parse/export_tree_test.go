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
	src, lines, h, r, ok := stagesBeforeBlocks(text)
	if !ok {
		return nil
	}
	return &TreeInput{src: src, blocks: assembleBlocks(lines, r.from, r.to), id: docIDFrom(h.meta, r.title, text)}
}

// Build builds the plan from the blocks as buildNoting does.
func (t *TreeInput) Build() *model.Plan {
	tb := newTreeBuilder(t.src, t.blocks)
	tb.build(t.blocks, &tableEvidence{src: t.src, ev: &quality.Evidence{}})
	plan := tb.finish(t.id)
	applyDocumentRule(t.src.Text, plan, tb.inClause)
	return plan
}
