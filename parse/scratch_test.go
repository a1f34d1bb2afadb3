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
