package timex

import (
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
		{"年底实现80%以上政务服务事项在线办理", []tg{{model.TargetAtLeast, 80, "%", "80%以上"}}},
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
