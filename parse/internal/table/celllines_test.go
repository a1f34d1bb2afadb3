package table

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestClosingMarkGate: mayBeMark, the gate run on every cell, turns away
// no cell the full reading would take as a lone closing mark. Every cell
// of up to three pieces from marks, spaces of each width, closing quotes
// and brackets, text and a broken byte is tried.
func TestClosingMarkGate(t *testing.T) {
	pieces := []string{"", "。", "；", "！", "？", ".", ";", "!", "?", " ", "\u3000", "\u00a0", "\t", "\n", "”", "）", ")", "」", "文", "a", "1", "\xff"}
	taken, turned := 0, 0
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				s := a + b + c
				full := onlyClosingMark(s)
				if full {
					taken++
					require.Truef(t, mayBeMark(s), "gate turns away %q", s)
				}
				if !mayBeMark(s) {
					turned++
				}
				assert.Equalf(t, full, closingMark(s), "%q", s)
			}
		}
	}
	// The test means something only if both sides of the gate are met.
	assert.Positive(t, taken)
	assert.Positive(t, turned)
}
