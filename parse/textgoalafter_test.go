package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCellLinesEndAtTextsNextGoal: a table written one cell per line (no
// blank line between cells, as a word processor's text export gives it)
// that stands under the text's own 二、 heading ends where the text's 三、
// heading follows its last row: 三、 and 四、 are sections of the text, whose
// run-on tasks name no unit, not goal rows of the table inheriting the last
// row's unit cell. The table's header is known or not (整治项目 is no column
// name the reader knows), and the text around it comes in either script,
// with either bracket width and either line end.
func TestCellLinesEndAtTextsNextGoal(t *testing.T) {
	const prefix = "某镇2010年消防安全专项治理工作方案\n" +
		"一、指导思想\n坚持预防为主、防消结合，全面排查整治火灾隐患。\n" +
		"二、治理重点及责任分工\n"
	const suffix = "三、工作步骤\n" +
		"（一）宣传发动阶段（3月）。各村制定治理计划，召开动员会议，层层签订责任书。\n" +
		"（二）排查整治阶段（4月至8月）。对排查出的隐患逐一登记，限期整改到位。\n" +
		"四、工作要求\n各单位要于每月底前报送治理进展情况。\n"
	rows := func(task, content string) [][]string {
		return [][]string{
			{"序号", task, content, "责任单位", "完成时限"},
			{"1", "人员密集区域", "对商场、学校、敬老院开展消防安全检查，完善消防设施。", "镇安监办牵头，镇派出所、镇教办配合", "5月底"},
			{"2", "出租房屋", "清理出租房屋违规住人和电动车违规充电行为。", "各村民委员会", "7月底"},
			{"3", "农村火灾隐患", "整治柴草乱堆乱放，推进农村消防水源建设。", "镇农业服务中心负责", "8月底"},
		}
	}
	want := []string{
		"G 一 指导思想",
		"G 二 治理重点及责任分工",
		"  T 1 人员密集区域",
		"    I 对商场、学校、敬老院开展消防安全检查，完善消防设施。 | 5月底 | 镇安监办/lead、镇派出所/cooperate、镇教办/cooperate",
		"  T 2 出租房屋",
		"    I 清理出租房屋违规住人和电动车违规充电行为。 | 7月底 | 各村民委员会/responsible",
		"  T 3 农村火灾隐患",
		"    I 整治柴草乱堆乱放，推进农村消防水源建设。 | 8月底 | 镇农业服务中心/responsible",
		"G 三 工作步骤",
		"  T 一 宣传发动阶段(3月)",
		"    I 各村制定治理计划，召开动员会议，层层签订责任书。 |  | ",
		"  T 二 排查整治阶段(4月至8月)",
		"    I 对排查出的隐患逐一登记，限期整改到位。 |  | ",
		"G 四 工作要求",
	}
	cellLines := map[string]bool{"one cell per line": true, "one cell per line, each closed by a tab": true}
	for _, head := range [][2]string{{"整治项目", "整治内容"}, {"工作任务", "工作内容"}} {
		d := tableDoc{name: head[0], prefix: prefix, rows: rows(head[0], head[1]), heads: 1, suffix: suffix}
		n := 0
		for _, r := range layoutRenderings {
			if !cellLines[r.name] {
				continue
			}
			for _, tr := range transforms[:4] {
				text := d.text(r, tr)
				assert.Equal(t, want, treeOf(r.parse(t, text)), "%s/%s/%s:\n%s", d.name, r.name, tr.name, text)
				n++
			}
		}
		assert.Equal(t, 2*4, n, "%s: renderings compared", d.name)
	}
}
