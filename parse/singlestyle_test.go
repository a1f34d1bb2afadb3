package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// unreadBetweenSections are the renderings whose table is not read between
// prose sections yet, with the reason; the list only shrinks.
var unreadBetweenSections = map[string]string{}

// TestSectionsAroundTaskTable: prose sections 一、…三、 around a task table
// whose 序号 rows are the tasks of the section above it give two levels
// from two sources, so the plan is not reported as read from a single
// ordinal style (single_style), in every rendering of the table that reads
// it and in both scripts; the same sections without the table are.
func TestSectionsAroundTaskTable(t *testing.T) {
	const notice = "某区人民政府办公室关于印发某区2025年城市更新行动实施方案的通知\n各街道办事处，区直各部门：\n现将《某区2025年城市更新行动实施方案》印发给你们，请认真组织实施。\n某区人民政府办公室\n2025年4月2日\n某区2025年城市更新行动实施方案\n"
	const before = "一、总体目标\n2025年全区实施城市更新项目12个，城市功能明显提升。\n二、重点任务\n"
	const after = "三、保障措施\n各责任单位要明确专人负责，每月报送工作进展。\n"
	d := tableDoc{name: "sections around a table", prefix: notice + before, suffix: after, heads: 1, rows: [][]string{
		{"序号", "工作任务", "工作措施", "责任单位", "完成时限"},
		{"1", "老旧小区改造", "完成15个老旧小区改造并加装电梯。", "区住房城乡建设局", "11月底前"},
		{"2", "城中村整治提升", "整治城中村消防通道等安全隐患。", "区城市更新中心、大沙田街道办事处", "12月底前"},
		{"3", "完善道路微循环", "打通断头路5条。", "区交通运输局", "10月底前"},
	}}
	tabs := renderings[0]
	want := treeOf(tabs.parse(t, d.text(tabs, transforms[0])))
	require.Equal(t, []string{"G 一 总体目标", "G 二 重点任务",
		"  T 1 老旧小区改造", "    I 完成15个老旧小区改造并加装电梯。 | 11月底前 | 区住房城乡建设局/responsible",
		"  T 2 城中村整治提升", "    I 整治城中村消防通道等安全隐患。 | 12月底前 | 区城市更新中心/responsible、大沙田街道办事处/responsible",
		"  T 3 完善道路微循环", "    I 打通断头路5条。 | 10月底前 | 区交通运输局/responsible",
		"G 三 保障措施"}, want)
	n := 0
	for _, r := range renderings {
		if !r.ok(d) {
			continue
		}
		for _, tr := range transforms[:2] {
			doc := r.parse(t, d.text(r, tr))
			if why, ok := unreadBetweenSections[r.name]; ok {
				t.Logf("%s, %s: %q", r.name, tr.name, treeOf(doc))
				assert.NotEqual(t, want, treeOf(doc), "%s now reads the table (%s): drop it from unreadBetweenSections", r.name, why)
				assert.True(t, doc.Quality.Review, "%s, %s: a misread must be sent to review", r.name, tr.name)
				continue
			}
			if !assert.Equal(t, treeOf(tabs.parse(t, d.text(tabs, tr))), treeOf(doc), "%s, %s", r.name, tr.name) {
				continue
			}
			assert.NotContains(t, reasonCodes(doc), model.ReasonSingleStyle, "%s, %s", r.name, tr.name)
			n++
		}
	}
	require.Positive(t, n, "no rendering was checked")
	// Without the table, the 一、 sections hold tasks of no other style.
	bare := mustText(t, notice+strings.ReplaceAll(before, "二、重点任务\n", "二、重点任务\n各责任单位按职责分工推进城市更新。（区住房城乡建设局负责）\n")+after)
	require.Equal(t, model.KindWorkPlan, bare.Kind)
	assert.Contains(t, reasonCodes(bare), model.ReasonSingleStyle)
}

// TestHeadingOverProse splits a lone heading cell that took the paragraph
// under it, and keeps a heading wrapped over lines whole.
func TestHeadingOverProse(t *testing.T) {
	for _, c := range []struct {
		cell, heading string
		prose         []string
	}{
		{"三、保障措施\n各责任单位要明确专人负责。", "三、保障措施", []string{"各责任单位要明确专人负责。"}},
		{"四、工作要求\n各地要加强组织领导。\n每月报送进展！", "四、工作要求", []string{"各地要加强组织领导。", "每月报送进展！"}},
		{"三、保障措施", "三、保障措施", nil},
		{"一、深化“放管服”改革，\n持续优化营商环境", "一、深化“放管服”改革，\n持续优化营商环境", nil},     // wrapped
		{"二、加强组织领导。各地要落实责任。\n按月报送。", "二、加强组织领导。各地要落实责任。\n按月报送。", nil}, // run-on heading
	} {
		for _, trad := range []bool{false, true} {
			cell, wantHeading, wantProse := c.cell, c.heading, c.prose
			if trad {
				cell, wantHeading = toTraditional(cell), toTraditional(wantHeading)
				wantProse = nil
				for _, p := range c.prose {
					wantProse = append(wantProse, toTraditional(p))
				}
			}
			heading, prose := headingOverProse(source.Str{S: cell})
			var got []string
			for _, p := range prose {
				got = append(got, p.S)
			}
			assert.Equal(t, wantHeading, heading.S, cell)
			assert.Equal(t, wantProse, got, cell)
		}
	}
}
