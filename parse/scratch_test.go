package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestArraysGetPut: get gives an empty array with room for n, whatever
// was put back before; put clears what it keeps and refuses huge arrays.
func TestArraysGetPut(t *testing.T) {
	var a arrays[string]
	for _, n := range []int{0, 1, 3, 100} {
		s := a.get(n)
		assert.Empty(t, s)
		assert.GreaterOrEqual(t, cap(s), n)
		s = append(s, "甲", "乙")
		a.put(s)
	}
	kept := []string{"甲", "乙"}
	a.put(kept)
	assert.Equal(t, []string{"", ""}, kept, "cleared: the pool holds no text")
	huge := make([]string, 1, maxPooledArray+1)
	huge[0] = "甲"
	a.put(huge)
	assert.Equal(t, "甲", huge[0], "a huge array is left to the collector untouched")
}

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
