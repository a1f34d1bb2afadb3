package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestClosingLinesFooter: a saved page's footer (主办：… 承办：… beside its
// ICP备 licence, below 【打印本页】) is no part of the notice's words, so a
// whole notice followed by it ends closed; a notice cut in mid-sentence
// stays cut whatever follows it, and a footer-labelled line with no page
// furniture beside it is the notice's own.
func TestClosingLinesFooter(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		closed bool
	}{
		{"footer below the licence", "四、其他事项\n\n本年度没有需要说明的事项。\n\n【打印】 【关闭】\n主办：某某县人民政府办公室　承办：某某县数据中心\n浙ICP备12345678号", true},
		{"licence before the footer line", "全年办结申请七件。\n\n【关闭窗口】\n湘ICP备00001111号-2\n主办单位：某区人民政府　联系电话：0000-1234567", true},
		{"footer line under furniture, no licence", "工作水平进一步提升。\n\n【打印此页】【关闭】\n\n主办：某镇人民政府", true},
		{"two footer lines under the share bar", "按期完成整改任务。\n分享到：微信 微博\n主办单位：某市政府办公厅\n地址：某市人民路1号", true},
		{"cut mid-sentence, footer after", "进一步加强政务公开平台的\n\n【打印本页】 【关闭窗口】\n主办：某某市人民政府办公室\n苏ICP备22223333号", false},
		{"cut mid-sentence, nothing after", "全年共受理依申请公开\n", false},
		{"a footer label with no furniture is the notice's own", "（三）开展志愿服务活动。\n主办单位：市文明办", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.closed, endsClosed(withoutClosingLines(tt.text)))
		})
	}
}
