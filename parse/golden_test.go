package parse_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// compileSchema loads the embedded document and report schemas.
func compileSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	for _, name := range []string{"document.schema.json", "report.schema.json"} {
		data, err := fsRead(name)
		require.NoError(t, err)
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		require.NoError(t, err)
		require.NoError(t, c.AddResource(name, doc))
	}
	s, err := c.Compile("document.schema.json")
	require.NoError(t, err)
	return s
}

func fsRead(name string) ([]byte, error) {
	f, err := model.SchemaFiles().Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var b bytes.Buffer
	_, err = b.ReadFrom(f)
	return b.Bytes(), err
}

// TestGolden parses every seed and compares the JSON with the reviewed
// golden file; run with -update to regenerate, then review the diff.
func TestGolden(t *testing.T) {
	schema := compileSchema(t)
	seeds, err := filepath.Glob("../testdata/seeds/*.txt")
	require.NoError(t, err)
	require.Len(t, seeds, 5)
	for _, path := range seeds {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			doc, err := parse.File(path)
			require.NoError(t, err)
			got, err := json.MarshalIndent(doc, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')

			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(got))
			require.NoError(t, err)
			assert.NoError(t, schema.Validate(inst), "output must validate against the schema")

			golden := filepath.Join("../testdata/golden", name+".json")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
				require.NoError(t, os.WriteFile(golden, got, 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test ./parse -run TestGolden -update")
			assert.Equal(t, string(want), string(got))
		})
	}
}

// TestSpansPointAtSource checks that every span in the seeds' output
// covers text that contains what was extracted from it.
func TestSpansPointAtSource(t *testing.T) {
	seeds, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, path := range seeds {
		raw, err := os.ReadFile(path)
		require.NoError(t, err)
		text := string(raw)
		doc, err := parse.Text(text)
		require.NoError(t, err)
		at := func(s model.Span) string {
			require.True(t, s.Start >= 0 && s.Start <= s.End && s.End <= len(text), "span %+v out of range", s)
			assert.Equal(t, strings.Count(text[:s.Start], "\n")+1, s.Line, "line of span %+v", s)
			return text[s.Start:s.End]
		}
		squash := func(s string) string {
			return strings.NewReplacer(" ", "", "\n", "", "\t", "", "\r", "", "<p>", "", "</p>", "", "\u3000", "").Replace(s)
		}
		if doc.Plan == nil {
			continue
		}
		for _, g := range doc.Plan.Goals {
			if g.No != "" {
				assert.Contains(t, squash(at(g.Span)), squash(g.Title))
			}
			for _, tk := range g.Tasks {
				assert.Contains(t, squash(at(tk.Span)), squash(tk.Title))
				for _, it := range tk.Items {
					src := squash(at(it.Span))
					assert.True(t, strings.HasPrefix(src, squash(it.Text)[:min(len(squash(it.Text)), 30)]), "item %s span starts with its text", it.ID)
					for _, u := range it.Units {
						if !it.UnitsInherited {
							assert.Equal(t, u.Name, at(u.Span), "unit span")
						}
					}
				}
			}
		}
	}
}

// TestSeedStructure asserts the structure of each seed explicitly, so a
// regression shows up even if someone regenerates the golden files. The
// texts it expects are named by their place in the seed (line, and the
// rune where a head starts), not copied from it: the seeds' text lives in
// testdata/seeds alone.
func TestSeedStructure(t *testing.T) {
	type unit struct {
		name string
		role model.Role
	}
	type sample struct {
		goal, task, item int // 0-based path
		head             seedPlace
		units            []unit
		inherited        bool
	}
	tests := []struct {
		file         string
		kind         model.Kind
		goals, tasks int
		docNumber    string
		signed       string
		titleLine    int // the plan title is this line, its # mark and spaces dropped
		samples      []sample
	}{
		{"000_baa0cee3830c2c78.txt", model.KindWorkPlan, 6, 23, "苏府办〔2017〕141号", "2017-05-28", 25, []sample{
			{0, 0, 0, seedPlace{28, 41, 13}, []unit{{"市人社局", model.RoleLead}}, false},
			{0, 3, 0, seedPlace{37, 30, 8}, []unit{{"市财政局", model.RoleLead}, {"市发改委", model.RoleCooperate}}, false},
			{1, 0, 0, seedPlace{40, 37, 11}, []unit{{"市编办", model.RoleResponsible}, {"市政务办", model.RoleResponsible}, {"各市（区）", model.RoleResponsible}, {"市各有关部门", model.RoleResponsible}}, false},
			{5, 1, 0, seedPlace{75, 18, 9}, []unit{{"市政府", model.RoleResponsible}, {"各市（区）政府（管委会）", model.RoleResponsible}, {"市级各部门", model.RoleResponsible}}, true},
		}},
		{"001_2618c019250de3da.txt", model.KindWorkPlan, 5, 17, "常政办发〔2019〕143号", "2019-11-01", 20, []sample{
			{0, 0, 0, seedPlace{26, 16, 11}, []unit{{"行政审批局", model.RoleResponsible}, {"金融监管局", model.RoleResponsible}}, false},
			{3, 1, 0, seedPlace{68, 15, 11}, []unit{{"市政府办公室", model.RoleLead}, {"各板块各部门", model.RoleParticipate}}, false},
		}},
		{"003_0ca0f610db5f85cb.txt", model.KindWorkPlan, 6, 21, "", "2017-09-04", 5, []sample{
			{0, 0, 0, seedPlace{9, 0, 10}, []unit{{"發改委", model.RoleLead}, {"財政局", model.RoleLead}, {"金融辦", model.RoleLead}, {"人行", model.RoleLead}}, false},
			{1, 0, 0, seedPlace{18, 17, 11}, []unit{{"編辦", model.RoleResponsible}, {"行政審批局", model.RoleResponsible}, {"市場監管局", model.RoleResponsible}, {"市有關部門", model.RoleResponsible}}, false},
			{5, 3, 0, seedPlace{40, 15, 13}, nil, false},
		}},
		{"004_45295426abe6c441.txt", model.KindWorkPlan, 3, 10, "", "2018-08-02", 9, []sample{
			{0, 0, 0, seedPlace{12, 14, 7}, []unit{{"工委管委会办公室", model.RoleLead}, {"各有关部门", model.RoleResponsible}}, false},
			{0, 0, 1, seedPlace{12, 153, 7}, []unit{{"各有关部门", model.RoleResponsible}}, false},
			{0, 3, 1, seedPlace{15, 319, 8}, []unit{{"劳动保障和社会事业局（安监局、市场监管局）", model.RoleResponsible}, {"规划建设局（环保局）", model.RoleResponsible}}, false},
		}},
		{"002_e8df0bb51c40281b.txt", model.KindAnnualReport, 0, 0, "", "", 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw, err := os.ReadFile("../testdata/seeds/" + tt.file)
			require.NoError(t, err)
			lines := strings.Split(string(raw), "\n")
			doc, err := parse.File("../testdata/seeds/" + tt.file)
			require.NoError(t, err)
			assert.Equal(t, tt.kind, doc.Kind)
			if tt.docNumber != "" {
				require.NotNil(t, doc.Meta.DocNumber)
				assert.Equal(t, tt.docNumber, doc.Meta.DocNumber.Value)
			} else {
				assert.Nil(t, doc.Meta.DocNumber)
			}
			if tt.signed != "" {
				require.NotNil(t, doc.Meta.SignedDate)
				assert.Equal(t, tt.signed, doc.Meta.SignedDate.Value)
			}
			if tt.kind != model.KindWorkPlan {
				assert.Nil(t, doc.Plan)
				return
			}
			require.NotNil(t, doc.Plan)
			require.NotNil(t, doc.Plan.Title)
			title := strings.Join(strings.Fields(strings.TrimPrefix(lines[tt.titleLine-1], "#")), "")
			assert.Equal(t, title, doc.Plan.Title.Value)
			assert.Equal(t, tt.titleLine, doc.Plan.Title.Span.Line)
			assert.Len(t, doc.Plan.Goals, tt.goals)
			tasks := 0
			for _, g := range doc.Plan.Goals {
				tasks += len(g.Tasks)
			}
			assert.Equal(t, tt.tasks, tasks)
			for _, s := range tt.samples {
				require.Greater(t, len(doc.Plan.Goals), s.goal)
				g := doc.Plan.Goals[s.goal]
				require.Greater(t, len(g.Tasks), s.task)
				tk := g.Tasks[s.task]
				require.Greater(t, len(tk.Items), s.item)
				it := tk.Items[s.item]
				head := seedRun(t, string(raw), s.head)
				assert.True(t, strings.HasPrefix(it.Text, head), "item %s starts %q, got %.40q", it.ID, head, it.Text)
				var got []unit
				for _, u := range it.Units {
					got = append(got, unit{u.Name, u.Role})
				}
				assert.Equal(t, s.units, got, "units of %s", it.ID)
				assert.Equal(t, s.inherited, it.UnitsInherited)
			}
		})
	}
}
