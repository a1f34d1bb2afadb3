package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// TestResponsibleAndScheduleColumns: a 分工 table names its unit column by
// a word beyond the label heads (负责单位, 具体负责部门, 包联单位, as the
// State Council's 部门分工 tables and a town's 包联 lists do) and its
// deadline column as a schedule (时间进度, 时间安排). Each reads to the
// same tree as the table headed 责任单位 / 完成时限 — the deadline kept
// on the item, X牵头 / Y参与 and bare lists by their roles — with no
// guessed column, in both scripts, as tab and pipe rows.
func TestResponsibleAndScheduleColumns(t *testing.T) {
	rows := [][]string{
		{"1", "编制政务服务事项目录并向社会公布", "某某市政务服务管理局牵头，市直各有关部门参与", "2024年6月底前"},
		{"2", "推进电子证照在窗口办事中的应用", "某某市数据资源局、市公安局", "2024年9月底前"},
		{"3", "开展政务服务好差评情况季度通报", "某某市政务服务管理局负责", "每季度"},
	}
	table := func(header []string, sep string) string {
		var b strings.Builder
		b.WriteString(strings.Join(header, sep) + "\n")
		for _, r := range rows {
			b.WriteString(strings.Join(r, sep) + "\n")
		}
		return b.String()
	}
	plain := table([]string{"序号", "工作任务", "责任单位", "完成时限"}, "\t")
	want, err := Text(outHead + plain)
	require.NoError(t, err)
	require.Len(t, want.Plan.Goals, 1)
	require.Len(t, want.Plan.Goals[0].Tasks, 3)
	first := want.Plan.Goals[0].Tasks[0].Items[0]
	require.Equal(t, "2024年6月底前", first.Deadline)
	require.Equal(t, model.RoleParticipate, first.Units[1].Role)
	require.Equal(t, model.RoleResponsible, want.Plan.Goals[0].Tasks[1].Items[0].Units[0].Role)
	for _, header := range [][]string{
		{"序号", "工作任务", "负责单位", "时间进度"},
		{"序号", "工作任务", "负责部门", "完成时限"},
		{"序号", "工作任务", "具体负责单位", "时间安排"},
		{"序号", "工作任务", "包联单位", "时间进度"},
		{"序号", "工作任务", "责任单位", "时间进度"},
	} {
		for _, sep := range []string{"\t", " | "} {
			for _, sc := range []func(string) string{func(s string) string { return s }, toTraditional} {
				text := table(header, sep)
				doc, err := Text(sc(outHead + text))
				require.NoError(t, err)
				ref, err := Text(sc(outHead + plain))
				require.NoError(t, err)
				assert.Equal(t, treeOf(ref), treeOf(doc), text)
				assert.NotContains(t, reasonCodes(doc), model.ReasonGuessedColumns, text)
			}
		}
	}
}
