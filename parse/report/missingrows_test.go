package report

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// requestRows are the row labels of section 三's table as a 2021-template
// report writes them, in order.
var requestRows = []string{
	"一、本年新收政府信息公开申请数量",
	"二、上年结转政府信息公开申请数量",
	"三、本年度办理结果 （一）予以公开",
	"（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
	"（三）不予公开 1.属于国家秘密",
	"2.其他法律行政法规禁止公开",
	"3.危及“三安全一稳定”",
	"4.保护第三方合法权益",
	"5.属于三类内部事务信息",
	"6.属于四类过程性信息",
	"7.属于行政执法案卷",
	"8.属于行政查询事项",
	"（四）无法提供 1.本机关不掌握相关政府信息",
	"2.没有现成信息需要另行制作",
	"3.补正后申请内容仍不明确",
	"（五）不予处理 1.信访举报投诉类申请",
	"2.重复申请",
	"3.要求提供公开出版物",
	"4.无正当理由大量反复申请",
	"5.要求行政机关确认或重新出具已获取信息",
	"（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
	"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
	"3.其他",
	"（七）总计",
	"四、结转下年度继续办理",
}

// requestTable writes section 三's table with rows, each with seven zero
// values, as a PDF text layer gives them.
func requestTable(rows []string) string {
	var b strings.Builder
	b.WriteString("某某镇人民政府2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n" +
		"申请人情况 自然人 法人或其他组织 总计\n商业企业 科研机构 社会公益组织 法律服务机构 其他\n")
	for _, r := range rows {
		b.WriteString(r + " 0 0 0 0 0 0 0\n")
	}
	b.WriteString("四、政府信息公开行政复议、行政诉讼情况\n")
	return b.String()
}

// without returns requestRows less the rows at the indexes drop.
func without(drop ...int) []string {
	var out []string
	for i, r := range requestRows {
		if !slices.Contains(drop, i) {
			out = append(out, r)
		}
	}
	return out
}

// TestMissingRows warns when section 三's table lacks template rows inside
// it (rows a page break lost), and not for a whole table, the 2019
// template's single 其他处理 row, an excerpt of a few rows, or a table
// cut off after its last row read.
func TestMissingRows(t *testing.T) {
	v2019 := append(without(20, 21, 22)[:20:20], append([]string{"（六）其他处理"}, requestRows[23:]...)...)
	tests := []struct {
		name string
		rows []string
		want []string // the missing row keys named by the warning
	}{
		{"the whole table", requestRows, nil},
		{"the 2019 template", v2019, nil},
		{"an excerpt", []string{requestRows[0], requestRows[1], requestRows[2], requestRows[23], requestRows[24]}, nil},
		{"the last row cut off", requestRows[:24], nil},
		{"one row lost", without(3), []string{"部分公开"}},
		{"rows lost at page breaks", without(14, 21, 22, 23), []string{"无法提供/补正后申请内容仍不明确", "其他处理/申请人逾期未按收费通知要求缴纳费用", "其他处理/其他", "总计"}},
		{"a 2019 row lost", append(v2019[:5:5], v2019[6:]...), []string{"不予公开/其他法律行政法规禁止公开"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, warns := Build(sourceOf(requestTable(tt.rows)), "")
			require.NotNil(t, rep.Tables)
			require.Len(t, rep.Tables.Requests.Rows, len(tt.rows), "every row written is read")
			got := requireUnread(t, warns, tt.want != nil)
			if got == nil {
				return
			}
			assert.Contains(t, got[0].Message, strings.Join(tt.want, "、"))
			require.NotNil(t, got[0].Span)
		})
	}
}

// requireUnread returns the one table_unread warning of warns when want,
// and checks there is none otherwise (returning nil).
func requireUnread(t *testing.T, warns []model.Warning, want bool) []model.Warning {
	t.Helper()
	var got []model.Warning
	for _, w := range warns {
		if w.Code == model.WarnTableUnread {
			got = append(got, w)
		}
	}
	if !want {
		assert.Empty(t, got)
		return nil
	}
	require.Len(t, got, 1)
	return got
}
