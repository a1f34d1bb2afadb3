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
		docType                           string
		issuers                           []string // when several
		recipients                        []string
		publicity, printedBy, printedDate string
		issued                            string
		cc                                []string
	}{
		{
			name: "full 版头 and 版记",
			text: "# 青川市人民政府办公室文件\n\n青政办〔2023〕88号\n\n---\n\n## 市政府办公室关于印发青川市 2023 年 政务公开工作要点实施方案的通知\n\n各县、区人民政府，青川经济开发区、青川高新区管委会；市各有关部门：\n\n正文。\n\n青川市人民政府办公室\n\n2023 年 4 月 18 日\n\n（此件公开发布）\n\n抄送：省政府办公厅；市委办公室，市编办。\n\n青川市人民政府办公室\n\n2023年4月20日印发\n",
			mark: "青川市人民政府办公室文件", number: "青政办〔2023〕88号",
			title: "市政府办公室关于印发青川市2023年政务公开工作要点实施方案的通知", issuer: "青川市人民政府办公室", date: "2023-04-18", docType: "通知",
			recipients: []string{"各县、区人民政府", "青川经济开发区、青川高新区管委会", "市各有关部门"},
			publicity:  "此件公开发布", printedBy: "青川市人民政府办公室", printedDate: "2023-04-20",
			cc: []string{"省政府办公厅", "市委办公室", "市编办"},
		},
		{
			name: "number variants and Han-numeral date",
			text: "某县人民政府文件\n某政发 [ 2019 ] 7 号\n某县人民政府关于做好2019年政务公开工作的意见\n各乡镇人民政府：\n正文。\n某县人民政府\n二〇一九年三月五日\n",
			mark: "某县人民政府文件", number: "某政发〔2019〕7号", title: "某县人民政府关于做好2019年政务公开工作的意见", docType: "意见",
			issuer: "某县人民政府", date: "2019-03-05", recipients: []string{"各乡镇人民政府"},
		},
		{
			name:  "number cited in the body is not the document's",
			text:  "关于印发某市政务公开要点的通知\n各区：\n根据《通知》（苏政办发〔2019〕50号）要求，现印发。\n某市人民政府办公室\n2019年6月1日\n",
			title: "关于印发某市政务公开要点的通知", issuer: "某市人民政府办公室", docType: "通知", date: "2019-06-01", recipients: []string{"各区"},
		},
		{
			name:   "number under the title, on a web page",
			text:   "佛山市南海区人民政府办公室关于印发南海区2022年政务公开工作任务分工表的通知\n南府办【2022】9号\n各镇人民政府、街道办事处：\n正文。\n",
			number: "南府办〔2022〕9号", title: "佛山市南海区人民政府办公室关于印发南海区2022年政务公开工作任务分工表的通知", docType: "通知",
			recipients: []string{"各镇人民政府、街道办事处"}, issuer: "佛山市南海区人民政府办公室",
		},
		{
			name:  "title over two lines",
			text:  "某市人民政府办公室关于印发某市2020年\n政务公开工作要点的通知\n各区：\n",
			title: "某市人民政府办公室关于印发某市2020年政务公开工作要点的通知", issuer: "某市人民政府办公室", docType: "通知", recipients: []string{"各区"},
		},
		{
			name:   "title over three lines, the authority alone on the first",
			text:   "某省人民政府办公厅\n关于某市在省长调研时所提问题\n办理情况的函\n某政办函〔2004〕7号\n某市人民政府：\n正文。\n某省人民政府办公厅\n二〇〇四年八月十二日\n",
			number: "某政办函〔2004〕7号",
			title:  "某省人民政府办公厅关于某市在省长调研时所提问题办理情况的函",
			issuer: "某省人民政府办公厅", date: "2004-08-12", docType: "函", recipients: []string{"某市人民政府"},
		},
		{
			name:   "joint issuers: a list in the title, side by side in the signature",
			text:   "某省人民政府办公厅、某军区政治部\n关于加强民兵训练场地\n管理工作的通知\n某政办发〔1996〕25号\n各市人民政府：\n正文。\n某省人民政府办公厅　某军区政治部\n一九九六年六月二十九日\n",
			number: "某政办发〔1996〕25号",
			title:  "某省人民政府办公厅、某军区政治部关于加强民兵训练场地管理工作的通知",
			issuer: "某省人民政府办公厅、某军区政治部", issuers: []string{"某省人民政府办公厅", "某军区政治部"},
			date: "1996-06-29", docType: "通知", recipients: []string{"各市人民政府"},
		},
		{
			name:   "a reply to a proposal: authority 对 … 的答复, no 关于",
			text:   "某市人民政府办公室对市人大\n二次会议第12号建议的答复\n某政办函〔2006〕71号\n张某代表：\n正文。\n",
			number: "某政办函〔2006〕71号",
			title:  "某市人民政府办公室对市人大二次会议第12号建议的答复",
			issuer: "某市人民政府办公室", docType: "答复", recipients: []string{"张某代表"},
		},
		{
			name:   "forwarding: authority 转发 another body's report",
			text:   "某省人民政府办公厅转发省气象局\n关于做好汛期气象服务工作意见\n报告的通知\n正文。\n",
			title:  "某省人民政府办公厅转发省气象局关于做好汛期气象服务工作意见报告的通知",
			issuer: "某省人民政府办公厅", docType: "通知",
		},
		{
			name:  "page furniture around the title: column name in 【】, breadcrumb, file name, label",
			text:  "首页>>政务公开>>文件\n某市2020年工作要点.doc\n【重点工作】某市人民政府关于2020年重点工作的通知\n各区：\n",
			title: "某市人民政府关于2020年重点工作的通知", issuer: "某市人民政府", docType: "通知", recipients: []string{"各区"},
		},
		{
			name: "document-sharing page: 第一篇 prefix, number after the mark, title glued to the addressees",
			text: "第一篇:某县某镇人民政府文件\n某镇人民政府文件 某府发[2001]15号\n某镇人民政府 关于印发《某镇卫生工作规划》的通知 各村民委员会:\n正文。\n",
			mark: "某县某镇人民政府文件", number: "某府发〔2001〕15号",
			title: "某镇人民政府关于印发《某镇卫生工作规划》的通知", issuer: "某镇人民政府", docType: "通知", issued: "某镇卫生工作规划",
		},
		{
			name:  "附注 with pinyin glosses inside",
			text:  "某縣人民政府辦公室關於印發某方案的通知\n各鄉鎮：\n正文。\n某縣人民政府辦公室\n2023年9月1日\n(此件公開發(fā)布)\n",
			title: "某縣人民政府辦公室關於印發某方案的通知", issuer: "某縣人民政府辦公室", date: "2023-09-01", docType: "通知",
			publicity: "此件公開發(fā)布", recipients: []string{"各鄉鎮"},
		},
		{
			name:  "date without separators above the 附注; department named in the issued document's title",
			text:  "关于印发《某市教育局2024年工作要点》的通知\n各县区教育局：\n现将《某市教育局2024年工作要点》印发给你们。\n2024327\n(此件主动公开)\n",
			title: "关于印发《某市教育局2024年工作要点》的通知", issuer: "某市教育局", date: "2024-03-27", docType: "通知", issued: "某市教育局2024年工作要点",
			publicity: "此件主动公开", recipients: []string{"各县区教育局"},
		},
		{
			name:   "date above the addressees when there is no signature, zero written as the letter O",
			text:   "(二OO八年二月二十六日)\n某府办〔2008〕18号\n各镇人民政府:\n特此通知\n",
			number: "某府办〔2008〕18号", date: "2008-02-26", recipients: []string{"各镇人民政府"},
		},
		{
			name:  "the issued document named in the issuing sentence, its body not in the text",
			text:  "某市人民政府关于印发某市防汛预案的通知\n各区：\n《某市防汛预案（2021年修订）》已经市政府同意，现印发给你们，请认真执行。\n某市人民政府\n2021年5月1日\n",
			title: "某市人民政府关于印发某市防汛预案的通知", issuer: "某市人民政府", date: "2021-05-01", docType: "通知",
			issued: "某市防汛预案（2021年修订）", recipients: []string{"各区"},
		},
		{
			name:  "pinyin glosses inside the title's 關于 on a mirror site",
			text:  "某省辦公室關(guān)于印發(fā)《某省工作報告格式》的通知\n各市：\n正文。\n",
			title: "某省辦公室關(guān)于印發(fā)《某省工作報告格式》的通知", issuer: "某省辦公室", docType: "通知",
			issued: "某省工作報告格式", recipients: []string{"各市"},
		},
		{
			name:  "report title gives the issuer",
			text:  "石桥镇2020年政府信息公开工作年度报告\n2020年，石桥镇严格按照条例规定开展工作。\n",
			title: "石桥镇2020年政府信息公开工作年度报告", issuer: "石桥镇", docType: "报告",
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
			assert.Equal(t, tt.docType, value(m.DocType), "doc_type")
			assert.Equal(t, tt.issued, value(m.IssuedTitle), "issued_title")
			var issuers []string
			for _, f := range m.Issuers {
				issuers = append(issuers, f.Value)
			}
			switch {
			case tt.issuers != nil:
				assert.Equal(t, tt.issuers, issuers, "issuers")
			case tt.issuer != "":
				assert.Equal(t, []string{tt.issuer}, issuers, "issuers")
			default:
				assert.Empty(t, issuers, "issuers")
			}
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
			for _, f := range []*model.Field{m.IssuerMark, m.DocNumber, m.Title, m.DocType, m.Issuer, m.SignedDate, m.Publicity, m.PrintedBy, m.PrintedDate} {
				if f == nil {
					continue
				}
				require.True(t, f.Span.Start < f.Span.End && f.Span.End <= len(tt.text), "span %+v", f.Span)
				assert.Equal(t, strings.Count(tt.text[:f.Span.Start], "\n")+1, f.Span.Line)
			}
		})
	}
}

func TestReadClosing(t *testing.T) {
	tests := []struct {
		text string
		used string // the line marked used, "" for none
	}{
		{"关于某事的通知\n各区：\n正文。\n特此通知。\n某市人民政府\n2020年1月1日\n2020年工作要点\n", "特此通知。"},
		{"关于某事的复函\n某县：\n正文。\n此复\n", "此复"},
		{"關於某事的通知\n各區：\n正文。\n特此通知\n", "特此通知"},
		{"关于某事的通知\n各区：\n特此通知如下事项。\n", ""},
	}
	for _, tt := range tests {
		src := source.New(tt.text)
		lines := cleanLines(src.Lines())
		readHeader(src, lines)
		got := ""
		for _, ln := range lines {
			if ln.used && strings.Contains(ln.s.S, "此") {
				got = ln.s.S
			}
		}
		assert.Equal(t, tt.used, got, tt.text)
	}
}

func TestDocNumberShapes(t *testing.T) {
	tests := []struct{ text, want string }{
		{"某县人民政府文件\n某政发〔2019〕7号\n关于某事的通知\n", "某政发〔2019〕7号"},
		{"某政发 [ 2019 ] 7 号\n关于某事的通知\n", "某政发〔2019〕7号"},
		{"某府发(2019)３号\n关于某事的通知\n", "某府发〔2019〕3号"},
		{"某府办【2022】9号\n关于某事的通知\n", "某府办〔2022〕9号"},
		{"某政办发201835号\n关于某事的通知\n", "某政办发201835号"},
		{"文号：某教发〔2021〕2号\n关于某事的通知\n", "某教发〔2021〕2号"},
		{"某县人民政府办公室\n某 政 办 函 〔2023〕 17 号\n某县人民政府办公室关于某事的函\n", "某政办函〔2023〕17号"},
		{"某 政 发〔2023〕5号　　　　签发人：王某\n某县人民政府关于某事的请示\n", "某政发〔2023〕5号"},
		{"某县人民政府关于某事的通知\n（某政发〔2023〕8号）\n各乡镇：\n", "某政发〔2023〕8号"},
		{"某县人民政府关于某事的通知\n(某政發[2023]8號)\n各乡镇：\n", "某政發〔2023〕8號"},
		{"某县人民政府关于某事的通知\n（此件公开发布）\n各乡镇：\n", ""},
		{"連江縣政府關於辦理年度考核的通知\n府人字第1120001234號\n各局處室：\n", "府人字第1120001234號"},
		{"关于某事的通知\n各区：\n根据《某通知》（某政发〔2019〕50号）要求。\n", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, value(headerOf(t, tt.text).meta.DocNumber), tt.text)
	}
}

func TestIssuerOnTheLineAboveTheTitle(t *testing.T) {
	h := headerOf(t, "某市人民政府办公室\n关于印发某市防汛预案的通知\n各区：\n正文。\n")
	assert.Equal(t, "某市人民政府办公室关于印发某市防汛预案的通知", value(h.meta.Title))
	assert.Equal(t, "某市人民政府办公室", value(h.meta.Issuer))
	assert.Equal(t, "通知", value(h.meta.DocType))
}

func TestReportTitleOverTwoLines(t *testing.T) {
	tests := []struct{ text, title, issuer string }{
		{"某县文化局2020年政府信息公开\n工作年度报告\n本报告根据条例编制。\n", "某县文化局2020年政府信息公开工作年度报告", "某县文化局"},
		{"某县人民政府\n2021年政府信息公开工作年度报告\n本报告根据条例编制。\n", "某县人民政府2021年政府信息公开工作年度报告", "某县人民政府"},
		{"2019年政府信息公开\n工作年度报告\n", "2019年政府信息公开工作年度报告", ""},
	}
	for _, tt := range tests {
		h := headerOf(t, tt.text)
		assert.Equal(t, tt.title, value(h.meta.Title), tt.text)
		assert.Equal(t, tt.issuer, value(h.meta.Issuer), tt.text)
		assert.Equal(t, "报告", value(h.meta.DocType), tt.text)
	}
}

func TestTitleAboveRecipients(t *testing.T) {
	tests := []struct{ text, want string }{
		{"某区持续深化政务公开重点工作的任务分解\n各乡镇人民政府、区政府各部门:\n现将任务分解如下：\n", "某区持续深化政务公开重点工作的任务分解"},
		{"某政发〔2019〕7号\n各乡镇人民政府：\n正文。\n", ""},
		{"某县人民政府文件\n各乡镇人民政府：\n正文。\n", ""},
		{"某县人民政府\n各乡镇人民政府：\n正文。\n", ""},
		{"一、总体要求\n各乡镇人民政府：\n", ""},
		{"某市2020年工作要点\n根据要求，现印发如下：\n", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, value(headerOf(t, tt.text).meta.Title), tt.text)
	}
}

func TestGlossedPrefix(t *testing.T) {
	tests := []struct{ s, plainPrefix, want string }{
		{"國務(wù)院關(guān)于", "國務院", "國務(wù)院"},
		{"某省政府关于", "某省政府", "某省政府"},
		{"發(fā)改委", "發", "發"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.s[:glossedPrefix(tt.s, len(tt.plainPrefix))], tt.s)
	}
}

func TestSqueeze(t *testing.T) {
	tests := []struct{ in, want string }{
		{"苏州市 2017 年", "苏州市2017年"},
		{"关于印发 某市 工作要点 的通知", "关于印发某市工作要点的通知"},
		{"Made in China 2025 行动", "Made in China 2025行动"},
		{"a  \u3000 b", "a  b"},      // only a space right after a space is dropped
		{"a\u00a0b", "a b"},          // a no-break space becomes a space
		{" 标题 ", "标题"},               // at either end
		{"a \t b", "a \t b"},         // a tab is kept, and counts as space around the spaces
		{"x \u200b y", "x \u200b y"}, // so does a zero-width space
		{"无空格的标题", "无空格的标题"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, squeeze(tt.in), "%q", tt.in)
	}
}

// naiveSqueeze is squeeze as first written, searching both ways from
// every space: the reference the scanner must agree with.
func naiveSqueeze(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if r == ' ' || r == '\u3000' || r == '\u00a0' {
			var prev, next rune
			for j := i - 1; j >= 0; j-- {
				if !source.IsSpace(rs[j]) {
					prev = rs[j]
					break
				}
			}
			for j := i + 1; j < len(rs); j++ {
				if !source.IsSpace(rs[j]) {
					next = rs[j]
					break
				}
			}
			if source.IsHan(prev) || source.IsHan(next) || prev == 0 || next == 0 || !isASCIIWord(prev) || !isASCIIWord(next) {
				continue
			}
			if i > 0 && rs[i-1] == ' ' {
				continue
			}
			r = ' '
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TestSqueezeMatchesNaive compares squeeze with its reference on random
// mixtures of words, Han characters and every kind of space.
func TestSqueezeMatchesNaive(t *testing.T) {
	pieces := []string{"a", "Z9", "市", "年", " ", "\u3000", "\u00a0", "\t", "\u200b", "，", "-", "2017"}
	for _, s := range mixtures(3, 3000, 10, pieces) {
		assert.Equal(t, naiveSqueeze(s), squeeze(s), "%q", s)
	}
}

// mayIssue keeps every line an issuing word can be read from, in either
// script, and turns away lines without 》 or without the words' marks.
func TestMayIssue(t *testing.T) {
	for s, want := range map[string]bool{
		"现将《某区2024年政务公开工作要点》印发给你们，请认真贯彻落实。": true,
		"現將《某區2024年政務公開工作要點》印發給你們，請認真貫徹落實。": true,
		"《某市实施办法》已经市政府同意，现转发给你们。":           true,
		"《某县工作方案》现予印发。":                     true,
		"根据《某省办法》要求，现就有关事项通知如下：":            false, // no 发
		"现将工作要点印发给你们。":                      false, // no 》
		"《某办法》发布以来，各地认真落实。":                 false, // neither 给 nor 予
	} {
		assert.Equal(t, want, mayIssue(s), s)
	}
	for _, w := range issuingWords {
		assert.True(t, strings.Contains(w, "发") && (strings.Contains(w, "给") || strings.Contains(w, "予")), w)
	}
}

// sentenceInCore is true only where the title core holds a 。.
func TestSentenceInCore(t *testing.T) {
	for s, want := range map[string]bool{
		"为做好政务公开工作，现将有关事项通知如下。":  true,
		"国办发〔2024〕1号 关于做好工作的通知。": true,
		"标题：关于印发某方案的通知。":         true,
		"【重点。工作】某市人民政府关于某事的通知":   false, // the 。 may stand in the column name
		"各单位要加强领导。【责任单位】某局":      true,  // a 【 after the 。 cannot wrap it
		"关于印发某区2024年政务公开工作要点的通知": false,
		"《某市人民政府关于某事的通知》":        false,
	} {
		assert.Equal(t, want, sentenceInCore(s), s)
		if want {
			core := titleCore(source.New(s).Lines()[0])
			assert.True(t, strings.ContainsRune(core.S, '。'), s)
		}
	}
}

// mayEndTitle is true wherever isTitleText holds of the title core.
func TestMayEndTitle(t *testing.T) {
	titles := 0
	for _, s := range []string{
		"关于印发某区2024年政务公开工作要点的通知", "国办发〔2024〕1号 关于做好工作的通知\u200b", "《某市人民政府关于某事的通知》",
		"标题：某省人民政府办公厅关于某事的意见", "关於某事的通(tōng)知(zhī)", "某县2020年政府信息公開工作年度報告 ",
		"某县政府信息公开年报", "国务院办公厅对某议案的答覆", "规章", "0", "信息内容",
	} {
		core := titleCore(source.New(s).Lines()[0])
		if isTitleText(core.S) {
			titles++
			assert.True(t, mayEndTitle(s), s)
			assert.True(t, mayEndTitle(core.S), s)
		}
	}
	assert.GreaterOrEqual(t, titles, 7, "the table holds titles")
	for _, s := range []string{"规章", "0", "信息内容", "本年新增", "", " "} {
		assert.False(t, mayEndTitle(s), s)
	}
}
