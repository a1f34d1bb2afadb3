package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

// TestSingleDunLevelWithUnitsNoDoubt: a notice whose only numbering is
// 一、…, each section closed by its unit clause, reads its sections as
// tasks under one empty goal by convention (a 纪要's decisions, a notice's
// numbered measures); 一、 is the highest numbering under a title, so no
// level can lie above it outside the text, and single_style is not
// reported — whatever the clause form, the script, the line breaks.
// The same sections without units (prose goals), or （一） entries alone,
// still report it.
func TestSingleDunLevelWithUnitsNoDoubt(t *testing.T) {
	const head = "某市人民政府办公室关于进一步支持创业就业的通知\n某政办发〔2025〕8号\n各区人民政府，市政府各部门：\n为稳定和扩大就业，现就有关事项通知如下：\n"
	const tail = "某市人民政府办公室\n2025年3月10日\n"
	clauses := [][3]string{
		{"（市人力资源社会保障局负责）", "（市财政局牵头，市税务局配合）", "（各区人民政府负责）"},
		{"（责任单位：市人力资源社会保障局）", "（牵头单位：市财政局；配合单位：市税务局）", "（责任单位：各区人民政府）"},
	}
	body := func(num func(i int) string, cl [3]string) string {
		s := []string{
			num(0) + "对吸纳就业困难人员的企业，给予一次性补贴。" + cl[0],
			num(1) + "对符合条件的创业者，提供担保贷款贴息。" + cl[1],
			num(2) + "对开展职业培训的机构，按培训人数给予奖补。" + cl[2],
		}
		return strings.Join(s, "\n") + "\n"
	}
	dun := func(i int) string { return []string{"一、", "二、", "三、"}[i] }
	paren := func(i int) string { return []string{"（一）", "（二）", "（三）"}[i] }
	for ci, cl := range clauses {
		for _, tr := range scriptsAndBreaks {
			t.Run(fmt.Sprintf("%d/%s", ci, tr.name), func(t *testing.T) {
				doc := mustText(t, tr.apply(head+body(dun, cl)+tail))
				got := withoutPreamble(treeLines(t, tr.apply(head+body(dun, cl)+tail)))
				assert.Len(t, got, 7, "%q", got) // one empty goal, three tasks, three items
				assert.NotContains(t, strings.Fields(reasonCodes(doc)), model.ReasonSingleStyle, "%+v", doc.Quality.Reasons)
			})
		}
	}
	t.Run("（一） entries alone still report it", func(t *testing.T) {
		doc := mustText(t, head+body(paren, clauses[0])+tail)
		assert.Contains(t, strings.Fields(reasonCodes(doc)), model.ReasonSingleStyle)
	})
	t.Run("一、 sections without units still report it", func(t *testing.T) {
		doc := mustText(t, "某市2025年就业工作实施方案\n一、总体目标\n全年新增城镇就业5万人。\n二、重点任务\n扩大就业岗位供给，稳定重点群体就业。\n三、保障措施\n加强组织领导，强化督促检查。\n")
		assert.Contains(t, strings.Fields(reasonCodes(doc)), model.ReasonSingleStyle)
	})
}
