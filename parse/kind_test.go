package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/strgen"
)

// TestKind checks the document kind on texts written for the test, one per
// piece of evidence, for and against.
func TestKind(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		kind      model.Kind
		planTitle string // the issued or attached document's title, if any
		noStats   bool   // the text's counts must not become statistics
	}{
		{
			name: "untitled report: the template's section headings",
			text: "一、总体情况\n2023年，本镇继续推进政府信息公开工作，全年主动公开信息215条。\n" +
				"二、主动公开政府信息情况\n本镇通过门户网站发布政策文件12件。\n" +
				"三、收到和处理政府信息公开申请情况\n本年度共收到申请3件，均按期答复。\n",
			kind: model.KindAnnualReport,
		},
		{
			name: "untitled report: template tables only",
			text: "第二十条第（一）项\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n规章 | 0 | 0 | 0\n行政规范性文件 | 4 | 1 | 9\n" +
				"第二十条第（五）项\n信息内容 | 本年处理决定数量\n行政许可 | 120\n" +
				"本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 0 | 0 | 5\n",
			kind: model.KindAnnualReport,
		},
		{
			name: "untitled report: 现将…年度报告如下 and one section",
			text: "根据条例规定，现将本局2022年度政府信息公开工作年度报告公布如下。\n一、概述\n本局全年主动公开信息86条。\n",
			kind: model.KindAnnualReport,
		},
		{
			name: "a report title run on into the text after a space",
			text: "某镇2020年政府信息公开工作年度报告 本镇全年主动公开信息80条，办理申请2件，均按期答复。\n",
			kind: model.KindAnnualReport,
		},
		{
			name: "untitled report: template headings run together in a line",
			text: "本镇全年依法公开。 一、总体情况 本镇全年主动公开信息80条。 二、主动公开政府信息情况 制发规范性文件2件。\n",
			kind: model.KindAnnualReport,
		},
		{
			name: "a notice forwarding a plan with requirements of its own above the signature",
			text: "某县人民政府办公室关于转发《某市2023年政务公开工作要点》的通知\n各乡镇人民政府，县级各部门：\n" +
				"现将《某市2023年政务公开工作要点》转发给你们，并提出如下要求，请一并贯彻落实。\n" +
				"一、提高认识。各乡镇要把政务公开纳入议事日程。\n二、抓好落实\n（一）细化措施。逐项明确责任股室。\n（二）加强平台建设。及时更新公开专栏。\n" +
				"某县人民政府办公室\n2023年4月23日\n",
			kind: model.KindNotice, planTitle: "某市2023年政务公开工作要点",
		},
		{
			name: "a notice that is its own plan, units above the signature",
			text: "某县人民政府办公室关于做好2023年政务公开重点工作的通知\n各乡镇人民政府，县级各部门：\n" +
				"现将2023年政务公开重点工作通知如下：\n" +
				"一、深化重点领域公开\n（一）公开预决算。细化到项级科目。（责任单位：县财政局）\n（二）公开项目进展。按季度更新。（责任单位：县发改局）\n" +
				"某县人民政府办公室\n2023年4月23日\n",
			kind: model.KindWorkPlan, planTitle: "某县人民政府办公室关于做好2023年政务公开重点工作的通知",
		},
		{
			name: "plan notice mentioning the annual report stays a plan",
			text: "某县人民政府办公室关于印发某县2023年政务公开工作要点的通知\n各乡镇人民政府，县直各部门：\n" +
				"现将《某县2023年政务公开工作要点》印发给你们，工作进展纳入政府信息公开工作年度报告予以公开。\n某县人民政府办公室\n2023年3月1日\n" +
				"某县2023年政务公开工作要点\n一、主动公开政府信息情况\n（一）做好政策解读。重要政策同步解读。（责任单位：县司法局）\n" +
				"（二）收到和处理政府信息公开申请情况。依法答复申请。（责任单位：县政府办公室）\n",
			kind: model.KindWorkPlan, planTitle: "某县2023年政务公开工作要点",
		},
		{
			name: "a clause naming the report among the first lines is no report title",
			text: "某縣人民政府辦公室關於印發某縣2023年政務公開工作要點的通知\n各鄉鎮人民政府：\n" +
				"各單位工作進展納入2023年政府信息公開工作年度報告\n予以公開。\n某縣人民政府辦公室\n2023年3月1日\n" +
				"某縣2023年政務公開工作要點\n一、推進決策公開\n（一）做好政策解讀。重要政策同步解讀。（責任單位：縣司法局）\n",
			kind: model.KindWorkPlan,
		},
		{
			name: "notice issuing a report format is a notice",
			text: "某省政务公开办公室关于印发《政府信息公开工作年度报告格式》的通知\n各市政府办公室：\n" +
				"现将《政府信息公开工作年度报告格式》印发给你们，请遵照执行。\n某省政务公开办公室\n2022年10月8日\n" +
				"政府信息公开工作年度报告格式\n一、报告内容\n（一）总体情况。报告本机关的公开工作总体情况。\n（二）主动公开政府信息情况。按下表填写。\n" +
				"二、收到和处理政府信息公开申请情况\n按表格填报。\n",
			kind: model.KindNotice, planTitle: "政府信息公开工作年度报告格式", noStats: true,
		},
		{
			name: "notice issuing a format, its title line lost",
			text: "各市政府办公室：\n现将修订后的《政府信息公開工作年度報告格式》印發(fā)給你們，请遵照执行。\n" +
				"一、报告内容\n（一）总体情况。报告本机关公开工作的总体情况。\n",
			kind: model.KindNotice, noStats: true,
		},
		{
			name: "notice on compiling reports is a notice, its counts are not stats",
			text: "某市政务公开办公室关于做好2022年政府信息公开工作年度报告编制发布工作的通知\n各区人民政府，市直各单位：\n" +
				"为做好年度报告编制工作，现就有关事项通知如下：\n一、认真部署\n各单位要于2月前完成编制，全市共有35个单位需报送。\n" +
				"二、按时报送\n1.市直单位于2023年1月20日前提交年报。\n2.各区政务公开主管部门负责汇总本区年报。\n",
			kind: model.KindNotice, noStats: true,
		},
		{
			name: "work summary is other even with report-like sections",
			text: "某区2022年政务公开工作总结\n一、主动公开政府信息情况\n全年发布信息320条，解读政策15件。\n" +
				"二、依申请公开情况\n全年受理申请6件。\n三、存在的问题和改进措施\n部分栏目更新不及时。\n",
			kind: model.KindNotice, noStats: true,
		},
		{
			name: "attached task table whose rows are cut off is a plan",
			text: "某县人民政府办公室关于印发2023年惠民实事任务分解表的通知\n各乡镇人民政府：\n现将《2023年惠民实事任务分解表》印发给你们。\n" +
				"某县人民政府办公室\n2023年2月1日\n附件\n2023年惠民实事任务分解表\n序号\t惠民实事\t责任单位\t完成时限\n",
			kind: model.KindWorkPlan, planTitle: "2023年惠民实事任务分解表",
		},
		{
			name: "notice issuing a plan whose body is not in the text",
			text: "某县人民政府办公室关于印发2023年惠民实事任务分解表的通知\n各乡镇人民政府：\n现将《2023年惠民实事任务分解表》印发给你们，请认真贯彻执行。\n" +
				"某县人民政府办公室\n2023年2月1日\n",
			kind: model.KindNotice,
		},
		{
			name: "an announcement numbering its provisions is no plan",
			text: "某某市人民政府公告\n为维护市容秩序，现将有关事项公告如下：\n一、自5月1日起，中心城区主干道禁止占道经营。\n" +
				"二、违反本公告规定的，由城市管理部门依法处理。\n三、本公告自发布之日起施行。\n某某市人民政府\n2024年4月10日\n",
			kind: model.KindNotice,
		},
		{
			name: "a traditional 通告 numbering its provisions is no plan",
			text: "某某縣人民政府通告\n一、自即日起，禁止在河道內採砂。\n二、違反本通告的，依法處理。\n某某縣人民政府\n2024年4月10日\n",
			kind: model.KindNotice,
		},
		{
			name: "a 批复 approving a plan is about it",
			text: "某某市人民政府关于某某区2024年民生实事实施方案的批复\n某某区人民政府：\n你区请示收悉。经研究，现批复如下：\n" +
				"一、原则同意《某某区2024年民生实事实施方案》。\n二、请认真组织实施。\n某某市人民政府\n2024年3月15日\n",
			kind: model.KindNotice, planTitle: "某某区2024年民生实事实施方案",
		},
		{
			name: "minutes whose agreed items name units are a plan",
			text: "某某县人民政府常务会议纪要\n一、关于城区道路改造\n（一）加快施工进度。年底前完成主体工程。（县住建局负责）\n" +
				"（二）做好交通疏导。（县公安局交警大队负责）\n",
			kind: model.KindWorkPlan,
		},
		{
			name: "a report titled 年度…工作报告",
			text: "某某区2023年度政府信息公开工作报告\n一、总体情况\n全年主动公开政府信息120条。\n二、存在的主要问题及改进情况\n部分信息更新不及时。\n",
			kind: model.KindAnnualReport,
		},
		{
			name: "a report of the 政务公开工作年度报告 series",
			text: "某某局2023年政务公开工作年度报告\n一、总体情况\n全年主动公开政府信息120条。\n二、存在的主要问题及改进情况\n部分信息更新不及时。\n",
			kind: model.KindAnnualReport,
		},
		{
			name: "an announcement publishing a report with its body",
			text: "某某市人民政府办公室关于某某市2022年政府信息公开工作年度报告的公告\n一、总体情况\n全年主动公开政府信息120条。\n" +
				"二、存在的主要问题及改进情况\n部分信息更新不及时。\n",
			kind: model.KindAnnualReport,
		},
		{
			name: "an 意见 that is itself the plan, without units: its headings are the plan's body",
			text: "某某市人民政府关于进一步加强政务公开工作的意见\n某府发〔2024〕3号\n各区县人民政府，市政府各部门：\n为加强政务公开工作，提出如下意见。\n" +
				"一、总体要求\n坚持以公开为常态。\n二、主要任务\n（一）推进决策公开。重大决策预公开。\n（二）推进执行公开。公开重点工作进展。\n" +
				"某某市人民政府\n2024年2月1日\n",
			kind: model.KindWorkPlan, planTitle: "某某市人民政府关于进一步加强政务公开工作的意见",
		},
		{
			name: "untitled plan body is a plan",
			text: "一、加强政策解读\n（一）做好解读。文件与解读同步审签。（责任单位：区政府办公室）\n（二）回应关切。及时回应热点。（区网信办牵头）\n",
			kind: model.KindWorkPlan,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := build(tt.text)
			require.Equal(t, tt.kind, doc.Kind)
			if tt.planTitle != "" {
				require.NotNil(t, doc.Plan)
				require.NotNil(t, doc.Plan.Title)
				assert.Equal(t, tt.planTitle, doc.Plan.Title.Value)
			}
			if tt.noStats {
				assert.Nil(t, doc.Report)
			}
		})
	}
}

func TestFirstClause(t *testing.T) {
	long := strings.Repeat("政", 80)
	tests := []struct{ name, s, want string }{
		{"up to a sentence end", "某县政府信息公开年度报告。根据条例", "某县政府信息公开年度报告"},
		{"up to a cell break", "某县政府信息公开年度报告|2021", "某县政府信息公开年度报告"},
		{"no break", "某县政府信息公开年度报告", "某县政府信息公开年度报告"},
		{"80 runes is a title", long, long},
		{"80 runes then a break", long + "。后文", long},
		{"81 runes is not", long + "府", ""},
		{"81 runes before the break", long + "府。", ""},
		{"invalid bytes count as runes", "\xff" + long, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, firstClause(tt.s))
		})
	}
}

func TestIsReportTitle(t *testing.T) {
	for title, want := range map[string]bool{
		"某某县人民政府2022年政府信息公开工作年度报告":      true,
		"某某县人民政府2012年政府信息公开年度报告":        true,
		"某某區2021年政府信息公開工作年度報告":          true,
		"某某区2023年度政府信息公开工作报告":           true,
		"某某区2013年度政府信息公开工作情况报告":         true,
		"某某局2023年政务公开工作年度报告":            true,
		"某某局2023年政务公开工作报告":              false,
		"某某区2019年政府信息公开工作年度报告本报告":       false,
		"关于2023年度政府信息公开工作情况的报告":         false,
		"关于做好2022年度政府信息公开工作年度报告编制工作的通知": false,
		"中华人民共和国政府信息公开工作年度报告格式":         false,
	} {
		assert.Equal(t, want, isReportTitle(title), title)
	}
}

func TestTitleObject(t *testing.T) {
	for title, want := range map[string]string{
		"某某市人民政府办公室关于某某市2022年政府信息公开工作年度报告的公告":  "某某市2022年政府信息公开工作年度报告",
		"某某县人民政府关于公布《某某县2022年政府信息公开工作年度报告》的通知": "某某县2022年政府信息公开工作年度报告",
		"某某縣人民政府關於公布某某縣2022年政府信息公開工作年度報告的通知":   "某某縣2022年政府信息公開工作年度報告",
		"某某市人民政府公告":       "",
		"关于做好政务公开工作的通知":   "做好政务公开工作",
		"某某市政府信息公开工作年度报告": "",
	} {
		assert.Equal(t, want, titleObject(title), title)
	}
}

// TestPublishedReport titles a report that a notice publishes with the
// report's title, not the notice's, with or without the report's own
// title line below the notice.
func TestPublishedReport(t *testing.T) {
	body := "一、总体情况\n2023年，全县主动公开政府信息5200条。\n二、存在的主要问题及改进情况\n部分单位更新不及时。\n"
	for _, text := range []string{
		"某某县人民政府办公室关于公布某某县2023年政府信息公开工作年度报告的通知\n各乡镇人民政府：\n现将年度报告予以公布。\n" +
			"某某县人民政府办公室\n2024年1月25日\n某某县2023年政府信息公开工作年度报告\n" + body,
		"某某县人民政府办公室关于公布某某县2023年政府信息公开工作年度报告的通知\n" + body,
	} {
		doc := build(text)
		require.Equal(t, model.KindAnnualReport, doc.Kind, text)
		require.NotNil(t, doc.Report)
		assert.Equal(t, "某某县2023年政府信息公开工作年度报告", doc.Report.Title, text)
	}
}

// isReportTitled skips a line that cannot hold 信息公开 before cutting its
// first clause: on generated lines of the word's runes, the clause breaks
// (。 |) and other text, no first clause can hold it where its line
// cannot.
func TestReportTitleLineGate(t *testing.T) {
	pieces := []string{"信", "息", "公开", "。", "|", "某县", " ", "报告"}
	strgen.Walk(pieces, 5, func(s string) {
		if !publicWord.MayBeIn(s) {
			require.False(t, publicWord.MayBeIn(firstClause(s)), "%q", s)
		}
	})
}
