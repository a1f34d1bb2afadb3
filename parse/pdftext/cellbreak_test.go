package pdftext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCellLineBreaks: in a ruled cell, lines set one per unit (left-aligned
// or centred, as Writer, Word and browsers print a 配合单位 cell) are kept
// apart by a space, as the DOCX reader keeps a cell's paragraphs, while a
// unit or a sentence wrapped at the cell's border runs on — for several
// font sizes and cell widths.
func TestCellLineBreaks(t *testing.T) {
	for _, size := range []float64{9, 10.5, 12} {
		for _, perLine := range []int{6, 9} {
			for _, centred := range []bool{false, true} {
				name := fmt.Sprintf("size %v, %d a line, centred %v", size, perLine, centred)
				const pad = 4.0
				left := 100.0
				right := left + 2*pad + float64(perLine)*size
				var gs []glyph
				y := 700.0
				put := func(text string) { // one line of the cell
					n := float64(len([]rune(text)))
					x := left + pad
					if centred {
						x = (left+right)/2 - n*size/2
					}
					for _, r := range text {
						gs = append(gs, glyph{x: x, y: y, w: size, size: size, s: string(r)})
						x += size
					}
					y -= 1.3 * size
				}
				wrap := func(text string) { // text wrapped at the border
					rs := []rune(text)
					for len(rs) > perLine {
						put(string(rs[:perLine]))
						rs = rs[perLine:]
					}
					put(string(rs))
				}
				units := []string{"县财政局", "县发改局", "各乡镇"}
				for _, u := range units {
					put(u)
				}
				long := strings.Repeat("自", perLine) + "然资源局" // one unit wrapped
				wrap(long)
				assert.Equal(t, strings.Join(append(units, long), " "), secondCell(t, gs, left, right, y, size), name)
			}
		}
	}
}
