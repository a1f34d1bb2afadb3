package parse

import (
	"sync"

	"github.com/zwgk/gongwen/parse/internal/pool"
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
	for p.chunk < len(p.chunks) && len(p.chunks[p.chunk]) == cap(p.chunks[p.chunk]) {
		p.chunk++
	}
	if p.chunk == len(p.chunks) {
		p.chunks = append(p.chunks, make([]T, 0, 8<<min(p.chunk, 5)))
	}
	c := p.chunks[p.chunk]
	c = c[:len(c)+1]
	p.chunks[p.chunk] = c
	v := &c[len(c)-1]
	var zero T
	*v = zero
	return v
}

// maxPiledChunks bounds the chunks a pile keeps when reset (504 values):
// those of a huge text are left to the collector.
const maxPiledChunks = 6

// reset zeroes the values handed out, so that the pile holds nothing they
// pointed to, and hands them out again from the first.
func (p *pile[T]) reset() {
	if len(p.chunks) > maxPiledChunks {
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
// goals and tasks they built and the array of their clause ranges, for
// the next documents.
var builders = sync.Pool{New: func() any { return new(treeBuilder) }}

// release gives b back to builders once its plan is finished and nothing
// reads b any more; what it holds is cleared first.
func (b *treeBuilder) release() {
	goals, tasks, clauses := b.goalPile, b.taskPile, b.clauses[:0]
	goals.reset()
	tasks.reset()
	if cap(clauses) > pool.MaxLen {
		clauses = nil
	}
	*b = treeBuilder{goalPile: goals, taskPile: tasks, clauses: clauses}
	builders.Put(b)
}
