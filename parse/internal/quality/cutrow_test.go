package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCutRow(t *testing.T) {
	rows := "序号\t工作任务\t具体内容\t责任单位\t完成时限\n" +
		"1\t推进审批改革\t压缩企业开办时间。\t市行政审批局\t2024年6月底前\n" +
		"2\t加强事中监管\t推行双随机抽查。\t市市场监管局\t持续推进\n"
	tests := []struct {
		name, text string
		cut        bool
	}{
		{"cut in the content cell", rows + "3\t优化政务服务\t推行一网通", true},
		{"cut in the units cell", rows + "3\t优化政务服务\t推行一网通办。\t市数据", true},
		{"a whole last row", rows + "3\t优化政务服务\t推行一网通办。\t市数据局\t年底前", false},
		{"a sentence after the table", rows + "各单位要抓好落实", false},
		{"a single row above", "1\t推进审批改革\t压缩企业开办时间。\t市行政审批局\n3\t优化", false},
		{"no table", "一、推进审批改革\n（一）压缩企业开办时", false},
	}
	for _, tt := range tests {
		_, cut := cutRow(tt.text)
		assert.Equal(t, tt.cut, cut, tt.name)
	}
}
