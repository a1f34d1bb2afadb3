package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/eval"
	"github.com/zwgk/gongwen/segment"
)

// laterHead is a notice issuing a plan as 附件1; a later attachment
// (laterTails) follows it.
const laterHead = `某市人民政府办公室关于印发某市2023年政务公开工作要点等文件的通知

各区人民政府，市政府各部门：
现将有关文件印发给你们，请认真组织实施。

附件：1.某市2023年政务公开工作要点
2.见各附件

某市人民政府办公室
2023年2月20日

附件1

某市2023年政务公开工作要点

一、深化政策公开
（一）完善政策库。年内更新市级政策文件库。（责任单位：市司法局）
`

// TestLaterAttachmentPlans: a later attachment with a plan title of its
// own is a second plan whose goals follow the first plan's, in text order
// (what the notice's goals are); one that is a list going with the plan
// (联络员名单, 回执) is not a plan, whatever its rows look like. Each
// case is read plain, in traditional script, with CRLF line breaks and
// with U+3000 indents.
func TestLaterAttachmentPlans(t *testing.T) {
	tails := []struct {
		name, tail string
		goals      []string // the notice's goal titles, simplified
		plans      int      // len(AllPlans)
	}{
		{"second plan", "\n附件2\n\n某市2023年政务服务工作方案\n\n一、优化办事渠道\n（一）推行网上评价。各窗口设置评价码。（责任单位：市数据局）\n二、强化整改\n（一）闭环处置差评。差评3个工作日内回复。（市数据局牵头，各窗口单位配合）\n",
			[]string{"深化政策公开", "优化办事渠道", "强化整改"}, 2},
		{"second plan, 附件2 label with a colon", "\n附件2：\n某市2023年政务服务工作方案\n一、优化办事渠道\n（一）推行网上评价。各窗口设置评价码。（责任单位：市数据局）\n",
			[]string{"深化政策公开", "优化办事渠道"}, 2},
		{"second plan without a title", "\n附件2\n\n一、优化办事渠道\n（一）推行网上评价。各窗口设置评价码。（责任单位：市数据局）\n二、强化整改\n（一）闭环处置差评。差评3个工作日内回复。（市数据局牵头，各窗口单位配合）\n",
			[]string{"深化政策公开", "优化办事渠道", "强化整改"}, 2},
		{"contacts list", "\n附件2\n\n某市政务公开工作联络员名单\n\n单位\t姓名\t职务\t联系电话\n市司法局\t张某\t科长\t0000-1234567\n市数据局\t李某\t科员\t0000-7654321\n",
			[]string{"深化政策公开"}, 1},
		{"reply form", "\n附件2\n\n参会回执\n\n单位：\n姓名：\n职务：\n联系电话：\n",
			[]string{"深化政策公开"}, 1},
	}
	indent := transform{"ideographic indent", func(s string) string { return strings.ReplaceAll(s, "\n（", "\n\u3000\u3000（") }}
	for _, tc := range tails {
		for _, tr := range append(scriptsAndBreaks[:len(scriptsAndBreaks):len(scriptsAndBreaks)], indent) {
			t.Run(tc.name+"/"+tr.name, func(t *testing.T) {
				doc := mustText(t, tr.apply(laterHead+tc.tail))
				assert.Len(t, doc.AllPlans(), tc.plans)
				g := eval.FromDocument(doc)
				var got []string
				for _, goal := range g.Goals {
					got = append(got, segment.ToSimplified(goal.Title))
				}
				assert.Equal(t, tc.goals, got)
				require.NotNil(t, g.Meta.PlanTitle)
				assert.Equal(t, "某市2023年政务公开工作要点", segment.ToSimplified(*g.Meta.PlanTitle), "plan_title is the first plan's")
			})
		}
	}
}
