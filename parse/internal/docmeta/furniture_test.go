package docmeta

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFurniture(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"首页 > 政务公开 > 政策文件", true},
		{"首页>>信息公开>>通知公告", true},
		{"网站首页＞政府文件＞市政府办公室文件", true},
		{"> 政策法规", true},
		{"首页 > 关于印发某市工作要点的通知", true},
		{"某市人民政府关于某事的通知.doc", true},
		{"某县2020年工作计划.DOCX", true},
		{"文档编号：AB1234", true},
		{"上传时间：2020-01-01", true},
		{"（本文有删减）", true},
		{"(有删减)", true},
		{"分享到：", true},
		{"浏览次数：12", true},
		{"各区人民政府：", false},
		{"增长率>5%的地区要加强监测。", false},
		{"（此件公开发布）", false},
		{"一、总体要求", false},
		{"第1.2条的规定", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Furniture(tt.in), tt.in)
	}
}
