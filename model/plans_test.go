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
