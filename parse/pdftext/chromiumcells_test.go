package pdftext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestChromiumUnitCells: a task table printed by Chromium in three
// variants (fonts, sizes, padding, left-aligned and centred unit cells
// whose longest unit nearly fills the column) reads one unit per line
// apart, and the wrapped 工作任务 cells (wrapping before a number, a
// bracket, after compressed punctuation ），) run on without a space.
func TestChromiumUnitCells(t *testing.T) {
	assertPrinted(t, "chromium_units")
}

// TestChromiumPlanPages: a task table Chromium printed over two pages,
// its <thead> repeated on the second, a "— 1 —" footer, a row split by
// the break, unit cells whose longest unit leaves exactly one character
// of room, in two font sizes, reads as its rows.
func TestChromiumPlanPages(t *testing.T) {
	assertPrinted(t, "chromium_plan_thead_14px")
	assertPrinted(t, "chromium_plan_thead_16px")
}

// assertPrinted extracts testdata/NAME.pdf, a PDF made by a real tool,
// and compares its lines with testdata/NAME.expected.txt.
func assertPrinted(t *testing.T, name string) {
	t.Helper()
	want, text := readPrinted(t, name)
	assert.Equal(t, want, strings.Split(text, "\n"), name)
}

// readPrinted extracts testdata/NAME.pdf and returns the lines of
// testdata/NAME.expected.txt and the text.
func readPrinted(t *testing.T, name string) (want []string, text string) {
	t.Helper()
	pdf, err := os.ReadFile(filepath.Join("testdata", name+".pdf"))
	require.NoError(t, err)
	exp, err := os.ReadFile(filepath.Join("testdata", name+".expected.txt"))
	require.NoError(t, err)
	res, err := extractWithin(t, pdf, Limits{})
	require.NoError(t, err)
	return strings.Split(strings.TrimSpace(string(exp)), "\n"), res.Text
}

// TestLineBreakPieces: the first piece a wrap moves whole, and the width
// a browser trimmed off full-width punctuation.
func TestLineBreakPieces(t *testing.T) {
	// glyphs of size 10 and width 10, each the given distance after the
	// one before (10 unless given)
	line := func(s string, steps ...float64) []glyph {
		var gs []glyph
		x := 0.0
		for i, r := range []rune(s) {
			step := 10.0
			if i < len(steps) {
				step = steps[i]
			}
			gs = append(gs, glyph{x: x, w: 10, size: 10, s: string(r)})
			x += step
		}
		return gs
	}
	tests := []struct {
		name       string
		gs         []glyph
		head, trim float64
	}{
		{"Han rune", line("县财政局"), 10, 0},
		{"Han rune and comma", line("制，并"), 20, 0},
		{"opening bracket", line("（牵头）"), 20, 0},
		{"number and measure word", line("2025年底", 5, 5, 5, 5), 30, 0},
		{"number and comma", line("100%，", 5, 5, 5, 5), 30, 0},
		{"spaces first", line("  县局", 3, 3), 10, 0},
		{"compressed pair", line("居），编", 10, 5), 25, 5},
		{"trimmed end", append(line("事项目录"), glyph{x: 40, w: 5, size: 10, s: "，"}), 10, 5},
		{"whole end", line("事项目录，"), 10, 0},
	}
	for _, tt := range tests {
		assert.InDelta(t, tt.head, headWidth(tt.gs), 0.01, tt.name)
		assert.InDelta(t, tt.trim, punctTrim(tt.gs), 0.01, tt.name)
	}
}
