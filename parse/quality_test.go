package parse_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
	"github.com/zwgk/gongwen/segment/script"
)

// noticeHead is a notice that issues a plan, for texts whose plan is the
// point of the test.
const noticeHead = "某某市人民政府办公室关于印发某某市2024年政务公开工作要点的通知\n" +
	"某政办发〔2024〕3号\n各区人民政府，市政府各部门：\n" +
	"现将《某某市2024年政务公开工作要点》印发给你们，请认真贯彻执行。\n" +
	"某某市人民政府办公室\n2024年3月1日\n某某市2024年政务公开工作要点\n"

// threeLevels is a plan whose items all name their units, ending in a
// finished sentence: nothing to doubt.
const threeLevels = "一、深化重点领域信息公开\n" +
	"（一）推进财政信息公开。细化预决算公开内容。（市财政局负责）\n" +
	"（二）推进就业信息公开。及时发布招聘信息。（市人社局负责）\n" +
	"二、加强政策解读\n" +
	"（一）做好政策解读。解读与文件同步发布。（市政府办公室牵头，各部门配合）\n"

// TestQualityReasons checks that each reason fires on a text made to show
// it, and does not fire on a control text that lacks it.
func TestQualityReasons(t *testing.T) {
	tests := []struct {
		name, code    string
		text, control string
		element       string // JSON Pointer of a flagged element, "" for a document reason
	}{
		{
			name: "table typed by column count", code: model.ReasonGuessedColumns,
			text: noticeHead +
				"一、优化营商环境\t（一）推进审批改革\t压缩企业开办时间。\t市行政审批局\n" +
				"\t（二）加强事中事后监管\t推行双随机抽查。\t市市场监管局\n",
			control: noticeHead + "工作目标\t工作任务\t主要内容\t责任单位\n" +
				"一、优化营商环境\t（一）推进审批改革\t压缩企业开办时间。\t市行政审批局\n" +
				"\t（二）加强事中事后监管\t推行双随机抽查。\t市市场监管局\n",
			element: "/plan/goals/0/tasks/0/items/0",
		},
		{
			name: "heading levels from one style", code: model.ReasonSingleStyle,
			text: noticeHead +
				"1.细化预决算公开内容。（市财政局负责）\n" +
				"2.及时发布招聘信息。（市人社局负责）\n",
			control: noticeHead + threeLevels,
		},
		{
			name: "an item without units among items with units", code: model.ReasonNoUnits,
			text: noticeHead + "一、深化重点领域信息公开\n" +
				"（一）推进财政信息公开。细化预决算公开内容。（市财政局负责）\n" +
				"（二）推进就业信息公开。及时发布招聘信息。\n" +
				"（三）推进教育信息公开。公开招生政策。（市教育局负责）\n",
			control: noticeHead + threeLevels,
			element: "/plan/goals/0/tasks/1/items/0",
		},
		{
			name: "a unit name without an organisation ending", code: model.ReasonUnitName,
			text: noticeHead + "一、深化重点领域信息公开\n" +
				"（一）推进财政信息公开。细化预决算公开内容。（责任单位：市融媒体、市财政局）\n",
			control: noticeHead + threeLevels,
			element: "/plan/goals/0/tasks/0/items/0/units/0",
		},
		{
			name: "much of the plan's text unplaced", code: model.ReasonUnplaced,
			text:    noticeHead + "（责任单位：" + strings.Repeat("市财政局、市人社局、市教育局、市卫健委、", 3) + "市商务局）\n" + threeLevels,
			control: noticeHead + threeLevels,
		},
		{
			name: "text cut off inside the last item", code: model.ReasonTruncated,
			text: noticeHead + "一、深化重点领域信息公开\n" +
				"（一）推进财政信息公开。细化预决算公开内容。（市财政局负责）\n" +
				"（二）推进就业信息公开。及时发布招聘信息，做好",
			control: noticeHead + threeLevels,
			element: "/plan/goals/0/tasks/1/items/0",
		},
		{
			name: "a 附注 without the date above it", code: model.ReasonMetaMissing,
			text: "某某市人民政府办公室关于做好政务公开工作的通知\n各区人民政府：\n" +
				"请认真做好本年度政务公开工作。\n（此件公开发布）\n",
			control: "某某市人民政府办公室关于做好政务公开工作的通知\n各区人民政府：\n" +
				"请认真做好本年度政务公开工作。\n某某市人民政府办公室\n2024年3月1日\n（此件公开发布）\n",
		},
		{
			name: "invalid bytes replaced while decoding", code: model.ReasonBadPages,
			text:    noticeHead + threeLevels + "\xff\xfe\n",
			control: noticeHead + threeLevels,
		},
		{
			name: "a total that does not add up", code: model.ReasonSums,
			text:    reviewTable("2\t1\t0\t0\t5"),
			control: reviewTable("2\t1\t0\t0\t3"),
		},
		{
			name: "unit labels in a text where no unit was read", code: model.ReasonNoUnits,
			text: strings.ReplaceAll(noticeHead+"一、深化重点领域信息公开\n"+
				"细化预决算公开内容，责任单位：市财政局；及时发布招聘信息，责任单位：市人社局。\n", "\n", ""),
			control: noticeHead + threeLevels,
		},
		{
			name: "headings in a text the tree read none from", code: model.ReasonWeakKind,
			text:    strings.ReplaceAll(noticeHead+threeLevels, "\n", ""),
			control: noticeHead + threeLevels,
		},
		{
			name: "the issued plan's title stands again but no plan was read", code: model.ReasonWeakKind,
			text: noticeHead + "各部门要做好政策解读工作，及时回应社会关切。\n加强政府网站管理，确保信息准确。\n",
			control: strings.TrimSuffix(noticeHead, "某某市2024年政务公开工作要点\n") +
				"附件：某某市2024年政务公开工作要点\n",
		},
		{
			name: "a joint title over a signature of one organ", code: model.ReasonMetaDoubt,
			text:    jointNotice("某省某某局"),
			control: jointNotice("某省某某厅　某省某某局"),
		},
		{
			name: "a 发文字号 line that lost its closing bracket", code: model.ReasonMetaMissing,
			text:    "某政办函〔202130\n" + signedPlain,
			control: "某政办函〔2021〕30号\n" + signedPlain,
		},
		{
			name: "a signing organ the 发文机关标志 does not name", code: model.ReasonMetaDoubt,
			text:    "某市财政局文件\n某财发〔2023〕3号\n" + signedPlain,
			control: "政策文件\n某政发〔2023〕3号\n" + signedPlain, // a menu line, no 发文机关标志
		},
		{
			name: "a 发文字号 that keeps its label", code: model.ReasonMetaDoubt,
			text:    "文号某政发〔2023〕3号\n" + signedPlain,
			control: "文号：某政发〔2023〕3号\n" + signedPlain,
		},
		{
			name: "a metadata box that disagrees with the notice", code: model.ReasonMetaDoubt,
			text:    "索引号：AB01/2023-1\t发文字号：某政发〔2023〕4号\n" + "某政发〔2023〕3号\n" + signedPlain,
			control: "索引号：AB01/2023-1\t发文字号：某政发〔2023〕3号\n" + "某政发〔2023〕3号\n" + signedPlain,
		},
		{
			name: "a plan known by its headings alone", code: model.ReasonWeakKind,
			text: "一、总体要求\n以提升透明度为目标，推动各项工作落实。\n" +
				"二、重点任务\n（一）加强组织领导。各单位要明确分管领导。\n" +
				"（二）强化督促检查。定期通报工作进展。\n",
			control: noticeHead + threeLevels,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Text(tt.text)
			require.NoError(t, err)
			require.NotNil(t, doc.Quality)
			r, ok := reasonOf(doc, tt.code, tt.element)
			require.True(t, ok, "no %s reason at %q in %+v", tt.code, tt.element, doc.Quality.Reasons)
			assert.Less(t, doc.Quality.Score, 1.0)
			assert.NotEmpty(t, r.Message)
			if tt.element != "" {
				require.NotNil(t, r.Span)
				assert.NotEmpty(t, r.Element)
				assert.NotEmpty(t, r.Excerpt)
				assert.Contains(t, flagsAt(doc, tt.element), tt.code, "the element carries the flag")
			}

			doc, err = parse.Text(tt.control)
			require.NoError(t, err)
			_, ok = reasonOf(doc, tt.code, "")
			assert.False(t, ok, "%s on the control text: %+v", tt.code, doc.Quality.Reasons)
		})
	}
}

// signedPlain is a notice with a title and a signature, for texts whose
// header is the point of the test.
const signedPlain = "某市人民政府关于做好某项工作的通知\n各区人民政府：\n请认真贯彻落实。\n某市人民政府\n2023年3月1日\n"

// jointNotice is a notice of two departments signed by sig.
func jointNotice(sig string) string {
	return "某省某某厅　某省某某局关于做好某项工作的通知\n各市人民政府：\n请认真贯彻落实。\n" + sig + "\n2023年5月19日\n"
}

// reviewTable is an annual report whose 行政复议 row reads cells.
func reviewTable(cells string) string {
	return "某某区人民政府2021年政府信息公开工作年度报告\n" +
		"一、总体情况\n本年度共主动公开政府信息120条。\n" +
		"四、政府信息公开行政复议、行政诉讼情况\n" +
		"行政复议\t行政诉讼\n" +
		"结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n" +
		"结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n" +
		cells + "\t0\t0\t0\t0\t0\t1\t0\t0\t0\t1\n" +
		"五、存在的主要问题及改进情况\n我们将继续改进。\n"
}

// reasonOf finds the doc's reason with code, at the element path when
// path is not "".
func reasonOf(doc *model.Document, code, path string) (model.Reason, bool) {
	for _, r := range doc.Quality.Reasons {
		if r.Code == code && (path == "" || r.Path == path) {
			return r, true
		}
	}
	return model.Reason{}, false
}

// flagsAt returns the Flags of the plan element at a JSON Pointer path.
func flagsAt(doc *model.Document, path string) []string {
	var idx []int
	for _, part := range strings.Split(path, "/") {
		var n int
		if _, err := fmt.Sscan(part, &n); err == nil {
			idx = append(idx, n)
		}
	}
	g := &doc.Plan.Goals[idx[0]]
	if len(idx) == 1 {
		return g.Flags
	}
	tk := &g.Tasks[idx[1]]
	if len(idx) == 2 {
		return tk.Flags
	}
	it := &tk.Items[idx[2]]
	if len(idx) == 3 {
		return it.Flags
	}
	return it.Units[idx[3]].Flags
}

// TestQualityScannedPage checks that a PDF page without a text layer
// lowers the score below the review threshold.
func TestQualityScannedPage(t *testing.T) {
	doc, err := parse.File(filepath.Join(pdfDir, "mixed_text_and_scanned_page.pdf"))
	require.NoError(t, err)
	r, ok := reasonOf(doc, model.ReasonBadPages, "")
	require.True(t, ok, "%+v", doc.Quality.Reasons)
	assert.Contains(t, r.Message, "page 3")
	assert.True(t, doc.Quality.Review)
}

// TestQualityFurtherPlan checks that the elements of a notice's second
// attached plan are flagged at their own path.
func TestQualityFurtherPlan(t *testing.T) {
	text := noticeHead + threeLevels + "附件2\n某某市2024年政务服务工作要点\n" +
		"一、提升政务服务水平\n" +
		"（一）推进一网通办。扩大网上办理事项。（市数据局负责）\n" +
		"（二）推进就近办理。下沉服务事项。\n" +
		"（三）推进帮办代办。建立帮办队伍。（市政务服务中心负责）\n"
	doc, err := parse.Text(text)
	require.NoError(t, err)
	require.Len(t, doc.Plans, 2)
	r, ok := reasonOf(doc, model.ReasonNoUnits, "/plans/1/goals/0/tasks/1/items/0")
	require.True(t, ok, "%+v", doc.Quality.Reasons)
	assert.Equal(t, doc.Plans[1].Goals[0].Tasks[1].Items[0].ID, r.Element)
	assert.Equal(t, []string{model.ReasonNoUnits}, doc.Plans[1].Goals[0].Tasks[1].Items[0].Flags)
}

// TestReviewQueue checks that the queue holds element reasons always and
// document reasons only for a document marked for review.
func TestReviewQueue(t *testing.T) {
	sp := model.Span{Start: 0, End: 3, Line: 1}
	doc := &model.Document{Quality: &model.Quality{Score: 0.9, Reasons: []model.Reason{
		{Code: model.ReasonTruncated, Message: "cut", Span: &sp},
		{Code: model.ReasonNoUnits, Message: "no unit", Element: "d/g1/t1/i1", Path: "/plan/goals/0/tasks/0/items/0", Span: &sp},
	}}}
	assert.Equal(t, doc.Quality.Reasons[1:], parse.ReviewQueue(doc))
	doc.Quality.Review = true
	assert.Equal(t, doc.Quality.Reasons, parse.ReviewQueue(doc))
	assert.Empty(t, parse.ReviewQueue(&model.Document{}))
}

// TestQualityNotTruncated: texts that end where the document ends, without
// a sentence end, are not flagged as cut off.
func TestQualityNotTruncated(t *testing.T) {
	for name, text := range map[string]string{
		"a task table whose last row ends in its deadline cell": noticeHead +
			"序号\t工作任务\t责任单位\t完成时限\n1\t公开预决算信息。\t市财政局\t2024年6月底前\n2\t公开招聘信息。\t市人社局\t2024年9月底前\n",
		"a pipe table whose last row ends in a 备注 cell and its closing pipe": noticeHead +
			"| 序号 | 工作任务 | 责任单位 | 备注 |\n| --- | --- | --- | --- |\n| 1 | 公开预决算信息。 | 市财政局 | 已完成 |\n| 2 | 公开招聘信息。 | 市人社局 | 持续推进 |\n",
		"a notice whose own requirements are followed by its signature": "某某县人民政府办公室关于转发《某某市2024年政务公开工作要点》的通知\n各乡镇人民政府：\n" +
			"现将《某某市2024年政务公开工作要点》转发给你们，并提出如下要求。\n一、提高认识。各乡镇要把政务公开纳入议事日程。\n" +
			"二、按时报送。各乡镇于12月10日前报送工作情况。\n某某县人民政府办公室\n2024年3月1日\n",
		"a plan whose last item ends in its whole 责任单位： line": noticeHead + "一、优化政务服务\n1、推行企业开办一日办结。\n" +
			"责任单位：市行政审批局、市公安局\n2、开展拖欠账款专项清理。\n责任单位：市工业和信息化局、市财政局\n",
		"a prose report signed at its end":        proseReport + "某某市某某局\n2014年3月20日\n",
		"a section with units on some items only": noticeHead + safeguardsSome,
		"the same, traditional":                   noticeHead + script.ToTraditional(safeguardsSome),
		"a two-column table whose last unit cell closes with its role verb": noticeHead +
			"工作任务\t责任单位\n1.规范涉企收费。公布收费目录清单。\t县发改委牵头，县财政局配合\n2.加强产权保护。依法甄别纠正涉产权冤错案件。\t县法院、县检察院分别负责\n",
		"the same table in traditional script": noticeHead +
			"工作任務\t責任單位\n1.規範涉企收費。公佈收費目錄清單。\t縣發改委牽頭，縣財政局配合\n2.加強產權保護。依法甄別糾正涉產權冤錯案件。\t縣法院、縣檢察院分別負責\n",
	} {
		t.Run(name, func(t *testing.T) {
			doc, err := parse.Text(text)
			require.NoError(t, err)
			require.NotNil(t, doc.Quality)
			_, ok := reasonOf(doc, model.ReasonTruncated, "")
			assert.False(t, ok, "%+v", doc.Quality.Reasons)
		})
	}
}

// TestMetaLinesNotUnplaced counts the lines the metadata read after a plan
// — its signature, 附注 and a portal box printed below the notice, labels
// and all — as placed, not as plan text left out.
func TestMetaLinesNotUnplaced(t *testing.T) {
	plan := "某镇人民政府关于做好秸秆禁烧工作的通知\n各村（社区）：\n现将有关事项通知如下：\n一、明确责任\n" +
		"（一）落实包村责任。镇班子成员包村负责。（责任单位：党政办）\n（二）加强巡查。各村每日开展巡查。（责任单位：综合执法队）\n"
	tail := "某镇人民政府\n2023年5月20日\n（此件公开发布）\n索引号：\t001/2023-0002\n发布机构：\t某镇人民政府\n文号：\t某镇发〔2023〕8号\n成文日期：\t2023-05-20\n"
	doc, err := parse.Text(plan + tail)
	require.NoError(t, err)
	_, ok := reasonOf(doc, model.ReasonUnplaced, "")
	assert.False(t, ok, "%+v", doc.Quality.Reasons)
}

// safeguardsSome is a plan whose tasks all name units and whose 保障措施
// names one for its second item only: its last item names none, as
// written.
const safeguardsSome = "一、主要任务\n（一）推行企业开办一日办结。全面压缩企业开办时间。（责任单位：市行政审批局）\n" +
	"（二）开展拖欠账款专项清理。建立清理工作台账。（责任单位：市工业和信息化局）\n" +
	"二、保障措施\n（一）加强组织领导。市政府成立工作领导小组。\n（二）加大资金投入。市财政安排专项资金。（市财政局负责）\n" +
	"（三）严格督查考核。市政府督查室每季度检查评比一次。\n"

// TestUnitsWaitedForAtTheEnd keeps a text truncated whose last item names
// no unit where every item before it in its section names one: its unit
// clause is what the end cut off.
func TestUnitsWaitedForAtTheEnd(t *testing.T) {
	cut := strings.Replace(safeguardsSome, "市政府成立工作领导小组。\n", "市政府成立工作领导小组。（市政府办公室负责）\n", 1)
	for _, text := range []string{cut, script.ToTraditional(cut)} {
		doc, err := parse.Text(noticeHead + text)
		require.NoError(t, err)
		_, ok := reasonOf(doc, model.ReasonTruncated, "")
		assert.True(t, ok, "%+v", doc.Quality.Reasons)
	}
}

// TestUnitLineCutOff keeps a text whose last 责任单位： line the end cut
// off in mid-name, or whose unit bracket it left open, truncated.
func TestUnitLineCutOff(t *testing.T) {
	for _, end := range []string{"责任单位：市工业和信息化局、市财", "（责任单位：市工业和信息化局、市财政局"} {
		doc, err := parse.Text(noticeHead + "一、优化政务服务\n1、推行企业开办一日办结。\n责任单位：市行政审批局、市公安局\n2、开展拖欠账款专项清理。\n" + end)
		require.NoError(t, err)
		_, ok := reasonOf(doc, model.ReasonTruncated, "")
		assert.True(t, ok, "%s: %+v", end, doc.Quality.Reasons)
	}
}

// TestUnitClauseCellCutOff keeps a two-column table whose last unit cell,
// a clause of roles, the end cut off in mid-name truncated.
func TestUnitClauseCellCutOff(t *testing.T) {
	for _, end := range []string{"县发改委牵头，县财政局、县税", "县发改委负责，县财政"} {
		doc, err := parse.Text(noticeHead + "工作任务\t责任单位\n1.规范涉企收费。公布收费目录清单。\t县市场监管局牵头，县税务局配合\n2.降低企业用电成本。降低一般工商业电价。\t" + end)
		require.NoError(t, err)
		_, ok := reasonOf(doc, model.ReasonTruncated, "")
		assert.True(t, ok, "%s: %+v", end, doc.Quality.Reasons)
	}
}

// proseReport is a pre-2019 annual report without its signature.
const proseReport = "某某市某某局2013年政府信息公开工作年度报告\n一、概述\n2013年，我局明确兼职信息员16名。\n" +
	"二、主动公开政府信息情况\n全年主动公开政府信息1127条。\n三、存在的主要问题及改进措施\n一是部分信息公开不够及时；二是解读针对性有待加强。2014年我局将加大培训力度，提升信息发布时效\n"

// closingFurniture and portalFooter close a saved portal page under the
// notice: its print and close buttons, then who runs the site and its
// records, the ICP licence on a line of its own.
const (
	closingFurniture = "【打印本页】 【关闭窗口】\n"
	portalFooter     = "主办：某某市人民政府办公室　承办：某某市政务服务和大数据管理局\n联系电话：0000-1234567\n某ICP备05000000号　网站标识码：0000000001\n"
)

// TestReportCutOff flags a report whose text stops in mid-sentence, and
// not one whose last sentence or signature ends it.
func TestReportCutOff(t *testing.T) {
	for text, want := range map[string]bool{
		proseReport: true,
		strings.TrimSuffix(proseReport, "\n") + "。\n":  false,
		proseReport + "某某市某某局\n2014年3月20日\n":           false,
		proseReport + "某某市某某局\n2014年3月20日\n（此件主动公开）\n": false,
		// The portal's footer under its closing furniture, or naming a
		// site-only label, is no cut sentence; a cut one stays cut above it.
		proseReport + "某某市某某局\n2014年3月20日\n" + closingFurniture + portalFooter:                       false,
		script.ToTraditional(proseReport + "某某市某某局\n2014年3月20日\n" + closingFurniture + portalFooter): false,
		proseReport + "某某市某某局\n2014年3月20日\n主办：某某市人民政府办公室　技术支持：某某市信息中心\n":                             false,
		proseReport + closingFurniture + portalFooter:                                                true,
		proseReport + "某某市某某局\n2014年3月20日\n主办单位：某某市文明办\n承办单位：某某市图书馆\n":                               true,
	} {
		doc, err := parse.Text(text)
		require.NoError(t, err)
		require.NotNil(t, doc.Report)
		_, got := reasonOf(doc, model.ReasonTruncated, "")
		assert.Equal(t, want, got, text)
	}
}

// TestReportTablesUnread sends to review a report whose template tables
// are there but whose values were not read, and says why.
func TestReportTablesUnread(t *testing.T) {
	rows := "一、本年新收政府信息公开申请数量#6#2#0#0#1#0#9\n二、上年结转政府信息公开申请数量#1#0#0#0#0#0#1\n" +
		"三、本年度办理结果#（一）予以公开#5#1#0#0#1#0#7\n#（二）部分公开#1#0#0#0#0#0#1\n"
	head := "某某镇人民政府2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n申请人情况\n自然人#法人或其他组织#总计\n" +
		"商业企业#科研机构#社会公益组织#法律服务机构#其他\n"
	for sep, want := range map[string]bool{"\t": false, "、": true} {
		doc, err := parse.Text(strings.ReplaceAll(head+rows, "#", sep) + "四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议。\n")
		require.NoError(t, err)
		_, got := reasonOf(doc, model.ReasonTablesUnread, "")
		assert.Equal(t, want, got, "cells separated by %q", sep)
		assert.Equal(t, want, doc.Quality.Review, "cells separated by %q", sep)
	}
}

// TestTableEndings checks how a task table's end reads: the 版记 after it
// (抄送 list, 印发机关 and date, read into the metadata) is not plan text
// left unplaced, and a last row closed by its unit cell is not a text cut
// off, while a row whose last unit name the end cut off still is.
func TestTableEndings(t *testing.T) {
	pipes := noticeHead + "| 序号 | 项目名称 | 目标任务 | 牵头单位 |\n" +
		"| 1 | 新建公园 | 新建口袋公园5个。 | 市园林局 |\n"
	tabs := noticeHead + "序号\t项目名称\t目标任务\t牵头单位\t责任单位\n" +
		"1\t新建公园\t新建口袋公园5个。\t市园林局\t市财政局\n" +
		"2\t改造小区\t改造老旧小区12个。\t市住建局\t"
	tests := []struct {
		name, text, code string
		want             bool
	}{
		{"a 版记 is not unplaced", pipes + "抄送：市委各部门，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院。\n" +
			"某某市人民政府办公室 2024年3月1日印发\n", model.ReasonUnplaced, false},
		{"the last unit is whole", tabs + "市财政局、市医保局\n- 1 -\n", model.ReasonTruncated, false},
		{"the last unit is cut", tabs + "市财政局、市医", model.ReasonTruncated, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Text(tt.text)
			require.NoError(t, err)
			require.NotNil(t, doc.Quality)
			_, got := reasonOf(doc, tt.code, "")
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestMetaDoubtReviews checks that one contradicted metadata field alone
// marks the document for review: a reader would take the field as read.
func TestMetaDoubtReviews(t *testing.T) {
	for _, text := range []string{jointNotice("某省某某局"), "文号某政发〔2023〕3号\n" + signedPlain} {
		doc, err := parse.Text(text)
		require.NoError(t, err)
		assert.True(t, doc.Quality.Review, "%+v", doc.Quality)
	}
}

// TestLinkedPlanTitle does not take the issued plan's title, where a page
// lists it as an attachment link under 相关附件： or 附件下载：, for an
// attached plan's title standing again.
func TestLinkedPlanTitle(t *testing.T) {
	notice := strings.TrimSuffix(noticeHead, "某某市2024年政务公开工作要点\n")
	for _, links := range []string{"相关附件：\n某某市2024年政务公开工作要点\n", "附件下载:\n某某市2024年政务公开工作要点\n联系人名单\n"} {
		doc, err := parse.Text(notice + links)
		require.NoError(t, err)
		_, ok := reasonOf(doc, model.ReasonWeakKind, "")
		assert.False(t, ok, "%q: %+v", links, doc.Quality.Reasons)
	}
}
