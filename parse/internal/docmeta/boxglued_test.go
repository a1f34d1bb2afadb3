package docmeta

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBoxLineGluedPairs: a box line whose spans a page rendered without a
// space between them (信息索取号：X组配分类：Y) gives each pair its own value
// when every label after the first keeps its colon, whichever labels, two
// or three pairs, full- or half-width colons, simplified or traditional; a
// label word inside a value without a colon after it stays in the value.
func TestBoxLineGluedPairs(t *testing.T) {
	pairs := []kv{
		{BoxIndexNo, "002717835/2016-00142"},
		{BoxCategory, "市府办文件"},
		{BoxPublisher, "湖州市人民政府办公室"},
		{BoxOther, "2016-05-09"},
		{BoxDocNumber, "湖政办发〔2016〕38号"},
		{BoxTitle, "湖州市人民政府办公室关于做好2016年政务公开工作的通知"},
	}
	labels := map[BoxKey][]string{
		BoxIndexNo:   {"信息索取号", "索引号"},
		BoxCategory:  {"组配分类", "主题分类"},
		BoxPublisher: {"发布机构", "發布機構"},
		BoxOther:     {"生成日期", "有效性"},
		BoxDocNumber: {"文　　号", "文號", "发文字号"},
		BoxTitle:     {"名称", "标题"},
	}
	for _, colon := range []string{"：", ":"} {
		for n := 2; n <= 3; n++ {
			for first := 0; first+n <= len(pairs); first++ {
				for v := 0; v < 3; v++ {
					var line strings.Builder
					var want []kv
					for _, p := range pairs[first : first+n] {
						ls := labels[p.key]
						line.WriteString(ls[v%len(ls)] + colon + p.value)
						want = append(want, p)
					}
					label := fmt.Sprintf("%s/%d/%d/%d", colon, n, first, v)
					assert.Equal(t, want, boxPairs(line.String()), "%s: %s", label, line.String())
				}
			}
		}
	}
	// A label word in a value, no colon after it: one pair.
	assert.Equal(t, []kv{{BoxTitle, "某县关于规范文号分类管理的通知"}}, boxPairs("标题：某县关于规范文号分类管理的通知"))
}
