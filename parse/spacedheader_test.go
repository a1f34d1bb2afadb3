package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSpacedHeaderNotPlanTitle: a task table flattened with spaces right
// under the notice's body, no plan title above it, is read as the plan's
// table: its line of column names (a task column named …事项 among them)
// is no plan title, whatever the column order, in either script.
func TestSpacedHeaderNotPlanTitle(t *testing.T) {
	notice := "某县人民政府办公室关于开展重点工作专项督查的通知\n各乡镇人民政府，县政府各部门：\n" +
		"经县人民政府同意，现将督查有关事项通知如下：\n"
	tables := []struct {
		name string
		rows []string
		want []string
	}{
		{"task column named …事项", []string{
			"序号 督查事项 责任单位 完成时限",
			"1 完成城区供水管网改造工程。 县水利局（牵头），县住建局 2024年9月底",
			"2 新建乡镇污水处理站三座。 县生态环境分局 2024年11月底",
		}, []string{
			"G  ",
			"  T 1 完成城区供水管网改造工程",
			"    I 完成城区供水管网改造工程。 | 2024年9月底 | 县水利局/lead、县住建局/responsible",
			"  T 2 新建乡镇污水处理站三座",
			"    I 新建乡镇污水处理站三座。 | 2024年11月底 | 县生态环境分局/responsible",
		}},
		{"units before the task, cooperating units last", []string{
			"序号 牵头单位 工作任务 完成时限 配合单位",
			"1 县财政局 公开县级部门预决算。 2024年9月底前 县级各预算单位",
			"2 县政府办 规范政府网站信息发布。 持续推进 县直各部门",
		}, []string{
			"G  ",
			"  T 1 公开县级部门预决算",
			"    I 公开县级部门预决算。 | 2024年9月底前 | 县财政局/lead、县级各预算单位/cooperate",
			"  T 2 规范政府网站信息发布",
			"    I 规范政府网站信息发布。 | 持续推进 | 县政府办/lead、县直各部门/cooperate",
		}},
	}
	// The table under the body, or attached after the signature under
	// its title.
	places := []struct{ before, after string }{
		{notice, "某县人民政府办公室\n2024年5月6日\n"},
		{notice + "附件：2024年重点工作专项督查清单\n某县人民政府办公室\n2024年5月6日\n附件\n2024年重点工作专项督查清单\n", ""},
	}
	for _, tt := range tables {
		for _, p := range places {
			for _, tr := range []func(string) string{func(s string) string { return s }, toTraditional} {
				text := tr(p.before + strings.Join(tt.rows, "\n") + "\n" + p.after)
				doc := mustText(t, text)
				require.NotNil(t, doc.Plan, "%s:\n%s", tt.name, text)
				if doc.Plan.Title != nil {
					assert.NotContains(t, doc.Plan.Title.Value, "序号", "%s: the header is no title", tt.name)
				}
				assert.Equal(t, tt.want, treeOf(doc), "%s:\n%s", tt.name, text)
			}
		}
	}
}
