package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTakePartWord: 参加 (take part) gives its units the role 参与 gives,
// participate — as a column name of a tab, pipe or one-cell-per-line table
// and as a unit label, known by name (参加部门, 参加单位) or by its head
// (参加处室), and as the verb closing a unit clause (X牵头，Y、Z参加) — in
// both scripts.
func TestTakePartWord(t *testing.T) {
	const notice = "某部办公厅关于印发2010年重点工作部门分工的通知\n各司局：\n现将《2010年重点工作部门分工》印发给你们，请认真落实。\n某部办公厅\n2010年4月22日\n\n2010年重点工作部门分工\n\n"
	want := [][]string{
		{"水利司:lead", "财政司:participate", "卫生司:participate"},
		{"规划司:lead", "法规司:lead", "监督司:participate"},
	}
	rows := [][]string{
		{"1", "年内解决农村人口的饮水安全问题。", "水利司", "财政司、卫生司"},
		{"2", "加强工程质量监督，严格执行项目法人制。", "规划司、法规司", "监督司"},
	}
	bodies := map[string]func(label string) string{
		"tab": func(label string) string {
			var b strings.Builder
			b.WriteString("序号\t工作任务\t牵头" + strings.TrimPrefix(label, "参加") + "\t" + label + "\n")
			for _, r := range rows {
				b.WriteString(strings.Join(r, "\t") + "\n")
			}
			return b.String()
		},
		"pipe": func(label string) string {
			var b strings.Builder
			b.WriteString("| 序号 | 工作任务 | 牵头" + strings.TrimPrefix(label, "参加") + " | " + label + " |\n| --- | --- | --- | --- |\n")
			for _, r := range rows {
				b.WriteString("| " + strings.Join(r, " | ") + " |\n")
			}
			return b.String()
		},
		"cells per line": func(label string) string {
			var b strings.Builder
			b.WriteString("序号\n工作任务\n牵头" + strings.TrimPrefix(label, "参加") + "\n" + label + "\n")
			for _, r := range rows {
				b.WriteString(strings.Join(r, "\n") + "\n")
			}
			return b.String()
		},
		"labels": func(label string) string {
			var b strings.Builder
			b.WriteString("一、工程建设\n")
			for i, r := range rows {
				b.WriteString([]string{"（一）", "（二）"}[i] + r[1] + "\n牵头" + strings.TrimPrefix(label, "参加") + "：" + r[2] + "\n" + label + "：" + r[3] + "\n")
			}
			return b.String()
		},
		"clauses": func(string) string {
			var b strings.Builder
			b.WriteString("一、工程建设\n")
			for i, r := range rows {
				b.WriteString([]string{"（一）", "（二）"}[i] + r[1] + "（" + r[2] + "牵头，" + r[3] + "参加）\n")
			}
			return b.String()
		},
	}
	for name, body := range bodies {
		for _, label := range []string{"参加部门", "参加单位", "参加处室"} {
			for _, trad := range []bool{false, true} {
				text := notice + body(label)
				w := want
				if trad {
					text = toTraditional(text)
					w = nil
					for _, us := range want {
						var tu []string
						for _, u := range us {
							tu = append(tu, toTraditional(u))
						}
						w = append(w, tu)
					}
				}
				assert.Equal(t, w, rolesOf(t, text), "%s %s trad %v", name, label, trad)
			}
		}
	}
}

// TestTakePartInSentence: 参加 in an item's own sentence, before the
// item's unit bracket, is no unit clause.
func TestTakePartInSentence(t *testing.T) {
	text := "某县2021年法治政府建设工作要点\n一、严格规范执法\n（一）加强执法人员培训。组织执法人员参加法律知识培训不少于40学时。（县司法局负责）\n（二）推进执法公示。全面公开执法信息。（县司法局牵头，各执法部门参与）\n"
	doc, err := Text(text)
	require.NoError(t, err)
	require.NotNil(t, doc.Plan)
	assert.Equal(t, [][]string{{"县司法局:responsible"}, {"县司法局:lead", "各执法部门:participate"}}, rolesOf(t, text))
}
