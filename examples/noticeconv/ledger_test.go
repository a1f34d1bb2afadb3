package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

func TestLedgerRows(t *testing.T) {
	item := func(id string, ds ...model.Deadline) model.Item {
		return model.Item{ID: id, Text: "内容" + id, Deadlines: ds,
			Units: []model.Unit{{Name: "市甲局", Role: model.RoleLead}, {Name: "市乙局", Role: model.RoleCooperate}}}
	}
	doc := &model.Document{
		Meta: model.Meta{DocNumber: &model.Field{Value: "某发〔2021〕1号"}},
		Plan: &model.Plan{Title: &model.Field{Value: "某市工作要点"}, Goals: []model.Goal{{No: "一", Tasks: []model.Task{{No: "一", Title: "任务", Items: []model.Item{
			item("i1", model.Deadline{Kind: model.DeadlineDate, End: "2021-12-31", Text: "年底前"}),
			item("i2", model.Deadline{Kind: model.DeadlinePeriod, Start: "2021-07-01", End: "2021-09-30", Text: "第三季度"},
				model.Deadline{Kind: model.DeadlineDate, End: "2021-06-30", Text: "6月底前"}),
			item("i3", model.Deadline{Kind: model.DeadlineOngoing, Text: "长期坚持"}),
			item("i4", model.Deadline{Kind: model.DeadlineDuration, Duration: &model.Duration{Value: 5, Unit: model.UnitWorkday}, Text: "5个工作日内"}),
			item("i5", model.Deadline{Kind: model.DeadlineDate, End: "2021-06-15", Text: "6月15日前"}),
		}}}}}},
	}
	doc.Plan.Goals[0].Tasks[0].Items[0].Frequency = &model.Frequency{Every: model.EveryQuarter, Text: "每季度"}
	rows := buildTable("a.txt", doc, tableOptions{chinese: true, ledger: true}).ledger
	sortLedger(rows)
	col := func(name string) int {
		for i, c := range ledgerColumns {
			if c.name == name {
				return i
			}
		}
		t.Fatalf("no column %s", name)
		return -1
	}
	var got [][3]string
	for _, r := range rows {
		got = append(got, [3]string{r.cells[col("due_month")], r.cells[col("due")], r.cells[col("item_id")]})
	}
	assert.Equal(t, [][3]string{
		{"2021-06", "2021-06-15", "i5"},
		{"2021-06", "2021-06-30", "i2"},
		{"2021-12", "2021-12-31", "i1"},
		{ledgerOngoing, "", "i3"},
		{ledgerUndated, "", "i4"},
	}, got)
	require.Len(t, rows[0].cells, len(ledgerColumns))
	dec := rows[2].cells
	assert.Equal(t, "a.txt", dec[col("file")])
	assert.Equal(t, "某发〔2021〕1号", dec[col("doc_number")])
	assert.Equal(t, "市甲局", dec[col("lead")])
	assert.Equal(t, "市甲局、市乙局", dec[col("unit")])
	assert.Equal(t, "年底前", dec[col("deadlines")])
	assert.Equal(t, "每季度", dec[col("frequency")])
	assert.Equal(t, "第三季度；6月底前", rows[1].cells[col("deadlines")])
	assert.Empty(t, buildTable("a.txt", doc, tableOptions{}).ledger, "only the XLSX sink asks for the ledger")
}

func TestDeadlineTextsKeepTheCell(t *testing.T) {
	it := &model.Item{Deadline: "按进度推进", Deadlines: []model.Deadline{{Text: "年底前"}}}
	assert.Equal(t, "按进度推进；年底前", deadlineTexts(it))
	it.Deadline = "年底前完成"
	assert.Equal(t, "年底前", deadlineTexts(it), "a cell read into a phrase is not repeated")
}
