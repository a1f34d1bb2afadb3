package docmeta

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDocType(t *testing.T) {
	tests := []struct{ title, typ, rest string }{
		{"某市人民政府关于做好防汛工作的通知", "通知", "某市人民政府关于做好防汛工作的"},
		{"某省人民政府办公厅关于某县有关问题的复函", "复函", "某省人民政府办公厅关于某县有关问题的"},
		{"某部办公厅关于印发应急预案的函", "函", "某部办公厅关于印发应急预案的"},
		{"某市人民政府关于同意设立开发区的批复", "批复", "某市人民政府关于同意设立开发区的"},
		{"某厅对市人大第12号建议的答复", "答复", "某厅对市人大第12号建议的"},
		{"某县人民政府关于促进就业的若干意见", "意见", "某县人民政府关于促进就业的若干"},
		{"某县关于表彰先进集体的决定", "决定", "某县关于表彰先进集体的"},
		{"某市道路交通安全管理条例", "条例", "某市道路交通安全管理"},
		{"某区2024年政务公开工作要点", "要点", "某区2024年政务公开工作"},
		{"关于某矿事故调查处理情况的通报  ", "通报", "关于某矿事故调查处理情况的"},
		{"关于印发某项工作方案的通 知", "通知", "关于印发某项工作方案的"},
		{"某縣人民政府關於做好春耕工作的通知", "通知", "某縣人民政府關於做好春耕工作的"},
		{"某市人民政府關於某事項的批復", "批复", "某市人民政府關於某事項的"},
		{"某市2020年政府信息公开工作年度报告", "报告", "某市2020年政府信息公开工作年度"},
		{"某廳對某建議的答覆", "答复", "某廳對某建議的"}, // 覆 folds to 复 only in the phrase 答覆
		{"某局年度工作計畫", "计划", "某局年度工作"},
		{"各区人民政府：", "", ""},
		{"关于做好防汛工作", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		typ, at, ok := DocType(tt.title)
		assert.Equal(t, tt.typ != "", ok, tt.title)
		assert.Equal(t, tt.typ, typ, tt.title)
		if ok {
			assert.Equal(t, tt.rest, tt.title[:at], tt.title)
		}
	}
}

func TestMayEndDocType(t *testing.T) {
	for r, want := range map[rune]bool{'知': true, '函': true, '告': true, '報': true, '覆': true, '畫': true, '的': false, '：': false, ' ': false, 0: false} {
		assert.Equal(t, want, MayEndDocType(r), string(r))
	}
}
