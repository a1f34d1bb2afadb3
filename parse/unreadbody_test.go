package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

// unreadBodyWarned reports whether doc carries unreadBody's warning.
func unreadBodyWarned(doc *model.Document) bool {
	for _, w := range doc.Warnings {
		if w.Code == model.WarnUnplaced && strings.Contains(w.Message, "own headings") {
			return true
		}
	}
	return false
}

// TestUnreadBodyFlagged: a 实施意见 that is itself the plan (一、/（一）
// in its body, nothing issued) with a 任务分工 appendix after its
// signature has its appendix read as the plan; the body left out must be
// said, and sent for review, in every rendering (title on one line or
// two, appendix as lines or a tab table, either script, brackets, CRLF).
// A notice that issues a plan and numbers its own requirements is not
// warned.
func TestUnreadBodyFlagged(t *testing.T) {
	body := "各镇人民政府，县直各部门：\n\n为推进政务公开工作，提出如下实施意见。\n\n一、总体要求\n到2020年政务公开迈上新台阶。\n\n二、主要任务\n" +
		"（一）推进决策公开。重大决策前公开征求意见。\n（二）推进结果公开。公开重大政策落实情况。\n\n三、保障措施\n将政务公开纳入绩效考核。\n\n某县人民政府\n2017年3月20日\n\n附件\n\n某县政务公开重点任务分工\n\n"
	titles := []string{"某县人民政府关于全面推进政务公开工作的实施意见\n\n", "某县人民政府\n关于全面推进政务公开工作的实施意见\n\n"}
	appendices := []string{
		"1. 推进决策公开，公开重大决策事项目录。 责任单位：县政府办公室\n2. 推进结果公开，建立落实情况反馈制度。 牵头单位：县政府督查室；配合单位：县直各部门\n",
		"序号\t任务\t责任单位\n1\t推进决策公开，公开重大决策事项目录。\t县政府办公室\n2\t推进结果公开，建立落实情况反馈制度。\t县政府督查室\n",
	}
	n := 0
	for ti, title := range titles {
		for ai, app := range appendices {
			for _, tr := range transforms[:4] {
				name := fmt.Sprintf("title %d appendix %d %s", ti, ai, tr.name)
				doc := mustText(t, tr.apply("某县人民政府文件\n\n某政发〔2017〕6号\n\n"+title+body+app))
				assert.True(t, unreadBodyWarned(doc), name)
				assert.True(t, doc.Quality.Review, name)
				n++
			}
		}
	}
	t.Logf("%d renderings", n)
	issuing := "某县人民政府办公室关于印发某县2017年政务公开工作要点的通知\n\n各镇人民政府：\n\n现将《某县2017年政务公开工作要点》印发给你们，并提出如下要求。\n\n一、提高认识\n各单位要高度重视。\n\n二、抓好落实\n（一）明确责任。落实专人负责。\n\n某县人民政府办公室\n2017年3月20日\n\n某县2017年政务公开工作要点\n\n一、重点任务\n（一）推进决策公开。公开决策目录。（责任单位：县政府办公室）\n"
	assert.False(t, unreadBodyWarned(mustText(t, issuing)))
}
