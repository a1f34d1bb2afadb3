package parse

import (
	"sync"

	"github.com/zwgk/gongwen/parse/internal/pool"
	"github.com/zwgk/gongwen/parse/internal/quality"
)

// blockArrays are the arrays of the plan regions' blocks.
var blockArrays pool.Arrays[block]

// pile hands out zeroed values of T from chunks it keeps when reset, so
// that the values a document's stages make and drop (the tree's goals and
// tasks being built) reuse the memory of the document before. A value
// stays where it is until reset: pointers to it hold.
type pile[T any] struct {
	chunks [][]T
	chunk  int // the chunk handing out, chunks[chunk][:len] in use
}

// next returns a zeroed value.
func (p *pile[T]) next() *T {
	v, _, _ := p.nextIn()
	return v
}

// nextIn returns a zeroed value, the chunk it lies in (up to it) and its
// index there: values handed out one after another lie side by side
// unless a chunk ends between them.
func (p *pile[T]) nextIn() (*T, []T, int) {
	for p.chunk < len(p.chunks) && len(p.chunks[p.chunk]) == cap(p.chunks[p.chunk]) {
		p.chunk++
	}
	if p.chunk == len(p.chunks) {
		p.chunks = append(p.chunks, make([]T, 0, 8<<min(p.chunk, 5)))
	}
	c := p.chunks[p.chunk]
	k := len(c)
	c = c[:k+1]
	p.chunks[p.chunk] = c
	var zero T
	c[k] = zero
	return &c[k], c, k
}

// kept reports whether reset will keep the chunks for reuse: values that
// are to outlive the pile must then be copied out of it.
func (p *pile[T]) kept() bool { return len(p.chunks) <= maxPiledChunks }

// maxPiledChunks bounds the chunks a pile keeps when reset (504 values):
// those of a huge text are left to the collector.
const maxPiledChunks = 6

// reset zeroes the values handed out, so that the pile holds nothing they
// pointed to, and hands them out again from the first. A pile it does not
// keep (kept) is dropped as it is, not zeroed: values that outlive it (a
// large plan's items, which its tasks take in place) stay intact.
func (p *pile[T]) reset() {
	if !p.kept() {
		*p = pile[T]{}
		return
	}
	for i, c := range p.chunks {
		clear(c)
		p.chunks[i] = c[:0]
	}
	p.chunk = 0
}

// builders keeps the tree builders of parsed documents, with the piles of
// goals, tasks and items they built and the array of their clause ranges,
// for the next documents.
var builders = sync.Pool{New: func() any { return new(treeBuilder) }}

// release gives b back to builders once its plan is finished and nothing
// reads b any more; what it holds is cleared first.
func (b *treeBuilder) release() {
	goals, tasks, items, clauses, heads := b.goalPile, b.taskPile, b.slab, b.clauses[:0], b.headClauses[:0]
	goals.reset()
	tasks.reset()
	items.reset()
	if cap(clauses) > pool.MaxLen {
		clauses = nil
	}
	clear(heads[:cap(heads)]) // nothing of this text held alive
	*b = treeBuilder{goalPile: goals, taskPile: tasks, slab: items, clauses: clauses, headClauses: heads}
	builders.Put(b)
}

// itemCount returns the number of items of goals.
func itemCount(goals []*bGoal) int {
	n := 0
	for _, g := range goals {
		for _, t := range g.tasks {
			n += len(t.items)
		}
	}
	return n
}

// evidences keeps the quality evidence of parsed documents for the next:
// the stages fill it and Assess reads it, and the Document keeps nothing
// of it but copies.
var evidences = sync.Pool{New: func() any { return new(quality.Evidence) }}

// evidenceFor returns empty evidence about text, settled as script.Survey
// told, for releaseEvidence once Assess has read it.
func evidenceFor(text string, settled bool) *quality.Evidence {
	ev := evidences.Get().(*quality.Evidence)
	*ev = quality.Evidence{Text: text, Settled: settled}
	return ev
}

// releaseEvidence clears ev, so that it holds no text alive, and gives it
// back to evidences.
func releaseEvidence(ev *quality.Evidence) {
	*ev = quality.Evidence{}
	evidences.Put(ev)
}
