package model_test

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

func compile(t *testing.T) *jsonschema.Schema {
	c := jsonschema.NewCompiler()
	for _, name := range []string{"document.schema.json", "report.schema.json"} {
		data, err := fs.ReadFile(model.SchemaFiles(), name)
		require.NoError(t, err)
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		require.NoError(t, err)
		require.NoError(t, c.AddResource(name, doc))
	}
	s, err := c.Compile("document.schema.json")
	require.NoError(t, err)
	return s
}

func validate(t *testing.T, s *jsonschema.Schema, doc *model.Document) error {
	data, err := json.Marshal(doc)
	require.NoError(t, err)
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	require.NoError(t, err)
	return s.Validate(inst)
}

func sample() *model.Document {
	sp := model.Span{Start: 0, End: 3, Line: 1}
	return &model.Document{
		ID: "abc", Kind: model.KindWorkPlan, Warnings: []model.Warning{},
		Meta: model.Meta{SignedDate: &model.Field{Value: "2017-05-28", Span: sp}},
		Plan: &model.Plan{Goals: []model.Goal{{ID: "abc/g1", No: "一", Index: 1, Title: "目标", Span: sp, Tasks: []model.Task{{
			ID: "abc/g1/t1", No: "一", Index: 1, Title: "任务", Span: sp, Items: []model.Item{{
				ID: "abc/g1/t1/i1", Text: "内容", Span: sp, Units: []model.Unit{{Name: "市人社局", Role: model.RoleLead, Span: sp}},
				Deadlines: []model.Deadline{
					{Kind: model.DeadlineDate, End: "2017-12-31", Text: "年底前", Span: sp},
					{Kind: model.DeadlineDuration, Duration: &model.Duration{Value: 20, Unit: model.UnitWorkday}, Text: "20个工作日内", Span: sp},
				},
				Frequency: &model.Frequency{Every: model.EveryQuarter, Text: "每季度", Span: sp},
				Targets:   []model.Target{{Op: model.TargetAtLeast, Value: 80, Unit: "%", Text: "80%以上", Span: sp}},
			}},
		}}}}},
		Citations: []model.Citation{{Title: "关于做好文件公开属性认定工作的通知", DocNumber: "某府办〔2017〕5号", Span: sp}},
		Quality: &model.Quality{Score: 0.7, Review: true, Reasons: []model.Reason{{Code: model.ReasonNoUnits, Message: "no unit",
			Element: "abc/g1/t1/i1", Path: "/plan/goals/0/tasks/0/items/0", Span: &sp, Excerpt: "内容"}}},
		Source: model.Source{Format: "text", Encoding: "utf-8", Script: model.ScriptSimplified, Size: 3},
	}
}

// withHeader adds the header fields of a joint notice served by a portal.
func withHeader(d *model.Document) *model.Document {
	sp := model.Span{Start: 0, End: 3, Line: 1}
	f := func(v string) *model.Field { return &model.Field{Value: v, Span: sp} }
	d.Meta.Title = f("甲厅、乙局关于某事的通知")
	d.Meta.DocType = f("通知")
	d.Meta.IssuedTitle = f("某方案")
	d.Meta.Issuer = f("甲厅、乙局")
	d.Meta.Issuers = []model.Field{*f("甲厅"), *f("乙局")}
	d.Meta.Portal = &model.PortalBox{IndexNo: f("0001/2020-1"), Category: f("综合政务"), Issuers: d.Meta.Issuers,
		Publisher: f("甲厅"), SignedDate: f("2020-03-01"), Title: f("甲厅、乙局关于某事的通知"), DocNumber: f("甲发〔2020〕1号"), PublishedDate: f("2020-03-09")}
	d.Warnings = append(d.Warnings, model.Warning{Code: model.WarnMetaConflict, Message: "title differs", Span: &sp})
	return d
}

func TestSchemaAcceptsDocument(t *testing.T) {
	assert.NoError(t, validate(t, compile(t), sample()))
	assert.NoError(t, validate(t, compile(t), withHeader(sample())))
	several := sample()
	several.Plans = []*model.Plan{several.Plan, several.Plan}
	assert.NoError(t, validate(t, compile(t), several))
}

func TestSchemaRejectsBrokenContract(t *testing.T) {
	s := compile(t)
	tests := map[string]func(d *model.Document){
		"unknown role":  func(d *model.Document) { d.Plan.Goals[0].Tasks[0].Items[0].Units[0].Role = "boss" },
		"unknown kind":  func(d *model.Document) { d.Kind = "memo" },
		"date format":   func(d *model.Document) { d.Meta.SignedDate.Value = "2017年5月28日" },
		"empty item id": func(d *model.Document) { d.Plan.Goals[0].Tasks[0].Items[0].ID = "" },
		"bad format":    func(d *model.Document) { d.Source.Format = "rtf" },
		"deadline kind": func(d *model.Document) { d.Plan.Goals[0].Tasks[0].Items[0].Deadlines[0].Kind = "soon" },
		"deadline date": func(d *model.Document) { d.Plan.Goals[0].Tasks[0].Items[0].Deadlines[0].End = "年底" },
		"time unit":     func(d *model.Document) { d.Plan.Goals[0].Tasks[0].Items[0].Deadlines[1].Duration.Unit = "fortnight" },
		"frequency":     func(d *model.Document) { d.Plan.Goals[0].Tasks[0].Items[0].Frequency.Every = "sometimes" },
		"target op":     func(d *model.Document) { d.Plan.Goals[0].Tasks[0].Items[0].Targets[0].Op = ">=" },
		"citation":      func(d *model.Document) { d.Citations[0].Title = "" },
		"plans":         func(d *model.Document) { d.Plans = []*model.Plan{{}} },
		"portal date": func(d *model.Document) {
			withHeader(d).Meta.Portal.PublishedDate.Value = "2020年3月9日"
		},
	}
	for name, mutate := range tests {
		t.Run(name, func(t *testing.T) {
			d := sample()
			mutate(d)
			assert.Error(t, validate(t, s, d))
		})
	}
}
