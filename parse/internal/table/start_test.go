package table

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMayStart(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want bool
	}{
		{"prose", "全面梳理权责事项，并集中公开。\n", false},
		{"heading", "一、总体要求\n", false},
		{"unit list", "县财政局\n", false},
		{"column name alone", "工作任务\n", true},
		{"column name with pipe", "责任单位 |\n", true},
		{"field line", "牵头单位：县财政局\n", false},
		{"gap between words", "工作任务    责任单位\n", true},
		{"ideographic gap", "推进公开\u3000县财政局\n", true},
		{"spaced header", "序号 工作任务 责任单位\n", true},
		{"row number one", "1\n", true},
		{"row number two", "2\n", false},
		{"blank", "\n", true},
	} {
		ls := lines(c.text)
		assert.Equal(t, c.want, MayStart(ls[0]), c.name)
	}
	used := lines("工作任务\n")[0]
	used.Used = true
	assert.False(t, MayStart(used), "a used line")
}

func TestIsHeaderRow(t *testing.T) {
	for _, c := range []struct {
		cells []string
		want  bool
	}{
		{[]string{"序号", "工作任务", "责任单位"}, true},
		{[]string{"序号", "", "工作任务", "", "责任单位"}, true},
		{[]string{"序号", "工作任务", "民生实事"}, true},
		{[]string{"序号", "民生实事", "重点项目"}, true},
		{[]string{"序号", "建设地点", "重点项目"}, false},
		{[]string{"1", "工作任务", "责任单位", "完成时限"}, true},
		{[]string{"1", "推进公开", "责任单位", "完成时限"}, false},
		{[]string{"1", "推进公开", "县财政局"}, false},
		{[]string{"责任单位"}, false},
		{[]string{"责任单位", "公开事项", "完成时限"}, true},
	} {
		assert.Equal(t, c.want, IsHeaderRow(strs(c.cells...)), c.cells)
	}
}
