package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

func TestCheckOrdinals(t *testing.T) {
	sp := func(a, b int) model.Span { return model.Span{Start: a, End: b, Line: 1} }
	unit := []model.Unit{{Name: "市财政局"}}
	plan := &model.Plan{Goals: []model.Goal{
		{No: "一", Index: 1, Span: sp(0, 5), Tasks: []model.Task{
			{No: "一", Index: 1, Span: sp(5, 9), Items: []model.Item{
				{ID: "d/g1/t1/i1", Span: sp(10, 20)},
				{ID: "d/g1/t1/i2", Span: sp(20, 30), Units: unit},
				{ID: "d/g1/t1/i3", Span: sp(30, 40)},
			}},
			{No: "三", Index: 3, Span: sp(40, 45)},
		}},
		{No: "二", Index: 2, Span: sp(50, 55), Tasks: []model.Task{
			{No: "三", Index: 3, Span: sp(55, 60), Items: []model.Item{{ID: "d/g2/t3/i1", Span: sp(60, 70)}}},
		}},
	}}
	var b treeBuilder
	b.checkOrdinals(plan)
	type warn struct {
		code, msg string
		span      model.Span
	}
	var got []warn
	for _, w := range b.warnings {
		require.NotNil(t, w.Span)
		got = append(got, warn{w.Code, w.Message, *w.Span})
	}
	assert.Equal(t, []warn{
		{model.WarnNoUnits, "item d/g1/t1/i1 names no responsible unit", sp(10, 20)},
		{model.WarnNoUnits, "item d/g1/t1/i3 names no responsible unit", sp(30, 40)},
		{model.WarnOrdinalGap, "task 三 follows 1: 1 missing", sp(40, 45)},
		{model.WarnOrdinalRepeat, "task 三 follows 3", sp(55, 60)},
		{model.WarnNoUnits, "item d/g2/t3/i1 names no responsible unit", sp(60, 70)},
	}, got)
}
