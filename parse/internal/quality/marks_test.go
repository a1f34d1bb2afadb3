package quality

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMarksOf(t *testing.T) {
	tests := []struct {
		name string
		text string
		want planMarks
	}{
		{"none", "关于做好某项工作的通知\n各单位：现将有关事项通知如下。", planMarks{}},
		{"one ordinal only", "一、总体要求\n做好工作。", planMarks{}},
		{"goal ordinals", "一、总体要求\n二、主要任务", planMarks{headings: true}},
		{"goal and task ordinals", "一、总体要求（一）加强领导", planMarks{headings: true}},
		{"half-width task ordinals", "(一)加强领导(二)落实责任", planMarks{headings: true}},
		{"full- and half-width do not pair", "（一）加强领导(二)落实责任", planMarks{}},
		{"labels counted", "责任单位：甲局。牵头单位：乙局；配合单位：丙局。责任单位：丁局", planMarks{unitLabels: 4}},
		{"labels run together", "责任单位责任单位责任处室", planMarks{unitLabels: 3}},
		{"traditional", "一、總體要求\n二、主要任務\n責任單位：甲局", planMarks{headings: true, unitLabels: 1}},
		{"in mid-line", "前言。一、目标要求。二、重点任务。（一）协办单位：某办", planMarks{headings: true, unitLabels: 1}},
		{"labels of role.UnitLabels", "牵头科室：甲科；配合部门：乙局。责任科室：丙科", planMarks{unitLabels: 3}},
		{"one label ending with another", "牵头责任单位：甲局", planMarks{unitLabels: 1}},
		{"words that name something else", "明确参与部门。主办单位：某市某局　承办单位：某中心。重要工作事项责任分工的通知", planMarks{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, marksOf(surveyed(tt.text)))
		})
	}
}

// TestMarksOfBound: only the first maxMarksText bytes are read.
func TestMarksOfBound(t *testing.T) {
	pad := strings.Repeat("文", maxMarksText/len("文"))
	assert.Equal(t, planMarks{unitLabels: 1}, marksOf(surveyed("责任单位"+pad+"责任单位一、二、")))
}

func TestHeadingPairsFitMarksOf(t *testing.T) {
	var ordinals []string
	for _, p := range headingPairs {
		for _, o := range p {
			if !slices.Contains(ordinals, o) {
				ordinals = append(ordinals, o)
			}
		}
	}
	assert.LessOrEqual(t, len(ordinals), 8, "marksOf remembers 8 ordinals")
}

func TestLabelTails(t *testing.T) {
	assert.Equal(t, []string{"单位", "部门", "处室", "科室"}, labelTails)
	assert.NotContains(t, unitLabels, "主办单位")
	assert.Contains(t, unitLabels, "责任科室", "the labels are role.UnitLabels'")
	for _, l := range unitLabels {
		assert.True(t, slices.ContainsFunc(labelTails, func(tail string) bool { return strings.HasSuffix(l, tail) }), l)
	}
}
