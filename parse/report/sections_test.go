package report

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// TestSectionHeadings checks report sections on texts written for the test.
func TestSectionHeadings(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // level, ordinal and heading
	}{
		{"a heading running on after a colon ends at it",
			"一、总体情况\n（一）主动公开情况：全年公开信息30条，及时更新。\n（二）依申请公开情况\n本年未收到申请。",
			[]string{"1 一 总体情况", "2 一 主动公开情况", "2 二 依申请公开情况"}},
		{"a heading running on after a space ends at it",
			"一、概述 2021年，本局继续推进公开工作。\n二、主动公开政府信息情况 全年公开信息12条。",
			[]string{"1 一 概述", "1 二 主动公开政府信息情况"}},
		{"template headings run together on one line, each ended by a space",
			"一、总体情况 本局全年公开信息12条。 二、主动公开政府信息情况 本局发布文件3件。 三、收到和处理政府信息公开申请情况 本年收到申请2件。",
			[]string{"1 一 总体情况", "1 二 主动公开政府信息情况", "1 三 收到和处理政府信息公开申请情况"}},
		{"a heading named inside a sentence is none",
			"一、概述\n本报告包括一、总体情况和二、主动公开政府信息情况等部分。",
			[]string{"1 一 概述"}},
		{"a heading running on after 。 ends at it",
			"一、总体情况。本局全年公开信息12条。",
			[]string{"1 一 总体情况"}},
		{"row labels of template tables and 第二十条 captions are not sections",
			"二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n规章 | 0 | 0 | 0\n" +
				"三、收到和处理政府信息公开申请情况\n申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计\n" +
				"一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3\n二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n",
			[]string{"1 二 主动公开政府信息情况", "1 三 收到和处理政府信息公开申请情况"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, _ := Build(source.New(tt.text), "")
			var got []string
			for _, s := range rep.Sections {
				got = append(got, fmtSection(s.Level, s.No, s.Heading))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func fmtSection(level int, no, heading string) string {
	return string(rune('0'+level)) + " " + no + " " + heading
}

// TestFindTitle checks which line names the report.
func TestFindTitle(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a title line", "某区2021年政府信息公开工作年度报告\n一、总体情况", "某区2021年政府信息公开工作年度报告"},
		{"a 年度工作报告 title", "政府信息公开年度工作报告（样稿）\n本年度报告是根据《条例》编制的。", "政府信息公开年度工作报告（样稿）"},
		{"a sentence naming the report is not its title", "本年度报告是根据《中华人民共和国政府信息公开条例》\n要求编制。", ""},
		{"a page without line breaks", "某县政府信息公开工作年度报告一、总体情况本县全年公开信息30条，及时更新栏目，保障公众知情权，推进公开工作。", "某县政府信息公开工作年度报告"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, findTitle(source.New(tt.text).Lines()))
		})
	}
}

func TestInlineHeadings(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // number and heading of each
	}{
		{"no template name", "一、工作目标", nil},
		{"one after a sentence", "报告。一、总体情况2019年", []string{"一 总体情况"}},
		{"in order, with and without the 、 of 复议、诉讼", "。一、总体情况 …。二、主动公开政府信息情况 …。三、政府信息公开行政复议行政诉讼情况", []string{"一 总体情况", "二 主动公开政府信息情况", "三 政府信息公开行政复议行政诉讼情况"}},
		{"out of order is skipped", "二、总体情况 …四、存在的主要问题及改进情况 三、其他需要报告的事项", []string{"二 总体情况", "三 其他需要报告的事项"}},
		{"traditional script and spaces", "一、總體 情況", []string{"一 總體 情況"}},
		{"a name without its numeral", "、总体情况 九、总体情况", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, h := range inlineHeadings(source.New(tt.text), normalize(tt.text)) {
				got = append(got, h.no+" "+h.text)
				assert.Equal(t, h.no, tt.text[h.a:h.a+len(h.no)])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
