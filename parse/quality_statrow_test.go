package parse_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
	"github.com/zwgk/gongwen/segment/script"
)

// statFormReport is a report of the years before 2019 that closes on its
// statistics form (统计指标 | 单位 | 统计数), as a .docx's tables come out:
// one row a line, tab-separated cells.
const statFormReport = "某某局2016年政府信息公开工作年度报告\n" +
	"一、概述\n2016年，我局认真贯彻《条例》，扎实推进政府信息公开工作。\n" +
	"二、主动公开政府信息情况\n全年主动公开政府信息86条。\n" +
	"三、其他需要报告的事项\n附件：政府信息公开情况统计表\n" +
	"统计指标\t单位\t统计数\n" +
	"一、主动公开情况\t\t\n" +
	"（一）主动公开政府信息数\t条\t86\n" +
	"二、依申请公开情况\t\t\n" +
	"（一）收到申请数\t件\t3\n" +
	"三、政府信息公开保障情况\t\t\n" +
	"（一）召开政府信息公开工作会议数\t次\t2\n" +
	"（二）举办各类培训班数\t次\t1\n" +
	"（三）接受培训人员数\t人次\t46"

// TestReportEndingOnStatRowIsWhole: a report whose text ends on its form's
// last row in its last section (其他需要报告的事项), the stat in its last
// cell, is whole, in either script and whatever white space closes it;
// the same form cut inside that row (a cell short), a report cut in
// mid-sentence, and a text ending on a whole row of a table in an earlier
// section are still truncated.
func TestReportEndingOnStatRowIsWhole(t *testing.T) {
	scripts := []struct {
		name string
		do   func(string) string
	}{{"simplified", func(s string) string { return s }}, {"traditional", script.ToTraditional}}
	ends := []string{"", "\n", "\t\n", " \n\n", "\r\n"}
	for _, sc := range scripts {
		for _, end := range ends {
			text := sc.do(statFormReport) + end
			if end == "\r\n" {
				text = strings.ReplaceAll(text, "\n", "\r\n")
			}
			doc, err := parse.Text(text)
			require.NoError(t, err)
			require.NotNil(t, doc.Report, "%s %q", sc.name, end)
			require.NotEmpty(t, doc.Report.Stats)
			assert.Equal(t, 46.0, doc.Report.Stats[len(doc.Report.Stats)-1].Value, "%s %q", sc.name, end)
			_, ok := reasonOf(doc, model.ReasonTruncated, "")
			assert.False(t, ok, "%s %q: %+v", sc.name, end, doc.Quality.Reasons)
		}
		for name, cut := range map[string]string{
			"a cell short": statFormReport[:strings.LastIndex(statFormReport, "\t")],
			"mid-sentence": statFormReport[:strings.Index(statFormReport, "扎实推进")],
			"mid-form":     statFormReport[:strings.LastIndex(statFormReport, "（三）接受")] + "（三）接受培训",
			// a whole row of a table in an earlier section: the sections
			// after it were cut
			"earlier section": strings.Replace(statFormReport, "三、其他需要报告的事项", "三、收到和处理政府信息公开申请情况", 1),
		} {
			doc, err := parse.Text(sc.do(cut))
			require.NoError(t, err)
			_, ok := reasonOf(doc, model.ReasonTruncated, "")
			assert.True(t, ok, "%s %s: %+v", sc.name, name, doc.Quality.Reasons)
		}
	}
}

// TestSignedReportEndingOnAttachedFormIsWhole: a report signed at its end
// (某某局 / 2017年3月20日) with its statistics form attached after the
// signature ends on the form's last row whatever its last section is
// (存在的主要问题及改进措施): the report ended at its signature. The same form
// unsigned, or signed but cut inside its last row or mid-form, or a signed
// report cut in mid-sentence before the form, or a report dated under its
// title (not signed above the form) ending on a row of an earlier
// section, is still truncated.
func TestSignedReportEndingOnAttachedFormIsWhole(t *testing.T) {
	const closing = "三、其他需要报告的事项\n附件：政府信息公开情况统计表\n"
	const signed = "三、存在的主要问题及改进措施\n我局将进一步规范依申请公开办理程序。\n\n某某局\n2017年3月20日\n\n附表\n"
	const unsigned = "三、存在的主要问题及改进措施\n我局将进一步规范依申请公开办理程序。\n\n附表\n"
	signedForm := strings.Replace(statFormReport, closing, signed, 1)
	tests := []struct {
		name      string
		text      string
		truncated bool
	}{
		{"signed, whole last row", signedForm, false},
		{"signed, page number after", signedForm + "\n\n—4—\n", false},
		{"signed, a cell short", signedForm[:strings.LastIndex(signedForm, "\t")], true},
		{"signed, mid-form", signedForm[:strings.LastIndex(signedForm, "（三）接受")] + "（三）接受培训", true},
		{"unsigned, whole last row", strings.Replace(statFormReport, closing, unsigned, 1), true},
		{"cut before the signature", signedForm[:strings.Index(signedForm, "办理程序")], true},
		// dated under its title, not signed above the form: a whole row of
		// an earlier section's table ends a cut text
		{"dated under the title, earlier section", strings.Replace(strings.Replace(statFormReport, "工作年度报告\n", "工作年度报告\n（2017年3月20日）\n", 1), "三、其他需要报告的事项", "三、收到和处理政府信息公开申请情况", 1), true},
	}
	for _, tt := range tests {
		for _, sc := range []func(string) string{func(s string) string { return s }, script.ToTraditional} {
			doc, err := parse.Text(sc(tt.text))
			require.NoError(t, err)
			require.NotNil(t, doc.Report, tt.name)
			_, ok := reasonOf(doc, model.ReasonTruncated, "")
			assert.Equal(t, tt.truncated, ok, "%s: %+v", tt.name, doc.Quality.Reasons)
		}
	}
}
