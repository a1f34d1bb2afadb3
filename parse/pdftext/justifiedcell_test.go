package pdftext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestJustifiedCellLines: in a ruled cell of a justified paragraph whose
// units are set one per line by soft line breaks (Shift+Enter), a word
// processor spreads each short line evenly across the cell (镇 妇 联), so
// it looks as full as a wrapped line; the units are still kept apart by a
// space and the gaps that spread them are no spaces, while a unit wrapped
// at the border runs on — for several font sizes, cell widths and unit
// lengths.
func TestJustifiedCellLines(t *testing.T) {
	cells := []struct {
		size    float64
		perLine int
	}{{9, 5}, {9, 8}, {10.5, 6}, {12, 5}, {12, 8}}
	for _, c := range cells {
		size, perLine := c.size, c.perLine
		name := fmt.Sprintf("size %v, %d a line", size, perLine)
		const pad = 4.0
		left := 100.0
		right := left + 2*pad + float64(perLine)*size
		var gs []glyph
		y := 700.0
		put := func(text string, justify bool) { // one line of the cell
			rs := []rune(text)
			gap := 0.0
			if justify && len(rs) > 1 {
				gap = (right - left - 2*pad - float64(len(rs))*size) / float64(len(rs)-1)
			}
			x := left + pad
			for _, r := range rs {
				gs = append(gs, glyph{x: x, y: y, w: size, size: size, s: string(r)})
				x += size + gap
			}
			y -= 1.3 * size
		}
		units := []string{"镇妇联", "镇环卫所", "各行政村"}
		for _, u := range units {
			put(u, true) // ended by a soft break, justified across the cell
		}
		long := strings.Repeat("镇", perLine) + "民政所" // one unit wrapped at the border
		put(long[:perLine*len("镇")], true)
		put("民政所", false) // a paragraph's last line is not spread
		assert.Equal(t, strings.Join(append(units, long), " "), secondCell(t, gs, left, right, y, size), name)
	}
}

// secondCell reads the glyphs gs, set between x = left and right down to
// y, as the second cell of a one-row ruled table whose first cell holds 1,
// and returns that cell's text.
func secondCell(t *testing.T, gs []glyph, left, right, y, size float64) string {
	t.Helper()
	top := 720.0
	pd := &pageData{
		box:    rect{0, 0, 600, 800},
		vrules: []seg{{40, y - 10, top}, {left, y - 10, top}, {right, y - 10, top}},
		hrules: []seg{{top, 40, right}, {y - 10, 40, right}},
		glyphs: append(gs, glyph{x: 50, y: 700, w: size, size: size, s: "1"}),
	}
	tables, _ := findTables(pd)
	require.Len(t, tables, 1)
	require.Len(t, tables[0].rows, 1)
	return tables[0].rows[0][1]
}
