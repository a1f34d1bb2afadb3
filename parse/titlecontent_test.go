package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGluedTitleContentReview: a task table whose header names 工作任务
// and 具体内容 apart, its rows giving one cell for the two (the gap
// between them lost), is sent to review; read whole, it is not, nor is a
// table with no content column, or one whose content cells were left
// empty, whose items are their tasks' titles.
func TestGluedTitleContentReview(t *testing.T) {
	rows := [][2]string{
		{"优化营商环境", "推行企业开办一网通办，全流程办理时间压缩至1个工作日内。"},
		{"提升审批效率", "推行工程建设项目分阶段办理施工许可，审批时间不超过15个工作日。"},
		{"加强诚信建设", "开展政府失信行为专项治理，建立政府守信践诺机制。"},
	}
	units := []string{"县市场监管局", "县住建局", "县发改局"}
	table := func(header string, cell func(task, content string) string) string {
		var b strings.Builder
		b.WriteString("某县2024年重点工作任务分解表\n\n" + header + "\n")
		for i, r := range rows {
			b.WriteString(strings.Join([]string{string(rune('1' + i)), cell(r[0], r[1]), units[i], "2024年底前"}, "\t") + "\n")
		}
		return b.String()
	}
	for _, tt := range []struct {
		name   string
		text   string
		review bool
	}{
		{"whole", table("序号\t工作任务\t具体内容\t责任单位\t完成时限", func(t, c string) string { return t + "\t" + c }), false},
		{"glued", table("序号\t工作任务\t具体内容\t责任单位\t完成时限", func(t, c string) string { return t + c }), true},
		{"content cells left empty", table("序号\t工作任务\t具体内容\t责任单位\t完成时限", func(t, _ string) string { return t + "\t" }), false},
		{"one text column", table("序号\t工作任务\t责任单位\t完成时限", func(t, c string) string { return t + c }), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Text(tt.text)
			require.NoError(t, err)
			assert.Equal(t, tt.review, doc.Quality.Review, "score %v %s", doc.Quality.Score, reasonCodes(doc))
		})
	}
}
