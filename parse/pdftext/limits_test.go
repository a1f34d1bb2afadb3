package pdftext

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLimitsWithDefaults: a field set keeps its value, a zero or negative
// one takes the default.
func TestLimitsWithDefaults(t *testing.T) {
	d := DefaultLimits()
	assert.Equal(t, d, Limits{}.withDefaults())
	got := Limits{MaxPages: 3, MaxContentBytes: 1 << 10, MaxObjects: -1, MaxStateDepth: 7}.withDefaults()
	want := d
	want.MaxPages, want.MaxContentBytes, want.MaxStateDepth = 3, 1<<10, 7
	assert.Equal(t, want, got)
}
