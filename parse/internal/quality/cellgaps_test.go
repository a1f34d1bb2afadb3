package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/strgen"
)

func TestRowInText(t *testing.T) {
	tests := []struct {
		text string
		row  bool
	}{
		{"加强政策解读，同步发布解读材料。", false},
		{"推进审批服务提速  压缩工程建设项目全流程审批时间  县住建局    2025年5月底前", true},
		{"县财政局      县审计局    2025年8月底前", true},        // units and deadline cells
		{"梳理办事指南\t对照省级标准梳理全县依申请事项的办事指南\t县政务办", true}, // tab cells
		{"完善公开目录  动态更新", false},                      // two short cells: no content, no deadline
		{"一个单位　一个窗口", false},                         // one gap
		{"赵一（县林业局）　　钱二（县水利局）　　孙三（县农业局）　　李四（县商务局）　　周五（县文旅局）　　吴六（县卫健局）　　郑七（县医保局）　　王八（县统计局）　　冯九（县信访局）", false}, // a list of names spaced apart
		{"第一段文字较长的内容\n县民政局  县财政局  2025年3月", true},                         // the row on a later line
		{"县财政局  2025年6月底前", false},                                        // two cells
		{"| 3 | 完善养老服务网络 | 新建社区养老服务站五个并投入运营。 | 区民政局 | 2025年9月底前 |", true}, // a markdown row
		{"3｜完善养老服务网络｜新建社区养老服务站五个并投入运营。｜区民政局", true},                       // full-width bars
		{"开展“一网通办|跨省通办”专项行动", false},                                      // one bar: two pieces
	}
	for _, tc := range tests {
		assert.Equal(t, tc.row, rowInText(tc.text), tc.text)
	}
}

func TestCheckCellGapsFlagsOnce(t *testing.T) {
	d := orderedPlan([]int{1}, [][]int{{1, 2}})
	d.Plan.Goals[0].Tasks[0].Title = "规范涉企收费  开展涉企收费专项整治并公开目录  县发改局  2025年6月底前"
	d.Plan.Goals[0].Tasks[1].Title = "加强诚信建设  建立政府失信责任追究制度并公开  县财政局  持续推进"
	Assess(d, &Evidence{Text: planText})
	assert.InDelta(t, 1-penaltyMarksInText, d.Quality.Score, 0.001)
	assert.Equal(t, []string{model.ReasonMarksInText}, d.Plan.Goals[0].Tasks[0].Flags)
	assert.Empty(t, d.Plan.Goals[0].Tasks[1].Flags, "the first row read as prose is flagged")

	d.Kind = model.KindNotice // a notice's spaced lines are no plan's rows
	d.Plan.Goals[0].Tasks[0].Flags = nil
	Assess(d, &Evidence{Text: planText})
	assert.Empty(t, d.Plan.Goals[0].Tasks[0].Flags)
}

// TestRowInTextGate: mayHoldWideGap turns away no text rowInLines would
// read as a row, on every string of white runes (each one a wide gap's
// part), printed cells, line breaks and the lead bytes of the wide spaces
// cut apart, set between a deadline cell and a printed rune.
func TestRowInTextGate(t *testing.T) {
	pieces := []string{" ", "\r", "\t", "\u3000", "\u00a0", "\n", "县", "5月", "\xc2", "\xe3\x80", "\x80"}
	strgen.Walk(pieces, 5, func(s string) {
		for _, text := range []string{s, "5月" + s + "县"} {
			require.Equal(t, rowInLines(text), rowInText(text), "%q", text)
		}
	})
}
