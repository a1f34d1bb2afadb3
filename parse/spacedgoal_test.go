package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGoalSetOffBySpace: a plan whose goal headings carry no 、 after the
// numeral, only a space (一　指导思想, as a bold heading is typed when its
// type marks it), reads as the same plan with 一、, whatever the space
// (U+3000, one or two ASCII spaces), the script or the line ends, with a
// prose goal, goals with （一） tasks and paragraphs closed by unit clauses.
func TestGoalSetOffBySpace(t *testing.T) {
	const plan = "某区2014年政务公开工作实施方案\n为做好全区政务公开工作，制定本方案。\n" +
		"一@总体要求\n坚持以公开为常态、不公开为例外，推进行政权力运行公开透明。\n" +
		"二@重点任务\n（一）推进财政信息公开\n按规定公开部门预算、决算和“三公”经费。（责任单位：区财政局）\n" +
		"公开专项资金分配结果，接受社会监督。（牵头单位：区财政局；配合单位：区审计局、区发改局）\n" +
		"（二）做好征收拆迁信息公开\n公开征收补偿方案和补偿标准。（责任单位：区征收办、各街道办事处）\n" +
		"三@保障措施\n（一）加强组织领导\n各单位明确一名分管负责人具体负责。\n（二）强化考核\n将政务公开纳入年度绩效考核。\n"
	// The plan with 一、 reads whole: written out by hand, not taken from
	// the parser, so that the variants below are held to a true tree.
	require.Equal(t, []string{
		"G 一 总体要求",
		"G 二 重点任务",
		"  T 一 推进财政信息公开",
		"    I 按规定公开部门预算、决算和“三公”经费。 |  | 区财政局/responsible",
		"    I 公开专项资金分配结果，接受社会监督。 |  | 区财政局/lead、区审计局/cooperate、区发改局/cooperate",
		"  T 二 做好征收拆迁信息公开",
		"    I 公开征收补偿方案和补偿标准。 |  | 区征收办/responsible、各街道办事处/responsible",
		"G 三 保障措施",
		"  T 一 加强组织领导",
		"    I 各单位明确一名分管负责人具体负责。 |  | ",
		"  T 二 强化考核",
		"    I 将政务公开纳入年度绩效考核。 |  | ",
	}, treeOf(mustText(t, strings.ReplaceAll(plan, "@", "、"))))
	for _, sep := range []string{"\u3000", " ", "  ", "\u3000\u3000"} {
		for _, tr := range scriptsAndBreaks {
			text := tr.apply(strings.ReplaceAll(plan, "@", sep))
			assert.Equal(t, treeOf(mustText(t, tr.apply(strings.ReplaceAll(plan, "@", "、")))), treeOf(mustText(t, text)), "%q/%s:\n%s", sep, tr.name, text)
		}
	}
}
