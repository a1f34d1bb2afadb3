package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRowCutByPageBreak: a task table whose row is cut by a page break —
// its 工作任务 cell stops mid-sentence, the page number, 续表 and the
// repeated header follow, then a row holding only the rest of that cell —
// reads as one task with its title joined, in every rendering (tabs,
// pipes; page number — 2 — / - 2 - / none; 续表 or not; cut after 、 or
// ，; either script, brackets, CRLF). A row after the break with its own
// units stays a row of its own.
func TestRowCutByPageBreak(t *testing.T) {
	const head = "某县2016年重点工作任务分解表\n\n"
	header := []string{"序号", "工作任务", "责任单位", "完成时限"}
	rows := [][]string{
		{"1", "推进权力清单公开。", "县编办", "2016年9月底前"},
		{"2", "推进重大建设项目批准和实施、公共资源配置", "县发改局、县财政局", "2016年12月底前"},
		{"3", "做好政策解读工作。", "县政府办", "长期坚持"},
	}
	want := []string{"G  ",
		"  T 1 推进权力清单公开", "    I 推进权力清单公开。 | 2016年9月底前 | 县编办/responsible",
		"  T 2 推进重大建设项目批准和实施、公共资源配置%s社会公益事业等领域信息公开", "    I 推进重大建设项目批准和实施、公共资源配置%s社会公益事业等领域信息公开。 | 2016年12月底前 | 县发改局/responsible、县财政局/responsible",
		"  T 3 做好政策解读工作", "    I 做好政策解读工作。 | 长期坚持 | 县政府办/responsible"}
	n := 0
	for _, sep := range []string{"\t", " | "} {
		for _, page := range []string{"— 2 —\n\n", "- 2 -\n", ""} {
			for _, xubiao := range []string{"续表\n\n", ""} {
				for _, cut := range []string{"、", "，"} {
					row := func(cells []string) string { return strings.Join(cells, sep) + "\n" }
					var b strings.Builder
					b.WriteString(head + row(header) + row(rows[0]))
					b.WriteString(row([]string{"2", rows[1][1] + cut, rows[1][2], rows[1][3]}))
					b.WriteString("\n" + page + xubiao + row(header))
					b.WriteString(row([]string{"", "社会公益事业等领域信息公开。", "", ""}))
					b.WriteString(row(rows[2]))
					exp := append([]string(nil), want...)
					exp[3], exp[4] = fmt.Sprintf(want[3], cut), fmt.Sprintf(want[4], cut)
					for _, tr := range transforms[:4] {
						name := fmt.Sprintf("sep%q page%q xubiao=%v cut%s %s", sep, page, xubiao != "", cut, tr.name)
						assert.Equal(t, exp, treeOf(mustText(t, tr.apply(b.String()))), name)
						n++
					}
				}
			}
		}
	}
	t.Logf("%d renderings", n)
	// A row after the break that names its own units is not the cut row's:
	// it stays a row of its own.
	text := head + "序号\t工作任务\t责任单位\t完成时限\n1\t推进权力清单公开。\t县编办\t2016年9月底前\n\n— 2 —\n\n序号\t工作任务\t责任单位\t完成时限\n\t公开权责清单调整情况。\t县司法局\t2016年10月底前\n"
	assert.Equal(t, []string{"G  ", "  T 1 推进权力清单公开",
		"    I 推进权力清单公开。 | 2016年9月底前 | 县编办/responsible",
		"  T  公开权责清单调整情况", "    I 公开权责清单调整情况。 | 2016年10月底前 | 县司法局/responsible"}, treeOf(mustText(t, text)))
}
