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
		// A portal's error-report button and editor line under the article.
		{"【我要纠错】　责任编辑：王明", true},
		{"[糾錯]", true},
		{"责任编辑：李红", true},
		{"纠错整改到位", false},
		{"我要纠错的问题", false},
		{"责任编辑部门要加强审核", false},
		// The close of a WeChat 公众号 article copied as text.
		{"预览时标签不可点", true},
		{"微信扫一扫", true},
		{"關注該公眾號", true},
		{"阅读 1286", true},
		{"閱讀 10万+", true},
		{"在看", true},
		{"點贊", true},
		{"阅读原文", true},
		{"阅读材料", false},
		{"在看守所", false},
		{"阅读", false},
		{"浏览次数：12", true},
		{"发布日期：2021-03-26　　浏览次数：12", true},
		{"发布日期：2013-03-07　　文号：某街〔2013〕8号　　浏览次数：356", false}, // the header reads the number
		{"索引号：000/2020-01 浏览次数：7", false},
		{"發佈日期：2013-03-07　文號：某街〔2013〕8號　瀏覽次數：356", false},
		{"當前位置：首頁 > 信息公開", true},
		{"首頁 > 政務公開", true},
		{"（本文有刪減）", true},
		{"瀏覽次數：12", true},
		{"返回頂部", true},
		{"返回顶部", true},
		{"【打印本页】【关闭窗口】", true},
		{"[返回顶部]", true},
		{"【打印此页】　【关闭窗口】", true},
		{"［關閉本頁］", true},
		{"某市人民政府办公室主办　　黔ICP备12345678号", true},
		{"主辦單位：某市人民政府　ICP備案：黔ICP備12345678號", true},
		{"网站标识码：5200000009", true},
		{"黔公網安備 52000002000009号", true},
		{"完善设备采购制度，做好登记备案。", false},
		{"推行电子证照二维码亮码办事。", false},
		{"【责任单位：市司法局】", false},
		{"上傳時間：2020-01-01", true},
		{"字號：大 中 小", true},
		{"各区人民政府：", false},
		{"增长率>5%的地区要加强监测。", false},
		{"（此件公开发布）", false},
		{"一、总体要求", false},
		{"第1.2条的规定", false},
		{"2.某县防汛责任人名单.xlsx", true},
		{"某区2023年重点项目表.XLS", true},
		{"附件1.某市实施方案.ofd", true},
		{"相关附件：", true},
		{"附件下载：", true},
		{"上一篇：某县人民政府关于某事的通知", true},
		{"下一篇：没有了", true},
		{"下一條：某縣人民政府關於某事的通知", true},
		{"扫一扫在手机打开当前页", true},
		{"访问www.example.net", false},
		{"附件：某县2023年防汛工作方案", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Furniture(tt.in), tt.in)
	}
}

func TestFoldedHead(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"当前位置：首页", 4, "当前位置"},
		{"當前位置：首頁", 4, "当前位置"},
		{"首頁 > 政務公開", 2, "首页"},
		{"第3頁", 10, "第3页"},
		{"ab", 5, "ab"},
		{"", 3, ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, foldedHead(tt.in, tt.n), tt.in)
	}
	assert.Zero(t, testing.AllocsPerRun(10, func() { foldedHead("第 3 页，共 10 页", 64) }), "simplified text is not copied")
}

func TestFileName(t *testing.T) {
	for s, want := range map[string]bool{
		"某县工作要点.docx": true, "某县工作要点.PDF": true, "a.doc": true, "报告.wps": true, "b.txt": true,
		".doc": false, "doc": false, "某县工作要点.xls": true, "某县任务清单.et": true, "某某.net": false, "增长1.5个百分点": false, "见附件.doc。": false, "": false,
	} {
		assert.Equal(t, want, fileName(s), s)
	}
}
