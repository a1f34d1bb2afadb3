package parse

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/segment"
)

// planDoc is a hand-built document in the shape the core parser produces,
// so the keyword stage is tested on its own.
func planDoc() *model.Document {
	return &model.Document{
		Kind: model.KindWorkPlan,
		Meta: model.Meta{Title: &model.Field{Value: "青川市近期政務公開工作要點"}},
		Plan: &model.Plan{Goals: []model.Goal{{
			No: "一", Title: "以政務公開助力民生服務提質",
			Tasks: []model.Task{
				{No: "一", Title: "加強政策發布，推進惠民政策公開透明", Items: []model.Item{
					{Text: "及時發布城鄉建設的年度計劃、補貼政策、民生項目等，加強政策解讀。", Units: []model.Unit{
						{Name: "發改委", Role: model.RoleLead}, {Name: "財政局", Role: model.RoleLead}}},
					{Text: "及時公布職業技能培訓的補貼標準，并說明申領辦法。", Units: []model.Unit{
						{Name: "人社局", Role: model.RoleLead}, {Name: "市有關部門", Role: model.RoleResponsible}}},
				}},
				{No: "二", Title: "推進“雙隨機、一公開”監管", Items: []model.Item{
					{Text: "全面推行“雙隨機、一公開”監管，公開抽查結果。", Units: []model.Unit{
						{Name: "市場監管局", Role: model.RoleLead}}},
				}},
			},
		}}},
	}
}

func TestWithKeywords(t *testing.T) {
	for _, n := range []int{0, -3} {
		c := newConfig([]Option{WithKeywords(n)})
		assert.Equal(t, 10, c.kw.n)
	}
	assert.Equal(t, 3, newConfig([]Option{WithKeywords(3)}).kw.n)
	assert.Zero(t, newConfig(nil).kw.n)
}

func TestApplyKeywordsOffByDefault(t *testing.T) {
	doc := planDoc()
	applyKeywords(doc, newConfig(nil))
	assert.Empty(t, doc.Keywords)
	for _, task := range doc.Plan.Goals[0].Tasks {
		assert.Empty(t, task.Keywords)
		for _, it := range task.Items {
			for _, u := range it.Units {
				assert.Empty(t, u.Canonical)
				assert.False(t, u.Generic)
			}
		}
	}
}

func TestApplyKeywordsFillsPlan(t *testing.T) {
	doc := planDoc()
	applyKeywords(doc, newConfig([]Option{WithKeywords(3)}))
	require.NotEmpty(t, doc.Keywords)
	assert.LessOrEqual(t, len(doc.Keywords), 3)
	terms := func(kws []model.Keyword) []string {
		var out []string
		for _, k := range kws {
			out = append(out, k.Term)
		}
		return out
	}
	assert.Contains(t, terms(doc.Keywords), "政務公開", "keywords in the document's own script")
	tasks := doc.Plan.Goals[0].Tasks
	assert.Contains(t, terms(tasks[1].Keywords), "雙隨機、一公開")
	for _, task := range tasks {
		assert.NotEmpty(t, task.Keywords, task.Title)
	}
	units := tasks[0].Items[0].Units
	assert.Equal(t, "发展和改革委员会", units[0].Canonical)
	assert.Equal(t, "财政局", units[1].Canonical)
	u2 := tasks[0].Items[1].Units
	assert.Equal(t, "人力资源和社会保障局", u2[0].Canonical)
	assert.True(t, u2[1].Generic)
	assert.Empty(t, u2[1].Canonical)

	// Documents without a plan get document keywords only, and nothing panics.
	applyKeywords(&model.Document{Report: &model.Report{Title: "青川市2016年政府信息公开工作年度报告"}}, newConfig([]Option{WithKeywords(0)}))
	applyKeywords(nil, newConfig([]Option{WithKeywords(0)}))
}

// TestStructureOnlyLoadsNoDictionary parses every seed without
// WithKeywords in a fresh process and checks that no dictionary was
// loaded.
func TestStructureOnlyLoadsNoDictionary(t *testing.T) {
	if os.Getenv("PARSE_LOADS_CHILD") == "1" {
		files, _ := filepath.Glob("../testdata/segment/0*.txt")
		if len(files) == 0 {
			t.Fatal("no seeds")
		}
		for _, f := range files {
			if _, err := File(f); err != nil {
				t.Fatal(err)
			}
		}
		if n := segment.Loads(); n != 0 {
			t.Fatalf("structure-only parsing loaded the dictionary %d times", n)
		}
		if _, err := File(files[0], WithKeywords(5)); err != nil {
			t.Fatal(err)
		}
		if n := segment.Loads(); n != 1 {
			t.Fatalf("WithKeywords: dictionary loaded %d times, want 1", n)
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestStructureOnlyLoadsNoDictionary$", "-test.v")
	cmd.Env = append(os.Environ(), "PARSE_LOADS_CHILD=1")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
}

// TestStructureOnlyLinksNoDictionary builds a program that uses parse
// without WithKeywords and checks that the word dictionary (3.5 MB of
// embedded data) is not in the binary.
func TestStructureOnlyLinksNoDictionary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program")
	}
	dir := t.TempDir()
	main := filepath.Join(dir, "main.go")
	require.NoError(t, os.WriteFile(main, []byte("package main\n\nimport \"github.com/zwgk/gongwen/parse\"\n\nfunc main() { parse.Text(\"通知\") }\n"), 0o644))
	bin := filepath.Join(dir, "prog")
	out, err := exec.Command("go", "build", "-o", bin, main).CombinedOutput()
	require.NoError(t, err, "%s", out)
	syms, err := exec.Command("go", "tool", "nm", bin).CombinedOutput()
	require.NoError(t, err, "%s", syms)
	assert.Contains(t, string(syms), "segment/script.ToSimplified")
	assert.NotContains(t, string(syms), "segment.(*Segmenter)")
	assert.NotContains(t, string(syms), "segment.dictGz")
}

// TestSeedKeywordsEndToEnd needs the core parser (a plan with tasks and
// units); it fails until that lands. The traditional seed and its
// simplified twin must give the same canonical units, item for item.
func TestSeedKeywordsEndToEnd(t *testing.T) {
	trad, err := File("../testdata/segment/003_0ca0f610db5f85cb.txt", WithKeywords(10))
	require.NoError(t, err)
	simp, err := File("../testdata/segment/003_simplified_twin.txt", WithKeywords(10))
	require.NoError(t, err)
	require.NotEmpty(t, trad.Keywords)
	require.Equal(t, len(simp.Keywords), len(trad.Keywords))
	for i := range trad.Keywords {
		assert.Equal(t, simp.Keywords[i].Term, segment.ToSimplified(trad.Keywords[i].Term))
	}
	require.NotNil(t, trad.Plan, "needs the core parser")
	require.NotNil(t, simp.Plan, "needs the core parser")
	var ct, cs []string
	collect := func(d *model.Document, out *[]string) {
		for _, g := range d.Plan.Goals {
			for _, task := range g.Tasks {
				assert.NotEmpty(t, task.Keywords, task.Title)
				for _, it := range task.Items {
					for _, u := range it.Units {
						*out = append(*out, u.Canonical)
					}
				}
			}
		}
	}
	collect(trad, &ct)
	collect(simp, &cs)
	require.NotEmpty(t, ct)
	assert.Equal(t, cs, ct)
}

// TestKeywordsAndWorkloadReachEveryPlan parses a notice with two attached
// plans: the tasks and units of the second (doc.Plans[1]) get keywords,
// canonical names and workload counts like those of the first.
func TestKeywordsAndWorkloadReachEveryPlan(t *testing.T) {
	doc, err := Text("某市人民政府办公室关于印发两个方案的通知\n各区：\n现将两个方案印发给你们。\n某市人民政府办公室\n2022年3月1日\n"+
		"附件1\n某市政务公开工作方案\n一、推进决策公开\n（一）做好决策预公开。重大决策草案公开征求意见。（市司法局牵头，市财政局配合）\n"+
		"附件2\n某市政务服务工作方案\n一、优化办事流程\n（一）精简证明材料。清理各类证明材料和办事环节。（市人社局牵头，市统计局配合）\n"+
		"（二）推行网上审批。推进审批事项全程网办。（市审计局负责）\n",
		WithKeywords(5))
	require.NoError(t, err)
	plans := doc.AllPlans()
	require.Len(t, plans, 2)
	for _, p := range plans {
		for _, g := range p.Goals {
			for _, task := range g.Tasks {
				assert.NotEmpty(t, task.Keywords, "%s: %s", p.Title.Value, task.Title)
			}
		}
	}
	second := plans[1].Goals[0].Tasks[0].Items[0].Units
	require.NotEmpty(t, second)
	assert.Equal(t, "人力资源和社会保障局", second[0].Canonical, "units of the second plan get canonical names")

	rows := map[string]segment.WorkloadRow{}
	for _, r := range segment.Workload(doc) {
		rows[r.Unit] = r
	}
	assert.Equal(t, 1, rows["司法局"].Lead, "first plan")
	assert.Equal(t, 1, rows["人力资源和社会保障局"].Lead, "second plan")
	assert.Equal(t, 1, rows["统计局"].Cooperate, "second plan")
	assert.Equal(t, 1, rows["审计局"].Responsible, "second plan")
}

// titleAt finds a task's title just after the ordinal its span starts
// with, looks no further than maxTitleLead bytes past the span's start
// (a paragraph-long heading is not searched), and gives -1 when it cannot
// place the title.
func TestTitleAt(t *testing.T) {
	const title = "加强政策解读"
	lead := "前言加强政策解读。\n"
	text := lead + "（一）" + title + "。内容"
	task := &model.Task{Title: title, Span: model.Span{Start: len(lead)}}
	at := titleAt(task, text)
	assert.Equal(t, len(lead)+len("（一）"), at, "the title after the ordinal, not its earlier use")
	assert.Equal(t, title, text[at:at+len(title)])

	// The search is bounded: a title maxTitleLead bytes after the span's
	// start is found, one byte further is not.
	for _, tc := range []struct {
		pad  int
		want int
	}{{maxTitleLead, len(lead) + maxTitleLead}, {maxTitleLead + 1, -1}} {
		text := lead + strings.Repeat(" ", tc.pad) + title + "。"
		assert.Equal(t, tc.want, titleAt(task, text), "pad %d", tc.pad)
	}

	for name, tc := range map[string]struct {
		task *model.Task
		text string
	}{
		"no text":        {task, ""},
		"no title":       {&model.Task{Span: task.Span}, text},
		"negative start": {&model.Task{Title: title, Span: model.Span{Start: -1}}, text},
		"start past end": {&model.Task{Title: title, Span: model.Span{Start: len(text)}}, text},
		"title absent":   {&model.Task{Title: "推进公开", Span: task.Span}, text},
	} {
		assert.Equal(t, -1, titleAt(tc.task, tc.text), name)
	}

	// taskTexts passes the offset on with the title, and each item's
	// span start with its text; without the document's text, none.
	task.Items = []model.Item{{Text: "内容", Span: model.Span{Start: len(text) - len("内容")}}}
	assert.Equal(t, []segment.Piece{{Text: title, At: at}, {Text: "内容", At: len(text) - len("内容")}}, taskTexts(task, text))
	assert.Equal(t, []segment.Piece{{Text: title, At: -1}, {Text: "内容", At: -1}}, taskTexts(task, ""))
}
