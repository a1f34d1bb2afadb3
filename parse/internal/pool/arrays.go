package pool

import "sync"

// Arrays keeps arrays of T for reuse. The zero Arrays is ready to use.
type Arrays[T any] struct{ p sync.Pool }

// MaxLen bounds the capacity of the arrays kept: those of a huge text are
// left to the collector.
const MaxLen = 1 << 16

// Get returns an empty array with room for at least n elements.
func (a *Arrays[T]) Get(n int) []T {
	if box, ok := a.p.Get().(*[]T); ok && cap(*box) >= n {
		return (*box)[:0]
	}
	return make([]T, 0, n)
}

// Put gives s back for reuse once nothing reads it, cleared.
func (a *Arrays[T]) Put(s []T) {
	if cap(s) == 0 || cap(s) > MaxLen {
		return
	}
	s = s[:cap(s)]
	clear(s)
	a.p.Put(&s)
}
