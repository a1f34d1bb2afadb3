package parse

import (
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// A small task table as a notice would attach it; the renderings below are
// the ways web pages and converters flatten it.
var renderingHeader = []string{"序号", "工作任务", "具体内容", "责任单位", "完成时限"}

var renderingRows = [][]string{
	{"1", "规范性文件公开", "集中公开现行有效的行政规范性文件，建立动态更新机制。", "县司法局牵头，县直各部门配合", "2022年6月底前"},
	{"2", "基层政务公开", "推进基层政务公开标准化规范化建设，编制公开事项目录。", "各乡镇人民政府", "2022年12月底前"},
	{"3", "政策解读", "加强政策解读，做到文件与解读材料同步发布。", "县政府办、县融媒体中心", "长期坚持"},
}

const renderingTitle = "某县2022年政务公开重点任务清单\n"

func renderTable(sep func(cells []string) string) string {
	var b strings.Builder
	b.WriteString(renderingTitle)
	b.WriteString(sep(renderingHeader))
	for _, r := range renderingRows {
		b.WriteString(sep(r))
	}
	return b.String()
}

func TestTableRenderingsAgree(t *testing.T) {
	renderings := map[string]string{
		"tabs": renderTable(func(c []string) string { return strings.Join(c, "\t") + "\n" }),
		"markdown pipes": func() string {
			s := renderTable(func(c []string) string { return "| " + strings.Join(c, " | ") + " |\n" })
			return strings.Replace(s, "完成时限 |\n", "完成时限 |\n|---|---|---|---|---|\n", 1)
		}(),
		"one cell per line":              renderTable(func(c []string) string { return strings.Join(c, "\n") + "\n" }),
		"one cell per line, blank lines": renderTable(func(c []string) string { return strings.Join(c, "\n\n") + "\n\n" }),
		"cells ending in pipes":          renderTable(func(c []string) string { return strings.Join(c, " |\n") + " |\n||\n" }),
		"rows run together with pipes": renderingTitle + strings.Join(renderingHeader, "|") + "|" + func() string {
			var parts []string
			for _, r := range renderingRows {
				parts = append(parts, strings.Join(r, "|"))
			}
			return strings.Join(parts, "|")
		}() + "\n",
	}
	type flat struct {
		Task, Title, Head, Deadline string
		Units                       []string
	}
	structure := func(doc *model.Document) []flat {
		var out []flat
		if doc.Plan == nil {
			return nil
		}
		for _, g := range doc.Plan.Goals {
			for _, tk := range g.Tasks {
				for _, it := range tk.Items {
					f := flat{Task: tk.No, Title: tk.Title, Head: string([]rune(it.Text)[:8]), Deadline: it.Deadline}
					for _, u := range it.Units {
						f.Units = append(f.Units, u.Name+"/"+string(u.Role))
					}
					out = append(out, f)
				}
			}
		}
		return out
	}
	want := []flat{
		{"1", "规范性文件公开", "集中公开现行有效", "2022年6月底前", []string{"县司法局/lead", "县直各部门/cooperate"}},
		{"2", "基层政务公开", "推进基层政务公开", "2022年12月底前", []string{"各乡镇人民政府/responsible"}},
		{"3", "政策解读", "加强政策解读，做", "长期坚持", []string{"县政府办/responsible", "县融媒体中心/responsible"}},
	}
	for name, text := range renderings {
		t.Run(name, func(t *testing.T) {
			doc, err := Text(text)
			require.NoError(t, err)
			assert.Equal(t, want, structure(doc), "rendering:\n%s", text)
		})
	}
}

// TestFilledDownCells: exports that fill merged cells down repeat the goal
// and task on every row; seed 000 must parse the same either way.
func TestFilledDownCells(t *testing.T) {
	raw, err := os.ReadFile("../testdata/seeds/000_baa0cee3830c2c78.txt")
	require.NoError(t, err)
	lines := strings.Split(string(raw), "\n")
	var goal, task string
	for i, l := range lines {
		cells := strings.Split(l, "\t")
		if len(cells) < 4 || cells[0] == "目标" {
			continue
		}
		if o, ok := ord.Read(strings.TrimPrefix(cells[0], "<p>")); ok && o.Style == ord.CnDun {
			goal = cells[0]
		} else if strings.TrimSpace(cells[0]) == "" && goal != "" && strings.TrimSpace(cells[2]) != "" {
			cells[0] = goal
		}
		if strings.TrimSpace(cells[1]) != "" {
			task = cells[1]
		} else if task != "" && strings.TrimSpace(cells[2]) != "" {
			cells[1] = task
		}
		lines[i] = strings.Join(cells, "\t")
	}
	filled := strings.Join(lines, "\n")
	require.NotEqual(t, string(raw), filled)

	summary := func(text string) []string {
		doc, err := Text(text)
		require.NoError(t, err)
		var out []string
		for _, g := range doc.Plan.Goals {
			out = append(out, "G"+g.No+g.Title)
			for _, tk := range g.Tasks {
				out = append(out, "T"+tk.No+tk.Title)
				for _, it := range tk.Items {
					us := ""
					for _, u := range it.Units {
						us += u.Name + "/" + string(u.Role) + " "
					}
					out = append(out, "I"+string([]rune(it.Text)[:10])+" "+us)
				}
			}
		}
		return out
	}
	assert.Equal(t, summary(string(raw)), summary(filled))
}
