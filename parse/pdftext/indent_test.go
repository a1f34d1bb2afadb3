package pdftext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// indentPage sets paragraphs the way a browser or a word processor prints
// a notice: each paragraph's first line indented by two characters, its
// wrapped lines at the margin, lines of perLine characters of the given
// size. A paragraph is a list of its lines; hanging puts the first line at
// the margin and the wrapped lines two characters in (a hanging list).
func indentPage(size float64, perLine int, paras [][]string, hanging bool) []line {
	return indentPageBy(size, 2, perLine, paras, hanging)
}

// paraTexts is the text of each paragraph paragraphs makes of ls.
func paraTexts(ls []line, box rect) []string {
	var out []string
	for _, p := range paragraphs(ls, box) {
		out = append(out, p.text)
	}
	return out
}

// indentPageBy is indentPage with an indent of indent characters.
func indentPageBy(size, indent float64, perLine int, paras [][]string, hanging bool) []line {
	const margin = 60.0
	right := margin + float64(perLine)*size
	var ls []line
	y := 780.0
	for _, p := range paras {
		for i, text := range p {
			x0 := margin
			if (i == 0) != hanging {
				x0 = margin + indent*size
			}
			n := float64(len([]rune(text)))
			x1 := x0 + n*size
			if i < len(p)-1 {
				x1 = right // a wrapped line runs to the margin
			}
			ls = append(ls, line{x0: x0, x1: x1, y: y, size: size, text: text})
			y -= 1.8 * size
		}
	}
	return ls
}

// TestIndentedParagraphs: in a page of mostly one-line paragraphs (headings,
// numbered items), each opening with a two-character indent, a paragraph
// whose last line happens to run to the right margin is not joined with the
// heading below it, and the lines a paragraph wrapped onto are joined back —
// for every font size and line width. A hanging list (ordinals standing out
// to the left) keeps its items apart.
func TestIndentedParagraphs(t *testing.T) {
	for _, size := range []float64{10.5, 12, 16} {
		for _, perLine := range []int{28, 36} {
			name := fmt.Sprintf("size %v, %d a line", size, perLine)
			box := rect{0, 0, 120 + float64(perLine)*size, 800} // margins of 60 points
			full := strings.Repeat("全", perLine-2)              // an indented line that runs to the margin
			paras := [][]string{
				{"一、总体要求"},
				{"（一）深化改革"},
				{full, "续行。"},
				{"1." + strings.Repeat("满", perLine-4)}, // one line ending near the margin
				{"（二）加强监管"},
				{"2.短项。"},
				{full, "", "末行。"},
				{"二、保障措施"},
			}
			paras[6][1] = strings.Repeat("中", perLine)
			texts := paraTexts(indentPage(size, perLine, paras, false), box)
			// the indent set as a length, 2.6 characters of smaller print
			wide := paraTexts(indentPageBy(size, 2.6, perLine, paras, false), box)
			want := make([]string, len(paras))
			for i, p := range paras {
				want[i] = strings.Join(p, "")
			}
			assert.Equal(t, want, texts, name)
			assert.Equal(t, want, wide, name+", wider indent")

			hanging := [][]string{
				{"1.第一项内容较长需要换行", "续。"},
				{"2.第二项"},
				{"3.第三项内容较长需要换行", "续。"},
				{"4.第四项"},
			}
			got := paragraphs(indentPage(size, perLine, hanging, true), box)
			assert.Len(t, got, 6, "%s: hanging list lines are not taken for wrapped lines", name)
		}
	}
}

// TestLoneWrappedLine: a page holding a single wrapped line at the margin
// (a page of headings and tables, one paragraph running onto a second
// line) joins it back, for every size, width and indent; the same line
// after a short line opens a paragraph of its own.
func TestLoneWrappedLine(t *testing.T) {
	for _, size := range []float64{10.5, 14, 16} {
		for _, perLine := range []int{28, 32} {
			for _, indent := range []float64{2, 2.6} {
				name := fmt.Sprintf("size %v, %d a line, indent %v", size, perLine, indent)
				box := rect{0, 0, 120 + float64(perLine)*size, 800}
				full := strings.Repeat("训", perLine-3)
				paras := [][]string{{"（五）监督保障"}, {full, "培训3次。"}, {"二、主动公开"}, {"（一）规章"}}
				want := []string{"（五）监督保障", full + "培训3次。", "二、主动公开", "（一）规章"}
				assert.Equal(t, want, paraTexts(indentPageBy(size, indent, perLine, paras, false), box), name)
				ls := indentPageBy(size, indent, perLine, paras, false)
				ls[1].x1 = ls[1].x0 + 10*size // the line above ends short
				assert.Len(t, paragraphs(ls, box), 5, name+", after a short line")
			}
		}
	}
}
