package pdftext

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestContinuesMergedGroup: atop a new page, a row that leaves the merged
// columns (序号, 重点任务 merged over several measures) empty is the next
// row of that group when the row above closed every cell — a sentence,
// a unit's name, a deadline — and fills every plain column itself; it is
// the rest of a row the page break cut when any cell above stopped in a
// name, a list or a date, or the new row leaves a plain cell empty.
func TestContinuesMergedGroup(t *testing.T) {
	span := []bool{true, true, false, false, false, false}
	next := []string{"", "", "组织开展执法案卷评查，评查结果通报。", "省生态环境执法总队", "法规与标准处", "2026年10月"}
	closed := map[string][]string{
		"unit list, month":  {"", "", "推行非现场执法。", "省生态环境执法总队", "法规与标准处、水生态环境处", "2026年9月"},
		"county bureau, 底前": {"", "", "对未落实措施的工地依法停工整改。", "县住建局", "县城管局", "2019年10月底前"},
		"office, 持续推进":      {"", "", "依法办理行政复议答复。", "法规与标准处", "厅机关各处室", "持续推进"},
		"centre, 长期":        {"", "", "编制办事指南并实时更新。", "区政务服务中心", "各街道", "长期"},
		"bank, 完成":          {"", "", "落实普惠金融政策。", "县农发行", "县税务", "年底前完成"},
	}
	cut := map[string][]string{
		"name cut":       {"", "", "推行非现场执法。", "省市场监", "法规与标准处", "2026年9月"},
		"list cut":       {"", "", "推行非现场执法。", "区科技局", "区科技局、区财", "2026年9月"},
		"date cut":       {"", "", "推行非现场执法。", "区金融办", "区科技局", "2019年12"},
		"term cut":       {"", "", "推行非现场执法。", "区金融办", "区科技局", "持续"},
		"street cut":     {"", "", "推行非现场执法。", "区金融办", "区科技局、各街", "2026年9月"},
		"year cut":       {"", "", "推行非现场执法。", "区金融办", "区科技局", "2026年"},
		"sentence cut":   {"", "", "建立垃圾户集、村收、镇运的", "镇城建办", "镇财政所", "6月底前"},
		"lead cut by 牵头": {"", "", "推行非现场执法。", "镇城建办牵头，镇", "镇财政所", "6月底前"},
	}
	for name, prev := range closed {
		assert.False(t, continues(next, prev, span), "closed: %s", name)
		for j := 2; j < len(next); j++ {
			short := append([]string(nil), next...)
			short[j] = ""
			assert.True(t, continues(short, prev, span), "closed: %s, column %d empty atop the page", name, j)
		}
	}
	for name, prev := range cut {
		assert.True(t, continues(next, prev, span), "cut: %s", name)
	}
	// Without merged columns the rule is as before: names and dates do
	// not end a row, only sentences do.
	plain := []bool{false, false, false, false, false, false}
	for name, prev := range closed {
		p := append([]string{"3", "规范执法"}, prev[2:]...)
		n := append([]string{"4", "强化监督"}, next[2:]...)
		assert.False(t, continues(n, p, plain), "numbered row %s", name)
	}
}
