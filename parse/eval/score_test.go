package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

func sp(s string) *string { return &s }

// goldDoc is a small gold annotation: two goals, two tasks, three items,
// four units.
func goldDoc() *Gold {
	return &Gold{
		Kind: "workplan",
		Meta: GoldMeta{DocNumber: sp("青府办[2017]141号"), Issuer: sp("青川市人民政府办公室"), SignedDate: sp("2017-05-28"), PlanTitle: sp("青川市2017年政务公开工作要点")},
		Goals: []GoldGoal{
			{No: "一", Title: "推进简政放权", Tasks: []GoldTask{
				{No: "一", Title: "规范精简审批", Items: []GoldItem{
					{Head: "按时接住上级下放的各项审批事项", Units: []GoldUnit{{"区政府办公室", "lead"}, {"各街道(功能区)", "responsible"}}},
					{Head: "每季度复核一次证明事项清单,", Units: []GoldUnit{{"区司法局", "lead"}}},
				}},
				{No: "二", Title: "优化服务", Items: []GoldItem{
					{Head: "1.梳理本单位", Units: []GoldUnit{{"市发改委", "cooperate"}}},
				}},
			}},
			{No: "二", Title: "总体要求", Tasks: []GoldTask{}},
		},
	}
}

// docFor builds the model.Document a perfect parser would return for goldDoc,
// with full item texts where the gold has heads.
func docFor() *model.Document {
	f := func(v string) *model.Field { return &model.Field{Value: v} }
	return &model.Document{
		Kind: model.KindWorkPlan,
		Meta: model.Meta{DocNumber: f("青府办〔2017〕141号"), Issuer: f("青川市人民政府办公室"), SignedDate: f("2017-05-28")},
		Plan: &model.Plan{Title: f("青川市2017年 政务公开工作要点"), Goals: []model.Goal{
			{No: "一", Title: "推进简政放权", Tasks: []model.Task{
				{No: "一", Title: "规范精简审批", Items: []model.Item{
					{Text: "按时接住上级下放的各项审批事项，逐项明确承办科室。", Units: []model.Unit{{Name: "区政府办公室", Role: model.RoleLead}, {Name: "各街道(功能区)", Role: model.RoleResponsible}}},
					{Text: "每季度复核一次证明事项清单,及时删减。", Units: []model.Unit{{Name: "区司法局", Role: model.RoleLead}}},
				}},
				{No: "二", Title: "优化服务", Items: []model.Item{
					{Text: "1.梳理本单位现行有效的内部制度", Units: []model.Unit{{Name: "市发改委", Role: model.RoleCooperate}}},
				}},
			}},
			{No: "二", Title: "总体要求", Tasks: []model.Task{}},
		}},
	}
}

func TestComparePerfect(t *testing.T) {
	s := Compare(goldDoc(), FromDocument(docFor()))
	assert.Empty(t, s.Misses)
	assert.True(t, s.Perfect())
	for name, c := range map[string]Counts{"goals": s.Goals, "tasks": s.Tasks, "items": s.Items, "units": s.Units, "roles": s.Roles} {
		assert.Equal(t, 1.0, c.F1(), name)
	}
	assert.Equal(t, Counts{2, 2, 2}, s.Goals)
	assert.Equal(t, Counts{2, 2, 2}, s.Tasks)
	assert.Equal(t, Counts{3, 3, 3}, s.Items)
	assert.Equal(t, Counts{4, 4, 4}, s.Units)
	assert.Equal(t, [numMeta]int{1, 1, 1, 1}, s.MetaExact)
	assert.Equal(t, 1, s.KindRight)
}

func TestCompareDegraded(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(d *model.Document)
		want   func(t *testing.T, s Score)
	}{
		{"missing unit lowers unit recall only", func(d *model.Document) {
			it := &d.Plan.Goals[0].Tasks[0].Items[0]
			it.Units = it.Units[:1]
		}, func(t *testing.T, s Score) {
			assert.Equal(t, Counts{Gold: 4, Got: 3, Match: 3}, s.Units)
			assert.Equal(t, 1.0, s.Units.Precision())
			assert.Equal(t, 0.75, s.Units.Recall())
			assert.Equal(t, 1.0, s.Items.F1())
			requireMiss(t, s, "unit", "各街道(功能区)(responsible)", "")
		}},
		{"extra unit lowers unit precision only", func(d *model.Document) {
			it := &d.Plan.Goals[0].Tasks[1].Items[0]
			it.Units = append(it.Units, model.Unit{Name: "市财政局", Role: model.RoleCooperate})
		}, func(t *testing.T, s Score) {
			assert.Equal(t, Counts{Gold: 4, Got: 5, Match: 4}, s.Units)
			assert.Equal(t, 1.0, s.Units.Recall())
			assert.Equal(t, 0.8, s.Units.Precision())
			requireMiss(t, s, "unit", "", "市财政局(cooperate)")
		}},
		{"wrong role is a role miss, not a unit miss", func(d *model.Document) {
			d.Plan.Goals[0].Tasks[0].Items[1].Units[0].Role = model.RoleResponsible
		}, func(t *testing.T, s Score) {
			assert.Equal(t, 1.0, s.Units.F1())
			assert.Equal(t, Counts{Gold: 4, Got: 4, Match: 3}, s.Roles)
			requireMiss(t, s, "role", "lead", "responsible")
		}},
		{"unit split inside its parentheses", func(d *model.Document) {
			it := &d.Plan.Goals[0].Tasks[0].Items[0]
			it.Units = []model.Unit{it.Units[0], {Name: "各街道", Role: model.RoleResponsible}, {Name: "功能区", Role: model.RoleResponsible}}
		}, func(t *testing.T, s Score) {
			assert.Equal(t, Counts{Gold: 4, Got: 5, Match: 3}, s.Units)
		}},
		{"wrong task title loses its items and units", func(d *model.Document) {
			d.Plan.Goals[0].Tasks[0].Title = "规范精简审批，进一步压缩办理时间"
		}, func(t *testing.T, s Score) {
			assert.Equal(t, Counts{Gold: 2, Got: 2, Match: 1}, s.Tasks)
			assert.Equal(t, Counts{Gold: 3, Got: 3, Match: 1}, s.Items)
			assert.Equal(t, Counts{Gold: 4, Got: 4, Match: 1}, s.Units)
			assert.Equal(t, Counts{Gold: 4, Got: 4, Match: 1}, s.Roles)
		}},
		{"wrong goal ordinal loses everything below", func(d *model.Document) {
			d.Plan.Goals[0].No = "1"
		}, func(t *testing.T, s Score) {
			assert.Equal(t, Counts{Gold: 2, Got: 2, Match: 1}, s.Goals)
			assert.Equal(t, 0, s.Tasks.Match)
			assert.Equal(t, 0, s.Units.Match)
			assert.Equal(t, 0.0, s.Units.F1())
		}},
		{"item text that starts differently is missed", func(d *model.Document) {
			d.Plan.Goals[0].Tasks[1].Items[0].Text = "梳理本单位现行有效的内部制度"
		}, func(t *testing.T, s Score) {
			assert.Equal(t, Counts{Gold: 3, Got: 3, Match: 2}, s.Items)
			assert.Equal(t, Counts{Gold: 4, Got: 4, Match: 3}, s.Units)
		}},
		{"two items merged into one", func(d *model.Document) {
			task := &d.Plan.Goals[0].Tasks[0]
			task.Items[0].Units = append(task.Items[0].Units, task.Items[1].Units...)
			task.Items = task.Items[:1]
		}, func(t *testing.T, s Score) {
			assert.Equal(t, Counts{Gold: 3, Got: 2, Match: 2}, s.Items)
			assert.Equal(t, Counts{Gold: 4, Got: 4, Match: 3}, s.Units)
		}},
		{"white space in texts is layout", func(d *model.Document) {
			d.Plan.Goals[0].Title = "推进 简政放权"
			d.Plan.Goals[0].Tasks[0].Items[0].Text = "按时接住上级\u3000下放的各项审批事项"
		}, func(t *testing.T, s Score) {
			assert.True(t, s.Perfect(), "%v", s.Misses)
		}},
		{"no plan at all", func(d *model.Document) {
			d.Plan = nil
		}, func(t *testing.T, s Score) {
			assert.Equal(t, Counts{Gold: 2}, s.Goals)
			assert.Equal(t, Counts{Gold: 4}, s.Units)
			assert.Equal(t, 0.0, s.Units.F1())
			assert.Equal(t, 0, s.MetaExact[PlanTitle])
		}},
		{"wrong kind", func(d *model.Document) {
			d.Kind = model.KindUnknown
		}, func(t *testing.T, s Score) {
			assert.Equal(t, 0, s.KindRight)
			requireMiss(t, s, "kind", "workplan", "unknown")
		}},
		{"wrong and missing meta", func(d *model.Document) {
			d.Meta.SignedDate.Value = "2017-5-28"
			d.Meta.Issuer = nil
		}, func(t *testing.T, s Score) {
			assert.Equal(t, Counts{Gold: 1, Got: 1}, s.Meta[SignedDate])
			assert.Equal(t, Counts{Gold: 1}, s.Meta[Issuer])
			assert.Equal(t, [numMeta]int{1, 0, 0, 1}, s.MetaExact)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docFor()
			tt.mutate(d)
			tt.want(t, Compare(goldDoc(), FromDocument(d)))
		})
	}
}

func requireMiss(t *testing.T, s Score, level, gold, got string) {
	t.Helper()
	for _, m := range s.Misses {
		if m.Level == level && strings.Contains(m.Gold, gold) && strings.Contains(m.Got, got) {
			return
		}
	}
	require.Failf(t, "miss not listed", "want %s gold %q got %q among %v", level, gold, got, s.Misses)
}

func TestCompareExtraMeta(t *testing.T) {
	g := goldDoc()
	g.Meta.DocNumber = nil
	s := Compare(g, FromDocument(docFor()))
	assert.Equal(t, Counts{Got: 1}, s.Meta[DocNumber])
	assert.Equal(t, 0.0, s.Meta[DocNumber].Precision())
	assert.Equal(t, 0, s.MetaExact[DocNumber])
}

func TestSameDocNumber(t *testing.T) {
	tests := []struct {
		gold, got string
		want      bool
	}{
		{"鞍立政发〔2023〕2号", "鞍立政发〔2023〕2号", true},
		{"青府办[2017]141号", "青府办〔2017〕141号", true},
		{"青府办［2017］141号", "青府办〔2017〕141号", true},
		{"青府办 〔2017〕 141 号", "青府办〔2017〕141号", true},
		{"黑政办发201835号", "黑政办发〔2018〕35号", true},
		{"长政办〔２０２４〕８号", "长政办〔2024〕8号", true},
		{"长政办〔２０２４〕８号", "长政办〔2024〕9号", false},
		{"丽政办发（2022）18号", "丽政办发〔2022〕18号", true},
		{"丽政办发(2022)18号", "丽政办发〔2022〕18号", true},
		{"丽政办发（2022）18号", "丽政办发〔2021〕18号", false},
		{"州政發(fā)〔2020〕5號", "州政發(fā)〔2020〕5號", true},
		{"州政發(fā)〔2020〕5號", "州政發〔2020〕5號", false},
		{"青府办〔2017〕141号", "青府办〔2017〕14号", false},
		{"青府办〔2017〕141号", "青政办发〔2019〕50号", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, sameDocNumber(tt.gold, tt.got), "%s vs %s", tt.gold, tt.got)
	}
}

func TestSameNo(t *testing.T) {
	for _, tt := range []struct {
		gold, got string
		want      bool
	}{
		{"1", "1", true}, {"1", "１", true}, {"１２", "12", true}, {"一", "一", true},
		{"1", "2", false}, {"1", "一", false}, {"", "1", false},
	} {
		assert.Equal(t, tt.want, sameNo(tt.gold, tt.got), "%s vs %s", tt.gold, tt.got)
	}
}

func TestHeadMatches(t *testing.T) {
	tests := []struct {
		head, text string
		want       bool
	}{
		{"力争全县粮食产量增长6.2", "力争全县粮食产量增长6.2%左右。", true},
		{"1. 对照乡镇各类事项公开目录", "1.对照乡镇各类事项公开目录,逐项公开", true},
		{"城镇新增就业人数增长5%左右。", "城镇新增就业人数增长5%左右。", true},
		{"城镇新增就业人数增长5%左右。", "城镇新增就业人数增长5%左右", false},
		{"开展房地", "开展房地产市场主体", true},
		{"开展房地产市场", "开展房地", false},
		{"（一）推动建设", "推动建设公开透明", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, headMatches(tt.head, tt.text), "%s vs %s", tt.head, tt.text)
	}
}

func TestCountsEdges(t *testing.T) {
	assert.Equal(t, 1.0, Counts{}.F1(), "nothing due, nothing produced")
	assert.Equal(t, 0.0, Counts{Gold: 3}.F1())
	assert.Equal(t, 0.0, Counts{Got: 3}.F1())
	c := Counts{Gold: 4, Got: 2, Match: 2}
	assert.InDelta(t, 2.0/3, c.F1(), 1e-9)
	assert.Equal(t, Counts{5, 3, 3}, c.Add(Counts{1, 1, 1}))
}

func TestAddAndTable(t *testing.T) {
	perfect := Compare(goldDoc(), FromDocument(docFor()))
	d := docFor()
	d.Plan = nil
	empty := Compare(goldDoc(), FromDocument(d))
	var buf bytes.Buffer
	total := WriteTable(&buf, []Row{{"a.txt", perfect}, {"b.txt", empty}})
	assert.Equal(t, 2, total.Docs)
	assert.Equal(t, Counts{Gold: 8, Got: 4, Match: 4}, total.Units)
	assert.Equal(t, 0.5, total.Units.Recall())
	out := buf.String()
	assert.Contains(t, out, "a.txt")
	assert.Contains(t, out, "micro-averaged over 2 documents")
	assert.Regexp(t, `units\s+4\s+8\s+4\s+1\.000\s+0\.500\s+0\.667`, out)
}

func TestLoadGoldAndCases(t *testing.T) {
	dir := t.TempDir()
	gold := `{"kind":"workplan","meta":{"doc_number":null,"issuer":"国务院","signed_date":null,"plan_title":null},
	  "goals":[{"no":"","title":"","tasks":[{"no":"1","title":"t","items":[{"head":"h","units":[{"name":"国务院各部门","role":"responsible"}]}]}]}],"stats":[]}`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("x"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.gold.json"), []byte(gold), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.txt"), []byte("x"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.json"), []byte(gold), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "c.txt"), []byte("no gold"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "d.mht"), []byte("x"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "d.json"), []byte(gold), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "e.html"), []byte("x"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "e.json"), []byte(gold), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "f.pdf"), []byte("x"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "f.json"), []byte(gold), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "g.png"), []byte("x"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "g.json"), []byte(gold), 0o644))
	cs, err := Cases(dir)
	require.NoError(t, err)
	require.Len(t, cs, 5, "every input parse.File reads that has a gold; not an image")
	assert.Equal(t, "f.pdf", cs[4].Name)
	assert.Equal(t, "d.mht", cs[2].Name)
	assert.Equal(t, filepath.Join(dir, "e.html"), cs[3].Text)
	assert.Equal(t, "a.txt", cs[0].Name)
	assert.Equal(t, filepath.Join(dir, "b.json"), cs[1].Gold)
	g, err := LoadGold(cs[0].Gold)
	require.NoError(t, err)
	assert.Nil(t, g.Meta.DocNumber)
	assert.Equal(t, "国务院", *g.Meta.Issuer)
	assert.Equal(t, "国务院各部门", g.Goals[0].Tasks[0].Items[0].Units[0].Name)

	require.NoError(t, os.WriteFile(filepath.Join(dir, "bad.json"), []byte("{"), 0o644))
	_, err = LoadGold(filepath.Join(dir, "bad.json"))
	require.Error(t, err)
}

func TestCompareStats(t *testing.T) {
	u := func(s string) *string { return &s }
	gold := &Gold{Kind: "annual_report", Stats: []GoldStat{
		{Label: "主动公开信息", Value: 734, Unit: u("条")},
		{Label: "规章 / 本年新", Value: 0},
		{Label: "规章 / 本年新", Value: 0},
		{Label: "依申请公开", Value: 12, Unit: u("件")},
	}}
	got := &Gold{Kind: "annual_report", Stats: []GoldStat{
		{Label: "主动公开 信息", Value: 734, Unit: u("条")},
		{Label: "规章 / 本年新", Value: 0},
		{Label: "依申请公开", Value: 13, Unit: u("件")},
		{Label: "电话", Value: 110},
	}}
	s := Compare(gold, got)
	assert.Equal(t, Counts{Gold: 4, Got: 4, Match: 2}, s.Stats, "duplicate labels match once each; a wrong value is a miss")
}

func TestCompareSections(t *testing.T) {
	gold := &Gold{Kind: "annual_report", Goals: []GoldGoal{
		{No: "一", Title: "总体情况", Tasks: []GoldTask{{No: "一", Title: "主动公开情况"}, {No: "二", Title: "依申请公开情况"}}},
		{No: "二", Title: "主动公开政府信息情况", Tasks: []GoldTask{}},
	}}
	got := &Gold{Kind: "annual_report", Sections: []GoldGoal{
		{No: "一", Title: "总体情况", Tasks: []GoldTask{{No: "一", Title: "主动公开情况"}}},
		{No: "三", Title: "收到和处理申请情况"},
	}}
	s := Compare(gold, got)
	assert.Equal(t, Counts{Gold: 4, Got: 3, Match: 2}, s.Sections)
	assert.Equal(t, Counts{}, s.Goals, "report headings are not plan goals")

	t.Run("parsed plan on a report is extra", func(t *testing.T) {
		got := &Gold{Kind: "workplan", Goals: []GoldGoal{{No: "一", Title: "总体情况"}}}
		s := Compare(gold, got)
		assert.Equal(t, Counts{Gold: 0, Got: 1}, s.Goals)
		assert.Equal(t, 0, s.KindRight)
	})
	t.Run("first-batch report gold without headings scores no sections", func(t *testing.T) {
		s := Compare(&Gold{Kind: "annual_report"}, got)
		assert.Equal(t, Counts{}, s.Sections)
	})
}
