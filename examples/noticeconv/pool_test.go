package main

import (
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestOrderedMapKeepsOrderAndBoundsMemory(t *testing.T) {
	for _, tc := range []struct{ n, window, count int }{
		{1, 1, 50}, {2, 8, 200}, {4, 4, 200}, {8, 16, 500}, {3, 100, 0},
	} {
		var outstanding, peak atomic.Int64
		i := 0
		next := func() (int, bool) {
			if i == tc.count {
				return 0, false
			}
			i++
			if v := outstanding.Add(1); v > peak.Load() {
				peak.Store(v)
			}
			return i - 1, true
		}
		fn := func(v int) int {
			time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
			return v * v
		}
		var got []int
		orderedMap(tc.n, tc.window, next, fn, func(v int) bool {
			got = append(got, v)
			outstanding.Add(-1)
			return true
		})
		assert.Len(t, got, tc.count)
		for k, v := range got {
			if !assert.Equal(t, k*k, v, "n=%d window=%d at %d", tc.n, tc.window, k) {
				break
			}
		}
		assert.LessOrEqual(t, peak.Load(), int64(max(tc.window, tc.n)), "n=%d window=%d", tc.n, tc.window)
	}
}

func TestOrderedMapStopsWhenEmitFails(t *testing.T) {
	var calls atomic.Int64
	next := func() (int, bool) { return int(calls.Add(1)), true } // endless input
	emitted := 0
	orderedMap(2, 4, next, func(v int) int { return v }, func(int) bool {
		emitted++
		return emitted < 10
	})
	assert.Equal(t, 10, emitted)
	assert.Less(t, calls.Load(), int64(10+4+2), "stops reading soon after")
}

// TestStreamBudgetBoundsHeldBytes: acquisitions beyond the budget wait for
// releases; one request larger than the budget passes when alone.
func TestStreamBudgetBoundsHeldBytes(t *testing.T) {
	b := newByteBudget(100)
	b.acquire(60)
	got := make(chan struct{})
	go func() { b.acquire(60); close(got) }()
	select {
	case <-got:
		t.Fatal("120 bytes held under a budget of 100")
	case <-time.After(50 * time.Millisecond):
	}
	b.release(60)
	<-got
	b.release(60)
	b.acquire(500) // alone: let through
	b.release(500)
}
