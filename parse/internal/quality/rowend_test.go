package quality

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestEndsInLastCell(t *testing.T) {
	unitItem := func(deadline, unitsText string, names ...string) *model.Item {
		it := &model.Item{Deadline: deadline, UnitsText: unitsText}
		for _, n := range names {
			it.Units = append(it.Units, model.Unit{Name: n})
		}
		return it
	}
	tests := []struct {
		name  string
		it    *model.Item
		text  string
		whole bool
	}{
		{"CSV 备注 cell after the deadline", unitItem("2025年11月底前", "县数据局", "县数据局"),
			"6,建设政务服务网,\"推进网上办理。\",县数据局,2025年11月底前,与市级平台同步", true},
		{"tab 备注 cell", unitItem("持续推进", "县民政局", "县民政局"), "7\t公开低保信息\t县民政局\t持续推进\t按季度更新", true},
		{"备注 after spaces", unitItem("2025年6月底前", "县教育局", "县教育局"), "8   公开招生信息   县教育局   2025年6月底前   已启动", true},
		{"a long cell after the deadline is content cut", unitItem("2025年6月底前", "县教育局", "县教育局"),
			"8,公开招生信息,县教育局,2025年6月底前,对全县义务教育阶段学校的招生范围招生计划和录取结果按照统一", false},
		{"a box row's deadline cell", unitItem("每月", "县工商联", "县工商联"), "│4   │召开企业家座谈会。│县工商联│每月      │", true},
		{"a rule, then a cell without Han", unitItem("每月", "县工商联", "县工商联"), "4,召开企业家座谈会。,县工商联,每月,12", false},
		{"two cells after the deadline", unitItem("2025年6月底前", "县教育局", "县教育局"), "8,公开招生,县教育局,2025年6月底前,已启动,另行", false},
		{"no separator after the deadline", unitItem("2025年6月底前", "县教育局", "县教育局"), "完成时限：2025年6月底前完成全部", false},
		{"a unit name's wrapped tail", unitItem("", "县政务服务中心、高新技术产业开发区管委会", "县政务服务中心", "高新技术产业开发区管委会"),
			"5   推进好差评   县政务服务中心、高新技术产业   长期坚持\n                   开发区管委会", true},
		{"a unit name's wrapped head is a cut", unitItem("", "县政务服务中心、高新技术产业开发区", "县政务服务中心", "高新技术产业开发区"),
			"5   推进好差评   县政务服务中心、高新技术\n                   产业", false},
		{"a tail of one character", unitItem("", "县财政局", "县财政局"), "县财政\n局", false},
		{"inherited units say nothing of the row's end", &model.Item{UnitsInherited: true, UnitsText: "县财政局", Units: []model.Unit{{Name: "县财政局"}}},
			"县财\n政局", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.whole, endsInLastCell(tc.it, tc.text), tc.name)
	}
}

// TestFreeCellAfterDropped: a progress table's row closing on a short
// status cell the parser drops (Consumed) after the progress cell's
// sentence is whole; a row stopping in the progress cell, or in a cell
// the parser read, or on a long cell, or a cell on a line of its own, is
// not.
func TestFreeCellAfterDropped(t *testing.T) {
	const row = "8\t创建示范城市通过中期评估。\t市食品药品监管局\t各成员单位\t"
	for _, tt := range []struct {
		name, tail string
		dropped    []string // the cells of tail the parser dropped
		whole      bool
	}{
		{"a status cell after the progress cell", "已通过省级初审，材料已按时报送。\t已完成", []string{"已通过省级初审，材料已按时报送。", "已完成"}, true},
		{"a status cell after spaces", "已通过省级初审，材料已按时报送。   序时推进", []string{"已通过省级初审，材料已按时报送。", "序时推进"}, true},
		{"cut in the progress cell", "已通过省级初审，材料已按", []string{"已通过省级初审，材料已按"}, false},
		{"cut in the progress cell's first clause", "已通过省级初审", []string{"已通过省级初审"}, false},
		{"the status cell read, not dropped", "已通过省级初审，材料已按时报送。\t已完成", []string{"已通过省级初审，材料已按时报送。"}, false},
		{"a long cell", "已通过。\t已通过省级初审中期评估材料已按时报送并将于下月组织现场评估验收", []string{"已通过。", "已通过省级初审中期评估材料已按时报送并将于下月组织现场评估验收"}, false},
		{"on a line of its own", "已通过省级初审，材料已按时报送。\n已完成", []string{"已通过省级初审，材料已按时报送。", "已完成"}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := row + tt.tail
			itemAt := len("8\t")
			it := model.Item{Text: "创建示范城市通过中期评估。", Span: model.Span{Start: itemAt, End: itemAt + len("创建示范城市通过中期评估。")}, Units: []model.Unit{{Name: "市食品药品监管局"}}}
			p := &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{{Items: []model.Item{it}}}}}}
			ev := &Evidence{Text: text}
			from := len(row)
			for _, d := range tt.dropped {
				k := from + strings.Index(text[from:], d)
				ev.Consumed = append(ev.Consumed, model.Span{Start: k, End: k + len(d)})
				from = k + len(d)
			}
			a := &assessor{ev: ev}
			assert.Equal(t, tt.whole, a.freeCellAfterDropped(p, elem{span: it.Span}, text))
		})
	}
}
