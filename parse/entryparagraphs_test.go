package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestParagraphsBetweenOneSentenceEntries: after a one-sentence entry
// (its own item), an entry whose sentence is followed by paragraphs of
// prose before the next entry has those paragraphs as its item — the
// head starts after its sentence, as under any title-only heading —
// whatever the entry style (第X条 articles, 1. entries, （一） entries),
// the number of paragraphs, the script and line breaks; the paragraphs
// are not the goal's. Paragraphs after the last entry, closing the goal
// before the next one, still speak for the goal.
func TestParagraphsBetweenOneSentenceEntries(t *testing.T) {
	styles := []struct {
		name string
		no   func(i int) string
		tno  []string
	}{
		{"articles", func(i int) string { return "第" + []string{"一", "二", "三"}[i] + "条\u3000" }, []string{"一", "二", "三"}},
		{"arabic", func(i int) string { return fmt.Sprint(i+1) + "." }, []string{"1", "2", "3"}},
		{"bracketed", func(i int) string { return "（" + []string{"一", "二", "三"}[i] + "）" }, []string{"一", "二", "三"}},
	}
	paras := [][]string{
		{"按月申报的，于次月十日前报送汇总表。"},
		{"按月申报的，于次月十日前报送汇总表。", "逾期未报的，由主管部门责令限期改正。"},
	}
	for _, st := range styles {
		for _, ps := range paras {
			for _, tr := range scriptsAndBreaks {
				text := "某市公共资源交易管理规定\n一、一般规定\n" +
					st.no(0) + "本规定适用于本市行政区域内的公共资源交易活动。\n" +
					st.no(1) + "交易中心应当定期统计交易数据。\n" + strings.Join(ps, "\n") + "\n" +
					st.no(2) + "本规定自发布之日起施行。\n" +
					"二、附则\n本规定由市政务服务局负责解释。\n"
				t.Run(fmt.Sprintf("%s/%d/%s", st.name, len(ps), tr.name), func(t *testing.T) {
					got := withoutPreamble(treeLines(t, tr.apply(text)))
					want := []string{
						"一 一般规定",
						"  " + st.tno[0] + " 本规定适用于本市行政区域内的公共资源交易活动",
						"  - 本规定适用于本市行政区域内的公共资源交易活动。 0",
						"  " + st.tno[1] + " 交易中心应当定期统计交易数据",
						"  - " + ps[0] + " 0",
						"  " + st.tno[2] + " 本规定自发布之日起施行",
						"  - 本规定自发布之日起施行。 0",
						"二 附则",
					}
					if tr.name == transforms[1].name {
						for i := range want {
							want[i] = toTraditional(want[i])
						}
					}
					assert.Equal(t, want, got)
				})
			}
		}
	}
	t.Run("a paragraph closing the goal after the last entry is the goal's", func(t *testing.T) {
		got := withoutPreamble(treeLines(t, "某市公共资源交易管理规定\n一、一般规定\n1.本规定适用于本市行政区域内的公共资源交易活动。\n2.交易中心应当定期统计交易数据。\n"+
			"各单位要认真执行，遇到问题及时报告。\n二、附则\n本规定由市政务服务局负责解释。\n"))
		assert.Equal(t, []string{"一 一般规定", "  1 本规定适用于本市行政区域内的公共资源交易活动", "  - 本规定适用于本市行政区域内的公共资源交易活动。 0",
			"  2 交易中心应当定期统计交易数据", "  - 交易中心应当定期统计交易数据。 0", "二 附则"}, got)
	})
}

// withoutPreamble drops treeLines' preamble line (a title the header did
// not take is the plan's preamble).
func withoutPreamble(lines []string) []string {
	if len(lines) > 0 && strings.HasPrefix(lines[0], "preamble ") {
		return lines[1:]
	}
	return lines
}
