package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// formRows renders a form to fill in (header row, then rows holding only a
// 序号 or nothing) with the cell separator sep, outer bars when outer, and
// a blank line between rows when spaced.
func formRows(header []string, rows int, numbered bool, sep string, outer, spaced bool) string {
	all := [][]string{header}
	for i := 1; i <= rows; i++ {
		cells := make([]string, len(header))
		if numbered {
			cells[0] = fmt.Sprint(i)
		}
		all = append(all, cells)
	}
	return renderRows(all, sep, outer, spaced)
}

// TestBlankFormBeforePlan: a 填报表 attached first — a table whose columns
// name a task table's (工作任务, 责任单位) but whose rows hold only their
// 序号 — is no plan: the plan is the later attachment the notice names, in
// every rendering of the form (tabs, pipes with and without outer bars,
// blank lines between rows, rows numbered or not, either script). A form
// whose first row is filled in is a table of the plan and keeps the region;
// a notice whose only attachment is a blank form has no tree.
func TestBlankFormBeforePlan(t *testing.T) {
	const notice = "某区人民政府办公室\n\n某政办发〔2024〕9号\n\n某区人民政府办公室关于印发某区2024年政务公开工作方案的通知\n\n各街道办事处，区直各部门：\n\n" +
		"现将《某区2024年政务公开工作方案》印发给你们，请每季度末填写附件1报区政府办公室。\n\n附件：1.工作落实情况填报表\n2.某区2024年政务公开工作方案\n\n某区人民政府办公室\n2024年3月15日\n\n附件1\n\n工作落实情况填报表\n\n填报单位（盖章）：　　　　填报时间：\n\n"
	const plan = "\n填报人：　　　联系电话：\n\n附件2\n\n某区2024年政务公开工作方案\n\n一、重点任务\n（一）深化重点领域公开。及时公开重大项目信息。（责任单位：区发改局）\n（二）提升解读质量。同步发布解读材料。（牵头单位：区政府办公室；配合单位：区司法局）\n"
	want := []string{"G 一 重点任务",
		"  T 一 深化重点领域公开", "    I 及时公开重大项目信息。 |  | 区发改局/responsible",
		"  T 二 提升解读质量", "    I 同步发布解读材料。 |  | 区政府办公室/lead、区司法局/cooperate"}
	headers := [][]string{
		{"序号", "工作任务", "责任单位", "完成情况", "存在问题"},
		{"序号", "重点任务", "牵头单位", "配合单位", "进展情况", "备注"},
	}
	n := 0
	for _, header := range headers {
		for _, sep := range []string{"\t", " | ", "|"} {
			for _, outer := range []bool{false, true} {
				if sep == "\t" && outer {
					continue
				}
				for _, spaced := range []bool{false, true} {
					for _, numbered := range []bool{true, false} {
						if !numbered && sep == "\t" {
							continue // a line of tabs alone is a blank line
						}
						form := formRows(header, 3, numbered, sep, outer, spaced)
						for _, tr := range transforms[:4] {
							name := fmt.Sprintf("%s sep%q outer=%v spaced=%v numbered=%v %s", header[1], sep, outer, spaced, numbered, tr.name)
							doc := mustText(t, tr.apply(notice+form+plan))
							require.NotNil(t, doc.Plan, name)
							assert.Equal(t, want, treeOf(doc), name)
							require.NotNil(t, doc.Plan.Title, name)
							assert.Equal(t, tr.apply("某区2024年政务公开工作方案"), doc.Plan.Title.Value, name)
							n++
						}
					}
				}
			}
		}
	}
	t.Logf("%d renderings", n)
	// A notice whose only attachment is such a form issues no plan: no
	// heading, no task.
	for _, form := range []string{formRows(headers[0], 3, true, "\t", false, false), formRows(headers[1], 4, false, " | ", true, true)} {
		doc := mustText(t, strings.Replace(notice, "附件：1.工作落实情况填报表\n2.某区2024年政务公开工作方案", "附件：工作落实情况填报表", 1)+form+"\n填报人：　　　联系电话：\n")
		assert.Equal(t, model.KindNotice, doc.Kind)
		assert.Empty(t, treeOf(doc))
	}
	// A first attachment whose rows are filled in is the plan's table.
	filled := "序号\t工作任务\t责任单位\n1\t公开惠企政策清单。\t区发改局\n2\t\t\n"
	doc := mustText(t, notice+filled+plan)
	require.NotNil(t, doc.Plan)
	assert.Contains(t, treeOf(doc), "  T 1 公开惠企政策清单")
}
