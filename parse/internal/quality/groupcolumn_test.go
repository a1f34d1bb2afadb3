package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestGroupNames(t *testing.T) {
	tests := []struct {
		name string
		rows string
		want []string
	}{
		{"merged categories", "保增长\t1\t修路十公里。\t县交通局\n\t2\t建桥两座。\t县交通局\n惠民生\t3\t建学校一所。\t县教育局\n\t4\t建医院一所。\t县卫健局\n", []string{"保增长", "惠民生"}},
		{"traditional script", "保增長\t1\t修路。\t縣交通局\n\t2\t建橋。\t縣交通局\n惠民生\t3\t建校。\t縣教育局\n\t4\t建醫院。\t縣衛健局\n", []string{"保增长", "惠民生"}},
		{"numbered rows", "1\t修路十公里。\t县交通局\n2\t建桥两座。\t县交通局\n3\t建学校一所。\t县教育局\n", nil},
		{"merged units", "县交通局\t1.修路。\t6月底\n\t2.建桥。\t9月底\n县教育局\t3.建校。\t6月底\n\t4.招生。\t9月底\n", nil},
		{"one group only", "保增长\t1\t修路。\t县交通局\n\t2\t建桥。\t县交通局\n\t3\t建校。\t县教育局\n", nil},
		{"no blank cells", "保增长\t1\t修路。\t县交通局\n惠民生\t2\t建校。\t县教育局\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "某县重点任务\n" + tt.rows
			sp := model.Span{Start: len("某县重点任务\n"), End: len(text)}
			got := groupNames(text, sp)
			if tt.want == nil {
				assert.Less(t, len(got), minGroupRows)
				return
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestCheckGroupColumn(t *testing.T) {
	rows := "保增长\t1\t修路十公里。\t县交通局\n\t2\t建桥两座。\t县交通局\n惠民生\t3\t建学校一所。\t县教育局\n\t4\t建医院一所。\t县卫健局\n"
	text := "某县重点任务\n" + rows
	ev := func() *Evidence {
		return &Evidence{Text: text, GuessedTables: []GuessedTable{{Span: model.Span{Start: len("某县重点任务\n"), End: len(text)}, By: ByContent}}}
	}
	for _, tt := range []struct {
		name   string
		titles []string
		want   bool
	}{
		{"groups read as goals", []string{"保增长", "惠民生"}, false},
		{"groups read as tasks under one untitled goal", []string{""}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var goals []model.Goal
			for _, ti := range tt.titles {
				goals = append(goals, model.Goal{Title: ti, Tasks: []model.Task{{Title: "修路", Items: []model.Item{{Text: "修路十公里。"}}}}})
			}
			doc := &model.Document{Kind: model.KindWorkPlan, Plan: &model.Plan{Goals: goals}}
			Assess(doc, ev())
			said := false
			for _, r := range doc.Quality.Reasons {
				said = said || r.Code == model.ReasonMarksInText && r.Element == ""
			}
			assert.Equal(t, tt.want, said)
		})
	}
}

func TestNumberedRun(t *testing.T) {
	items := func(texts ...string) []model.Item {
		var out []model.Item
		for _, s := range texts {
			out = append(out, model.Item{Text: s})
		}
		return out
	}
	tests := []struct {
		name  string
		items []model.Item
		want  bool
	}{
		{"numbers in sequence", items("1.修路。", "2.建桥。"), true},
		{"full-width marks", items("3．修路。", "4、建桥。", "5）建校。"), true},
		{"not in sequence", items("1.修路。", "3.建桥。"), false},
		{"one only", items("1.修路。", "建桥。"), false},
		{"a figure, not an ordinal", items("1.5万元用于修路。", "2.建桥。"), false},
		{"numbers read", []model.Item{{No: "1", Text: "1.修路。"}, {No: "2", Text: "2.建桥。"}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := func(i int) (string, string) { return tt.items[i].No, tt.items[i].Text }
			assert.Equal(t, tt.want, numberedRun(len(tt.items), at) >= 0)
		})
	}
}

func TestCheckUntitledRows(t *testing.T) {
	for _, tt := range []struct {
		name string
		task model.Task
		want bool
	}{
		{"numbered rows under an untitled task", model.Task{Items: []model.Item{{Text: "1.修路十公里。"}, {Text: "2.建桥两座。"}}}, true},
		{"a titled task's own list", model.Task{Title: "交通建设", Items: []model.Item{{Text: "1.修路十公里。"}, {Text: "2.建桥两座。"}}}, false},
		{"unnumbered items", model.Task{Items: []model.Item{{Text: "修路十公里。"}, {Text: "建桥两座。"}}}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := &model.Document{Kind: model.KindWorkPlan, Plan: &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{tt.task}}}}}
			Assess(doc, &Evidence{Text: "修路。"})
			assert.Equal(t, tt.want, hasFlag(doc.Plan.Goals[0].Tasks[0].Flags, model.ReasonMarksInText))
		})
	}
	for _, tt := range []struct {
		name  string
		tasks []model.Task
		want  bool
	}{
		{"numbered rows titled number and all", []model.Task{{Title: "1.修路十公里"}, {Title: "2.建桥两座"}}, true},
		{"full-width marks", []model.Task{{Title: "1、修路十公里"}, {Title: "2．建桥两座"}}, true},
		{"numbers read", []model.Task{{No: "1", Title: "修路十公里"}, {No: "2", Title: "建桥两座"}}, false},
		{"one title opens with a figure", []model.Task{{Title: "1.5万元用于修路"}, {Title: "2.建桥两座"}}, false},
		{"numbers out of sequence", []model.Task{{Title: "1.修路十公里"}, {Title: "3.建桥两座"}}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := &model.Document{Kind: model.KindWorkPlan, Plan: &model.Plan{Goals: []model.Goal{{Tasks: tt.tasks}}}}
			Assess(doc, &Evidence{Text: "修路。"})
			assert.Equal(t, tt.want, hasFlag(doc.Plan.Goals[0].Tasks[0].Flags, model.ReasonMarksInText))
		})
	}
}
