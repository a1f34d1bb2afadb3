package pdftext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEntryAfterShortLine: an entry that ends in 。 or ） one or two
// characters short of the right margin, followed by a numbered heading or
// item at the margin, is not joined with it — on the same page and across
// a page break — while a line wrapped in mid-sentence, or a sentence ending
// at the margin and going on without an ordinal, still runs on.
func TestEntryAfterShortLine(t *testing.T) {
	const size, margin, perLine = 16.0, 80.0, 26
	right := margin + perLine*size
	box := rect{0, 0, right + margin, 842}
	mk := func(y float64, text string, short float64) line {
		return line{x0: margin, x1: right - short*size, y: y, size: size, text: text}
	}
	full := strings.Repeat("全", perLine)
	for _, closer := range []string{"。", "）", "；"} {
		for _, next := range []string{"（二）提升质量基础服务效能", "二、保障措施", "2.推动标准化建设。", "①开通绿色通道。"} {
			for _, short := range []float64{1.0, 1.6, 2.0} {
				name := fmt.Sprintf("%s / %s short %.1f", closer, next, short)
				end := strings.Repeat("尾", perLine-3) + closer
				ls := []line{mk(700, full, 0), mk(680, end, short), mk(660, next, 8), mk(640, full, 0), mk(620, "续完。", 20)}
				assert.Equal(t, []string{full + end, next, full + "续完。"}, paraTexts(ls, box), name)

				// The same across a page break.
				p1 := pageResult{num: 1, box: box, lines: []line{mk(700, full, 0), mk(680, end, short)}}
				p2 := pageResult{num: 2, box: box, lines: []line{mk(760, next, 8), mk(740, full, 0), mk(720, "续完。", 20)}}
				assert.Equal(t, full+end+"\n"+next+"\n"+full+"续完。", assemble([]pageResult{p1, p2}, false), name)
			}
		}
	}
	// Wrapped in mid-sentence, or a sentence that goes on: one paragraph.
	for _, tc := range []struct{ end, next string }{
		{strings.Repeat("甲", perLine-2) + "（牵", "头单位：某局）"},
		{strings.Repeat("乙", perLine-2) + "。", "各单位要加强领导。"},
	} {
		ls := []line{mk(700, full, 0), mk(680, tc.end, 1.6), mk(660, tc.next, 10)}
		got := paragraphs(ls, box)
		if assert.Len(t, got, 1, tc.end) {
			assert.Equal(t, full+tc.end+tc.next, got[0].text)
		}
	}
}

// TestCCLineAfterLastParagraph: the 版记's 抄送 line, set flush left and a
// little smaller under a plan whose last paragraph ends in 。 or a unit
// bracket at or near the right margin, is a paragraph of its own in every
// script and spacing of its label; a sentence that merely names 抄送, or a
// paragraph wrapped in mid-sentence, still runs on.
func TestCCLineAfterLastParagraph(t *testing.T) {
	const size, margin, perLine = 16.0, 80.0, 28
	right := margin + perLine*size
	box := rect{0, 0, right + margin, 842}
	mk := func(y float64, text string, short, sz float64) line {
		return line{x0: margin, x1: right - short*sz, y: y, size: sz, text: text}
	}
	full := strings.Repeat("全", perLine)
	for _, closer := range []string{"。", "）", "；"} {
		for _, cc := range []string{"抄送：省委各部门，省人大常委会办公厅。", "抄 送：市委办公室，市人大常委会办公室。", "抄報：省政府辦公廳。", "抄送单位:县纪委监委。"} {
			for _, short := range []float64{0, 1, 2} {
				for _, ccSize := range []float64{16, 14} {
					name := fmt.Sprintf("%s / %s short %.0f size %.0f", closer, cc, short, ccSize)
					end := strings.Repeat("尾", perLine-int(short)-1) + closer
					ls := []line{mk(700, full, 0, size), mk(680, end, short, size), mk(661, cc, 6, ccSize)}
					assert.Equal(t, []string{full + end, cc}, paraTexts(ls, box), name)
				}
			}
		}
	}
	for _, tc := range []struct{ end, next string }{
		{strings.Repeat("甲", perLine-1) + "。", "抄送有关部门备案。"},
		{strings.Repeat("乙", perLine-1) + "，", "抄送：字样不得省略。"},
	} {
		ls := []line{mk(700, full, 0, size), mk(680, tc.end, 0, size), mk(660, tc.next, 10, size)}
		assert.Equal(t, []string{full + tc.end + tc.next}, paraTexts(ls, box), tc.end)
	}
}
