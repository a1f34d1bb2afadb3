package pdftext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// setLines places lines of the given size on a page: each entry is the
// line's text and where it stands — "left" at the margin, "indent" two
// characters in, "full" at the margin running to the right one, "right"
// set against the right margin (a signature, a date).
func setLines(size float64, perLine int, spec [][2]string) []line {
	const margin = 60.0
	right := margin + float64(perLine)*size
	var ls []line
	y := 780.0
	for _, s := range spec {
		n := float64(len([]rune(s[0])))
		x0, x1 := margin, margin+n*size
		switch s[1] {
		case "indent":
			x0, x1 = margin+2*size, margin+(n+2)*size
		case "full":
			x1 = right
		case "right":
			x0, x1 = right-n*size, right
		}
		ls = append(ls, line{x0: x0, x1: x1, y: y, size: size, text: s[0]})
		y -= 1.8 * size
	}
	return ls
}

// TestRightSetLineEndsPage: the signature's date, set against the right
// margin at the foot of a page, leaves no paragraph open, so the next
// page's first line (附件, a plan's first paragraph at the margin) is a
// line of its own and the date stays readable — for every size, line
// width and date form.
func TestRightSetLineEndsPage(t *testing.T) {
	box := rect{0, 0, 595, 842}
	dates := []string{"2011年3月21日", "2019年5月20日", "二〇〇八年三月十日"}
	nexts := []string{"附件", "各有关单位要认真组织实施，确保各项工作任务按时完成，并及时报送进展情况。"}
	for _, size := range []float64{12, 14, 16} {
		for _, per := range []int{26, 28} {
			for _, date := range dates {
				for _, next := range nexts {
					name := fmt.Sprintf("%v/%d/%s/%s", size, per, date, next)
					body := []rune(strings.Repeat("为贯彻落实工作部署现将方案印发给你们", 4))
					p1 := setLines(size, per, [][2]string{
						{string(body[:per-2]), "indent"},
						{string(body[per-2 : 2*per-2]), "full"},
						{"请认真组织实施。", "left"},
						{"阜平县人民政府办公室", "right"},
						{date, "right"},
					})
					p1[3].x0, p1[3].x1 = p1[3].x0-2*size, p1[3].x1-2*size // the signature centred over the date
					p2 := setLines(size, per, [][2]string{{next, "left"}, {"阜平县安全生产工作目标任务分解方案", "indent"}})
					got := assemble([]pageResult{{num: 1, box: box, lines: p1}, {num: 2, box: box, lines: p2}}, false)
					assert.Contains(t, strings.Split(got, "\n"), date, name)
					assert.NotContains(t, got, date+next, name)
				}
			}
		}
	}
}

// TestPrintingLineOpensParagraph: the 版记's printing line (office, date,
// 印发) set at the margin under an 抄送 line that ran to the right margin
// is a line of its own, on the 版记's page of two lines as on a full page.
func TestPrintingLineOpensParagraph(t *testing.T) {
	box := rect{0, 0, 595, 842}
	ccs := []string{"抄送：县委办公室，县人大常委会办公室，县政协办公室。", "抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。"}
	prints := []string{"阜平县人民政府办公室　　　　　　　　2011年3月22日印发", "宜昌市人民政府办公室 2016年3月7日印發"}
	for _, size := range []float64{12, 14} {
		for _, cc := range ccs {
			for _, pr := range prints {
				per := len([]rune(cc))
				ls := setLines(size, per, [][2]string{{cc, "full"}, {pr, "left"}})
				got := assemble([]pageResult{{num: 1, box: box, lines: ls}}, false)
				assert.Equal(t, cc+"\n"+pr, got, "%v/%s/%s", size, cc, pr)
			}
		}
	}
}

// TestAttachmentNoteOpensParagraph: the notice's 附件说明 (附件：…) set at
// the margin under a last paragraph that ran to the right margin and
// ended its sentence is a line of its own, atop the next page as on the
// same page — a 附件说明 glued to the paragraph loses the plan's title.
func TestAttachmentNoteOpensParagraph(t *testing.T) {
	box := rect{0, 0, 595, 842}
	notes := []string{"附件：2012年上半年重点任务进展情况表", "附件: 县级政务公开事项清单", "附件：1.任务分解表"}
	for _, size := range []float64{12, 14, 16} {
		for _, per := range []int{26, 28} {
			for _, note := range notes {
				for _, nextPage := range []bool{false, true} {
					name := fmt.Sprintf("%v/%d/%s/next page %v", size, per, note, nextPage)
					body := []rune(strings.Repeat("市政府办公厅将于十月对全年任务完成情况进行专项督查", 3))
					last := string(body[:per-1]) + "。"
					p1 := setLines(size, per, [][2]string{{string(body[:per-2]), "indent"}, {last, "full"}})
					var pages []pageResult
					if nextPage {
						p2 := setLines(size, per, [][2]string{{note, "left"}, {"北京市人民政府办公厅", "right"}})
						pages = []pageResult{{num: 1, box: box, lines: p1}, {num: 2, box: box, lines: p2}}
					} else {
						ls := setLines(size, per, [][2]string{{string(body[:per-2]), "indent"}, {last, "full"}, {note, "left"}})
						pages = []pageResult{{num: 1, box: box, lines: ls}}
					}
					got := assemble(pages, false)
					assert.Contains(t, strings.Split(got, "\n"), note, name)
				}
			}
		}
	}
}
