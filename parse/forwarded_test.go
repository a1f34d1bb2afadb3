package parse

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/eval"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// TestIssuedDocument: what an issuing notice's title issues.
func TestIssuedDocument(t *testing.T) {
	tests := []struct{ title, want string }{
		{"某市人民政府办公室关于印发某市2025年数字政府建设要点的通知", "某市2025年数字政府建设要点"},
		{"某省人民政府关于下发《某省河湖长制考核办法》的通知", "某省河湖长制考核办法"},
		{"某縣人民政府辦公室關於印發某縣農村供水保障方案的通知", "某縣農村供水保障方案"},
		{"某区人民政府办公室关于转发某市节水行动实施方案的通知", "某市节水行动实施方案"},
		{"某市人民政府关于加强河湖管护工作的通知", ""},                   // issues nothing
		{"某市人民政府办公室关于印发某市节水行动实施方案的意见", ""},            // not a 通知
		{"某市人民政府办公室印发某市节水行动实施方案", ""},                 // no 文种
		{"某市人民政府关于印发《某办法》《某细则》的通知", ""},               // two documents
		{"某办公室关于印发〈某省政务公开年度报告格式〉的通知", "某省政务公开年度报告格式"}, // nested quote
		{"某办公室關於印發〈某省政務公開年度報告格式〉的通知", "某省政務公開年度報告格式"},
		{"某市人民政府关于印发〈某办法〉〈某细则〉的通知", ""},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			x, ok := issuedDocument(source.Str{S: tt.title})
			assert.Equal(t, tt.want != "", ok)
			assert.Equal(t, tt.want, x.S)
		})
	}
}

// TestForwardedIssuingNotice generates 转发 notices that quote the notice
// which issued a plan (《…关于印发X的通知》), in the title or in the
// forwarding sentence, with or without a 附件 line, with the plan's body
// attached or not, in both scripts and with several bracket styles of the
// quoted notice's number: each names the plan X, never the quoted notice.
func TestForwardedIssuingNotice(t *testing.T) {
	const plan = "滨江市2025年城乡供水一体化推进方案"
	quoted := "滨江市人民政府办公室关于印发" + plan + "的通知"
	titles := map[string]string{
		"plain title":  "临河县人民政府办公室关于转发" + plan + "的通知",
		"quoted title": "临河县人民政府办公室关于转发《" + quoted + "》的通知",
	}
	numbers := []string{"（滨政办〔2025〕3号）", "(滨政办[2025]3号)", ""}
	body := "\n" + plan + "\n\n一、总体目标\n（一）完善供水网络。年底前完成主管网改造。（县水利局牵头，县财政局配合）\n"
	for tname, title := range titles {
		for _, no := range numbers {
			for _, attach := range []bool{false, true} {
				for _, attached := range []bool{false, true} {
					var b strings.Builder
					b.WriteString(title + "\n临政办〔2025〕11号\n\n各乡镇人民政府，县直各单位：\n")
					b.WriteString("现将《" + quoted + "》" + no + "转发给你们，请结合实际认真贯彻落实。\n\n")
					if attach {
						b.WriteString("附件：" + plan + "\n\n")
					}
					b.WriteString("临河县人民政府办公室\n2025年3月18日\n")
					if attached {
						b.WriteString(body)
					}
					for _, tr := range bothScripts {
						name := strings.Join([]string{tname, no, map[bool]string{true: "附件"}[attach], map[bool]string{true: "attached"}[attached], tr.name}, "/")
						t.Run(name, func(t *testing.T) {
							text := tr.do(b.String())
							doc, err := Text(text)
							require.NoError(t, err)
							g := eval.FromDocument(doc)
							require.NotNil(t, g.Meta.PlanTitle, text)
							assert.Equal(t, tr.do(plan), *g.Meta.PlanTitle, text)
							if attached {
								assert.Equal(t, "workplan", g.Kind, text)
							} else {
								assert.NotEqual(t, "workplan", g.Kind, text)
							}
						})
					}
				}
			}
		}
	}
}

// TestForwardedNoticeDoubt: a 转发 notice quoting an issuing notice whose
// document cannot be taken out of its title (no 关于) is sent to review
// with a meta_doubt on the issued title, in both scripts; one whose title
// gives the document is not.
func TestForwardedNoticeDoubt(t *testing.T) {
	const tmpl = "临河县人民政府办公室关于转发%s的通知\n临政办〔2025〕11号\n\n各乡镇人民政府：\n现将《%s》（滨政办〔2025〕3号）转发给你们，请认真贯彻落实。\n\n临河县人民政府办公室\n2025年3月18日\n"
	tests := []struct {
		name, quoted string
		doubt        bool
	}{
		{"no 关于: the notice's title stays", "滨江市人民政府办公室印发滨江市城乡供水一体化推进方案的通知", true},
		{"关于印发: the document is read", "滨江市人民政府办公室关于印发滨江市城乡供水一体化推进方案的通知", false},
		{"a notice that issues nothing", "滨江市人民政府办公室关于加强城乡供水管理的通知", false},
	}
	for _, tt := range tests {
		for _, tr := range bothScripts {
			t.Run(tt.name+"/"+tr.name, func(t *testing.T) {
				doc, err := Text(tr.do(fmt.Sprintf(tmpl, "滨江市城乡供水一体化推进方案", tt.quoted)))
				require.NoError(t, err)
				doubt := slices.ContainsFunc(doc.Quality.Reasons, func(r model.Reason) bool { return r.Code == model.ReasonMetaDoubt })
				assert.Equal(t, tt.doubt, doubt, doc.Quality.Reasons)
				if tt.doubt {
					assert.True(t, doc.Quality.Review)
				}
			})
		}
	}
}

// TestForwardedReportIsNoPlan generates notices that forward a department's
// report (《关于…工作意见的报告》, 《…落实情况的报告》) whose body, attached
// under the notice's signature, has 一、 sections and （一） measures naming
// no unit: the notice issues no plan, so it is a notice that keeps the
// report's headings and names the report as what it forwards — in both
// scripts, with the report's own signature or without it. Forwarding an
// 实施意见 of the same body, or a report whose measures name units, is
// still a work plan.
func TestForwardedReportIsNoPlan(t *testing.T) {
	measures := []string{
		"（一）加强监测预警。各地要完善监测站网，及时报送异常情况。",
		"（二）做好应急准备。修订本地区应急预案，组织开展演练。",
	}
	withUnits := []string{
		"（一）加强监测预警。各地要完善监测站网，及时报送异常情况。（省应急厅负责）",
		"（二）做好应急准备。修订本地区应急预案，组织开展演练。（省应急厅牵头，各市政府落实）",
	}
	for _, tc := range []struct {
		name, issued string
		measures     []string
		want         string
	}{
		{"opinions reported", "关于2025年灾害趋势和加强防灾工作意见的报告", measures, "notice"},
		{"a progress report", "关于防灾减灾工作方案落实情况的报告", measures, "notice"},
		{"an 实施意见", "关于加强防灾减灾工作的实施意见", measures, "workplan"},
		{"a report whose measures name units", "关于2025年灾害趋势和加强防灾工作意见的报告", withUnits, "workplan"},
	} {
		for _, signed := range []bool{false, true} {
			var b strings.Builder
			b.WriteString("某省人民政府办公厅转发省应急厅" + strings.TrimPrefix(tc.issued, "关于") + "的通知\n某政办发〔2025〕4号\n各市人民政府，省政府各部门：\n")
			b.WriteString("省应急厅《" + tc.issued + "》已经省人民政府同意，现转发给你们，请认真贯彻执行。\n某省人民政府办公厅\n2025年2月10日\n")
			b.WriteString(tc.issued + "\n省人民政府：\n现将有关情况和意见报告如下：\n一、今年灾害形势\n预计全年灾害总体偏重，汛期局地强降雨偏多。\n二、加强防灾工作的意见\n")
			b.WriteString(strings.Join(tc.measures, "\n") + "\n")
			if signed {
				b.WriteString("省应急厅\n2025年1月20日\n")
			}
			for _, tr := range bothScripts {
				t.Run(fmt.Sprintf("%s/signed %v/%s", tc.name, signed, tr.name), func(t *testing.T) {
					text := tr.do(b.String())
					doc, err := Text(text)
					require.NoError(t, err)
					g := eval.FromDocument(doc)
					assert.Equal(t, tc.want, g.Kind, text)
					require.NotNil(t, g.Meta.PlanTitle, text)
					assert.Equal(t, tr.do(tc.issued), *g.Meta.PlanTitle)
					require.Len(t, g.Goals, 2, text)
					assert.Len(t, g.Goals[1].Tasks, 2, text)
				})
			}
		}
	}
}
