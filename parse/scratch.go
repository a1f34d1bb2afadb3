package parse

import "sync"

// arrays keeps arrays of T that a document's stages use only while it is
// parsed (nothing the parser returns points into them), so that the next
// document reuses them instead of allocating its own.
type arrays[T any] struct{ pool sync.Pool }

// maxPooledArray bounds the length of the arrays kept: those of a huge
// text are left to the collector.
const maxPooledArray = 1 << 16

// get returns an empty array with room for at least n elements.
func (a *arrays[T]) get(n int) []T {
	if box, ok := a.pool.Get().(*[]T); ok && cap(*box) >= n {
		return (*box)[:0]
	}
	return make([]T, 0, n)
}

// put gives s back for reuse once nothing reads it, cleared so that the
// pool holds no text alive.
func (a *arrays[T]) put(s []T) {
	if cap(s) == 0 || cap(s) > maxPooledArray {
		return
	}
	s = s[:cap(s)]
	clear(s)
	a.pool.Put(&s)
}

// blockArrays are the arrays of the plan regions' blocks.
var blockArrays arrays[block]
