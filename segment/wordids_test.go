package segment

import (
	"math/rand"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWordIDs puts slots into the table, through its growth, and reads
// each back; slots it was never given are missing, and reset empties it.
func TestWordIDs(t *testing.T) {
	for _, tc := range []struct {
		name  string
		slots func(i int) uint32
		n     int
	}{
		{"one", func(i int) uint32 { return 7 }, 1},
		{"consecutive", func(i int) uint32 { return uint32(i + 1) }, 1000},
		{"same home", func(i int) uint32 { return uint32(i+1) << 24 }, 200}, // one home slot, so the probes run on
		{"random", func(i int) uint32 { return rand.New(rand.NewSource(int64(i))).Uint32() | 1 }, 5000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var w wordIDs
			want := map[uint32]int32{}
			for i := range tc.n {
				s := tc.slots(i)
				if _, ok := want[s]; ok {
					continue
				}
				_, ok := w.get(s)
				assert.False(t, ok, s)
				id := int32(i) - 1 // -1 too: no candidate
				w.put(s, id)
				want[s] = id
			}
			for s, id := range want {
				got, ok := w.get(s)
				assert.True(t, ok, s)
				assert.Equal(t, id, got, s)
			}
			_, ok := w.get(1<<31 | 2) // even, and no multiple of 1<<24: never given
			assert.False(t, ok)
			w.reset()
			for s := range want {
				_, ok := w.get(s)
				assert.False(t, ok, s)
			}
		})
	}
}
