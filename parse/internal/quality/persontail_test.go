package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPersonTail(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"关于提升农村寄递物流服务水平的建议 李建军", true},
		{"推进城市更新行动，年内启动改造老旧小区120个。副市长 王建华", true},
		{"统一答复文书格式，进行复核。\n副县长 刘晓燕", true},
		{"关于加强中小学生心理健康教育的提案　王红梅  ", true},
		{"关于加强中小学生心理健康教育的提案 民盟贵州省委", false}, // an organ, not a person
		{"关于提升农村寄递物流服务水平的建议", false},
		{"王建华", false},     // a name alone: another check's
		{"开展 专项整治", false}, // 专项整治 is no name
		{"推进决策公开 县财政局", false},
		{"新增城镇就业 1.2 万人", false},   // a number's unit: 万 is a surname
		{"发放种粮补贴资金 500 万元", false}, // the same after three digits
		{"完成补贴性技能培训３ 万人", false},   // after a full-width digit
		{"发放种粮补贴资金　500　万元", false}, // after full-width spaces
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, personTail(tt.s), tt.s)
	}
}
