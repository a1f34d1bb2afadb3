package parse

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// clauseCase is one real unit-clause shape with its expected units; the
// shapes were collected by hand from the seeds, the corpus and other
// notices (testdata/clauses/README.md).
type clauseCase struct {
	Clause string `json:"clause"`
	Units  []struct {
		Name string     `json:"name"`
		Role model.Role `json:"role"`
	} `json:"units"`
	Source string `json:"source"`
}

func TestParseClauseShapes(t *testing.T) {
	data, err := os.ReadFile("../testdata/clauses/clauses.json")
	require.NoError(t, err)
	var cases []clauseCase
	require.NoError(t, json.Unmarshal(data, &cases))
	require.GreaterOrEqual(t, len(cases), 40)
	for _, c := range cases {
		t.Run(c.Clause, func(t *testing.T) {
			src := source.New(c.Clause)
			got := parseClause(src.Lines()[0])
			type nr struct {
				Name string
				Role model.Role
			}
			var want, have []nr
			for _, u := range c.Units {
				want = append(want, nr{u.Name, u.Role})
			}
			for _, u := range got {
				have = append(have, nr{u.name.S, u.role})
				// Every unit's span points at its name in the clause.
				assert.Equal(t, u.name.S, c.Clause[u.name.Src(0):u.name.SrcEnd(u.name.Len())])
			}
			assert.Equal(t, want, have, "source: %s", c.Source)
		})
	}
}

func TestFindClauses(t *testing.T) {
	tests := []struct {
		name  string
		para  string
		count int
	}{
		{"trailing", "加大政策解读力度。（责任部门：市场监管局、市税务局）", 1},
		{"inline pair", "及时公开。（管委会办公室牵头，各有关部门按职责分工落实）围绕年度任务推进公开。（各有关部门按职责分工落实）", 2},
		{"half width", "按季公开国有资产处置情况。(國資委、財政局、審計局、稅務局分頭落實)", 1},
		{"nested units", "回应社会关切。（社会事务局（民政局、卫健委）、城市管理局（园林局）按职责分工落实）", 1},
		{"not a clause: note", "大力推进决策、执行、管理、服务、结果公开（以下统称“五公开”）。", 0},
		{"not a clause: doc number", "落实《实施办法》（苏府办〔2017〕26号），切实落实原则。", 0},
		{"not a clause: abbreviation", "做好政府和社会资本合作（PPP）项目的信息发布", 0},
		{"label tail", "做好公开工作。责任单位：市发改委、市财政局", 1},
		{"lenticular", "建立工作台账。【牵头单位：县政府办；配合单位：县直各部门】", 1},
		{"verb tail sentence", "及时公开财政信息。市财政局牵头，各区、各部门配合。", 1},
		{"short labels", "做好公开。（牵头：市发改委；配合：市统计局）", 1},
		{"not a tail: prose subject", "做好公开。各区要认真抓好落实。", 0},
		{"not a tail: verb with object", "做好公开。市政府负责统筹协调。", 0},
		{"full-width square bracket", "加强督查。［市政府督查室牵头］", 1},
		{"label tail after a long sentence", "做好公开。围绕年度重点工作，及时发布政策文件、解读材料和办理结果，回应社会关切，提高政策知晓度和透明度 责任单位：市发改委", 1},
		{"label word without colon mid-sentence", "做好公开。牵头单位要加强统筹协调，定期调度工作进展，确保各项任务按时保质完成，及时报送工作情况和典型经验做法", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := source.New(tt.para).Lines()[0]
			assert.Len(t, findClauses(p, false), tt.count)
		})
	}
}

func TestClauseDeadline(t *testing.T) {
	for clause, want := range map[string]string{
		"牽頭單位:州政務服務中心;責任單位:州發改委,州財政局,6月底完成": "6月底完成",
		"责任单位：市审计局，完成时限：2018年12月底前":         "2018年12月底前",
		"省直各部门分别负责，年内持续推进":                  "",
		"市人社局牵头落实": "",
	} {
		c, ok := readClause(source.New(clause).Lines()[0])
		require.True(t, ok, clause)
		assert.Equal(t, want, c.deadline, clause)
	}
}

// TestSplitConj: a conjunction, in either script, separates two units only
// when both sides are unit names.
func TestSplitConj(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"市委宣传部和市网信办", []string{"市委宣传部", "市网信办"}},
		{"市財政局與市審計局", []string{"市財政局", "市審計局"}},
		{"市发展改革委以及市统计局", []string{"市发展改革委", "市统计局"}},
		{"人力资源和社会保障局", []string{"人力资源和社会保障局"}},
		{"科技與信息化局", []string{"科技與信息化局"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, p := range splitConj(nil, source.New(tt.in).Lines()[0]) {
				got = append(got, p.S)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestSplitUnits: a unit list splits on 、 and /, on spaces only when
// every part is a whole organisation name, on conjunctions between two
// names, and keeps a run of levels (各县、市、区政府) whole.
func TestSplitUnits(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"市发改委、市财政局", []string{"市发改委", "市财政局"}},
		{"市委/市政府", []string{"市委", "市政府"}},
		{"市发改委 市财政局　市统计局", []string{"市发改委", "市财政局", "市统计局"}},
		{"市发改委\n市财政局", []string{"市发改委", "市财政局"}},
		{"区政府 办公室", []string{"区政府 办公室"}},
		{"市发改委 各区", []string{"市发改委 各区"}},
		{"各县、市、区政府、市教育局", []string{"各县、市、区政府", "市教育局"}},
		{"市委宣传部和市网信办、市统计局", []string{"市委宣传部", "市网信办", "市统计局"}},
		{"“市文旅局”、市体育局。", []string{"市文旅局", "市体育局"}},
		{"各县（市、区）人民政府（下同）", []string{"各县（市、区）人民政府"}},
		{"各州、市人民政府、省级各部门", []string{"各州、市人民政府", "省级各部门"}},
		{"各市、县政府、省直有关单位", []string{"各市、县政府", "省直有关单位"}},
		{"各縣、市人民政府", []string{"各縣、市人民政府"}},
		{"各区、市直各部门", []string{"各区", "市直各部门"}},
		{"各乡镇、县直各单位", []string{"各乡镇", "县直各单位"}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, u := range splitUnits(nil, source.New(tt.in).At(0, len(tt.in)), model.RoleResponsible) {
				got = append(got, u.name.S)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
