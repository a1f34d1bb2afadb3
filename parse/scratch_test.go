package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPile: values stay where they are until reset, come zeroed, and are
// handed out again after a reset, which clears them; a huge pile is
// dropped.
func TestPile(t *testing.T) {
	var p pile[bTask]
	var got []*bTask
	for i := range 30 {
		v := p.next()
		assert.Zero(t, *v)
		v.h.index = i + 1
		v.h.title = "甲"
		got = append(got, v)
	}
	for i, v := range got {
		assert.Equal(t, i+1, v.h.index, "a value does not move")
	}
	chunks := len(p.chunks)
	p.reset()
	for _, v := range got {
		assert.Zero(t, *v, "reset clears what was handed out")
	}
	assert.Same(t, got[0], p.next(), "handed out again from the first")
	assert.Len(t, p.chunks, chunks)
	for range 1000 {
		p.next()
	}
	p.reset()
	assert.Empty(t, p.chunks, "a huge pile is left to the collector")
}
