package timex

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

func TestTargets(t *testing.T) {
	type tg struct {
		op    model.TargetOp
		value float64
		unit  string
		text  string
	}
	tests := []struct {
		in   string
		want []tg
	}{
		{"年底前80%以上证明事项实现网上核验", []tg{{model.TargetAtLeast, 80, "%", "80%以上"}}},
		{"专项行动信息不少于 5 个", []tg{{model.TargetAtLeast, 5, "个", "不少于 5 个"}}},
		{"至少进行 1 次专题研究", []tg{{model.TargetAtLeast, 1, "次", "至少进行 1 次"}}},
		{"至少开展一次", []tg{{model.TargetAtLeast, 1, "次", "至少开展一次"}}},
		{"办结率100%", []tg{{model.TargetEqual, 100, "%", "100%"}}},
		{"办结率１００％", []tg{{model.TargetEqual, 100, "%", "１００％"}}},
		{"将误差控制在3%以内", []tg{{model.TargetAtMost, 3, "%", "控制在3%以内"}}},
		{"控制在总量的5%以内", []tg{{model.TargetAtMost, 5, "%", "控制在总量的5%以内"}}},
		{"增长6.2%左右", []tg{{model.TargetAbout, 6.2, "%", "6.2%左右"}}},
		{"不超过5个工作日", []tg{{model.TargetAtMost, 5, "个工作日", "不超过5个工作日"}}},
		{"征求意见期限一般不少于30日", []tg{{model.TargetAtLeast, 30, "日", "不少于30日"}}},
		{"1个工作日以内办结", nil},
		{"推行最多跑一次改革", nil},
		{"考核分值不低于总分值的 4%", []tg{{model.TargetAtLeast, 4, "%", "不低于总分值的 4%"}}},
		{"三级医院14个单病种", nil},
		{"苏府办〔2017〕5号", nil},
		{"2017年", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := Targets(tt.in)
			require.Len(t, got, len(tt.want), "%+v", got)
			for i, w := range tt.want {
				g := got[i].Value
				assert.Equal(t, tg{g.Op, g.Value, g.Unit, g.Text}, w)
				assert.Equal(t, w.text, tt.in[got[i].Start:got[i].End])
			}
		})
	}
}

// number reads integers without parsing them as text, and gives what
// strconv.ParseFloat gives for every number it reads.
func TestNumber(t *testing.T) {
	for _, s := range []string{"0", "7", "0123", "2023", "999999999", "1234567890", "3.5", "０.７５", "12.", "100%", "1.2.3", "05.50"} {
		f := fold(s, nil)
		v, j, ok := f.number(0, false)
		require.True(t, ok, s)
		want, err := strconv.ParseFloat(string(f.r[:j]), 64)
		require.NoError(t, err, s)
		assert.Equal(t, want, v, s)
	}
	v, j, ok := fold("三次", nil).number(0, true)
	assert.True(t, ok)
	assert.Equal(t, 3.0, v)
	assert.Equal(t, 1, j)
	_, _, ok = fold("三次", nil).number(0, false)
	assert.False(t, ok, "a Chinese count only after a comparison")
}
