package parse_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
	"github.com/zwgk/gongwen/segment/script"
)

// cardPlan is a plan laid out as cards: each item a block of labelled
// lines between rule lines, as some portals print a task list.
const cardPlan = noticeHead +
	"一、深化网上办事\n━━━━━━━━━━━━\n" +
	"重点任务：推进证照电子化\n具体措施：扩大电子证照应用范围，常用证照免于提交。\n" +
	"牵头单位：市数据局\n配合单位：市公安局、市民政局\n完成时限：2025年6月底前\n━━━━━━━━━━━━\n" +
	"重点任务：推行免申即享\n具体措施：梳理惠企政策事项，通过数据比对主动兑现。\n" +
	"牵头单位：市财政局\n完成时限：持续推进\n━━━━━━━━━━━━\n\n" +
	"二、优化窗口服务\n━━━━━━━━━━━━\n" +
	"重点任务：规范综合窗口\n具体措施：推行无差别受理，综合窗口占比达到八成。\n" +
	"牵头单位：市行政审批局\n配合单位：各区人民政府\n完成时限：2025年9月底前\n━━━━━━━━━━━━\n" +
	"重点任务：设置帮办窗口\n具体措施：在街道便民服务中心为老年人提供帮办代办。\n" +
	"牵头单位：市行政审批局\n配合单位：市民政局\n完成时限：2025年10月底前\n━━━━━━━━━━━━\n"

// TestQualityClosingFurnitureNoAlarm: a whole plan, its card labels and
// rule lines, followed by what a saved page or a printed notice closes
// with (a share bar, an attachment link, a page widget, the 版记), is
// neither truncated nor largely unplaced, in either script; the same plan
// cut in mid-sentence before a page's furniture is still truncated.
func TestQualityClosingFurnitureNoAlarm(t *testing.T) {
	closings := []struct {
		name, text string
		printed    bool // a 版记 stands after the plan: the notice ended there
	}{
		{"nothing", "", false},
		{"a share bar", "\n分享到：微信 微博 QQ空间\n", false},
		{"an attachment", "附件下载：某某市2025年重点任务分工.docx\n", false},
		{"page widgets", "【打印本页】【关闭窗口】\n— 3 —\n", false},
		{"the printing line", "\n某某市人民政府办公室            2025年3月1日印发\n", true},
		{"share bar and 版记", "\n抄送：市委办公室。\n某某市人民政府办公室  2025年3月1日印发\n分享到：\n", true},
	}
	cut := cardPlan[:strings.LastIndex(cardPlan, "为老年人")] + "\n"
	for _, c := range closings {
		for _, sc := range []string{"simplified", "traditional"} {
			fold := func(s string) string { return s }
			if sc == "traditional" {
				fold = script.ToTraditional
			}
			t.Run(c.name+"/"+sc, func(t *testing.T) {
				doc, err := parse.Text(fold(cardPlan + c.text))
				require.NoError(t, err)
				require.NotNil(t, doc.Plan)
				require.Len(t, doc.Plan.Goals, 2)
				for _, code := range []string{model.ReasonTruncated, model.ReasonUnplaced} {
					_, ok := reasonOf(doc, code, "")
					assert.False(t, ok, "%s: %+v", code, doc.Quality.Reasons)
				}
				assert.False(t, doc.Quality.Review, "%+v", doc.Quality.Reasons)

				if c.printed {
					return
				}
				doc, err = parse.Text(fold(cut + c.text))
				require.NoError(t, err)
				_, ok := reasonOf(doc, model.ReasonTruncated, "")
				assert.True(t, ok, "cut in mid-sentence: %+v", doc.Quality.Reasons)
			})
		}
	}
}
