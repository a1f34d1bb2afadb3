package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTableAttachedAfterOwnHeadings: a table attached after the
// signature of a notice that numbers its own paragraphs (一、（一）) is the
// plan in whatever rendering it came in, one cell per line or a column
// layout included (rows without tab or pipe): each rendering that reads
// the table alone under its title must read it the same after the notice.
func TestTableAttachedAfterOwnHeadings(t *testing.T) {
	const title = "2023年民生实事专项督查事项清单\n"
	notice := "某县人民政府办公室关于开展2023年民生实事专项督查的通知\n各乡镇人民政府，县直各部门：\n为推动民生实事落地，定于10月开展专项督查。现将有关事项通知如下：\n" +
		"一、督查内容\n各项民生实事的推进情况（具体见附件）。\n二、督查方式\n（一）单位自查。各责任单位10月15日前报送自查报告。\n（二）实地督查。采取现场查看方式进行。\n" +
		"附件：2023年民生实事专项督查事项清单\n某县人民政府办公室\n2023年9月20日\n附件\n"
	alone := tableDoc{name: "督查事项清单", prefix: title, heads: 1, rows: [][]string{
		{"序号", "督查事项", "责任单位", "完成时限"},
		{"1", "新建乡镇卫生院两所。", "县卫生健康局", "2023年11月底"},
		{"2", "改造农村公路30公里。", "县交通运输局", "2023年12月底"},
		{"3", "新增城区停车位500个。", "县住房和城乡建设局", "2023年10月底"},
	}}
	attached := alone
	attached.prefix = notice + title
	t.Logf("%d renderings", assertSameTable(t, alone, attached, transforms[:4]))
}

// assertSameTable requires every rendering that reads want's table (a tree
// of four lines or more) under a transform of trs to read got the same,
// and returns how many renderings it compared.
func assertSameTable(t *testing.T, want, got tableDoc, trs []transform) int {
	t.Helper()
	n := 0
	for _, r := range layoutRenderings {
		if !r.ok(want) {
			continue
		}
		for _, tr := range trs {
			tree := treeOf(r.parse(t, want.text(r, tr)))
			if len(tree) < 4 {
				continue // the rendering does not read the table at all
			}
			text := got.text(r, tr)
			assert.Equal(t, tree, treeOf(r.parse(t, text)), "%s/%s:\n%s", r.name, tr.name, text)
			n++
		}
	}
	return n
}
