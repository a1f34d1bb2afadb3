package timex

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestFrequencies(t *testing.T) {
	tests := []struct {
		in    string
		every []model.Every
		texts []string
	}{
		{"每周公布农贸市场检测信息", []model.Every{model.EveryWeek}, []string{"每周"}},
		{"按月公开全县国有资产处置情况", []model.Every{model.EveryMonth}, []string{"按月"}},
		{"每月更新", []model.Every{model.EveryMonth}, []string{"每月"}},
		{"每季度召开一次", []model.Every{model.EveryQuarter}, []string{"每季度"}},
		{"分季度发布抽查结果", []model.Every{model.EveryQuarter}, []string{"分季度"}},
		{"每半年发布分析报告", []model.Every{model.EveryHalfYear}, []string{"每半年"}},
		{"每年公布断面水质", []model.Every{model.EveryYear}, []string{"每年"}},
		{"定期公布参保情况", []model.Every{model.EveryRegularly}, []string{"定期"}},
		{"长期公示制度", []model.Every{model.EveryContinuous}, []string{"长期"}},
		{"長期公示制度", []model.Every{model.EveryContinuous}, []string{"長期"}},
		{"每日發布", []model.Every{model.EveryDay}, []string{"每日"}},
		{"推进信息公开", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var every []model.Every
			var texts []string
			for _, m := range Frequencies(tt.in) {
				every = append(every, m.Value.Every)
				texts = append(texts, tt.in[m.Start:m.End])
				assert.Equal(t, m.Value.Text, tt.in[m.Start:m.End])
			}
			assert.Equal(t, tt.every, every)
			if tt.texts != nil {
				assert.Equal(t, tt.texts, texts)
			}
		})
	}
}

// The item's frequency is the first stated period, then 定期, then 持续.
func TestMainFrequency(t *testing.T) {
	tests := []struct {
		in   string
		want model.Every
	}{
		{"持续推进，定期公布，每季度通报", model.EveryQuarter},
		{"持续推进，定期公布", model.EveryRegularly},
		{"每周公布，每季度转载", model.EveryWeek},
		{"持续优化", model.EveryContinuous},
	}
	for _, tt := range tests {
		m, ok := MainFrequency(Frequencies(tt.in))
		assert.True(t, ok, tt.in)
		assert.Equal(t, tt.want, m.Value.Every, tt.in)
	}
	_, ok := MainFrequency(nil)
	assert.False(t, ok)
}
