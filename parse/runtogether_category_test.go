package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRunTogetherCategoryBeforeSeq: a task table run together on one pipe
// line whose merged 类别 column stands left of 序号, its cell written on
// each group's first row only, gives one goal per group, whatever the
// group names and column names, in either script.
func TestRunTogetherCategoryBeforeSeq(t *testing.T) {
	for _, head := range []string{"类别|序号|工作任务|责任单位|完成时限", "领域|序号|重点任务|牵头单位|完成时间"} {
		for _, groups := range [][2]string{{"扩内需", "优服务"}, {"强产业", "保民生"}} {
			role := "responsible"
			if strings.Contains(head, "牵头") {
				role = "lead"
			}
			text := "某县人民政府办公室关于印发2024年重点工作责任分工的通知\n各乡镇人民政府，县直各部门：\n现将《2024年重点工作责任分工》印发给你们，请认真贯彻落实。\n某县人民政府办公室\n2024年2月1日\n\n2024年重点工作责任分工\n\n" +
				head + "|" + groups[0] + "|1|全年新开工重点项目五十个以上。|县发展改革局|2024年12月底|2|推进工业技改项目二十个。|县工业和信息化局|持续推进|" +
				groups[1] + "|3|新建农贸市场两个，改造社区菜店十个。|县商务局|2024年9月底\n"
			want := []string{
				"G  " + groups[0],
				"  T 1 全年新开工重点项目五十个以上",
				"    I 全年新开工重点项目五十个以上。 | 2024年12月底 | 县发展改革局/" + role,
				"  T 2 推进工业技改项目二十个",
				"    I 推进工业技改项目二十个。 | 持续推进 | 县工业和信息化局/" + role,
				"G  " + groups[1],
				"  T 3 新建农贸市场两个，改造社区菜店十个",
				"    I 新建农贸市场两个，改造社区菜店十个。 | 2024年9月底 | 县商务局/" + role,
			}
			for _, tr := range []func(string) string{func(s string) string { return s }, toTraditional} {
				assert.Equal(t, want, treeOf(mustText(t, tr(text))), "%s", tr(text))
			}
		}
	}
}
