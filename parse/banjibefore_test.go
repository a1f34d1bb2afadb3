package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBanjiBeforeAttachment: a notice printed with its 版记 (抄送 line,
// printing line, or both) under the signature and the attached plan's page
// after it (a line holding only 附件 or 附件1) keeps the plan: it reads as
// the same notice with the 版记 at the end, in every rendering of the
// table and every label of the attachment page.
func TestBanjiBeforeAttachment(t *testing.T) {
	const notice = "某镇人民政府关于印发《某镇2016年人居环境整治任务分解表》的通知\n各村（居），镇直各单位：\n现将《某镇2016年人居环境整治任务分解表》印发给你们，请认真抓好落实。\n" +
		"附件：某镇2016年人居环境整治任务分解表\n某镇人民政府\n2016年4月6日\n"
	const title = "某镇2016年人居环境整治任务分解表\n"
	tails := []string{
		"抄送：县农办，县住建局。\n",
		"抄送：县委办公室，县政府办公室。\n某镇党政办公室　　　　2016年4月6日印发\n",
		"某镇党政办公室　　2016年4月6日印发\n",
	}
	labels := []string{"附件\n", "附件1\n", "附　件\n", "附件 1\n"}
	rows := [][]string{
		{"序号", "工作任务", "责任单位", "完成时限"},
		{"1", "清理村内积存垃圾和杂物堆放。", "镇环卫所、各行政村", "2016年5月底"},
		{"2", "整治沟渠河塘水体污染。", "镇水利站", "2016年8月底"},
		{"3", "拆除违章搭建和破旧棚舍。", "镇规划建设所", "2016年10月底"},
	}
	n := 0
	for _, tail := range tails {
		for _, label := range labels {
			atEnd := tableDoc{name: "版记在后", prefix: notice + label + title, suffix: tail, heads: 1, rows: rows}
			before := tableDoc{name: "版记在前", prefix: notice + tail + label + title, heads: 1, rows: rows}
			n += assertSameTable(t, atEnd, before, scriptsAndBreaks)
		}
	}
	assert.Greater(t, n, 24)
	t.Logf("%d renderings", n)
}
