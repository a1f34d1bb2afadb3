package main

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// planDoc is a hand-built work plan, independent of the parser: two goals,
// an item with a lead and a cooperating unit, one whose units are
// inherited, one with a deadline and one with no unit. Canonical names are
// set explicitly so the tests do not depend on segment's alias table.
func planDoc() *model.Document {
	sp := func(s, e, l int) model.Span { return model.Span{Start: s, End: e, Line: l} }
	return &model.Document{
		ID:   "doc1",
		Kind: model.KindWorkPlan,
		Meta: model.Meta{
			DocNumber:  &model.Field{Value: "青府办〔2017〕141号", Span: sp(10, 34, 2)},
			Title:      &model.Field{Value: "市政府办公室关于印发青川市2017年政务公开工作要点实施方案的通知", Span: sp(40, 140, 3)},
			DocType:    &model.Field{Value: "通知", Span: sp(134, 140, 3)},
			Recipients: []model.Field{{Value: "各市、区人民政府"}, {Value: "市各委办局"}},
			SignedDate: &model.Field{Value: "2017-05-28"},
		},
		Plan: &model.Plan{
			Title:    &model.Field{Value: "青川市2017年政务公开工作要点实施方案"},
			Year:     2017,
			Preamble: &model.Field{Value: "为深入贯彻落实……\n特制定本方案。"},
			Goals: []model.Goal{
				{ID: "g1", No: "一", Index: 1, Title: "推进权力运行公开", Span: sp(200, 230, 10), Tasks: []model.Task{
					{ID: "t1", No: "一", Index: 1, Title: "推进决策公开", Span: sp(231, 250, 11), Items: []model.Item{
						{ID: "i1", Text: "制定重大行政决策事项目录。", Span: sp(251, 290, 12),
							Units:     []model.Unit{{Name: "市法制办", Role: model.RoleLead, Canonical: "法制办公室"}, {Name: "市人社局", Role: model.RoleCooperate, Canonical: "人力资源和社会保障局"}},
							UnitsText: "市法制办牵头，市人社局配合"},
						{ID: "i2", Text: "推行重大决策预公开。", Span: sp(291, 320, 13),
							Units: []model.Unit{{Name: "市法制办", Role: model.RoleLead, Canonical: "法制办公室"}}, UnitsInherited: true},
					}},
					{ID: "t2", No: "二", Index: 2, Title: "推进执行公开", Span: sp(321, 340, 14), Items: []model.Item{
						{ID: "i3", No: "1", Text: "公开重点改革任务*进展*。", Span: sp(341, 380, 15), Deadline: "2017年底前",
							Units: []model.Unit{{Name: "各市、区政府", Role: model.RoleResponsible, Generic: true, Canonical: "各市、区政府"}}},
					}},
				}},
				{ID: "g2", No: "二", Index: 2, Title: "加强政策解读", Span: sp(400, 420, 20), Tasks: []model.Task{
					{ID: "t3", No: "三", Index: 3, Title: "强化解读责任", Span: sp(421, 440, 21), Items: []model.Item{
						{ID: "i4", Text: "做好解读工作。", Span: sp(441, 470, 22)},
					}},
				}},
			},
		},
		Warnings: []model.Warning{{Code: model.WarnNoUnits, Message: "item names no unit", Span: &model.Span{Start: 441, End: 470, Line: 22}}},
		Source:   model.Source{Name: "plan.txt", Format: "text", Encoding: "utf-8", Script: model.ScriptSimplified, Size: 1000},
	}
}

// reportDoc is a hand-built annual report with two statistics.
func reportDoc() *model.Document {
	return &model.Document{
		ID:   "doc2",
		Kind: model.KindAnnualReport,
		Meta: model.Meta{
			DocNumber: &model.Field{Value: "某政发〔2020〕1号"},
			DocType:   &model.Field{Value: "报告"},
			Issuer:    &model.Field{Value: "某市人民政府办公室、某市财政局"},
			Issuers:   []model.Field{{Value: "某市人民政府办公室"}, {Value: "某市财政局"}},
		},
		Report: &model.Report{
			Title: "2019年政府信息公开工作年度报告",
			Year:  2019,
			Sections: []model.Section{
				{No: "一", Index: 1, Level: 1, Heading: "总体情况"},
				{No: "一", Index: 1, Level: 2, Heading: "主动公开"},
			},
			Stats: []model.Stat{
				{Label: "主动公开政府信息", Value: 1234, Unit: "条", Scope: "全市", Span: model.Span{Start: 5, End: 9, Line: 3}},
				{Label: "本年新收 / 自然人", Value: 12.5, Path: []string{"申请", "自然人"}, Span: model.Span{Start: 50, End: 52, Line: 9}},
			},
		},
		Warnings: []model.Warning{},
		Source:   model.Source{Name: "report.txt", Format: "text"},
	}
}

// feed drives a sink as the batch would: render every document (as a
// worker), then write them in order, then close.
func feed(t *testing.T, s sink, docs map[string]*model.Document, order ...string) {
	t.Helper()
	var results []*result
	for _, name := range order {
		r := &result{in: input{path: name, rel: name}, doc: docs[name]}
		require.NoError(t, s.render(r))
		results = append(results, r)
	}
	for _, r := range results {
		require.NoError(t, s.write(r))
	}
	require.NoError(t, s.close(true))
}
