package pdftext

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// spanGrid draws a ruled table the way Writer and Word export one: every
// cell has its own border segments, so a cell spanning columns leaves no
// vertical rule inside it. Each row is a list of cells {text, span}; a
// cell's text is set from its left border, 10 points a glyph, and, when
// wrap, wraps onto the next line where the next glyph would cross its right
// border.
type spanCell struct {
	text string
	span int
}

func spanGrid(bounds []float64, rows [][]spanCell, wrap bool) *pageData {
	pd := &pageData{box: rect{0, 0, 600, 800}}
	top := 760.0
	const h = 40.0
	for _, r := range rows {
		bottom := top - h
		pd.hrules = append(pd.hrules, seg{top, bounds[0], bounds[len(bounds)-1]})
		col := 0
		pd.vrules = append(pd.vrules, seg{bounds[0], bottom, top})
		for _, c := range r {
			x, y := bounds[col]+2, top-10
			for _, ch := range []rune(c.text) {
				if wrap && x+10 > bounds[col+c.span]-1 {
					x, y = bounds[col]+2, y-11
				}
				pd.glyphs = append(pd.glyphs, glyph{x: x, y: y, w: 10, size: 10, s: string(ch)})
				x += 10
			}
			col += c.span
			pd.vrules = append(pd.vrules, seg{bounds[col], bottom, top})
		}
		top = bottom
	}
	pd.hrules = append(pd.hrules, seg{top, bounds[0], bounds[len(bounds)-1]})
	return pd
}

// TestSpanningRows: a cell spanning several columns (a 一、 goal row over
// the whole table, a 责任分工 header over two columns, a row label over
// the first three) is read whole into its first column, the columns it
// covers left empty — wherever it starts, however many columns it spans,
// and when its text wraps — while the ordinary rows keep their cells.
func TestSpanningRows(t *testing.T) {
	bounds := []float64{40, 80, 160, 330, 420, 500}
	short := "一、提升政务服务效能"
	long := "一、提升政务服务效能和营商环境水平" // wraps in the narrower spans
	for start := 0; start < 4; start++ {
		for span := 2; start+span <= 5; span++ {
			for _, wrap := range []bool{false, true} {
				goal := short
				if wrap {
					goal = long
				}
				name := fmt.Sprintf("start %d span %d wrap %v", start, span, wrap)
				var spanned []spanCell
				for j := 0; j < start; j++ {
					spanned = append(spanned, spanCell{"甲", 1})
				}
				spanned = append(spanned, spanCell{goal, span})
				for j := start + span; j < 5; j++ {
					spanned = append(spanned, spanCell{"乙", 1})
				}
				plain := []spanCell{{"1", 1}, {"深化改革", 1}, {"推行一窗通办", 1}, {"政务中心", 1}, {"6月底", 1}}
				pd := spanGrid(bounds, [][]spanCell{plain, spanned, plain}, wrap)
				tables, rest := findTables(pd)
				require.Empty(t, rest, name)
				require.Len(t, tables, 1, name)
				want := make([]string, 5)
				for j := range want {
					switch {
					case j < start:
						want[j] = "甲"
					case j == start:
						want[j] = goal
					case j >= start+span:
						want[j] = "乙"
					}
				}
				plainRow := []string{"1", "深化改革", "推行一窗通办", "政务中心", "6月底"}
				assert.Equal(t, [][]string{plainRow, want, plainRow}, tables[0].rows, name)
				for j := start + 1; j < start+span; j++ {
					assert.False(t, tables[0].inherit[1][j], "%s: a spanned column does not continue the row above", name)
				}
			}
		}
	}
}
