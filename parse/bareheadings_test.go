package parse

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// goalOrdinals are the goal and task ordinals opening a line, which
// stripOrdinals takes away.
var goalOrdinals = regexp.MustCompile(`(?m)^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）`)

// stripOrdinals takes the 一、 and （一） ordinals off the lines of text,
// as a copy that lost a list's numbering does.
func stripOrdinals(text string) string { return goalOrdinals.ReplaceAllString(text, "") }

// headingsUnreadPlans are invented work plans whose goals are headed by
// 一、 lines — in prose, in a tab table's goal rows, in a table laid out in
// spaces, in a table copied one cell a line, over a two-column table.
var headingsUnreadPlans = []struct{ name, text string }{
	{"prose, numbered items",
		"青禾县人民政府办公室关于印发青禾县2025年乡村振兴重点工作要点的通知\n" +
			"各乡镇人民政府，县直有关单位：\n" +
			"现将《青禾县2025年乡村振兴重点工作要点》印发给你们，请认真抓好落实。\n" +
			"青禾县人民政府办公室\n" +
			"2025年4月8日\n" +
			"青禾县2025年乡村振兴重点工作要点\n" +
			"2025年是巩固拓展脱贫攻坚成果的关键之年，现提出如下工作要点。\n" +
			"一、做强特色产业\n" +
			"1.新发展茶叶种植3000亩，建设标准化茶园示范基地2个。（县农业农村局牵头，各乡镇人民政府配合）\n" +
			"2.培育农产品加工企业5家，打造区域公共品牌1个。（县工信局负责）\n" +
			"二、改善农村设施\n" +
			"3.新建改造农村公路45公里，实现自然村通硬化路。（县交通运输局负责）\n" +
			"4.完成农村电网改造升级，供电可靠率达到99.8%。（县供电公司负责）\n" +
			"三、强化组织保障\n" +
			"5.各乡镇要明确专人负责，每季度报送工作进展。（各乡镇人民政府负责）\n"},
	{"tab table, goal rows",
		"青禾县人民政府办公室关于印发青禾县2025年人居环境整治重点任务清单的通知\n" +
			"各乡镇人民政府，县直有关单位：\n" +
			"现将《青禾县2025年人居环境整治重点任务清单》印发给你们，请认真抓好落实。\n" +
			"青禾县人民政府办公室\n" +
			"2025年4月8日\n" +
			"青禾县2025年人居环境整治重点任务清单\n" +
			"序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\n" +
			"一、垃圾治理\n" +
			"1\t推进垃圾分类\t在县城和中心集镇推行生活垃圾四分类，设置分类投放点80个。\t县住建局\t各乡镇人民政府\t2025年10月底前\n" +
			"2\t整治非正规垃圾堆放点\t排查整治河道沿线、村庄周边垃圾堆放点，做到动态清零。\t县住建局\t县生态环境分局\t2025年6月底前\n" +
			"二、污水治理\n" +
			"3\t建设乡镇污水处理设施\t新建乡镇污水处理站3座，配套管网20公里。\t县生态环境分局\t县财政局\t2025年12月底前\n" +
			"4\t推进农村改厕\t完成农村户用卫生厕所改造1500户，同步建设粪污收集设施。\t县农业农村局\t县卫生健康局\t2025年11月底前\n" +
			"三、村容村貌\n" +
			"5\t开展村庄清洁行动\t组织各村每月开展一次环境卫生大扫除，清理残垣断壁。\t县农业农村局\t各乡镇人民政府\t持续推进\n" +
			"6\t推进村庄绿化\t新增村庄绿化面积200亩，打造绿化示范村10个。\t县林业局\t各乡镇人民政府\t2025年11月底前\n"},
	{"spaced table, goal rows at its left edge",
		"青禾县人民政府办公室关于印发青禾县2025年营商环境重点工作安排的通知\n" +
			"各乡镇人民政府，县直有关单位：\n" +
			"现将《青禾县2025年营商环境重点工作安排》印发给你们，请认真抓好落实。\n" +
			"青禾县人民政府办公室\n" +
			"2025年4月8日\n" +
			"青禾县2025年营商环境重点工作安排\n" +
			"序号  重点工作        具体措施                    责任单位      完成时限\n" +
			"一、提升政务服务水平\n" +
			"  1   推行集成办理    梳理企业开办、变更等高频事项，  县行政审批局  2025年9月底前\n" +
			"                      实现一窗受理、一次办结。\n" +
			"  2   深化帮办代办    在县政务服务中心设置帮办代办    县政务服务中心  全年\n" +
			"                      专区，为企业提供全程代办。\n" +
			"二、降低企业经营成本\n" +
			"  3   落实减税降费    开展政策宣讲进企业活动，确保    县税务局      全年\n" +
			"                      各项优惠政策应享尽享。\n" +
			"  4   规范涉企收费    清理涉企经营服务性收费，公布    县发改局      2025年6月底前\n" +
			"                      收费目录清单。\n" +
			"三、优化法治环境\n" +
			"  5   推行包容监管    制定轻微违法行为不予处罚事项    县司法局      2025年8月底前\n" +
			"                      清单，推行柔性执法。\n"},
	{"cells a line",
		"青禾县人民政府办公室关于印发青禾县2025年政务公开工作任务分工的通知\n" +
			"各乡镇人民政府，县直有关单位：\n" +
			"现将《青禾县2025年政务公开工作任务分工》印发给你们，请认真抓好落实。\n" +
			"青禾县人民政府办公室\n" +
			"2025年4月8日\n" +
			"青禾县2025年政务公开工作任务分工\n" +
			"工作任务\n" +
			"责任单位\n" +
			"一、深化政策解读\n" +
			"（一）规范解读程序。政策文件与解读材料同步起草、同步审签、同步发布。\n" +
			"县政府办公室牵头，县直各部门负责\n" +
			"（二）丰富解读形式。运用图解、短视频等方式解读政策，提高解读的可读性。\n" +
			"县融媒体中心、县直各部门\n" +
			"二、加强重点领域公开\n" +
			"（一）推进财政资金公开。按季度公开涉农资金分配和使用情况。\n" +
			"县财政局牵头，各乡镇人民政府落实\n" +
			"（二）推进教育信息公开。及时公开招生政策、学区划分和录取结果。\n" +
			"县教育局\n"},
	{"two columns, goal rows alone",
		"青禾县人民政府办公室关于印发青禾县2025年优化营商环境责任分工的通知\n" +
			"各乡镇人民政府，县直有关单位：\n" +
			"现将《青禾县2025年优化营商环境责任分工》印发给你们，请认真抓好落实。\n" +
			"青禾县人民政府办公室\n" +
			"2025年4月8日\n" +
			"青禾县2025年优化营商环境责任分工\n" +
			"工作任务\t责任单位\n" +
			"一、提升审批效率\n" +
			"压缩项目审批时间。社会投资项目审批时间压缩至35个工作日以内。\t县行政审批局牵头，县住建局、县自然资源局配合\n" +
			"推行告知承诺制。对具备条件的审批事项全面推行告知承诺。\t县行政审批局\n" +
			"二、降低要素成本\n" +
			"降低用地成本。推行工业用地弹性年期出让。\t县自然资源局牵头，县发改局配合\n" +
			"降低物流成本。落实货车通行费优惠政策。\t县交通运输局\n"},
}

// wrappedTitles is an invented table copied one cell a line whose title
// and content cells wrap, with deadline cells of its own (持续推进,
// 春秋季开学前): lines shaped as headings that are cells.
const wrappedTitles = "青禾县人民政府办公室关于印发青禾县2025年安全生产重点工作清单的通知\n" +
	"各乡镇人民政府，县直有关单位：\n" +
	"现将《青禾县2025年安全生产重点工作清单》印发给你们，请认真抓好落实。\n" +
	"青禾县人民政府办公室\n" +
	"2025年4月8日\n" +
	"青禾县2025年安全生产重点工作清单\n" +
	"序号\n" +
	"重点工作\n" +
	"工作措施\n" +
	"责任单位\n" +
	"完成时限\n" +
	"1\n" +
	"开展危险化学品企业\n" +
	"专项整治\n" +
	"对全县危险化学品生产经营企业开展全覆\n" +
	"盖检查，建立问题隐患清单。\n" +
	"县应急管理局\n" +
	"2025年6月底前\n" +
	"2\n" +
	"推进道路交通安全隐\n" +
	"患治理\n" +
	"排查整治农村公路临水临崖路段，完善安\n" +
	"防设施。\n" +
	"县交通运输局\n" +
	"持续推进\n" +
	"3\n" +
	"加强校园安全管理\n" +
	"开展校园及周边安全隐患排查，落实护学\n" +
	"岗制度。\n" +
	"县教育局\n" +
	"春秋季开学前\n"

// TestHeadingsUnread requires a plan whose goal headings lost their
// ordinals (read as one list of tasks under no goal) to say so —
// headings_unread, and review — in either script and with CRLF line
// ends, and the same plans with their ordinals, or a table whose cells
// wrap over lines shaped as headings, not to.
func TestHeadingsUnread(t *testing.T) {
	type tc struct {
		name, text string
		want       bool
	}
	var tests []tc
	for _, p := range headingsUnreadPlans {
		tests = append(tests, tc{p.name + "/numbered", p.text, false}, tc{p.name + "/stripped", stripOrdinals(p.text), true})
	}
	tests = append(tests, tc{"wrapped cells a line", wrappedTitles, false})
	for _, tt := range tests {
		for _, form := range []struct {
			name string
			f    func(string) string
		}{{"", func(s string) string { return s }}, {"/traditional", toTraditional}, {"/crlf", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }}} {
			t.Run(tt.name+form.name, func(t *testing.T) {
				doc, err := Text(form.f(tt.text))
				require.NoError(t, err)
				said := false
				for _, r := range doc.Quality.Reasons {
					said = said || r.Code == model.ReasonHeadingsUnread
				}
				assert.Equal(t, tt.want, said, "headings_unread: %+v", doc.Quality.Reasons)
				if tt.want {
					assert.True(t, doc.Quality.Review, "review")
				}
			})
		}
	}
}
