package main

import (
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTuneGC(t *testing.T) {
	tests := []struct {
		name      string
		env       string // GOGC in the environment
		avail     int64
		wantGC    int
		wantLimit int64
	}{
		{"tuned", "", 8 << 30, gcPercent, 4 << 30},
		{"unknown memory", "", 0, 100, -1},
		{"GOGC given", "150", 8 << 30, 100, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("GOGC", tt.env)
			t.Setenv("GOMEMLIMIT", "")
			prevGC := debug.SetGCPercent(100)
			prevLimit := debug.SetMemoryLimit(-1)
			noLimit := debug.SetMemoryLimit(-1)
			t.Cleanup(func() {
				debug.SetGCPercent(prevGC)
				debug.SetMemoryLimit(prevLimit)
			})
			tuneGC(tt.avail)
			assert.Equal(t, tt.wantGC, debug.SetGCPercent(100))
			want := tt.wantLimit
			if want < 0 {
				want = noLimit
			}
			assert.Equal(t, want, debug.SetMemoryLimit(-1))
		})
	}
}
