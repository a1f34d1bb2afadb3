package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

func headerOf(t *testing.T, text string) header {
	t.Helper()
	src := source.New(text)
	return readHeader(src, cleanLines(src.Lines()))
}

func value(f *model.Field) string {
	if f == nil {
		return ""
	}
	return f.Value
}

func TestHeaderRecognisers(t *testing.T) {
	tests := []struct {
		name                              string
		text                              string
		mark, number, title, issuer, date string
		recipients                        []string
		publicity, printedBy, printedDate string
		cc                                []string
	}{
		{
			name: "full 版头 and 版记",
			text: "# 苏州市人民政府办公室文件\n\n苏府办〔2017〕141号\n\n---\n\n## 市政府办公室关于印发苏州市 2017 年 政务公开工作要点实施方案的通知\n\n各市、区人民政府，苏州工业园区、苏州高新区管委会；市各有关部门：\n\n正文。\n\n苏州市人民政府办公室\n\n2017 年 5 月 28 日\n\n（此件公开发布）\n\n抄送：省政府办公厅；市委办公室，市编办。\n\n苏州市人民政府办公室\n\n2017年5月31日印发\n",
			mark: "苏州市人民政府办公室文件", number: "苏府办〔2017〕141号",
			title: "市政府办公室关于印发苏州市2017年政务公开工作要点实施方案的通知", issuer: "苏州市人民政府办公室", date: "2017-05-28",
			recipients: []string{"各市、区人民政府", "苏州工业园区、苏州高新区管委会", "市各有关部门"},
			publicity:  "此件公开发布", printedBy: "苏州市人民政府办公室", printedDate: "2017-05-31",
			cc: []string{"省政府办公厅", "市委办公室", "市编办"},
		},
		{
			name: "number variants and Han-numeral date",
			text: "某县人民政府文件\n某政发 [ 2019 ] 7 号\n某县人民政府关于做好2019年政务公开工作的意见\n各乡镇人民政府：\n正文。\n某县人民政府\n二〇一九年三月五日\n",
			mark: "某县人民政府文件", number: "某政发〔2019〕7号", title: "某县人民政府关于做好2019年政务公开工作的意见",
			issuer: "某县人民政府", date: "2019-03-05", recipients: []string{"各乡镇人民政府"},
		},
		{
			name:  "number cited in the body is not the document's",
			text:  "关于印发某市政务公开要点的通知\n各区：\n根据《通知》（苏政办发〔2019〕50号）要求，现印发。\n某市人民政府办公室\n2019年6月1日\n",
			title: "关于印发某市政务公开要点的通知", issuer: "某市人民政府办公室", date: "2019-06-01", recipients: []string{"各区"},
		},
		{
			name:   "number under the title, on a web page",
			text:   "佛山市南海区人民政府办公室关于印发南海区2022年政务公开工作任务分工表的通知\n南府办【2022】9号\n各镇人民政府、街道办事处：\n正文。\n",
			number: "南府办〔2022〕9号", title: "佛山市南海区人民政府办公室关于印发南海区2022年政务公开工作任务分工表的通知",
			recipients: []string{"各镇人民政府、街道办事处"}, issuer: "佛山市南海区人民政府办公室",
		},
		{
			name:  "title over two lines",
			text:  "某市人民政府办公室关于印发某市2020年\n政务公开工作要点的通知\n各区：\n",
			title: "某市人民政府办公室关于印发某市2020年政务公开工作要点的通知", issuer: "某市人民政府办公室", recipients: []string{"各区"},
		},
		{
			name:  "report title gives the issuer",
			text:  "河包镇2020年政府信息公开工作年度报告\n2020年，河包镇严格按照条例规定开展工作。\n",
			title: "河包镇2020年政府信息公开工作年度报告", issuer: "河包镇",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := headerOf(t, tt.text)
			m := h.meta
			assert.Equal(t, tt.mark, value(m.IssuerMark), "issuer_mark")
			assert.Equal(t, tt.number, value(m.DocNumber), "doc_number")
			assert.Equal(t, tt.title, value(m.Title), "title")
			assert.Equal(t, tt.issuer, value(m.Issuer), "issuer")
			assert.Equal(t, tt.date, value(m.SignedDate), "signed_date")
			assert.Equal(t, tt.publicity, value(m.Publicity), "publicity")
			assert.Equal(t, tt.printedBy, value(m.PrintedBy), "printed_by")
			assert.Equal(t, tt.printedDate, value(m.PrintedDate), "printed_date")
			var rs, cc []string
			for _, r := range m.Recipients {
				rs = append(rs, r.Value)
			}
			for _, r := range m.CC {
				cc = append(cc, r.Value)
			}
			assert.Equal(t, tt.recipients, rs, "recipients")
			assert.Equal(t, tt.cc, cc, "cc")
			// Every field's span lies in the source and its line is right.
			for _, f := range []*model.Field{m.IssuerMark, m.DocNumber, m.Title, m.Issuer, m.SignedDate, m.Publicity, m.PrintedBy, m.PrintedDate} {
				if f == nil {
					continue
				}
				require.True(t, f.Span.Start < f.Span.End && f.Span.End <= len(tt.text), "span %+v", f.Span)
				assert.Equal(t, strings.Count(tt.text[:f.Span.Start], "\n")+1, f.Span.Line)
			}
		})
	}
}
