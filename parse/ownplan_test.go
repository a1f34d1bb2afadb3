package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/segment"
)

// planOutline gives each goal of doc's plans, in text order, as its
// ordinal and the units of each of its tasks: 二 [0 0] is a goal 二 with
// two tasks naming no unit.
func planOutline(doc *model.Document) []string {
	var out []string
	for _, p := range doc.AllPlans() {
		for _, g := range p.Goals {
			var units []string
			for _, tk := range g.Tasks {
				n := 0
				for _, it := range tk.Items {
					n += len(it.Units)
				}
				units = append(units, fmt.Sprint(n))
			}
			out = append(out, segment.ToSimplified(g.No)+" ["+strings.Join(units, " ")+"]")
		}
	}
	return out
}

// TestOwnPlanWithAppendix: a 实施意见 that is itself the plan (一、/（一）
// in its body, nothing issued) with a 任务分工 appendix after its
// signature is read as its body's goals and tasks, titled by its own
// title, then the appendix's tasks under a goal without ordinal; nothing
// is said to be left unread. So in every rendering: title on one line or
// two, appendix as lines or a tab table, either script, brackets, CRLF.
// A notice that issues a plan and numbers its own requirements is read
// as the plan it issues.
func TestOwnPlanWithAppendix(t *testing.T) {
	body := "各镇人民政府，县直各部门：\n\n为推进政务公开工作，提出如下实施意见。\n\n一、总体要求\n到2020年政务公开迈上新台阶。\n\n二、主要任务\n" +
		"（一）推进决策公开。重大决策前公开征求意见。\n（二）推进结果公开。公开重大政策落实情况。\n\n三、保障措施\n将政务公开纳入绩效考核。\n\n某县人民政府\n2017年3月20日\n\n附件\n\n某县政务公开重点任务分工\n\n"
	titles := []string{"某县人民政府关于全面推进政务公开工作的实施意见\n\n", "某县人民政府\n关于全面推进政务公开工作的实施意见\n\n"}
	appendices := []string{
		"1. 推进决策公开，公开重大决策事项目录。 责任单位：县政府办公室\n2. 推进结果公开，建立落实情况反馈制度。 牵头单位：县政府督查室；配合单位：县直各部门\n",
		"序号\t任务\t责任单位\n1\t推进决策公开，公开重大决策事项目录。\t县政府办公室\n2\t推进结果公开，建立落实情况反馈制度。\t县政府督查室、县直各部门\n",
	}
	want := []string{"一 []", "二 [0 0]", "三 []", " [1 2]"}
	n := 0
	for ti, title := range titles {
		for ai, app := range appendices {
			for _, tr := range transforms[:4] {
				name := fmt.Sprintf("title %d appendix %d %s", ti, ai, tr.name)
				doc := mustText(t, tr.apply("某县人民政府文件\n\n某政发〔2017〕6号\n\n"+title+body+app))
				assert.Equal(t, want, planOutline(doc), name)
				require.NotNil(t, doc.Plan.Title, name)
				assert.Equal(t, "某县人民政府关于全面推进政务公开工作的实施意见", segment.ToSimplified(doc.Plan.Title.Value), name)
				for _, w := range doc.Warnings {
					assert.NotEqual(t, model.WarnUnplaced, w.Code, "%s: %s", name, w.Message)
				}
				n++
			}
		}
	}
	t.Logf("%d renderings", n)
	issuing := "某县人民政府办公室关于印发某县2017年政务公开工作要点的通知\n\n各镇人民政府：\n\n现将《某县2017年政务公开工作要点》印发给你们，并提出如下要求。\n\n一、提高认识\n各单位要高度重视。\n\n二、抓好落实\n（一）明确责任。落实专人负责。\n\n某县人民政府办公室\n2017年3月20日\n\n某县2017年政务公开工作要点\n\n一、重点任务\n（一）推进决策公开。公开决策目录。（责任单位：县政府办公室）\n"
	assert.Equal(t, []string{"一 [1]"}, planOutline(mustText(t, issuing)))
}
