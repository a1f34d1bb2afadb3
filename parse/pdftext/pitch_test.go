package pdftext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWideLinePitch: a document set on a fixed line spacing wider than
// twice its font size (28-point lines for small print, a browser's
// line-height) still has its wrapped lines joined, while a gap clearly
// wider than the page's line pitch parts two paragraphs — for several
// pitches.
func TestWideLinePitch(t *testing.T) {
	const size, margin, perLine = 10.5, 80.0, 30
	right := margin + perLine*size
	box := rect{0, 0, right + margin, 842}
	full := strings.Repeat("全", perLine)
	for _, ratio := range []float64{1.5, 2.4, 2.9} {
		pitch := ratio * size
		y := 760.0
		var ls []line
		add := func(text string, x0, x1, gap float64) {
			y -= gap
			ls = append(ls, line{x0: x0, x1: x1, y: y, size: size, text: text})
		}
		add(full, margin+2*size, right, 0)
		add("续一。", margin, margin+3*size, pitch)
		add(full, margin+2*size, right, pitch)
		add(full, margin, right, pitch)
		add("续二。", margin, margin+3*size, pitch)
		add(full, margin+2*size, right, pitch)
		add("另起。", margin, margin+3*size, 2.2*pitch) // a gap, not a line
		assert.Equal(t, []string{full + "续一。", full + full + "续二。", full, "另起。"}, paraTexts(ls, box), fmt.Sprintf("pitch %.1f × size", ratio))
	}
}

// TestWideLinePitchIndented: the margin of a page of indented one-line
// paragraphs (wrapMargin) is found on a wide line pitch too.
func TestWideLinePitchIndented(t *testing.T) {
	const size, perLine = 11.8, 30
	paras := [][]string{{"（一）主动公开"}, {strings.Repeat("全", perLine-2), "续行。"}, {"（二）依申请公开"}, {strings.Repeat("满", perLine-2), "末行。"}, {"（三）政府信息管理"}}
	for _, ratio := range []float64{1.8, 2.4} {
		ls := indentPage(size, perLine, paras, false)
		for i := range ls {
			ls[i].y = 780 - float64(i)*ratio*size
		}
		got := paraTexts(ls, rect{0, 0, 120 + perLine*size, 842})
		assert.Equal(t, []string{"（一）主动公开", strings.Repeat("全", perLine-2) + "续行。", "（二）依申请公开", strings.Repeat("满", perLine-2) + "末行。", "（三）政府信息管理"}, got, fmt.Sprintf("pitch %.1f × size", ratio))
	}
}
