package model_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestAllPlans(t *testing.T) {
	a, b := &model.Plan{}, &model.Plan{}
	var none *model.Document
	assert.Nil(t, none.AllPlans())
	assert.Nil(t, (&model.Document{}).AllPlans())
	assert.Equal(t, []*model.Plan{a}, (&model.Document{Plan: a}).AllPlans())
	assert.Equal(t, []*model.Plan{a, b}, (&model.Document{Plan: a, Plans: []*model.Plan{a, b}}).AllPlans())
}

// Goals, Tasks and Items walk every plan of a notice that attaches several.
func TestIteratorsWalkEveryPlan(t *testing.T) {
	plan := func(id string) *model.Plan {
		return &model.Plan{Goals: []model.Goal{{ID: id, Tasks: []model.Task{{Items: []model.Item{{ID: id + "/i1"}}}}}}}
	}
	a, b := plan("a"), plan("b")
	var ids []string
	for _, it := range (&model.Document{Plan: a, Plans: []*model.Plan{a, b}}).Items() {
		ids = append(ids, it.ID)
	}
	assert.Equal(t, []string{"a/i1", "b/i1"}, ids)
}
