package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSectionAfterCellLines: a table a web page gave one cell per line,
// blank lines between the cells, followed by the text's next section
// whose heading and run-on tasks stand on lines with no blank line
// between them (三、有关要求 / （一）… / （二）…): the section is no cell of
// the table's last row, and its tasks are read, in both scripts, under
// either table header, with a 四、 heading in the run or not.
func TestSectionAfterCellLines(t *testing.T) {
	rows := [][]string{
		{"1", "完成城区供热管网改造12公里", "县住建局、县热力公司", "完成7.5公里", "部分路段涉及拆迁"},
		{"2", "完成农村改厕1.2万户", "县农业农村局", "完成0.86万户", "群众参与度不高"},
	}
	section := "三、有关要求\n" +
		"（一）强化责任落实。各责任单位要认真分析原因，制定整改措施。\n" +
		"（二）严格督查问责。县政府督查室将实行跟踪督办。\n"
	for _, header := range [][]string{
		{"序号", "重点工作", "责任单位", "完成情况", "未完成原因"},
		{"序号", "重点工作", "责任单位", "推进情况", "滞后原因"},
	} {
		for _, tail := range []string{"", "四、其他事项\n（一）本通报抄送县委督查室。\n"} {
			for _, sc := range []func(string) string{func(s string) string { return s }, toTraditional} {
				var b strings.Builder
				b.WriteString(outHead + "一、总体情况\n45项重点工作中，未完成2项。\n二、未完成的重点工作\n")
				b.WriteString(strings.Join(header, "\n\n") + "\n\n")
				for _, r := range rows {
					b.WriteString(strings.Join(r, "\n\n") + "\n\n")
				}
				b.WriteString(section + tail)
				doc, err := Text(sc(b.String()))
				require.NoError(t, err)
				require.NotNil(t, doc.Plan)
				goals := doc.Plan.Goals
				want := 3
				if tail != "" {
					want = 4
				}
				require.Len(t, goals, want, sc(b.String()))
				assert.Len(t, goals[1].Tasks, 2, "the table's rows")
				require.Len(t, goals[2].Tasks, 2, "the section's tasks")
				assert.Equal(t, sc("强化责任落实"), goals[2].Tasks[0].Title)
				assert.Equal(t, sc("严格督查问责"), goals[2].Tasks[1].Title)
				if tail != "" {
					assert.Len(t, goals[3].Tasks, 1)
				}
			}
		}
	}
}
