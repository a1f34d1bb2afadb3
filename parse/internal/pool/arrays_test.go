package pool

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestArrays: Get gives an empty array with room for n, whatever was put
// back before; Put clears what it keeps and leaves huge arrays alone.
func TestArrays(t *testing.T) {
	var a Arrays[string]
	for _, n := range []int{0, 1, 3, 100} {
		s := a.Get(n)
		assert.Empty(t, s)
		assert.GreaterOrEqual(t, cap(s), n)
		s = append(s, "甲", "乙")
		a.Put(s)
	}
	kept := []string{"甲", "乙"}
	a.Put(kept)
	assert.Equal(t, []string{"", ""}, kept, "cleared: the pool holds no text")
	huge := make([]string, 1, MaxLen+1)
	huge[0] = "甲"
	a.Put(huge)
	assert.Equal(t, "甲", huge[0], "a huge array is left to the collector untouched")
}
