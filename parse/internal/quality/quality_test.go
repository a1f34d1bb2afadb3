package quality

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// planText is the text planDoc's spans cover.
const planText = "一、目标。"

// planDoc is a plan of one goal, one task and three items, the first
// without units.
func planDoc() *model.Document {
	sp := model.Span{Start: 0, End: len(planText), Line: 1}
	return &model.Document{ID: "d", Kind: model.KindWorkPlan, Warnings: []model.Warning{},
		Plan: &model.Plan{Title: &model.Field{Value: "方案", Span: sp}, Goals: []model.Goal{{ID: "d/g1", No: "一", Index: 1, Title: "目标", Span: sp,
			Tasks: []model.Task{{ID: "d/g1/t1", No: "一", Index: 1, Title: "任务", Span: sp, Items: []model.Item{
				{ID: "d/g1/t1/i1", Text: "公开部门预算", Span: sp, Units: []model.Unit{}},
				{ID: "d/g1/t1/i2", Text: "公开部门预算", Span: sp, Units: []model.Unit{{Name: "市财政局", Role: model.RoleResponsible, Span: sp}}},
				{ID: "d/g1/t1/i3", Text: "公开部门预算", Span: sp, Units: []model.Unit{{Name: "市人社局", Role: model.RoleResponsible, Span: sp}}},
			}}}}}}}
}

// tasksDoc is planDoc with one task for each title, numbered in
// sequence, each with one item (with units) of the text at its index.
func tasksDoc(titles, texts []string) *model.Document {
	d := planDoc()
	g := &d.Plan.Goals[0]
	base := g.Tasks[0]
	g.Tasks = nil
	for i, title := range titles {
		task := base
		task.Index, task.No = i+1, strconv.Itoa(i+1)
		task.Title = title
		it := base.Items[1]
		it.Text = texts[i]
		task.Items = []model.Item{it}
		g.Tasks = append(g.Tasks, task)
	}
	return d
}

func TestAssessClean(t *testing.T) {
	d := planDoc()
	d.Plan.Goals[0].Tasks[0].Items = d.Plan.Goals[0].Tasks[0].Items[1:] // all with units
	Assess(d, &Evidence{Text: planText})
	require.NotNil(t, d.Quality)
	assert.Equal(t, 1.0, d.Quality.Score)
	assert.False(t, d.Quality.Review)
	assert.NotNil(t, d.Quality.Reasons, "an empty list, not null, in JSON")
}

func TestPenaltiesMultiplyOncePerCode(t *testing.T) {
	d := planDoc()
	d.Warnings = []model.Warning{
		{Code: model.WarnInconsistent, Message: "a"},
		{Code: model.WarnScannedPage, Message: "page 2 has no text layer"},
	}
	Assess(d, &Evidence{Text: planText, SingleStyle: true})
	want := (1 - penaltySums) * (1 - penaltyBadPage) * (1 - penaltySingleStyle) * (1 - penaltyNoUnits/3)
	assert.InDelta(t, want, d.Quality.Score, 0.001)
	assert.True(t, d.Quality.Review)

	codes := map[string]int{}
	for _, r := range d.Quality.Reasons {
		codes[r.Code]++
	}
	assert.Equal(t, map[string]int{model.ReasonSums: 1, model.ReasonBadPages: 1, model.ReasonSingleStyle: 1, model.ReasonNoUnits: 1}, codes)
	assert.Empty(t, d.Quality.Reasons[0].Element, "document reasons come first")
	assert.NotEmpty(t, d.Quality.Reasons[len(d.Quality.Reasons)-1].Element)
}

func TestElementReasonNamesTheElement(t *testing.T) {
	d := planDoc()
	Assess(d, &Evidence{Text: planText})
	it := d.Plan.Goals[0].Tasks[0].Items[0]
	assert.Equal(t, []string{model.ReasonNoUnits}, it.Flags)
	r := d.Quality.Reasons[len(d.Quality.Reasons)-1]
	assert.Equal(t, "d/g1/t1/i1", r.Element)
	assert.Equal(t, "/plan/goals/0/tasks/0/items/0", r.Path)
	assert.Equal(t, "公开部门预算", r.Excerpt)
}

func TestUnitDoubt(t *testing.T) {
	tests := []struct {
		name  string
		doubt bool
	}{
		{"市财政局", false},
		{"各街道（功能区）", false},
		{"市“双随机、一公开”监管工作联席会议成员单位", false},
		{"市融媒体", true},
		{"市财政局负责做好协调", true},
		{"市财政局，市人社局", true},
		{strings.Repeat("某", 31) + "局", true},
		{"县住建局县住建局", true},
		{"区区", false},
		{"县住建局县城管局", false},
		// Two cells of a column layout joined at the space between them.
		{"临朐经济开发区管 县发展改革局", true},
		{"县人力资源社会保 各镇（街道）障局", true},
		{"县住建局 县城管局", true},
		{"縣住建局 縣城管局", true},
		{"县 委 办", false},     // spaced out
		{"第 3 网格党支部", false}, // a number spaced by a PDF tool
		{"市发展改革委 牵头", true},  // a verb: unitDoubt says so anyway
		{"经开区 管委会", false},   // too short a side to be a cell
		// A village by its own name is a unit; a class of villages is not.
		{"德天村", false},
		{"二道河村", false},
		{"示范村", true},
		{"美丽乡村", true},
	}
	for _, tt := range tests {
		got := unitDoubt(model.Unit{Name: tt.name})
		assert.Equal(t, tt.doubt, got != "", "%s: %q", tt.name, got)
	}
}

func TestShortenAndPath(t *testing.T) {
	assert.Equal(t, "短", shorten("短"))
	long := strings.Repeat("长", excerptRunes+5)
	assert.Equal(t, strings.Repeat("长", excerptRunes)+"…", shorten(long))
	assert.Equal(t, "/plan/goals/1/tasks/2/items/0/units/3", elem{at: "/plan", gi: 1, ti: 2, ii: 0, ui: 3}.path())
	assert.Equal(t, "/plans/2/goals/1", elem{at: "/plans/2", gi: 1, ti: -1, ii: -1, ui: -1}.path())
}

func TestEndsClosed(t *testing.T) {
	assert.True(t, endsClosed("完成。"))
	assert.True(t, endsClosed("（市财政局负责）"))
	assert.False(t, endsClosed("知识产(chǎn)"), "a pinyin note is no closing bracket")
	assert.False(t, endsClosed("做好"))
	assert.Equal(t, "完成。", withoutTrailingNoise("完成。\nPAGE\n1\n\n"))
}

func TestNoUnitsNeedsAMajority(t *testing.T) {
	d := planDoc()
	items := d.Plan.Goals[0].Tasks[0].Items
	items[2].Units = nil // one item of three with units: units are the exception
	Assess(d, &Evidence{Text: planText})
	for _, it := range d.Plan.Goals[0].Tasks[0].Items {
		assert.NotContains(t, it.Flags, model.ReasonNoUnits)
	}
}

func TestNoUnitsFlagsHalfOnTheItemOnly(t *testing.T) {
	tests := []struct {
		name      string
		withUnits []bool // the items of one task, whether each names units
		flagged   []bool
		penalised bool
	}{
		{"half of four without units", []bool{true, false, true, false}, []bool{false, true, false, true}, false},
		{"one of two: too few to judge", []bool{true, false}, []bool{false, false}, false},
		{"one of three without units", []bool{true, false, true}, []bool{false, true, false}, true},
		{"two of five with units", []bool{true, false, false, true, false}, []bool{false, false, false, false, false}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := planDoc()
			task := &d.Plan.Goals[0].Tasks[0]
			withUnits, without := task.Items[1], task.Items[0]
			task.Items = nil
			for _, w := range tt.withUnits {
				if w {
					task.Items = append(task.Items, withUnits)
				} else {
					task.Items = append(task.Items, without)
				}
			}
			Assess(d, &Evidence{Text: planText})
			for i, it := range task.Items {
				assert.Equal(t, tt.flagged[i], hasFlag(it.Flags, model.ReasonNoUnits), "item %d %v", i, it.Flags)
			}
			assert.Equal(t, tt.penalised, d.Quality.Score < 1, "score %v", d.Quality.Score)
		})
	}
}

func TestTitledAgain(t *testing.T) {
	const title = "某区2025年重点任务清单"
	tests := []struct {
		name, text string
		want       bool
	}{
		{"a line of its own", "关于印发某区2025年重点任务清单的通知\n附件2\n某区2025年重点任务清单\n", true},
		{"over two lines", "附件2\n某区2025年\n重点任务清单\n序号", true},
		{"letter-spaced", "某区2025年重点任务 清单\n", true},
		{"only where the notice names it", "关于印发某区2025年重点任务清单的通知\n现将《某区2025年重点任务清单》印发。\n附件：某区2025年重点任务清单\n", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, titledAgain(tt.text, title), tt.name)
	}
}

// TestContentBytes: white space, punctuation, the bars that part table
// cells and a grid's frame are no content; ideographs and other runes are.
func TestContentBytes(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"县财政局", 12},
		{" | ｜ ¦ │ ，。", 0},
		{"┌──┬──┐", 0},
		{"1｜公开", 7},
		{"¥5", 3},
	} {
		assert.Equal(t, c.want, contentBytes(c.s), c.s)
	}
}
