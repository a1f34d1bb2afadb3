package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/strgen"
)

func units(names ...string) []model.Unit {
	var out []model.Unit
	for _, n := range names {
		out = append(out, model.Unit{Name: n})
	}
	return out
}

func TestUnreadUnit(t *testing.T) {
	tests := []struct {
		clause string
		units  []string
		want   string
	}{
		// damaged: names beyond the first lost with the brackets of （牵头）
		{"县卫健局牵头、县医保局、县民政局", []string{"县卫健局"}, "县医保局"},
		{"縣衛健局牽頭、縣醫保局", []string{"縣衛健局"}, "縣醫保局"},
		// damaged: the next item run into the clause
		{"牵头单位：区人社局；配合单位：区总工会◆ 开展技能培训；各街道负责", []string{"区人社局", "各街道"}, "区总工会"},
		{"配合单位：县档案馆３．公开目录", []string{"县档案馆"}, ""},
		{"牵头单位：县统计局；配合单位：县档案馆３．公开目录", []string{"县统计局"}, "县档案馆"},
		// right: every name read, role words and labels around them
		{"县卫健局牵头，县医保局配合", []string{"县卫健局", "县医保局"}, ""},
		{"县卫健局、县医保局按职责分工分别负责落实", []string{"县卫健局", "县医保局"}, ""},
		{"由县卫健局会同县医保局负责", []string{"县卫健局", "县医保局"}, ""},
		{"责任单位：县卫健局；协办单位：县医保局", []string{"县卫健局", "县医保局"}, ""},
		{"负责部门：县卫健局", []string{"县卫健局"}, ""},
		{"县卫健局负责，2025年6月底前完成", []string{"县卫健局"}, ""},
		// right: who oversees, and fields that name no unit, are no units
		{"主责单位：县卫健局；督办单位：县政府督查室", []string{"县卫健局"}, ""},
		{"牵头单位：县卫健局　督辦領導：某某某县乡村振兴局", []string{"县卫健局"}, ""},
		{"主責單位：縣衛健局；督導單位：縣政府督查室", []string{"縣衛健局"}, ""},
		{"主责单位：县卫健局；督查单位：县政府督查室", []string{"县卫健局"}, "县政府督查室"},
		{"责任单位：县卫健局；适用范围：所有试验区", []string{"县卫健局"}, ""},
		// right: a clause wrapped in its cell, the names read across the
		// breaks (a name may keep one)
		{"市政务服务数据管理局牵头，市\n直各有关单位配合", []string{"市政务服务数据管理局", "市直各有关单位"}, ""},
		{"市委编办牵头，\r\n市司法局、各县\r\n区人民政府配合 月", []string{"市委编办", "市司法局", "各县\r\n区人民政府"}, ""},
		// damaged: a wrapped clause still names a unit not read
		{"市司法局牵头，市\n生态环境局、市财政局配合", []string{"市司法局", "市生态环境局"}, "市财政局配合"},
		{"", nil, ""},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, unreadUnit(tc.clause, units(tc.units...)), tc.clause)
	}
}

// TestUnitPieceGate proves mayNameUnit turns away no piece unitPieceIn
// takes for a name: over pieces of unit names, their endings apart, role
// words and labels in both scripts.
func TestUnitPieceGate(t *testing.T) {
	pieces := []string{"县医保局", "縣醫保局", "局", "委", "办", "辦", "县", "医保", "牵头", "牽頭", "负责", "按职责分工", "配合单位", "由", "会同", "中心"}
	found := 0
	strgen.Walk(pieces, 4, func(s string) {
		want := unitPieceIn(s)
		require.Equal(t, want, unitPiece(s), "%q", s)
		if want != "" {
			found++
		}
	})
	require.Greater(t, found, 10000)
}

func TestCheckUnreadUnits(t *testing.T) {
	d := orderedPlan([]int{1}, [][]int{{1, 2}})
	it := &d.Plan.Goals[0].Tasks[1].Items[0]
	it.UnitsText, it.Units = "市财政局牵头、市人社局", units("市财政局")
	Assess(d, &Evidence{Text: planText})
	assert.Contains(t, it.Flags, model.ReasonNoUnits)
	assert.Less(t, d.Quality.Score, Threshold)

	d = orderedPlan([]int{1}, [][]int{{1, 2}})
	it = &d.Plan.Goals[0].Tasks[1].Items[0]
	it.UnitsText, it.Units = "市财政局牵头，市人社局配合", units("市财政局", "市人社局")
	Assess(d, &Evidence{Text: planText})
	assert.Empty(t, it.Flags)
	assert.Equal(t, 1.0, d.Quality.Score)
}
