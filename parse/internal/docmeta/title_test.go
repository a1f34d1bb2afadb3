package docmeta

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTitleCore(t *testing.T) {
	tests := []struct{ in, want string }{
		{"某市人民政府关于某事的通知", "某市人民政府关于某事的通知"},
		{"【重点工作】某市人民政府关于某事的通知", "某市人民政府关于某事的通知"},
		{"第一篇:某县人民政府文件", "某县人民政府文件"},
		{"第2篇：关于某事的通知", "关于某事的通知"},
		{"标　　题：某厅关于某事的复函", "某厅关于某事的复函"},
		{"名 称: 某办公室 关于印发某方案的通知", "某办公室 关于印发某方案的通知"},
		{"標　　題：某廳關於某事的復函", "某廳關於某事的復函"},
		{"《某市2020年工作要点》", "某市2020年工作要点"},
		{"【】", "【】"},
		{"第一次会议纪要", "第一次会议纪要"},
		{"名称相近的单位", "名称相近的单位"},
	}
	for _, tt := range tests {
		sp := TitleCore(tt.in)
		assert.Equal(t, tt.want, tt.in[sp.Start:sp.End], tt.in)
	}
}

func TestPublicity(t *testing.T) {
	tests := []struct{ in, want string }{
		{"（此件公开发布）", "此件公开发布"},
		{"(此件主动公开)", "此件主动公开"},
		{"(此件公開發(fā)布)", "此件公開發(fā)布"},
		{"（此件主動公開）", "此件主動公開"},
		{"（依申請公開）", "依申請公開"},
		{"（ 此件依申请公开 ）", "此件依申请公开"},
		{"（公开方式：主动公开）", "公开方式：主动公开"},
		{"（二〇二〇年三月一日）", ""},
		{"（此件）", "此件"},
		{"此件公开发布", ""},
	}
	for _, tt := range tests {
		sp, ok := Publicity(tt.in)
		assert.Equal(t, tt.want != "", ok, tt.in)
		if ok {
			assert.Equal(t, tt.want, tt.in[sp.Start:sp.End], tt.in)
		}
	}
}
