package report

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// TestNounJiKeepsItsJi: a prose count whose label ends in a noun closed by
// 计 (总计, 小计, 开展审计, 完成统计) keeps that 计, in a list of template
// counts written as prose or alone, after any subject, in both scripts;
// a 计 that only counts (受理申请计5件) still goes.
func TestNounJiKeepsItsJi(t *testing.T) {
	labels := []string{"总计", "小计", "开展内部审计", "完成年报统计"}
	openers := []string{"", "我镇", "予以公开2件，不予公开0件，"}
	for _, label := range labels {
		for _, op := range openers {
			text := "2022年政府信息公开工作年度报告\n" + op + label + "3件。"
			for _, sc := range bothScripts {
				rep, _ := Build(source.New(sc.do(text)), "")
				require.NotNil(t, rep)
				require.NotEmpty(t, rep.Stats, "%s: %s", sc.name, text)
				last := rep.Stats[len(rep.Stats)-1]
				assert.Equal(t, sc.do(label), last.Label, "%s: %s", sc.name, text)
				assert.Equal(t, 3.0, last.Value, "%s: %s", sc.name, text)
			}
		}
	}
	rep, _ := Build(source.New("2022年政府信息公开工作年度报告\n受理申请计5件。"), "")
	require.NotNil(t, rep)
	require.Len(t, rep.Stats, 1)
	assert.Equal(t, "受理申请", rep.Stats[0].Label)
}
