package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// TestQualifiedAndProgressColumns: a 责任清单 or 督查通报 table names its
// columns in ways the word list does not hold — a name read by its key
// words with a qualifier after it (配合科室（单位）, 協辦處室(單位)), a
// column saying how far a task got or why it lags (推进情况, 完成进度,
// 是否完成, 未完成原因, 滞后原因) or what each phase
// of a plan reaches (第一阶段（2021年）) — and reads to the same tree as
// the table with the plain names and without those columns, with no
// guessed column, in both scripts, as tab and pipe rows.
func TestQualifiedAndProgressColumns(t *testing.T) {
	rows := [][]string{
		{"1", "推进紧密型医共体建设", "体制改革科", "医政科、财务科", "2021年12月", "完成60%", "部分县市区方案未出台", "完成试点"},
		{"2", "完成疾控中心迁建主体工程", "规划信息科", "疾控科", "2021年10月", "未完成", "施工许可办理滞后，疾控科正协调", "开工建设"},
		{"3", "开展依法执业专项检查", "综合监督科", "监督执法支队", "2021年9月", "已完成", "无", "全面检查"},
	}
	table := func(header []string, cols []int, sep string) string {
		var b strings.Builder
		b.WriteString(strings.Join(header, sep) + "\n")
		for _, r := range rows {
			var cells []string
			for _, c := range cols {
				cells = append(cells, r[c])
			}
			b.WriteString(strings.Join(cells, sep) + "\n")
		}
		return b.String()
	}
	plain := table([]string{"序号", "重点工作", "牵头科室", "配合单位", "完成时限"}, []int{0, 1, 2, 3, 4}, "\t")
	want, err := Text(outHead + plain)
	require.NoError(t, err)
	require.Len(t, want.Plan.Goals, 1)
	require.Len(t, want.Plan.Goals[0].Tasks, 3)
	require.Equal(t, model.RoleCooperate, want.Plan.Goals[0].Tasks[0].Items[0].Units[1].Role)
	for _, c := range []struct {
		header []string
		cols   []int
	}{
		{[]string{"序号", "重点工作", "牵头科室", "配合科室（单位）", "完成时限"}, []int{0, 1, 2, 3, 4}},
		{[]string{"序号", "重点工作", "牵头科室", "协办处室(单位)", "完成时限"}, []int{0, 1, 2, 3, 4}},
		{[]string{"序号", "重点工作", "牵头科室", "配合单位", "完成情况", "未完成原因"}, []int{0, 1, 2, 3, 5, 6}},
		{[]string{"序号", "重点工作", "牵头科室", "配合科室（单位）", "滞后原因", "完成时限"}, []int{0, 1, 2, 3, 6, 4}},
		{[]string{"序号", "重点工作", "第一阶段（2021年）", "牵头科室", "配合单位"}, []int{0, 1, 7, 2, 3}},
		{[]string{"序号", "重点工作", "牵头科室", "配合单位", "推进情况"}, []int{0, 1, 2, 3, 6}},
		{[]string{"序号", "重点工作", "牵头科室", "配合单位", "落实情况（截至6月底）"}, []int{0, 1, 2, 3, 6}},
		{[]string{"序号", "重点工作", "牵头科室", "配合单位", "完成进度", "是否完成"}, []int{0, 1, 2, 3, 6, 5}},
	} {
		for _, sep := range []string{"\t", " | "} {
			for _, sc := range []func(string) string{func(s string) string { return s }, toTraditional} {
				text := table(c.header, c.cols, sep)
				doc, err := Text(sc(outHead + text))
				require.NoError(t, err)
				ref, err := Text(sc(outHead + plain))
				require.NoError(t, err)
				assert.Equal(t, treeWithoutDeadlines(ref), treeWithoutDeadlines(doc), text)
				assert.NotContains(t, reasonCodes(doc), model.ReasonGuessedColumns, text)
			}
		}
	}
}

// treeWithoutDeadlines is treeOf with each item's deadline left out, for
// tables that differ in their deadline column only.
func treeWithoutDeadlines(doc *model.Document) []string {
	var out []string
	for _, l := range treeOf(doc) {
		if i := strings.Index(l, " | "); i >= 0 && strings.HasPrefix(strings.TrimSpace(l), "I ") {
			rest := l[i+3:]
			if j := strings.Index(rest, " | "); j >= 0 {
				l = l[:i] + " | " + rest[j+3:]
			}
		}
		out = append(out, l)
	}
	return out
}
