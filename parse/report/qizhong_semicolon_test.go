package report

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// TestQizhongEndsAtNewStatement: a 其中 breakdown ends at a semicolon after
// which a clause states a count of its own by its means (；通过微信公众号
// 发布信息1046条), so that count is no part of the whole and its size
// raises no sums warning; parts that are themselves written by their means
// stay parts, and parts that exceed their whole are still warned about.
// A breakdown that adds up to its whole before the semicolon is whole:
// the count after it (；上年结转申请30件) states one of its own.
func TestQizhongEndsAtNewStatement(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		warn       bool
	}{
		{"a new statement by its means after the semicolon",
			"通过门户网站主动公开政府信息628条，其中政策文件21条，政策解读15篇；通过微信公众号发布信息1046条。", false},
		{"a new statement opening with 在 and a place",
			"主动公开政府信息628条，其中政策文件21条；在市民服务中心设置查阅点3个，接待群众1040人次。", false},
		{"parts written by their means stay parts",
			"主动公开政府信息628条，其中通过门户网站公开500条；通过政务微博公开128条。", false},
		{"parts separated by semicolons that exceed the whole",
			"主动公开政府信息100条，其中政策文件80条；政策解读40条。", true},
		{"a breakdown whole before the semicolon: the count after it states its own",
			"本年新收政府信息公开申请500件，其中自然人申请450件，法人或其他组织申请50件；上年结转政府信息公开申请30件。", false},
		{"the same for a review's outcomes and the suits after the semicolon",
			"本年度被申请行政复议20件，其中结果维持15件，结果纠正5件；被提起行政诉讼8件，已审结6件。", false},
		{"parts across the semicolon that add up",
			"主动公开政府信息100条，其中政策文件60条；政策解读40条。", false},
		{"parts after a comma that exceed the whole",
			"主动公开政府信息100条，其中政策文件80条，政策解读40条。", true},
	} {
		for _, sep := range []string{"；", ";"} {
			text := strings.ReplaceAll(tt.text, "；", sep)
			_, warns := Build(source.New(text), "")
			got := false
			for _, w := range warns {
				got = got || w.Code == model.WarnInconsistent
			}
			assert.Equal(t, tt.warn, got, "%s (%q): %v", tt.name, sep, warns)
		}
	}
}
