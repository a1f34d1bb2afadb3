package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMarksInRow tells a matrix row's marks from bullets and symbols
// inside prose.
func TestMarksInRow(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"修订公开目录 ● ○ ○ 2024年6月底前", true},
		{"建设文件库\u3000○\u3000★\u30002024年12月底前", true},
		{"完成培训 √ √ 全年", true},
		{"整治出入口环境 牵头 配合 配合 2011年7月底", true},
		{"牵头单位 配合单位 完成时限", false},
		{"由县住建局 牵头，县财政局 配合", false},
		{"●全面推进政务公开标准化建设。", false},
		{"● 全面推进政务公开标准化建设。\n● 深化政策解读。", false},
		{"评选“★级”服务窗口 ○ 号", false},
		{"完成培训两次以上。", false},
	} {
		assert.Equal(t, tc.want, marksInRow(tc.s), tc.s)
	}
}
