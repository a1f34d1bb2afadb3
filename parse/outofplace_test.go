package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// outHead is a notice that issues the plan of the out_of_place texts.
const outHead = "某某市人民政府办公室关于印发某某市2024年政务公开工作要点的通知\n" +
	"某政办发〔2024〕3号\n各区人民政府，市政府各部门：\n" +
	"现将《某某市2024年政务公开工作要点》印发给你们，请认真贯彻执行。\n" +
	"某某市人民政府办公室\n2024年3月1日\n某某市2024年政务公开工作要点\n"

// outPlan is a plan of three goals whose last one closes it with a
// paragraph, for the out_of_place texts.
const outPlan = "一、深化重点领域信息公开\n" +
	"（一）推进财政信息公开。细化预决算公开内容。（市财政局负责）\n" +
	"（二）推进就业信息公开。及时发布招聘信息。（市人社局负责）\n" +
	"二、加强政策解读\n" +
	"（一）做好政策解读。解读与文件同步发布。（市政府办公室牵头，各部门配合）\n" +
	"（二）回应社会关切。及时回应群众关注的热点问题。（市委网信办负责）\n" +
	"三、强化组织保障\n" +
	"各单位要明确分管领导和工作人员，按照本要点抓好落实，确保各项任务按时完成。\n"

// colophon is a notice's 版记.
const colophon = "抄送：市委办公室，市人大常委会办公室。\n某某市人民政府办公室　　2024年3月1日印发\n"

// TestOutOfPlace damages a plan as archives do — a block moved past the
// 版记 or after the closing goal, a second plan's title and rows glued
// under the last goal — and requires out_of_place, in both scripts; the
// undamaged plan, and a second plan read as goals of its own after its
// title, are not flagged.
func TestOutOfPlace(t *testing.T) {
	moved := "（三）推进教育信息公开。公开义务教育招生入学政策。（市教育局负责）\n"
	second := "某某县2024年优化营商环境重点任务清单\n" +
		"1\t压缩企业开办时间\t推行企业开办一窗受理。\t县市场监管局\n" +
		"2\t优化不动产登记\t推进登记缴税一窗办理。\t县自然资源局\n"
	damaged := []struct{ name, text string }{
		{"block after the 版记", outHead + outPlan + colophon + moved},
		{"block after the closing goal", outHead + outPlan + moved},
		{"second plan glued under the last goal", outHead + outPlan + second},
	}
	right := []struct{ name, text string }{
		{"undamaged", outHead + outPlan + colophon},
		{"second plan read as goals", outHead + outPlan + "某某县2024年政务公开工作要点\n" +
			"一、推进决策公开\n（一）做好决策预公开。重大决策公开征求意见。（县司法局负责）\n"},
	}
	for _, sc := range []struct {
		name string
		do   func(string) string
	}{{"simplified", func(s string) string { return s }}, {"traditional", toTraditional}} {
		for _, tt := range damaged {
			doc, err := Text(sc.do(tt.text))
			require.NoError(t, err)
			assert.True(t, strings.Contains(reasonCodes(doc), model.ReasonOutOfPlace), "%s, %s: %+v", sc.name, tt.name, doc.Quality.Reasons)
		}
		for _, tt := range right {
			doc, err := Text(sc.do(tt.text))
			require.NoError(t, err)
			assert.False(t, strings.Contains(reasonCodes(doc), model.ReasonOutOfPlace), "%s, %s: %+v", sc.name, tt.name, doc.Quality.Reasons)
		}
	}
}

// TestCutInTableRow: a plan table cut inside a row loses the row's units
// and deadline, and the document goes to review (a text cut in a sentence
// alone does not), in both scripts.
func TestCutInTableRow(t *testing.T) {
	table := outHead + "序号\t工作任务\t具体内容\t责任单位\t完成时限\n" +
		"1\t推进审批改革\t压缩企业开办时间。\t市行政审批局\t2024年6月底前\n" +
		"2\t加强事中监管\t推行双随机抽查。\t市市场监管局\t持续推进\n" +
		"3\t优化政务服务\t推行政务服务事项一网通办，提升"
	for _, text := range []string{table, toTraditional(table)} {
		doc, err := Text(text)
		require.NoError(t, err)
		assert.Contains(t, reasonCodes(doc), model.ReasonTruncated)
		assert.True(t, doc.Quality.Review, "%+v", doc.Quality.Reasons)
	}
	doc, err := Text(outHead + "一、深化重点领域信息公开\n" +
		"（一）推进财政信息公开。细化预决算公开内容。（市财政局负责）\n" +
		"（二）推进教育信息公开。公开义务教育招生")
	require.NoError(t, err)
	assert.Contains(t, reasonCodes(doc), model.ReasonTruncated)
	assert.False(t, doc.Quality.Review, "a text cut in a sentence is a minor doubt: %+v", doc.Quality.Reasons)
}
