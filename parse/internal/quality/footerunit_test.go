package quality

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestFooterAt(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		// damaged: a footer glued under the last row
		{"1\t公开预算\t市财政局\n主办单位：某市某局　技术支持：某市大数据中心", true},
		{"1\t公开预算\t市财政局\n主办单位：某市某局\n网站标识码：3500000001", true},
		{"1\t公开预算\t市财政局\n【打印】　【关闭】\n主办：某县人民政府办公室", true},
		{"1\t公开预算\t市财政局\n分享到：\n\n主办单位：某街道办事处", true},
		// right: a plan's own 主办单位 field, no footer around it
		{"一、举办读书月活动\n主办单位：市文明办\n承办单位：市图书馆", false},
		{"一、举办读书月活动\n主办单位：市文明办\n活动时间：4月", false},
		{"1\t公开预算\t市财政局", false},
	}
	for _, tc := range tests {
		at := strings.Index(tc.text, "主办")
		if at < 0 {
			at = strings.Index(tc.text, "市财政局")
		}
		assert.Equal(t, tc.want, footerAt(tc.text, at), tc.text)
	}
}

func TestCheckFooterUnit(t *testing.T) {
	text := "1\t公开预算\t市财政局\n主办单位：某市某局　技术支持：某市大数据中心"
	sp := func(s string) model.Span {
		k := strings.Index(text, s)
		return model.Span{Start: k, End: k + len(s)}
	}
	d := orderedPlan([]int{1}, [][]int{{1}})
	it := &d.Plan.Goals[0].Tasks[0].Items[0]
	it.Units = []model.Unit{{Name: "市财政局", Span: sp("市财政局")}, {Name: "某市某局", Role: model.RoleLead, Span: sp("某市某局")}}
	Assess(d, &Evidence{Text: text})
	assert.Contains(t, it.Units[1].Flags, model.ReasonUnitName)
	assert.Empty(t, it.Units[0].Flags)
	assert.Less(t, d.Quality.Score, Threshold)

	d = orderedPlan([]int{1}, [][]int{{1}})
	it = &d.Plan.Goals[0].Tasks[0].Items[0]
	it.Units = []model.Unit{{Name: "市财政局", Span: sp("市财政局")}}
	Assess(d, &Evidence{Text: text})
	assert.Empty(t, it.Units[0].Flags)
}
